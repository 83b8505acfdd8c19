""""No cramps on these days": one tap marks a recent day cramp-free, another tap unmarks it.

A day marked cramp-free is a day the diary was kept without a cramp, so rates count it (cramplog/base/days.py).
Days that already hold a cramp are kept anyway and are not offered.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from cramplog.base import days, lang
from cramplog.base.lang import tr
from cramplog.present.wording import day_text
from cramplog.schema import empty_diary
from ui import flash
from ui.clock import local_now
from ui.log_form import OWN_DIARY_NAME
from ui.state import get_diary, set_diary

RECENT_DAYS = 7  # today and the six days before: a diary is filled in within the week or not at all
_WIDGET = "log.cramp_free"


def _weekday(day: dt.date) -> str:
    """"Mon", "Mo.", "lun.", "lun": the day of the week, short, the local way."""
    if lang.current() == lang.SOURCE:
        return f"{day:%a}"
    from babel.dates import format_date

    return format_date(day, "EEE", locale=lang.current())


def _name(day: dt.date, today: dt.date) -> str:
    ago = (today - day).days
    if ago in (0, 1):
        return tr("Today") if ago == 0 else tr("Yesterday")
    return tr("{weekday} {day}", weekday=_weekday(day), day=day_text(day))


def _offered(df: pd.DataFrame, today: dt.date) -> list[dt.date]:
    """The recent days without a logged cramp, newest first."""
    with_cramps = set(df["date"].dt.date) if len(df) else set()
    recent = [today - dt.timedelta(days=n) for n in range(RECENT_DAYS)]
    return [day for day in recent if day not in with_cramps]


def _changed(offered: list[dt.date]) -> None:
    """Mark the chosen days and unmark the others offered; the first mark puts the demo away."""
    before = get_diary()
    chosen = set(st.session_state.get(_WIDGET) or [])
    df = empty_diary() if before.is_demo else before.df
    marked = set(days.cramp_free(df).date) - set(offered)
    set_diary(days.with_cramp_free(df.copy(), marked | chosen), OWN_DIARY_NAME if before.is_demo else before.name)
    if before.is_demo:
        flash.add("info", lambda: tr("The demo diary has been put away: from now on the app shows **your own "
                                     "diary**."), ":material/swap_horiz:")


def cramp_free_days() -> None:
    """The control: recent days as toggles, the marked ones selected."""
    diary = get_diary()
    today = local_now().date()
    offered = _offered(diary.df if not diary.is_demo else empty_diary(), today)
    if not offered:
        return
    marked = set() if diary.is_demo else set(days.cramp_free(diary.df).date)
    st.session_state[_WIDGET] = [day for day in offered if day in marked]
    st.pills(tr("No cramps on these days"), offered, selection_mode="multi", key=_WIDGET, on_change=_changed,
             args=(offered,), format_func=lambda day: _name(day, today),
             help=tr("Tap a day you had no cramp, so your rates count it as a day without cramps; tap again to "
                     "unmark it. Days with a cramp logged count already."))
