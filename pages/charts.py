"""Charts: nine pictures of the diary, each with a one-line takeaway and the numbers it plots."""
import streamlit as st

from cramplog.present.dashboard import chart_infos
from ui.dashboard import chart_results
from ui.filters import dashboard_head
from ui.router import through_router

through_router()

diary, filters = dashboard_head("Charts")
results = chart_results(filters.apply(diary.df), filters.start, filters.end)

for info in chart_infos():
    st.subheader(info.title)
    result = results[info.key]
    if result.message:
        st.info(result.message, icon=":material/hourglass_empty:")
        continue
    st.markdown(f"**{result.takeaway}**")
    st.plotly_chart(result.figure, width="stretch", key=f"chart_{info.key}",
                    config={"displayModeBar": False}, alt=f"{info.title}: {result.takeaway}")
    st.caption(info.caption + (f" {result.note}" if result.note else ""))
    with st.expander("Show data"):
        for table in result.tables:
            st.dataframe(table, hide_index=True, width="stretch")
