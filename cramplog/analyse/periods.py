"""Days, weeks and nights: the one definition of each that every number is counted over.

A rate is "cramps over the days counted": the chosen period, clipped to the days the diary covers (its first
to its last kept day), and, when the diary marks cramp-free days, only the days of it that were kept (see
cramplog/base/days.py); a run of GAP_DAYS or more days neither kept nor holding a cramp is a gap. A diary of
cramps only is counted over every day it covers. Calendar weeks start on Monday. A cramp while asleep in the
small hours belongs to the night before. The limits come from data/doctor_rules.toml.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from cramplog.analyse import rules
from cramplog.base import days as kept

DAILY_UP_TO_DAYS = 62  # longer spans are counted per week so bars stay readable on a phone
GAP_DAYS = 14  # this many unkept days in a row are a gap in a diary that marks cramp-free days


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
    is then a fact), a period before its first or after its last kept day is not."""
    span = kept.first_last(diary)
    if span is None:
        return None
    first, last = span
    start, end = _day(start), _day(end)
    period = Period(max(first, start) if start is not None else first, min(last, end) if end is not None else last)
    return period if period.start <= period.end else None


def kept_in(df: pd.DataFrame, period: Period | None) -> int | None:
    """How many days of `period` were kept; None for a diary of cramps only (it cannot say)."""
    if not kept.has_kept_days(df):
        return None
    return 0 if period is None else int(period.holds(kept.kept_days(df).to_series()).sum())


def rate_days(df: pd.DataFrame, period: Period | None) -> int:
    """The days a rate of `period` is over: its kept days when the diary says which, else all of them."""
    days = kept_in(df, period)
    return days if days is not None else (period.days if period else 0)


def gaps(df: pd.DataFrame, period: Period | None) -> list[Period]:
    """Runs of at least GAP_DAYS days of `period` neither kept nor holding a cramp, oldest first; none for a
    diary of cramps only."""
    if period is None or not kept.has_kept_days(df):
        return []
    watched = kept.kept_days(df)
    edges = pd.DatetimeIndex([period.start - pd.Timedelta(days=1)]).append(
        watched[(watched >= period.start) & (watched <= period.end)]).append(
        pd.DatetimeIndex([period.end + pd.Timedelta(days=1)])).as_unit("us")
    out = []
    for before, after in zip(edges[:-1], edges[1:]):
        if (after - before).days - 1 >= GAP_DAYS:
            out.append(Period(before + pd.Timedelta(days=1), after - pd.Timedelta(days=1)))
    return out


def kept_weeks(df: pd.DataFrame, weeks: pd.Index) -> pd.Index:
    """The calendar weeks (their Mondays) among `weeks` with at least one kept day: a week the diary was not
    kept says nothing. A diary of cramps only counts every week."""
    if not kept.has_kept_days(df):
        return weeks
    watched = set(week_start(kept.kept_days(df).to_series()))
    return weeks[[week in watched for week in weeks]]


def weekly_days(df: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Per calendar week touching `period`: its cramps (entries of `df`) and the days it counts, the one way
    weeks are counted: the days of the period in that week, or only its kept days when the diary says which
    (a week with none, inside a gap, is left out)."""
    days = pd.Series(pd.date_range(period.start, period.end, freq="D", unit="us"))
    if kept.has_kept_days(df):
        days = days[days.isin(kept.kept_days(df))]
    counted = days.groupby(week_start(days)).size()
    cramps = df.groupby(week_start(df["date"])).size()
    return pd.DataFrame({"cramps": cramps.reindex(counted.index, fill_value=0), "days": counted})


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
