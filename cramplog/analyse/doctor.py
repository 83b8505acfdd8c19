"""When to see a doctor: the rules of data/doctor_rules.toml checked against the user's own log.

Each rule that applies gives a plain reason, how soon the guidance says to go (data/guidance.csv), how
many entries it rests on, and its source. A rule the diary cannot answer (no durations, too few weeks)
is named as not checked, with why, never passed over in silence. The rules name reasons to see a doctor
from health-service guidance; they never weigh up an illness.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from cramplog.analyse import guidance, indicators, periods, rules, tables
from cramplog.base.words import plural


@dataclass(frozen=True)
class Reason:
    """One rule the diary meets: its id, the plain reason, how soon, the entries it rests on, its source,
    CrampLog's own threshold where the guidance gives no number, and any reassurance beside it. The texts are
    in the language in use when it was made; `urgency` stays the guidance file's English (its rank)."""
    id: str
    reason: str
    urgency: str
    entries: int
    source: str
    ours: str = ""
    also: str = ""
    also_source: str = ""
    title: str = ""  # a short name ("cramps over 10 minutes"), for the doctor's summary


@dataclass(frozen=True)
class NotChecked:
    """A rule this diary cannot answer, and why ("no durations recorded")."""
    id: str
    title: str
    why: str


def wording(key: str) -> str:
    """A sentence of the rules file's [wording], in the language in use."""
    return rules.wording(key)


def urgency_heading(urgency: str) -> str:
    """"See a doctor straight away": how the panel and the report head each level of urgency."""
    return wording("urgency_" + urgency.replace(" ", "_"))


def _in_busy_weeks(df: pd.DataFrame, hits: pd.Series, rule: dict) -> pd.Series:
    """Hits in calendar weeks with at least `per_week` different nights (or days) with a hit, when there
    are at least `min_weeks` such weeks. A cramp at 01:00 on Monday belongs to Sunday night (and week)."""
    days = periods.night_of(df, tables.hours(df)) if rule["per"] == "night" else df["date"]
    a_week = indicators.days_a_week(days[hits])
    busy = periods.kept_weeks(df, a_week[a_week >= rule["per_week"]].index)  # issue 19: only weeks that were kept
    if len(busy) < rule["min_weeks"]:
        return hits & False
    return hits & periods.week_start(days).isin(busy)


def rule_entries(df: pd.DataFrame, rule: dict) -> int:
    """How many entries the rule rests on (0 when it does not apply)."""
    hits = indicators.matches(df, rule["indicator"])
    if "per_week" in rule:  # a frequency rule: nights or days, not entries, in a calendar week
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


def _reason(rule: dict, n: int) -> Reason:
    return Reason(rule["id"], rules.reason_text(rule), guidance.rule_urgency(rule["id"]), n,
                  guidance.rule_sources(rule["id"]), rules.reason_text(rule, "ours"),
                  rules.reason_text(rule, "also"), rule.get("also_source", ""), rules.reason_text(rule, "title"))


def by_urgency(found: list) -> list:
    """Most urgent first; the rules file's order within a level."""
    return sorted(found, key=lambda r: guidance.urgency_rank(r.urgency))


def see_a_doctor(df: pd.DataFrame) -> list[Reason]:
    """Every rule the diary meets, most urgent first."""
    found = [_reason(rule, n) for rule in indicators.rules()["rule"] if (n := rule_entries(df, rule))]
    return by_urgency(found)


def _why_not_checked(df: pd.DataFrame, rule: dict) -> str | None:
    """Why the diary cannot answer this rule, or None when it can."""
    for column in rules.columns_needed(rule):
        if column not in df.columns or not df[column].notna().any():
            return rules.not_recorded(column)
    if "min_weeks" in rule:
        period = periods.covered(df)
        days = period.days if period else 0
        if days < rule["min_weeks"] * 7:
            return rules.not_recorded("too_short").format(weeks=plural(rule["min_weeks"], "week"),
                                                          days=plural(days, "day"))
    return None


def not_checked(df: pd.DataFrame) -> list[NotChecked]:
    """The rules that did not apply because the diary cannot answer them, each with why."""
    out = []
    for rule in indicators.rules()["rule"]:
        if not df.empty and (why := _why_not_checked(df, rule)) and not rule_entries(df, rule):
            out.append(NotChecked(rule["id"], rules.reason_text(rule, "title"), why))
    return out


def none_apply_text(df: pd.DataFrame | None = None) -> str:
    """The calm message when no rule applies: plainly "none" only when every rule could be checked."""
    if df is not None and not_checked(df):
        return wording("none_checked")
    return wording("none_apply")
