"""Learn: when to see a doctor. What needs a doctor straight away comes first, above even the base rate, with
links to check the diary and make the doctor's summary; then within a day or two, an ordinary appointment, and
the article's advice."""
import streamlit as st

from cramplog.base.lang import tr
from cramplog.present import content
from ui import notes
from ui.learn import show_section
from ui.router import through_router

through_router()

st.title(tr("When to see a doctor"))
now, *rest = content.sections("see_a_doctor")
show_section(now, boxed=True)  # someone with cramps in the chest should not have to scroll for this
notes.learn_page_lead()
for section in rest:
    show_section(section)
