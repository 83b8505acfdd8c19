"""A period's key numbers, counted once.

The Overview's tiles and table, the report's tiles and `python -m cramplog summary --json` all read the one
frozen `KeyNumbers` that `key_numbers` returns, so they cannot drift apart. Counts, medians (2 places) and
shares follow analyse/indicators; a rate is over the days covered (the chosen period, clipped to the diary's
first and last kept day), or over its kept days when the diary marks cramp-free days (see periods).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from cramplog.analyse import indicators, periods, tables
from cramplog.analyse.indicators import Count, Direction
from cramplog.analyse.periods import Period
from cramplog.base import days as kept
from cramplog.diary.filters import filter_diary
from cramplog.schema import is_recorded


@dataclass(frozen=True)
class KeyNumbers:
    """Every key number of one period's entries. None where the diary never says (never a made-up 0)."""
    entries: int
    first_date: pd.Timestamp | None  # of the entries
    last_date: pd.Timestamp | None
    days_covered: int
    days_kept: int | None  # None for a diary of cramps only (it cannot say)
    gaps: tuple[Period, ...]
    cramps_per_week: float | None  # None below the minimum span
    regions: tuple[tuple[str, int], ...]  # (region, entries), most first, ties head to toe
    regions_noted: bool  # the diary notes places at all (else "0 regions" would claim what it never says)
    median_severity: float | None
    median_duration_min: float | None
    over_10_min: Count  # longer than the rules file's long-cramp limit
    no_trigger: Count
    at_rest_or_asleep: Count
    twitching: Count
    stretching_helped: Count
    weakness: Count
    nights_woken: int | None  # None when no entry of the period notes a context
    trend: Direction

    @property
    def rate_days(self) -> int:
        """The days the rate is over: the kept days when the diary says which, else the days covered."""
        return self.days_covered if self.days_kept is None else self.days_kept

    @property
    def body_regions(self) -> int | None:
        """How many different body regions had a cramp; None when the diary never notes a place."""
        return len(self.regions) if self.regions_noted else None


def entries_of(diary: pd.DataFrame, start=None, end=None) -> tuple[pd.DataFrame, Period | None]:
    """The entries from `start` to `end` (both optional) and the days of that period the diary covers."""
    period = periods.covered(diary, start, end)
    if period is None:
        return diary.iloc[:0], None
    return diary[period.holds(diary["date"])], period


def _nights_woken(df: pd.DataFrame) -> int | None:
    return tables.nights_woken(df) if is_recorded(df, "context") else None


def key_numbers(diary: pd.DataFrame, start=None, end=None, regions=None) -> KeyNumbers:
    """The key numbers of the diary's entries from `start` to `end` (default: all of it) in `regions` (None or
    empty: all). `diary` is the whole diary: the days covered are the whole diary's, not one region's."""
    period = periods.covered(diary, start, end)
    chosen = filter_diary(diary, regions=regions) if regions else diary
    df = chosen[period.holds(chosen["date"])] if period else chosen.iloc[:0]
    span = indicators.date_span(df)
    return KeyNumbers(
        entries=int(len(df)), first_date=span[0] if span else None, last_date=span[1] if span else None,
        days_covered=period.days if period else 0, days_kept=periods.kept_in(chosen, period),
        gaps=tuple(periods.gaps(chosen, period)), cramps_per_week=indicators.cramps_per_week(df, period),
        regions=tuple(indicators.regions(df).items()), regions_noted=is_recorded(diary, "location"),
        median_severity=indicators.median(df, "severity"),
        median_duration_min=indicators.median(df, "duration_min"),
        over_10_min=indicators.count(df, "long_cramp"), no_trigger=indicators.count(df, "no_trigger"),
        at_rest_or_asleep=indicators.count(df, "at_rest_or_asleep"), twitching=indicators.count(df, "twitching"),
        stretching_helped=indicators.count(df, "stretching_eased"), weakness=indicators.count(df, "weakness"),
        nights_woken=_nights_woken(df), trend=indicators.trend(df, period).direction,
    )


def previous_key_numbers(diary: pd.DataFrame, start, end, regions=None) -> KeyNumbers | None:
    """The key numbers of the period of equal length just before `start`..`end`, or None when the diary does not
    cover every day of it (it begins on its first kept day) or was not kept on any of them."""
    span = kept.first_last(diary)
    before = Period(pd.Timestamp(start), pd.Timestamp(end)).before()
    if span is None or before.start < span[0]:
        return None
    earlier = key_numbers(diary, before.start, before.end, regions)
    return earlier if earlier.rate_days else None
