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
from cramplog.present.chart_room import DESKTOP_WIDTH, PHONE_WIDTH
from cramplog.present.dashboard import ChartResult, build_chart


class Charts:
    """The charts of some (already filtered) diary entries of one period in one language, for charts `width`
    pixels wide, each built on first use."""

    def __init__(self, entries: pd.DataFrame, period: Period | None, language: str = lang.SOURCE,
                 width: int = DESKTOP_WIDTH):
        self._entries, self._period, self._language, self._width = entries, period, language, width
        self._built: dict[str, ChartResult] = {}

    def __getitem__(self, key: str) -> ChartResult:
        if key not in self._built:
            with lang.speaking(self._language):  # the language this cache entry is for, whoever asks
                self._built[key] = build_chart(key, self._entries, self._period, self._width)
        return self._built[key]


def chart_width() -> int:
    """How wide the visitor's charts are likely drawn: a phone's browser says "Mobi" in its user agent. Only
    the charts' margins depend on it (room for a legend that wraps on a phone)."""
    return PHONE_WIDTH if "Mobi" in st.context.headers.get("User-Agent", "") else DESKTOP_WIDTH


def chart_results(entries: pd.DataFrame, start: dt.date | None = None, end: dt.date | None = None,
                  demo: bool = False) -> Charts:
    """Every chart for these (already filtered) diary entries of `start`..`end`, by key: a rate is over
    the days of the chosen dates (their kept days, when the diary marks cramp-free days), as on the Overview.
    Kept for the session: a rerun with the same entries and dates (any click that leaves the filters alone)
    reuses the charts already built. The figures hold words, so the language is part of the key: after a
    switch the charts are built anew in the new language, and switching back finds the old ones. The `demo`
    diary's charts are kept for every session, for phones and larger screens apart."""
    # The cache hashes a table's cells, not its attrs: the cramp-free days are part of the key on their own.
    key = (entries, start, end, tuple(days.cramp_free(entries).strftime("%Y-%m-%d")), lang.current(), chart_width())
    return _demo_charts(*key) if demo else _charts(*key)


def _new(entries: pd.DataFrame, start: dt.date | None, end: dt.date | None, language: str, width: int) -> Charts:
    period = Period(pd.Timestamp(start), pd.Timestamp(end)) if start and end else None
    return Charts(entries, period, language, width)


@st.cache_resource(scope="session", show_spinner=False, max_entries=4)
def _charts(entries: pd.DataFrame, start: dt.date | None, end: dt.date | None, cramp_free_key: tuple[str, ...],
            language: str, width: int) -> Charts:
    return _new(entries, start, end, language, width)


@st.cache_resource(show_spinner=False, max_entries=16)
def _demo_charts(entries: pd.DataFrame, start: dt.date | None, end: dt.date | None, cramp_free_key: tuple[str, ...],
                 language: str, width: int) -> Charts:
    return _new(entries, start, end, language, width)
