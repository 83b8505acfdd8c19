"""Learn: ALS cramps vs common cramps. What decides comes first, then the comparison, then your diary apart."""
import streamlit as st

from cramplog.base.lang import tr
from cramplog.present import content, your_diary
from ui.doctor_panel import show_doctor_panel
from ui.notes import diary_source, learn_page_lead
from ui.router import through_router
from ui.state import get_diary

through_router()

st.title(tr("ALS cramps vs common cramps"))
learn_page_lead()

for section in content.sections("compare"):  # tendencies, what decides, where the evidence is weaker
    st.header(section.heading)
    st.markdown(section.markdown)

st.header(tr("Feature by feature"))
table = content.comparison_table()
# The server cannot tell a phone from a desktop, and the first tab is the one that opens. The cards
# read well at any width, so they come first; the wide table is one click away.
as_cards, as_table = st.tabs([tr("One feature at a time"), tr("Side by side (for wide screens)")])
with as_cards:
    for card in content.comparison_cards(table):
        st.container(border=True).markdown(card)
with as_table:
    st.table(content.comparison_styler(table), hide_index=True)

# The user's own pattern in a block of its own, after the evidence, never beside the ALS column.
diary = get_diary()
yours = content.section("your_diary", "yours")
st.header(yours.heading)
st.markdown(your_diary.framing())
diary_source(diary)
st.caption(yours.markdown.removeprefix("- "))  # says what a median is before the cells use the word
st.table(content.your_diary_table(your_diary.your_column(diary.df)), hide_index=True)
show_doctor_panel(diary.df)
