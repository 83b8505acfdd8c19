"""The dashboard's charts, built once per diary and filter choice in this session.

Building nine figures from a large diary takes a noticeable fraction of a second, and Streamlit
reruns the page on every click, so the results are cached, per session only (the diary is private).
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from cramplog.analyse.periods import Period
from cramplog.base import days
from cramplog.present.dashboard import ChartResult, build_chart, chart_infos


def chart_results(entries: pd.DataFrame, start: dt.date | None = None,
                  end: dt.date | None = None) -> dict[str, ChartResult]:
    """Every chart for these (already filtered) diary entries of `start`..`end`, by key: a rate is over
    the days of the chosen dates (their kept days, when the diary marks cramp-free days), as on the Overview."""
    # The cache hashes a table's cells, not its attrs: the cramp-free days are part of the key on their own
    # (an argument named with a leading underscore would be left out of the key).
    return _chart_results(entries, start, end, tuple(days.cramp_free(entries).strftime("%Y-%m-%d")))


@st.cache_data(scope="session", show_spinner=False, max_entries=4)
def _chart_results(entries: pd.DataFrame, start: dt.date | None, end: dt.date | None,
                   cramp_free_key: tuple[str, ...]) -> dict[str, ChartResult]:
    period = Period(pd.Timestamp(start), pd.Timestamp(end)) if start and end else None
    return {info.key: build_chart(info.key, entries, period) for info in chart_infos()}
