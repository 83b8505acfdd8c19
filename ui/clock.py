"""The user's own clock: the browser's time zone, since the server may sit in another one."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from cramplog.present.wording import day_text


def user_zone() -> dt.tzinfo | None:
    """The browser's time zone, or None when it sent none or an unknown one."""
    try:
        return ZoneInfo(st.context.timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return None


def local_now() -> dt.datetime:
    """Now on the user's clock, without a time zone attached."""
    zone = user_zone()
    return dt.datetime.now(zone).replace(tzinfo=None) if zone else dt.datetime.now()


def local_day(moment: dt.datetime) -> str:
    """A moment as the user's calendar day, like "3 Mar 2026"."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(user_zone() or dt.UTC)
    return day_text(moment.date())
