"""The dashboard's date-range and body-region filters, kept when the user switches pages.

Streamlit forgets a widget's value once a page without that widget has run, so the chosen values
live under permanent (non-widget) keys and are copied into the widgets each time they are drawn.
They go back to "everything" whenever a different diary is loaded.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from cramplog.base.lang import tr
from cramplog.diary.filters import clip_range, date_bounds, filter_diary, regions_in
from cramplog.present.wording import day_text
from ui import notes
from ui.state import SessionDiary, get_diary, revision

RANGE_KEY = "cramplog.filter.range"  # last complete (start, end) the user chose
REGIONS_KEY = "cramplog.filter.regions"  # chosen regions; empty means all
DIARY_ID_KEY = "cramplog.filter.diary"  # the diary revision the two values above belong to
_RANGE_WIDGET = "dashboard_range"
_REGIONS_WIDGET = "dashboard_regions"
FOLD_KEY = "dashboard_filters"
OPEN_KEY = "cramplog.filter.open"  # the fold's own state is lost when its label (what is in force) changes


@dataclass(frozen=True)
class Filters:
    start: dt.date | None
    end: dt.date | None
    regions: tuple[str, ...]

    def apply(self, df: pd.DataFrame) -> pd.DataFrame:
        return filter_diary(df, self.start, self.end, self.regions)

    def describe(self) -> str:
        if self.start is None:
            return tr("no dated entries")
        dates = f"{day_text(self.start)} – {day_text(self.end)}"
        return f"{dates} · {', '.join(tr(r) for r in self.regions) if self.regions else tr('all body regions')}"


def _keep_range() -> None:
    value = st.session_state.get(_RANGE_WIDGET)
    if isinstance(value, (tuple, list)) and len(value) == 2:  # half-picked ranges are not applied yet
        st.session_state[RANGE_KEY] = tuple(value)


def _keep_regions() -> None:
    st.session_state[REGIONS_KEY] = tuple(st.session_state.get(_REGIONS_WIDGET, ()))


def _show_everything(bounds: tuple[dt.date, dt.date]) -> None:
    st.session_state[RANGE_KEY] = bounds
    st.session_state[REGIONS_KEY] = ()
    st.session_state.pop(_RANGE_WIDGET, None)


def current_filters(diary: SessionDiary) -> Filters:
    """The filters in force for this diary (everything, until the user narrows them)."""
    bounds = date_bounds(diary.df)
    if bounds is None:
        return Filters(None, None, ())
    if st.session_state.get(DIARY_ID_KEY) != revision():  # a new or changed diary: show all of it
        st.session_state[DIARY_ID_KEY] = revision()
        _show_everything(bounds)
    start, end = clip_range(*st.session_state[RANGE_KEY], bounds)
    regions = tuple(r for r in st.session_state[REGIONS_KEY] if r in regions_in(diary.df))
    return Filters(start, end, regions)


def filter_controls(diary: SessionDiary) -> Filters:
    """Draw the filters (folded away, their summary in the label) and return the ones in force."""
    filters = current_filters(diary)
    if filters.start is None:
        return filters
    bounds = date_bounds(diary.df)
    half_picked = len(st.session_state.get(_RANGE_WIDGET, ())) == 1
    if not half_picked:
        st.session_state[_RANGE_WIDGET] = (filters.start, filters.end)
    options = regions_in(diary.df)
    st.session_state[_REGIONS_WIDGET] = list(filters.regions)
    with st.expander(tr("Filters: {chosen}", chosen=filters.describe()), st.session_state.get(OPEN_KEY, False),
                     icon=":material/filter_alt:", key=FOLD_KEY, on_change="rerun") as fold:
        st.session_state[OPEN_KEY] = fold.open
        if not fold.open:  # folded, the label says what is in force; the pickers' scripts load only when opened
            return filters
        dates, places = st.columns(2)
        dates.date_input(tr("Dates"), min_value=bounds[0], max_value=bounds[1], key=_RANGE_WIDGET,
                         on_change=_keep_range, format="YYYY-MM-DD")
        places.multiselect(tr("Body regions"), options, key=_REGIONS_WIDGET, on_change=_keep_regions,
                           placeholder=tr("All body regions"), format_func=tr)
        st.button(tr("Show everything"), on_click=_show_everything, args=(bounds,), icon=":material/restart_alt:")
    return filters


def dashboard_head(title: str) -> tuple[SessionDiary, Filters]:
    """What the Overview and Charts open with: the title, the not-a-diagnosis note, whose diary it is and
    the filters. Returns the diary and the filters chosen."""
    st.title(title)
    diary = get_diary()
    notes.not_a_diagnosis()
    notes.diary_source(diary)
    return diary, filter_controls(diary)
