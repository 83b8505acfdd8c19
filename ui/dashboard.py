"""The dashboard's charts, built once per diary and filter choice in this session, one at a time.

Building nine figures from a large diary takes a noticeable fraction of a second, and Streamlit
reruns the page on every click, so the results are kept, per session only (the diary is private).
The demo diary's are the same for everyone (it is shipped and synthetic): they are kept for all
sessions, so a new visitor's Charts page sends figures already built instead of building nine while
the browser is loading plotly from the same server.
Each chart is built when the page asks for it, not all nine before the first is shown: the first
chart then reaches the browser after one build, and the browser loads plotly while the server
builds the other eight.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from cramplog.analyse.periods import Period
from cramplog.base import days, lang
from cramplog.present.dashboard import ChartResult, build_chart


class Charts:
    """The charts of some (already filtered) diary entries of one period in one language, each built on first
    use."""

    def __init__(self, entries: pd.DataFrame, period: Period | None, language: str = lang.SOURCE):
        self._entries, self._period, self._language = entries, period, language
        self._built: dict[str, ChartResult] = {}

    def __getitem__(self, key: str) -> ChartResult:
        if key not in self._built:
            with lang.speaking(self._language):  # the language this cache entry is for, whoever asks
                self._built[key] = build_chart(key, self._entries, self._period)
        return self._built[key]


def chart_results(entries: pd.DataFrame, start: dt.date | None = None, end: dt.date | None = None,
                  demo: bool = False) -> Charts:
    """Every chart for these (already filtered) diary entries of `start`..`end`, by key: a rate is over
    the days of the chosen dates (their kept days, when the diary marks cramp-free days), as on the Overview.
    Kept for the session: a rerun with the same entries and dates (any click that leaves the filters alone)
    reuses the charts already built. The figures hold words, so the language is part of the key: after a
    switch the charts are built anew in the new language, and switching back finds the old ones. The `demo`
    diary's charts are kept for every session."""
    # The cache hashes a table's cells, not its attrs: the cramp-free days are part of the key on their own.
    key = (entries, start, end, tuple(days.cramp_free(entries).strftime("%Y-%m-%d")), lang.current())
    return _demo_charts(*key) if demo else _charts(*key)


def _new(entries: pd.DataFrame, start: dt.date | None, end: dt.date | None, language: str) -> Charts:
    period = Period(pd.Timestamp(start), pd.Timestamp(end)) if start and end else None
    return Charts(entries, period, language)


@st.cache_resource(scope="session", show_spinner=False, max_entries=4)
def _charts(entries: pd.DataFrame, start: dt.date | None, end: dt.date | None, cramp_free_key: tuple[str, ...],
            language: str) -> Charts:
    return _new(entries, start, end, language)


@st.cache_resource(show_spinner=False, max_entries=16)
def _demo_charts(entries: pd.DataFrame, start: dt.date | None, end: dt.date | None, cramp_free_key: tuple[str, ...],
                 language: str) -> Charts:
    return _new(entries, start, end, language)
