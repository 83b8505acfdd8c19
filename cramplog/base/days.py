"""The days a diary was kept: a day is *kept* when it has a cramp or was marked cramp-free.

A diary of cramps only says nothing about the days between its cramps; a diary that also marks cramp-free
days (the "No cramps today" button, an app export whose other rows show the person used the app) says which
days were watched. The cramp-free days travel with the diary's table in `df.attrs[CRAMP_FREE]`, a sorted
tuple of ISO days: pandas carries attrs through filtering and sorting, so every part of the diary a page or a
number works on still knows them. The functions here are the only ones that read or write that key.
"""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

CRAMP_FREE = "cramplog.cramp_free"  # df.attrs key: sorted tuple of "YYYY-MM-DD"


def _iso(days: Iterable) -> tuple[str, ...]:
    stamps = pd.to_datetime(pd.Series(list(days), dtype="object"), format="ISO8601")
    return tuple(sorted({d.date().isoformat() for d in stamps.dropna()}))


def cramp_free(df: pd.DataFrame) -> pd.DatetimeIndex:
    """The days marked cramp-free (sorted, midnight), empty for a diary of cramps only."""
    return pd.DatetimeIndex(pd.to_datetime(list(df.attrs.get(CRAMP_FREE, ())), format="ISO8601")).as_unit("us")


def has_kept_days(df: pd.DataFrame) -> bool:
    """True when the diary says which days were kept (it marks at least one cramp-free day)."""
    return bool(df.attrs.get(CRAMP_FREE))


def with_cramp_free(df: pd.DataFrame, days: Iterable) -> pd.DataFrame:
    """`df` (not copied) marking exactly `days` cramp-free; no days leaves a diary of cramps only."""
    marked = _iso(days)
    if marked:
        df.attrs[CRAMP_FREE] = marked
    else:
        df.attrs.pop(CRAMP_FREE, None)
    return df


def carry(source: pd.DataFrame, target: pd.DataFrame, also: Iterable = ()) -> pd.DataFrame:
    """`target` marking the cramp-free days of `source` (plus `also`): for a diary rebuilt from another."""
    return with_cramp_free(target, [*source.attrs.get(CRAMP_FREE, ()), *_iso(also)])


def mark(df: pd.DataFrame, day, cramp_free_day: bool = True) -> pd.DataFrame:
    """A copy of the diary with `day` marked cramp-free (or unmarked when `cramp_free_day` is False)."""
    iso = _iso([day])
    held = set(df.attrs.get(CRAMP_FREE, ()))
    out = df.copy()
    return with_cramp_free(out, held | set(iso) if cramp_free_day else held - set(iso))


def is_marked(df: pd.DataFrame, day) -> bool:
    return bool(set(_iso([day])) & set(df.attrs.get(CRAMP_FREE, ())))


def first_last(df: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The diary's first and last kept day (cheap on a long diary: no list of days is built), or None."""
    dates = df["date"].dropna() if "date" in df.columns else pd.Series(dtype="datetime64[us]")
    free = cramp_free(df)
    ends = [*([dates.min().normalize(), dates.max().normalize()] if len(dates) else []),
            *([free[0], free[-1]] if len(free) else [])]
    return (min(ends), max(ends)) if ends else None


def kept_days(df: pd.DataFrame) -> pd.DatetimeIndex:
    """Every kept day of `df`: its entries' days and its cramp-free days, sorted."""
    dates = df["date"].dropna() if "date" in df.columns else pd.Series(dtype="datetime64[us]")
    entry_days = pd.DatetimeIndex(dates.dt.normalize().unique()).as_unit("us")
    return entry_days.union(cramp_free(df)).sort_values()
