"""The dashboard's charts, built once per diary and filter choice in this session.

Building nine figures from a large diary takes a noticeable fraction of a second, and Streamlit
reruns the page on every click, so the results are cached, per session only (the diary is private).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from cramplog.present.dashboard import ChartResult, build_chart, chart_infos


@st.cache_data(scope="session", show_spinner=False, max_entries=4)
def chart_results(entries: pd.DataFrame) -> dict[str, ChartResult]:
    """Every chart for these (already filtered) diary entries, by key."""
    return {info.key: build_chart(info.key, entries) for info in chart_infos()}
