"""Counting a diary the one way every summary uses: the indicators and thresholds of
data/doctor_rules.toml, applied to entries. patterns.py words these numbers, summary.py prints them
and doctor.py checks them against the rules, so the page, the CLI and the doctor panel always agree.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

import pandas as pd

from cramplog import paths
from cramplog.analyse import tables
from cramplog.schema import REGIONS

RULES_PATH = paths.data_file("doctor_rules.toml")


@cache
def rules() -> dict:
    """The reviewed indicators, course thresholds, doctor rules and wording (read once)."""
    with RULES_PATH.open("rb") as f:
        return tomllib.load(f)


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


def threshold(indicator: str, test: str = "above") -> float:
    """The number an indicator tests against (for wording such as "over 10 minutes")."""
    (only,) = rules()["indicator"][indicator]["when"].values()
    return only[test]


def median(df: pd.DataFrame, column: str) -> float | None:
    if column not in df.columns or not df[column].notna().any():
        return None
    return round(float(df[column].median()), 2)


def date_span(df: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    dates = df["date"].dropna() if "date" in df.columns else pd.Series(dtype="datetime64[us]")
    return (dates.min(), dates.max()) if len(dates) else None


def span_days(df: pd.DataFrame) -> int:
    """Days from the first to the last entry, both included (0 for an empty diary)."""
    span = date_span(df)
    return (span[1] - span[0]).days + 1 if span else 0


def cramps_per_week(df: pd.DataFrame) -> float | None:
    days = span_days(df)
    return round(len(df) / (days / 7), 2) if days else None


def regions(df: pd.DataFrame) -> dict[str, int]:
    """{region: entries}, most entries first (ties head to toe)."""
    if "location" not in df.columns:
        return {}
    counts = df["location"].dropna().value_counts()
    order = {r: i for i, r in enumerate(REGIONS)}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0]))
    return {str(region): int(n) for region, n in ranked}


def week_start(dates: pd.Series) -> pd.Series:
    """The Monday of each date's calendar week."""
    return dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")


def regions_per_week(df: pd.DataFrame) -> tuple[float, int] | None:
    """(mean, most) different body regions in a week, over weeks with a located cramp."""
    if "location" not in df.columns or not df["location"].notna().any():
        return None
    located = df[df["location"].notna()]
    per_week = located.groupby(week_start(located["date"]))["location"].nunique()
    return round(float(per_week.mean()), 1), int(per_week.max())


def weekly_counts(df: pd.DataFrame) -> list[int]:
    """Cramps in each calendar week from the first to the last entry (weeks without one count 0)."""
    if date_span(df) is None:
        return []
    return [int(n) for n in tables.counts_over_time(df, "W")["cramps"]]


@dataclass(frozen=True)
class Trend:
    direction: str  # "rising" | "falling" | "steady" | "too little data"
    earlier: float | None = None  # mean cramps a week in the earlier half of the weeks
    later: float | None = None
    weeks: int = 0


def trend(df: pd.DataFrame) -> Trend:
    course = rules()["course"]
    weeks = weekly_counts(df)
    if len(weeks) < course["trend_min_weeks"] or len(df) < course["trend_min_entries"]:
        return Trend("too little data", weeks=len(weeks))
    half = len(weeks) // 2
    earlier = sum(weeks[:half]) / half
    later = sum(weeks[-half:]) / half  # an odd middle week belongs to neither half
    ratio = course["trend_ratio"]
    if later >= earlier * ratio and later > earlier:
        direction = "rising"
    elif later <= earlier / ratio and later < earlier:
        direction = "falling"
    else:
        direction = "steady"
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
