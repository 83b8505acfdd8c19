"""Narrow a diary to a date range and some body regions: the filters every dashboard chart shares."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from cramplog.base import days
from cramplog.schema import REGIONS


def date_bounds(df: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last kept day of the diary (an entry or a day marked cramp-free), or None when it has none."""
    span = days.first_last(df)
    return None if span is None else (span[0].date(), span[1].date())


def regions_in(df: pd.DataFrame) -> list[str]:
    """The body regions this diary mentions, head to toe."""
    if "location" not in df.columns:
        return []
    present = set(df["location"].dropna().unique())
    return [r for r in REGIONS if r in present]


def clip_range(start: dt.date, end: dt.date, bounds: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """Keep a chosen range inside the diary's own dates (a stale range from another diary may not fit)."""
    lo, hi = bounds
    start, end = min(start, end), max(start, end)
    start, end = max(start, lo), min(end, hi)
    return (lo, hi) if start > end else (start, end)


def filter_diary(df: pd.DataFrame, start: dt.date | None = None, end: dt.date | None = None,
                 regions: Iterable[str] | None = None) -> pd.DataFrame:
    """Entries from `start` to `end` (both days included) in any of `regions` (None or empty: all)."""
    keep = pd.Series(True, index=df.index)
    if start is not None:
        keep &= df["date"] >= pd.Timestamp(start)
    if end is not None:
        keep &= df["date"] < pd.Timestamp(end) + pd.Timedelta(days=1)
    chosen = list(regions or [])
    if not chosen:
        return df[keep]
    in_regions = df["location"].isin(chosen)
    out = df[keep & in_regions]
    if days.has_kept_days(df):  # a kept day with cramps elsewhere only is, for these regions, a cramp-free day
        days.carry(df, out, also=df.loc[keep & ~in_regions, "date"])
    return out
