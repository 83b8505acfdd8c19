"""Overview: the key numbers of the chosen period, each next to the period of equal length before it."""
import streamlit as st

from cramplog.analyse.key_numbers import key_numbers as analyse_key_numbers
from cramplog.analyse.key_numbers import previous_key_numbers
from cramplog.base.lang import tr
from cramplog.diary.filters import date_bounds
from cramplog.present import key_numbers, wording
from ui.doctor_panel import show_doctor_panel
from ui.filters import dashboard_head
from ui.router import through_router

through_router()

diary, filters = dashboard_head(tr("Overview"))

if filters.start is None:
    st.info(tr("This diary has no dated entries yet. Load a diary or log a cramp to see your numbers."),
            icon=":material/info:")
else:
    diary_start = date_bounds(diary.df)[0]  # an earlier period must lie wholly inside the diary
    now = analyse_key_numbers(diary.df, filters.start, filters.end, filters.regions)
    before = previous_key_numbers(diary.df, filters.start, filters.end, filters.regions)
    with st.container(horizontal=True, key="overview_tiles"):  # three a row; two on a phone (ui/style.css)
        for tile in key_numbers.tiles(now, before):
            st.metric(tile.label, tile.shown, tile.change, delta_color="off", border=True, width="stretch")
    st.caption(key_numbers.comparison_note(filters.start, filters.end, diary_start))  # short, under the tiles
    st.caption(key_numbers.counted_over_note(now))  # issue 19: kept days, gaps
    st.caption(tr(wording.MEDIAN_NOTE))
    with st.expander(tr("Show data")):
        st.dataframe(key_numbers.key_numbers_text(now, before).rename(columns={
            "measure": tr("Measure"), "this_period": tr("This period"), "previous_period": tr("Previous period"),
            "change": tr("Change")}), hide_index=True, width="stretch")
    st.page_link("pages/charts.py", label=tr("See these entries as charts"), icon=":material/bar_chart:")

# issue 5: when-to-see-a-doctor panel
show_doctor_panel(filters.apply(diary.df), scope=filters.describe())
