"""Days, weeks and nights: the one definition of each that every number is counted over.

A rate is always "cramps over the days covered": the chosen period, clipped to the days the diary
covers (its first to its last entry). Calendar weeks start on Monday. A cramp while asleep in the
small hours belongs to the night before. The limits come from data/doctor_rules.toml.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from cramplog.analyse import rules

DAILY_UP_TO_DAYS = 62  # longer spans are counted per week so bars stay readable on a phone


class Freq(StrEnum):
    """How a chart over time groups its bars (the values are pandas' own frequency letters)."""
    DAY = "D"
    WEEK = "W"

    @property
    def word(self) -> str:
        return "week" if self is Freq.WEEK else "day"


def week_start(dates: pd.Series) -> pd.Series:
    """The Monday of each date's calendar week."""
    return dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")


@dataclass(frozen=True)
class Period:
    """The days from `start` to `end`, both included."""
    start: pd.Timestamp
    end: pd.Timestamp

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def holds(self, dates: pd.Series) -> pd.Series:
        return (dates >= self.start) & (dates <= self.end)

    def before(self) -> Period:
        """The period of equal length just before this one."""
        return Period(self.start - pd.Timedelta(days=self.days), self.start - pd.Timedelta(days=1))


def choose_freq(df: pd.DataFrame, period: Period | None = None) -> Freq:
    """Per day for spans (of the period, else of the entries) up to about two months, otherwise per week."""
    if period is not None:
        return Freq.DAY if period.days - 1 <= DAILY_UP_TO_DAYS else Freq.WEEK
    if df.empty:
        return Freq.DAY
    span = (df["date"].max() - df["date"].min()).days
    return Freq.DAY if span <= DAILY_UP_TO_DAYS else Freq.WEEK


def _day(value: dt.date | pd.Timestamp | str | None) -> pd.Timestamp | None:
    return None if value is None else pd.Timestamp(value).normalize()


def covered(diary: pd.DataFrame, start=None, end=None) -> Period | None:
    """The days of `start`..`end` (default: the whole diary) that the diary covers, or None if none.

    `diary` is the whole diary: a period with no entries inside the diary's span is covered (0 cramps
    is then a fact), a period before its first or after its last entry is not."""
    dates = diary["date"].dropna() if "date" in diary.columns else pd.Series(dtype="datetime64[us]")
    if dates.empty:
        return None
    first, last = dates.min(), dates.max()
    start, end = _day(start), _day(end)
    period = Period(max(first, start) if start is not None else first, min(last, end) if end is not None else last)
    return period if period.start <= period.end else None


def per_week(entries: int, days: int) -> float | None:
    """Cramps a week over `days` covered days (2 places); None below the minimum span."""
    if days < rules.min_span_days():
        return None
    return round(entries / days * 7, 2)


def night_of(df: pd.DataFrame, hours: pd.Series) -> pd.Series:
    """The night (its evening's date) each entry belongs to: a cramp before the hour sleep ends
    (noon, from the rules file) belongs to the night before; one without a time to its own date."""
    morning = (hours < rules.rules()["night"]["sleep_ends_hour"]).fillna(False)
    return df["date"] - pd.to_timedelta(morning.astype(int), unit="D")
