"""The diary summary behind `python -m cramplog summary` (worded by present/summary_text): the period's key
numbers (analyse/key_numbers, the same record the Overview and the report read) and the reasons to see a doctor.

Shares count only entries where the field was filled in (None when none were), rounded to 3 places;
`bases` gives, for every share, the count it rests on. A rate is over the days covered (the chosen
period, clipped to the diary's first and last kept day), or over its kept days when the diary marks
cramp-free days (`days_kept`; null otherwise); `gaps` lists the runs of unkept days (periods.gaps).
Everything is plain Python (int, float, str, None), so the dict goes straight to JSON.
"""
from __future__ import annotations

import dataclasses

import pandas as pd

from cramplog.analyse import doctor
from cramplog.analyse.indicators import Count
from cramplog.analyse.key_numbers import KeyNumbers, entries_of, key_numbers

SHARES: dict[str, str] = {  # JSON key -> KeyNumbers field
    "share_over_10_min": "over_10_min", "share_no_trigger": "no_trigger",
    "share_at_rest_or_asleep": "at_rest_or_asleep", "share_twitching": "twitching",
    "share_stretching_helped": "stretching_helped",
}
__all__ = ["SHARES", "entries_of", "as_json", "summarise"]


def _recorded_n(c: Count) -> int | None:
    return c.n if c.of else None


def _iso(day: pd.Timestamp | None) -> str | None:
    return None if day is None else day.date().isoformat()


def as_json(k: KeyNumbers) -> dict:
    """The key numbers as `summary --json` has always written them (plain int, float, str, None)."""
    counts: dict[str, Count] = {key: getattr(k, field) for key, field in SHARES.items()}
    return {
        "entries": k.entries, "first_date": _iso(k.first_date), "last_date": _iso(k.last_date),
        "days_covered": k.days_covered, "days_kept": k.days_kept,
        "gaps": [{"from": _iso(gap.start), "to": _iso(gap.end)} for gap in k.gaps],
        "cramps_per_week": k.cramps_per_week, "regions": dict(k.regions),
        "share_over_10_min": k.over_10_min.share,
        "median_duration_min": k.median_duration_min, "median_severity": k.median_severity,
        "share_no_trigger": k.no_trigger.share, "share_at_rest_or_asleep": k.at_rest_or_asleep.share,
        "share_twitching": k.twitching.share, "weakness_entries": _recorded_n(k.weakness),
        "share_stretching_helped": k.stretching_helped.share,
        "bases": {key: {"n": c.n, "of": c.of} for key, c in counts.items()},
        "trend": k.trend.value,
    }


def summarise(diary: pd.DataFrame, start=None, end=None) -> dict:
    """Every summary number for the diary's entries from `start` to `end` (default: all of it): the key numbers
    and the reasons to see a doctor."""
    df, _ = entries_of(diary, start, end)
    return {
        **as_json(key_numbers(diary, start, end)),
        "see_a_doctor": [dataclasses.asdict(r) for r in doctor.see_a_doctor(df)],  # most urgent first
        "not_checked": [dataclasses.asdict(m) for m in doctor.not_checked(df)],
    }
