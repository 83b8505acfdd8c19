"""Learn: when to see a doctor: the article's advice beside health services' guidance."""
import streamlit as st

from cramplog.present import content
from ui import notes
from ui.router import through_router

through_router()

st.title("When to see a doctor")
notes.learn_page_lead()

article, guidance, *rest = content.sections("see_a_doctor")
left, right = st.columns(2)  # side by side on a desktop, stacked on a phone
for column, section in ((left, article), (right, guidance)):
    with column:
        st.header(section.heading)
        st.markdown(section.markdown)
        if section.caption:
            st.caption(section.caption)

for section in rest:
    st.header(section.heading)
    st.markdown(section.markdown)
