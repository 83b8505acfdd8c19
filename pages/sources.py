"""Every reference cited anywhere in CrampLog, in full."""
import streamlit as st

from cramplog.present import content
from ui.router import through_router

through_router()

st.title("Sources")

for section in content.sections("sources"):
    st.markdown(section.markdown)
st.markdown(content.sources_markdown())
