"""Learn: the article's comparison of ALS and common cramps, row by row with the evidence."""
import streamlit as st

from cramplog import content

st.title("ALS cramps vs common cramps")

intro, *after = content.sections("compare")
st.markdown(intro.markdown)

yours = None  # issue 5: the user's own column (cells keyed by comparison row id)
st.table(content.comparison_table(yours=yours), hide_index=True)

for section in after:
    st.subheader(section.heading)
    st.markdown(section.markdown)
