"""The diary summary behind `python -m cramplog summary` and the report's tiles: the same numbers the
Overview and the comparison page show, for the same period.

Shares count only entries where the field was filled in (None when none were), rounded to 3 places;
`bases` gives, for every share, the count it rests on. A rate is over the days covered: the chosen
period, clipped to the diary's first and last entry. Everything is plain Python (int, float, str,
None), so the dict goes straight to JSON.
"""
from __future__ import annotations

import dataclasses
import json

import pandas as pd

from cramplog.analyse import doctor, indicators, periods, rules
from cramplog.present import wording

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
        "see_a_doctor": [dataclasses.asdict(r) for r in doctor.see_a_doctor(df)],
    }


def _share(d: dict, key: str, of_what: str) -> str:
    base = d["bases"][key]
    if d[key] is None:
        return "not recorded"
    return f"{wording.pct(base['n'], base['of'])} of entries {of_what} ({base['n']:,} of {base['of']:,})"


def _value(value, unit: str = "") -> str:
    return "not recorded" if value is None else f"{wording.number(value, 2)}{unit}"


def _header(d: dict) -> list[str]:
    rate = wording.rate_text(d["cramps_per_week"], d["entries"], d["days_covered"])
    return [f"Entries: {d['entries']:,} ({d['first_date']} to {d['last_date']})",
            f"Days covered: {d['days_covered']:,}",
            f"Cramps per week: {wording.number(d['cramps_per_week'])}" if d["cramps_per_week"] is not None else
            f"Cramps per week: not given for fewer than {rules.min_span_days()} days ({rate})"]


def format_summary(d: dict) -> str:
    """The summary as readable lines for a terminal."""
    if not d["entries"]:
        return "Entries: 0 (no entries in these dates)" if d["days_covered"] else \
            "Entries: 0 (the diary has no entries)"
    regions = ", ".join(f"{r} {n}" for r, n in d["regions"].items()) or "not recorded"
    limit = wording.number(rules.threshold("long_cramp"))
    lines = _header(d) + [
        f"Body regions: {regions}",
        f"Median duration: {_value(d['median_duration_min'], ' min')}",
        f"Over {limit} minutes: {_share(d, 'share_over_10_min', 'with a duration')}",
        f"Median severity (0-10): {_value(d['median_severity'])}",
        f"No trigger named: {_share(d, 'share_no_trigger', 'with a trigger noted')}",
        f"Asleep or at rest: {_share(d, 'share_at_rest_or_asleep', 'with a setting noted')}",
        f"Twitching: {_share(d, 'share_twitching', 'that say yes or no')}",
        f"Entries noting weakness: {_value(d['weakness_entries'])}",
        "Stretching helped (yes or partly): "
        + _share(d, "share_stretching_helped", "where stretching was tried and the result noted"),
        f"Weekly counts: {d['trend']}",
        "When to see a doctor:",
    ]
    if d["see_a_doctor"]:
        lines += [f"  - {r['reason']} ({wording.n_entries(r['entries'])}; {r['source']})" for r in d["see_a_doctor"]]
    else:
        lines.append(f"  {doctor.none_apply_text()}")
    lines.append("CrampLog describes patterns; it does not diagnose.")
    return "\n".join(lines)


def render(diary: pd.DataFrame, as_json: bool = False, start=None, end=None) -> str:
    """What `python -m cramplog summary` prints: one JSON object, or readable lines."""
    d = summarise(diary, start, end)
    return json.dumps(d, ensure_ascii=False, allow_nan=False) if as_json else format_summary(d)
