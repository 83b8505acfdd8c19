"""Log a cramp the moment it happens, correct or delete entries, and keep or download the diary."""
import streamlit as st

from cramplog.base.lang import tr
from ui import flash
from ui.cramp_free import cramp_free_days
from ui.entry_editor import correct_entries, undo_button
from ui.keeping import await_answer, download_diary_button, keep_controls, keep_reminder
from ui.log_form import cramp_form, save_entry
from ui.notes import diary_source, not_a_diagnosis
from ui.router import through_router
from ui.state import get_diary

through_router()

LATEST = 50

st.title(tr("Log a cramp"))
st.caption(tr("Only what you note is recorded. Nothing is saved on the server."))
await_answer()  # a cramp saved before the browser says which diary it keeps would be lost: the form waits too
record = cramp_form()  # first, so a phone shows it without scrolling
if record is not None:
    save_entry(record)
cramp_free_days()  # issue 19: "No cramps today / yesterday"

diary = get_diary()
with st.container():
    flash.show()
    keep_controls()  # the switch straight under Save, not below the notes (the form fills a phone's screen)
    keep_reminder()
    download_diary_button(diary)
    not_a_diagnosis()
    diary_source(diary)

st.header(tr("Correct or delete entries"))
if diary.is_demo:
    st.caption(tr("Once you log or load your own diary, its entries can be corrected or deleted here."))
else:
    undo_button()
    correct_entries(diary, latest=LATEST)
