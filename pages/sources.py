"""Every reference cited anywhere in CrampLog, in full, then further reading."""
import streamlit as st

from cramplog.base import lang
from cramplog.base.lang import tr
from cramplog.present import content
from ui.router import through_router

through_router()

st.title(tr("Sources"))

intro, further = content.sections("sources")
st.markdown(intro.markdown)
if lang.current() != lang.SOURCE:
    st.caption(tr("The sources are in English: each is cited as published, with its title in English."))
st.markdown(content.sources_markdown(), unsafe_allow_html=True)  # our own file: titles marked lang=en
if further_reading := content.further_reading_markdown():  # every study may be cited beside a fact
    st.header(further.heading)
    st.markdown(further.markdown)
    st.markdown(further_reading, unsafe_allow_html=True)
