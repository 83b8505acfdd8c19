"""When to see a doctor: the rules of data/doctor_rules.toml checked against the user's own log.

Each rule that applies gives a plain reason, how many entries it rests on, and its source. The rules
name reasons to book an appointment from health-service guidance; they never weigh up an illness.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from cramplog.analyse import indicators, periods, rules, tables


@dataclass(frozen=True)
class Reason:
    """One rule the diary meets: its id, the plain reason, the entries it rests on and its source."""
    id: str
    reason: str
    entries: int
    source: str


def wording(key: str) -> str:
    return indicators.rules()["wording"][key]


def _in_busy_weeks(df: pd.DataFrame, hits: pd.Series, rule: dict) -> pd.Series:
    """Hits in calendar weeks with at least `per_week` different nights with a hit, when there are
    at least `min_weeks` such weeks. A cramp at 01:00 on Monday belongs to Sunday night (and week)."""
    night = periods.night_of(df, tables.hours(df))[hits]
    week = periods.week_start(night)
    nights_a_week = night.groupby(week).nunique()
    busy = periods.kept_weeks(df, nights_a_week[nights_a_week >= rule["per_week"]].index)
    if len(busy) < rule["min_weeks"]:
        return hits & False
    return hits & week.reindex(hits.index).isin(busy)


def rule_entries(df: pd.DataFrame, rule: dict) -> int:
    """How many entries the rule rests on (0 when it does not apply)."""
    hits = indicators.matches(df, rule["indicator"])
    if "per_week" in rule:  # a frequency rule: nights, not entries, in a calendar week
        hits = _in_busy_weeks(df, hits, rule)
    if "parts" in rule:  # a widespread rule: only weeks with cramps in enough parts of the body
        hits = hits & _in_a_spread_week(df, rule)
    n = int(hits.sum())
    return n if n >= rule.get("min_entries", 1) else 0


def _in_a_spread_week(df: pd.DataFrame, rule: dict) -> pd.Series:
    """Located entries of calendar weeks whose cramps were in at least `min_parts` of the rule's parts."""
    if "location" not in df.columns or "date" not in df.columns:
        return pd.Series(False, index=df.index)
    part_of = {place: part for part, places in rule["parts"].items() for place in places}
    part = df["location"].map(part_of)
    parts_that_week = part.groupby(periods.week_start(df["date"])).transform("nunique")
    return (part.notna() & (parts_that_week >= rule["min_parts"])).fillna(False).astype(bool)


def see_a_doctor(df: pd.DataFrame) -> list[Reason]:
    """Every rule the diary meets, in the rules file's order."""
    found = []
    for rule in indicators.rules()["rule"]:
        if n := rule_entries(df, rule):
            found.append(Reason(rule["id"], rules.reason_text(rule), n, rule["source"]))
    return found


def none_apply_text() -> str:
    """The calm message when no rule applies (it still mentions weakness and wasting)."""
    return wording("none_apply")
