"""Counting a diary the one way every summary uses: the indicators and thresholds of
data/doctor_rules.toml, applied to entries. present/your_diary.py words these numbers, summary.py
prints them and doctor.py checks them against the rules, so the page, the CLI and the doctor panel
always agree.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from cramplog.analyse import periods, tables
from cramplog.analyse.periods import Period, week_start
from cramplog.analyse.rules import rules
from cramplog.base.lang import tr_later
from cramplog.schema import REGIONS


@dataclass(frozen=True)
class Count:
    """`n` entries met an indicator, out of `of` entries where the fields it needs were filled in."""
    n: int
    of: int

    @property
    def share(self) -> float | None:
        return round(self.n / self.of, 3) if self.of else None


def _test(values: pd.Series, test: dict) -> pd.Series:
    if "in" in test:
        return values.isin(test["in"]).fillna(False).astype(bool)
    if "is" in test:
        return (values == test["is"]).fillna(False).astype(bool)
    if "above" in test:
        return (pd.to_numeric(values, errors="coerce") > test["above"]).fillna(False).astype(bool)
    raise ValueError(f"unknown test in doctor_rules.toml: {test}")


def _all(df: pd.DataFrame, tests: dict | None) -> tuple[pd.Series, pd.Series]:
    """(entries meeting every test, entries where every tested column is filled in)."""
    meets = pd.Series(True, index=df.index)
    filled = pd.Series(True, index=df.index)
    for column, test in (tests or {}).items():
        if column not in df.columns:
            return pd.Series(False, index=df.index), pd.Series(False, index=df.index)
        meets &= _test(df[column], test)
        filled &= df[column].notna().to_numpy()
    return meets, filled


def matches(df: pd.DataFrame, indicator: str) -> pd.Series:
    """True for each entry that counts for the named indicator."""
    spec = rules()["indicator"][indicator]
    among, among_filled = _all(df, spec.get("among"))
    meets, _ = _all(df, spec["when"])
    return among & among_filled & meets


def count(df: pd.DataFrame, indicator: str) -> Count:
    spec = rules()["indicator"][indicator]
    among, among_filled = _all(df, spec.get("among"))
    meets, filled = _all(df, spec["when"])
    looked_at = among & among_filled & filled
    return Count(int((looked_at & meets).sum()), int(looked_at.sum()))


def median(df: pd.DataFrame, column: str) -> float | None:
    if column not in df.columns or not df[column].notna().any():
        return None
    return round(float(df[column].median()), 2)


def date_span(df: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    dates = df["date"].dropna() if "date" in df.columns else pd.Series(dtype="datetime64[us]")
    return (dates.min(), dates.max()) if len(dates) else None


def cramps_per_week(df: pd.DataFrame, period: Period | None) -> float | None:
    """Entries of `df` (already limited to `period`) a week over the period's days; None below the
    minimum span or without a period."""
    return periods.per_week(len(df), periods.rate_days(df, period)) if period else None


def regions(df: pd.DataFrame) -> dict[str, int]:
    """{region: entries}, most entries first (ties head to toe, as everywhere)."""
    if "location" not in df.columns:
        return {}
    ranked = tables.ranked(df["location"].dropna().value_counts(), REGIONS)
    return {str(region): int(n) for region, n in ranked.items()}


def days_a_week(days: pd.Series) -> pd.Series:
    """How many different days (or nights) of `days` fall in each calendar week, by the week's Monday.

    The one place the doctor rules' weekly counts are made ("on 2 or more nights a week")."""
    return days.groupby(week_start(days)).nunique()


def regions_per_week(df: pd.DataFrame) -> tuple[float, int] | None:
    """(mean, most) different body regions in a week, over weeks with a located cramp."""
    if "location" not in df.columns or not df["location"].notna().any():
        return None
    located = df[df["location"].notna()]
    per_week = located.groupby(week_start(located["date"]))["location"].nunique()
    return round(float(per_week.mean()), 1), int(per_week.max())


def weekly_days(df: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Per calendar week touching `period`: its cramps and the days it counts (see periods.weekly_days)."""
    return periods.weekly_days(df, period)


class Direction(StrEnum):
    """How weekly counts move; the value stays English (summary --json), shown through tr()."""
    RISING = tr_later("rising")
    FALLING = tr_later("falling")
    STEADY = tr_later("steady")
    TOO_LITTLE = tr_later("too little data")


@dataclass(frozen=True)
class Trend:
    direction: Direction
    earlier: float | None = None  # cramps a week over the days covered in the earlier half of the weeks
    later: float | None = None
    weeks: int = 0


def _rate(weeks: pd.DataFrame) -> float:
    return float(weeks["cramps"].sum()) / float(weeks["days"].sum()) * 7


def trend(df: pd.DataFrame, period: Period | None = None) -> Trend:
    """Earlier against later half of the calendar weeks, each as cramps over the days it covers, so a
    partly covered first or last week counts for its days only. `df`: the entries of `period`."""
    period = period or periods.covered(df)
    course = rules()["course"]
    weeks = weekly_days(df, period) if period else pd.DataFrame({"cramps": [], "days": []})
    if len(weeks) < course["trend_min_weeks"] or len(df) < course["trend_min_entries"]:
        return Trend(Direction.TOO_LITTLE, weeks=len(weeks))
    half = len(weeks) // 2
    earlier, later = _rate(weeks.iloc[:half]), _rate(weeks.iloc[-half:])  # an odd middle week is in neither
    ratio = course["trend_ratio"]
    if later >= earlier * ratio and later > earlier:
        direction = Direction.RISING
    elif later <= earlier / ratio and later < earlier:
        direction = Direction.FALLING
    else:
        direction = Direction.STEADY
    return Trend(direction, round(earlier, 2), round(later, 2), len(weeks))


def new_regions(df: pd.DataFrame) -> dict[str, pd.Timestamp] | None:
    """Body regions first noted after the first month, with the day they first appeared.

    None when the diary is too short to have a "later" (or names no places)."""
    span = date_span(df)
    if span is None or "location" not in df.columns or not df["location"].notna().any():
        return None
    cutoff = span[0] + pd.Timedelta(days=rules()["course"]["first_month_days"])
    if span[1] <= cutoff:
        return None
    seen = tables.region_first_seen(df)
    later = seen[seen["first_day"] > cutoff]
    return dict(zip(later["region"], later["first_day"]))
