"""Learn: the wider pattern of ALS beyond cramps, and why twitching alone is usually harmless."""
import streamlit as st

from cramplog.base.lang import tr
from cramplog.present import content
from ui import notes
from ui.router import through_router

through_router()

st.title(tr("Other signs of ALS"))
notes.learn_page_lead()

for section in content.sections("other_signs"):
    box = st.container(border=True) if section.style == "reassure" else st.container()
    box.header(section.heading)
    box.markdown(section.markdown)
