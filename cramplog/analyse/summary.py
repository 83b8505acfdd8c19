"""The diary summary behind `python -m cramplog summary` (worded by present/summary_text) and the report's
tiles: the same numbers the Overview and the comparison page show, for the same period.

Shares count only entries where the field was filled in (None when none were), rounded to 3 places;
`bases` gives, for every share, the count it rests on. A rate is over the days covered (the chosen
period, clipped to the diary's first and last kept day), or over its kept days when the diary marks
cramp-free days (`days_kept`; null otherwise); `gaps` lists the runs of unkept days (periods.gaps).
Everything is plain Python (int, float, str, None), so the dict goes straight to JSON.
"""
from __future__ import annotations

import dataclasses

import pandas as pd

from cramplog.analyse import doctor, indicators, periods

SHARES: dict[str, str] = {  # JSON key -> indicator
    "share_over_10_min": "long_cramp", "share_no_trigger": "no_trigger",
    "share_at_rest_or_asleep": "at_rest_or_asleep", "share_twitching": "twitching",
    "share_stretching_helped": "stretching_eased",
}


def _recorded_n(c: indicators.Count) -> int | None:
    return c.n if c.of else None


def _iso(day: pd.Timestamp | None) -> str | None:
    return None if day is None else day.date().isoformat()


def entries_of(diary: pd.DataFrame, start=None, end=None) -> tuple[pd.DataFrame, periods.Period | None]:
    """The entries from `start` to `end` (both optional) and the days of that period the diary covers."""
    period = periods.covered(diary, start, end)
    if period is None:
        return diary.iloc[:0], None
    return diary[period.holds(diary["date"])], period


def summarise(diary: pd.DataFrame, start=None, end=None) -> dict:
    """Every summary number for the diary's entries from `start` to `end` (default: all of it)."""
    df, period = entries_of(diary, start, end)
    span = indicators.date_span(df)
    counts = {key: indicators.count(df, indicator) for key, indicator in SHARES.items()}
    return {
        "entries": int(len(df)),
        "first_date": _iso(span[0]) if span else None,
        "last_date": _iso(span[1]) if span else None,
        "days_covered": period.days if period else 0,
        "days_kept": periods.kept_in(df, period),
        "gaps": [{"from": _iso(gap.start), "to": _iso(gap.end)} for gap in periods.gaps(df, period)],
        "cramps_per_week": indicators.cramps_per_week(df, period),
        "regions": indicators.regions(df),
        "share_over_10_min": counts["share_over_10_min"].share,
        "median_duration_min": indicators.median(df, "duration_min"),
        "median_severity": indicators.median(df, "severity"),
        "share_no_trigger": counts["share_no_trigger"].share,
        "share_at_rest_or_asleep": counts["share_at_rest_or_asleep"].share,
        "share_twitching": counts["share_twitching"].share,
        "weakness_entries": _recorded_n(indicators.count(df, "weakness")),
        "share_stretching_helped": counts["share_stretching_helped"].share,
        "bases": {key: {"n": c.n, "of": c.of} for key, c in counts.items()},
        "trend": indicators.trend(df, period).direction.value,
        "see_a_doctor": [dataclasses.asdict(r) for r in doctor.see_a_doctor(df)],  # most urgent first
        "not_checked": [dataclasses.asdict(m) for m in doctor.not_checked(df)],
    }
