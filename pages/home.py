"""Home: what CrampLog is for, that it never diagnoses, where to start, and the privacy promise."""
import streamlit as st

from cramplog.present import content
from ui import keeping, notes
from ui.router import through_router

through_router()

st.title("Welcome to CrampLog")
st.caption("A private cramp diary: patterns, charts and a summary for your doctor.")
notes.learn_page_lead()  # the base rate first, then the not-a-diagnosis note

for section in content.sections("home"):
    st.header(section.heading)
    st.markdown(section.markdown)
    for link in section.links:
        st.page_link(link["page"], label=link["label"], icon=link["icon"])

st.header("Your privacy")
st.container(border=True).markdown(f":material/lock: {notes.privacy_text(keeping.is_on())}")
