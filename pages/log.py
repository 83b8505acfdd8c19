"""Log a cramp the moment it happens, correct or delete entries, and download the diary."""
import streamlit as st

from cramplog.diary import entries
from ui.keep import download_diary_button, keep_reminder
from ui.log_form import correct_entries, cramp_form, reset_editor
from ui.notes import diary_source, not_a_diagnosis
from ui.router import through_router
from ui.state import get_diary, set_diary

through_router()

OWN_DIARY_NAME = "My diary (logged in CrampLog)"
LATEST = 50

st.title("Log a cramp")
st.caption("Kept in this browser tab only: nothing is saved on the server. Download your diary below to keep it.")
record = cramp_form()  # first, so a phone shows it without scrolling
top = st.container()
if record is not None:
    before = get_diary()
    base = None if before.is_demo else before.df
    set_diary(entries.add_entry(base, record), OWN_DIARY_NAME if before.is_demo else before.name)
    reset_editor()
    where = " ".join(str(v) for v in (record.get("side"), record.get("location")) if v) or "a cramp"
    top.success(f"Saved: {where} on {record['date']} at {record['time']}.", icon=":material/check_circle:")
    if before.is_demo:
        top.info("This is your first entry, so the demo diary has been put away: from now on the app "
                 "shows **your own diary**.", icon=":material/swap_horiz:")

diary = get_diary()
with top:
    keep_reminder()
    download_diary_button(diary)
    not_a_diagnosis()
    diary_source(diary)

st.header("Correct or delete entries")
if diary.is_demo:
    st.caption("Once you log or load your own diary, its entries can be corrected or deleted here.")
else:
    correct_entries(diary, latest=LATEST)
