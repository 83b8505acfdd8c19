"""The diary summary behind `python -m cramplog summary`: the same numbers the comparison page words.

Shares count only entries where the field was filled in (None when none were), rounded to 3 places.
Everything is plain Python (int, float, str, None), so the dict goes straight to JSON.
"""
from __future__ import annotations

import json

from cramplog.analyse import doctor, indicators
from cramplog.present.your_diary import n_entries


def _recorded_n(c: indicators.Count) -> int | None:
    return c.n if c.of else None


def summarise(df) -> dict:
    span = indicators.date_span(df)
    return {
        "entries": int(len(df)),
        "first_date": span[0].date().isoformat() if span else None,
        "last_date": span[1].date().isoformat() if span else None,
        "cramps_per_week": indicators.cramps_per_week(df),
        "regions": indicators.regions(df),
        "share_over_10_min": indicators.count(df, "long_cramp").share,
        "median_duration_min": indicators.median(df, "duration_min"),
        "median_severity": indicators.median(df, "severity"),
        "share_no_trigger": indicators.count(df, "no_trigger").share,
        "share_at_rest_or_asleep": indicators.count(df, "at_rest_or_asleep").share,
        "share_twitching": indicators.count(df, "twitching").share,
        "weakness_entries": _recorded_n(indicators.count(df, "weakness")),
        "share_stretching_helped": indicators.count(df, "stretching_eased").share,
        "trend": indicators.trend(df).direction,
        "see_a_doctor": doctor.see_a_doctor(df),
    }


def _share(value: float | None, of_what: str) -> str:
    return "not recorded" if value is None else f"{value:.0%} of entries {of_what}"


def _value(value, unit: str = "") -> str:
    return "not recorded" if value is None else f"{value:g}{unit}"


def format_summary(d: dict) -> str:
    """The summary as readable lines for a terminal."""
    if not d["entries"]:
        return "Entries: 0 (the diary has no entries)"
    regions = ", ".join(f"{r} {n}" for r, n in d["regions"].items()) or "not recorded"
    lines = [
        f"Entries: {d['entries']} ({d['first_date']} to {d['last_date']})",
        f"Cramps per week: {_value(d['cramps_per_week'])}",
        f"Body regions: {regions}",
        f"Median duration: {_value(d['median_duration_min'], ' min')}",
        f"Over 10 minutes: {_share(d['share_over_10_min'], 'with a duration')}",
        f"Median severity (0-10): {_value(d['median_severity'])}",
        f"No trigger named: {_share(d['share_no_trigger'], 'with a trigger noted')}",
        f"Asleep or at rest: {_share(d['share_at_rest_or_asleep'], 'with a setting noted')}",
        f"Twitching: {_share(d['share_twitching'], 'that say yes or no')}",
        f"Entries noting weakness: {_value(d['weakness_entries'])}",
        f"Stretching helped (yes or partly): {_share(d['share_stretching_helped'], 'where stretching was tried')}",
        f"Weekly counts: {d['trend']}",
        "When to see a doctor:",
    ]
    if d["see_a_doctor"]:
        lines += [f"  - {r['reason']} ({n_entries(r['entries'])}; {r['source']})" for r in d["see_a_doctor"]]
    else:
        lines.append(f"  {doctor.none_apply_text()}")
    lines.append("CrampLog describes patterns; it does not diagnose.")
    return "\n".join(lines)


def render(df, as_json: bool = False) -> str:
    """What `python -m cramplog summary` prints: one JSON object, or readable lines."""
    d = summarise(df)
    return json.dumps(d, ensure_ascii=False, allow_nan=False) if as_json else format_summary(d)
