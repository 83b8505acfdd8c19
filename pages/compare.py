"""Learn: the article's comparison of ALS and common cramps, row by row with the evidence."""
import streamlit as st

from cramplog.present import content, your_diary
from ui.doctor_panel import show_doctor_panel
from ui.notes import diary_source, not_a_diagnosis
from ui.router import through_router
from ui.state import get_diary

through_router()

st.title("ALS cramps vs common cramps")

intro, *after = content.sections("compare")
st.markdown(intro.markdown)

diary = get_diary()  # issue 5: the user's own column beside the comparison, and the doctor panel
st.markdown(f"**{content.YOURS_COLUMN}:** {your_diary.framing()}")
diary_source(diary)
yours = your_diary.your_column(diary.df)
table = content.comparison_table(yours=yours)
as_table, as_cards = st.tabs(["Side by side", "One feature at a time (easier on a phone)"])
with as_table:
    st.table(content.comparison_styler(table), hide_index=True)
with as_cards:
    for card in content.comparison_cards(table):
        st.container(border=True).markdown(card)
show_doctor_panel(diary.df)
not_a_diagnosis()

for section in after:
    st.subheader(section.heading)
    st.markdown(section.markdown)
