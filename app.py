"""CrampLog: the router and the frame every page shares. Run with `streamlit run app.py`."""
import streamlit as st

from cramplog.base.lang import tr
from ui import flash, gc_settle, keeping, language, style

st.set_page_config(page_title="CrampLog", page_icon="🦵", layout="wide")
style.apply()
language.choose()

pages = {
    "": [
        st.Page("pages/home.py", title=tr("Home"), icon=":material/home:", default=True),
    ],
    tr("Learn"): [
        st.Page("pages/als_cramps.py", title=tr("What ALS cramps feel like"), icon=":material/accessibility_new:"),
        st.Page("pages/compare.py", title=tr("ALS cramps vs common cramps"), icon=":material/compare_arrows:"),
        st.Page("pages/other_signs.py", title=tr("Other signs of ALS"), icon=":material/neurology:"),
        st.Page("pages/see_a_doctor.py", title=tr("When to see a doctor"), icon=":material/stethoscope:"),
        st.Page("pages/next_step.py", title=tr("What you can do now"), icon=":material/directions_walk:"),
    ],
    tr("My cramps"): [
        st.Page("pages/my_diary.py", title=tr("Load your diary"), icon=":material/upload_file:"),
        st.Page("pages/log.py", title=tr("Log a cramp"), icon=":material/edit_note:"),
        st.Page("pages/overview.py", title=tr("Overview"), icon=":material/dashboard:"),
        st.Page("pages/charts.py", title=tr("Charts"), icon=":material/bar_chart:"),
        st.Page("pages/report.py", title=tr("Doctor summary & download"), icon=":material/description:"),
    ],
    tr("About"): [
        st.Page("pages/sources.py", title=tr("Sources"), icon=":material/menu_book:"),
    ],
}

page = st.navigation(pages)
ready = keeping.start_run()  # False only while a browser that keeps a diary has not said which
language.picker()
link_slot = st.sidebar.empty()  # where the diary lives, and the invisible link to the browser's storage
if not ready:  # ask before the page, which may stop to wait for the answer
    with link_slot:
        keeping.link()

flash.start_run()
keeping.restored_note(page.url_path)
page.run()  # a page that shows the diary stops where it needs it until the browser has answered
flash.end_run()
if ready:
    with link_slot:  # after the page, so a change it just made is kept
        keeping.link()
gc_settle.freeze_after_imports()
