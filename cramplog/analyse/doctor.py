"""When to see a doctor: the rules of data/doctor_rules.toml checked against the user's own log.

Each rule that applies gives a plain reason, how many entries it rests on, and its source. The rules
name reasons to book an appointment from health-service guidance; they never weigh up an illness.
"""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import indicators


def wording(key: str) -> str:
    return indicators.rules()["wording"][key]


def rule_entries(df: pd.DataFrame, rule: dict) -> int:
    """How many entries the rule rests on (0 when it does not apply)."""
    hits = indicators.matches(df, rule["indicator"])
    if "per_week" in rule:  # a frequency rule: count only weeks with at least `per_week` such entries
        per_week = hits.groupby(indicators.week_start(df["date"])).transform("sum")
        busy = hits & (per_week >= rule["per_week"])
        weeks = indicators.week_start(df["date"][busy]).nunique()
        hits = busy if weeks >= rule["min_weeks"] else busy & False
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
    parts_that_week = part.groupby(indicators.week_start(df["date"])).transform("nunique")
    return (part.notna() & (parts_that_week >= rule["min_parts"])).fillna(False).astype(bool)


def see_a_doctor(df: pd.DataFrame) -> list[dict]:
    """[{id, reason, entries, source}] for every rule the diary meets, in the rules file's order."""
    found = []
    for rule in indicators.rules()["rule"]:
        n = rule_entries(df, rule)
        if n:
            found.append({"id": rule["id"], "reason": rule["reason"], "entries": n, "source": rule["source"]})
    return found


def none_apply_text() -> str:
    """The calm message when no rule applies (it still mentions weakness and wasting)."""
    return wording("none_apply")
