"""The plain app beside CrampLog's Home (benchmarks/bench_pages.py): the smallest Streamlit page of text,
a title, a note and a few paragraphs, about as many words as Home shows."""
import streamlit as st

st.set_page_config(page_title="Plain text page", layout="wide")
st.title("A page of text")
st.caption("A plain Streamlit app, for timing only.")
PARAGRAPH = ("This paragraph stands in for the words of a real page: a few sentences of plain text, set in the "
             "theme's font, wrapped to the width of the main column and read from top to bottom. ")
for section in ("First part", "Second part", "Third part"):
    st.header(section)
    st.markdown(PARAGRAPH * 3)
    st.markdown(PARAGRAPH * 2)
