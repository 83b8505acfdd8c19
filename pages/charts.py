"""Charts: nine pictures of the diary, each with a one-line takeaway and the numbers it plots."""
import streamlit as st

from cramplog.base.lang import tr, tr_n
from cramplog.base.words import number
from cramplog.present.dashboard import CHART_CONFIG, MIN_ENTRIES, chart_infos
from ui.dashboard import chart_results
from ui.filters import dashboard_head
from ui.notes import markdown_text
from ui.router import through_router

through_router()

diary, filters = dashboard_head(tr("Charts"))
entries = filters.apply(diary.df)
results = chart_results(entries, filters.start, filters.end, demo=diary.is_demo)
if len(entries) < min(MIN_ENTRIES, len(diary.df)):  # the filters, not the diary, leave too little
    st.info(tr_n(len(diary.df), "These dates and body regions leave {count} of {n} entry. Widen the filters above, "
                 "or press Show everything, to see the charts.", "These dates and body regions leave {count} of {n} "
                 "entries. Widen the filters above, or press Show everything, to see the charts.",
                 count=number(len(entries))), icon=":material/filter_alt:")

for info in chart_infos():
    st.header(info.title)
    result = results[info.key]
    if result.message:
        st.info(result.message, icon=":material/hourglass_empty:")
        continue
    st.markdown(f"**{markdown_text(result.takeaway)}**")
    st.plotly_chart(result.figure, width="stretch", key=f"chart_{info.key}",
                    config=CHART_CONFIG, alt=f"{info.title}: {result.takeaway}")
    st.caption(info.caption + (f" {result.note}" if result.note else ""))
    with st.expander(tr("Show data"), key=f"data_{info.key}", on_change="rerun") as data:
        if data.open:  # tables only when asked for: nine closed ones would load the table viewer for nothing
            for table in result.tables:
                st.dataframe(table, hide_index=True, width="stretch")
