"""Learn: when to see a doctor. What needs a doctor straight away comes first, with links to check the
diary and make the doctor's summary; then within a day or two, an ordinary appointment, and the article."""
import streamlit as st

from cramplog.present import content
from ui import notes
from ui.learn import show_section
from ui.router import through_router

through_router()

st.title("When to see a doctor")
notes.learn_page_lead()

for section in content.sections("see_a_doctor"):
    show_section(section, boxed=section.id == "now")
