"""`python -m cramplog summary` as a reader sees it: the summary's numbers as lines for a terminal, or JSON."""
from __future__ import annotations

import json

import pandas as pd

from cramplog.analyse import doctor, rules
from cramplog.analyse.summary import summarise
from cramplog.base.words import n_entries, number, plural
from cramplog.present import wording

NOT_A_DIAGNOSIS = "CrampLog describes patterns; it does not diagnose."


def _share(d: dict, key: str, of_what: str) -> str:
    base = d["bases"][key]
    if d[key] is None:
        return wording.NOT_RECORDED
    return f"{wording.pct(base['n'], base['of'])} of entries {of_what} ({base['n']:,} of {base['of']:,})"


def _header(d: dict) -> list[str]:
    rate = wording.rate_text(d["cramps_per_week"], d["entries"], d["days_covered"])
    return [f"Entries: {d['entries']:,} ({d['first_date']} to {d['last_date']})",
            f"Days covered: {d['days_covered']:,}",
            f"Cramps per week: {number(d['cramps_per_week'])}" if d["cramps_per_week"] is not None else
            f"Cramps per week: not given for fewer than {plural(rules.min_span_days(), 'day')} ({rate})"]


def format_summary(d: dict) -> str:
    """The summary as readable lines for a terminal."""
    if not d["entries"]:
        return f"Entries: 0 (no entries in these dates)\n{NOT_A_DIAGNOSIS}"
    regions = ", ".join(f"{r} {n}" for r, n in d["regions"].items()) or wording.NOT_RECORDED
    limit = plural(rules.threshold("long_cramp"), "minute")
    lines = _header(d) + [
        f"Body regions: {regions}",
        f"Median duration: {wording.value_text(d['median_duration_min'], ' min')}",
        f"Over {limit}: {_share(d, 'share_over_10_min', 'with a duration')}",
        f"Median severity (0-10): {wording.value_text(d['median_severity'])}",
        f"No trigger named: {_share(d, 'share_no_trigger', 'with a trigger noted')}",
        f"Asleep or at rest: {_share(d, 'share_at_rest_or_asleep', 'with a setting noted')}",
        f"Twitching: {_share(d, 'share_twitching', 'that say yes or no')}",
        f"Entries noting weakness: {wording.value_text(d['weakness_entries'])}",
        "Stretching helped (yes or partly): "
        + _share(d, "share_stretching_helped", "where stretching was tried and the result noted"),
        f"Weekly counts: {d['trend']}",
        "When to see a doctor:",
    ]
    if d["see_a_doctor"]:
        lines += [f"  - {r['reason']} ({n_entries(r['entries'])}; {r['source']})" for r in d["see_a_doctor"]]
    else:
        lines.append(f"  {doctor.none_apply_text()}")
    lines.append(NOT_A_DIAGNOSIS)
    return "\n".join(lines)


def render(diary: pd.DataFrame, as_json: bool = False, start=None, end=None) -> str:
    """What `python -m cramplog summary` prints: one JSON object, or readable lines."""
    d = summarise(diary, start, end)
    return json.dumps(d, ensure_ascii=False, allow_nan=False) if as_json else format_summary(d)
