"""Learn: the next step. What a person can do now about cramps, and how to get ready for the appointment."""
import streamlit as st

from cramplog.base.lang import tr
from cramplog.present import content
from ui import notes
from ui.learn import show_section
from ui.router import through_router

through_router()

st.title(tr("What you can do now"))
notes.learn_page_lead()

for section in content.sections("next_step"):
    show_section(section)
