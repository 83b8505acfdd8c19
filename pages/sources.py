"""Every reference cited anywhere in CrampLog, in full, then further reading."""
import streamlit as st

from cramplog.present import content
from ui.router import through_router

through_router()

st.title("Sources")

intro, further = content.sections("sources")
st.markdown(intro.markdown)
st.markdown(content.sources_markdown())
if further_reading := content.further_reading_markdown():  # every study may be cited beside a fact
    st.header(further.heading)
    st.markdown(further.markdown)
    st.markdown(further_reading)
