"""`python -m cramplog summary` as a reader sees it: the summary's numbers as lines for a terminal, or JSON."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd

from cramplog.analyse import doctor, rules
from cramplog.analyse.summary import summarise
from cramplog.base import lang
from cramplog.base.lang import tr, tr_later
from cramplog.base.words import n_entries, number, plural
from cramplog.present import doctor_text, wording

NOT_A_DIAGNOSIS = tr_later("CrampLog describes patterns; it does not diagnose.")


def _share(d: dict, key: str, of_what: str) -> str:
    """"42% of entries with a duration (5 of 12)"; `of_what` is the rest of the sentence, already in words."""
    base = d["bases"][key]
    if d[key] is None:
        return tr(wording.NOT_RECORDED)
    return tr("{share} of entries {of_what} ({count} of {total})", share=wording.pct(base["n"], base["of"]),
              of_what=of_what, count=number(base["n"]), total=number(base["of"]))


def gap_lengths(gaps: list[dict]) -> list[int]:
    """Each gap's length in days, from the summary's [{from, to}]."""
    return [(dt.date.fromisoformat(g["to"]) - dt.date.fromisoformat(g["from"])).days + 1 for g in gaps]


def counted_over(d: dict) -> str:
    """"Kept on 71 of 309 days; 3 gaps (longest 118 days); ...", or the every-day assumption."""
    return wording.counted_over(d["days_kept"], d["days_covered"], gap_lengths(d["gaps"]))


def _shown_date(iso: str | None) -> str | None:
    """English `summary` keeps ISO dates (scripts read them); another language words them its own way."""
    return iso if iso is None or lang.current() == lang.SOURCE else lang.day(dt.date.fromisoformat(iso))


def _header(d: dict) -> list[str]:
    days = d["days_covered"] if d["days_kept"] is None else d["days_kept"]
    rate = wording.rate_text(d["cramps_per_week"], d["entries"], days)
    label = tr(wording.RATE_LABEL)
    return [tr("Entries: {count} ({first} to {last})", count=number(d["entries"]), first=_shown_date(d["first_date"]),
               last=_shown_date(d["last_date"])),
            tr("Days covered: {days}", days=number(d["days_covered"])), counted_over(d),
            tr("{label}: {value}", label=label, value=number(d["cramps_per_week"])) if d["cramps_per_week"] is not None else
            tr("{label}: not given for fewer than {days} ({rate})", label=label,
               days=plural(rules.min_span_days(), "day"), rate=rate)]


def _doctor_lines(d: dict) -> list[str]:
    """The reasons under their "how soon" headings, then what could not be checked (the panel's order)."""
    reasons = [doctor.Reason(**r) for r in d["see_a_doctor"]]
    lines = [] if reasons else [f"  {doctor.wording('none_checked' if d['not_checked'] else 'none_apply')}"]
    for heading, group in doctor_text.by_urgency(reasons):
        lines.append(f"  {heading}:")
        lines += [f"  - {doctor_text.with_our_number(r)} ({n_entries(r.entries)}; {r.source})"
                  for r in group]
    missing = [doctor.NotChecked(**m) for m in d["not_checked"]]
    if missing:
        lines.append(f"  {doctor.wording('not_checked_title')}:")
        lines += [f"  - {line}" for line in doctor_text.not_checked_lines(missing)]
    return lines


def format_summary(d: dict) -> str:
    """The summary as readable lines for a terminal."""
    if not d["entries"]:
        return tr("Entries: 0 (no entries in these dates)") + "\n" + tr(NOT_A_DIAGNOSIS)
    regions = ", ".join(f"{tr(r)} {number(n)}" for r, n in d["regions"].items()) or tr(wording.NOT_RECORDED)
    limit = plural(rules.threshold("long_cramp"), "minute")
    lines = _header(d) + [
        tr("Body regions: {regions}", regions=regions),
        tr("Median duration: {value}", value=wording.value_text(d["median_duration_min"], " min")),
        tr("Over {limit}: {share}", limit=limit, share=_share(d, "share_over_10_min", tr("with a duration"))),
        tr("Median severity (0-10): {value}", value=wording.value_text(d["median_severity"])),
        tr("No trigger named: {share}", share=_share(d, "share_no_trigger", tr("with a trigger noted"))),
        tr("Asleep or at rest: {share}", share=_share(d, "share_at_rest_or_asleep", tr("with a setting noted"))),
        tr("Twitching: {share}", share=_share(d, "share_twitching", tr("that say yes or no"))),
        tr("Entries noting weakness: {value}", value=wording.value_text(d["weakness_entries"])),
        tr("Stretching helped (yes or partly): {share}", share=_share(
            d, "share_stretching_helped", tr("where stretching was tried and the result noted"))),
        tr("Weekly counts: {trend}", trend=tr(d["trend"])),
        tr("When to see a doctor:"),
    ]
    lines += _doctor_lines(d)
    lines.append(tr(NOT_A_DIAGNOSIS))
    return "\n".join(lines)


def render(diary: pd.DataFrame, as_json: bool = False, start=None, end=None) -> str:
    """What `python -m cramplog summary` prints: one JSON object, or readable lines."""
    d = summarise(diary, start, end)
    return json.dumps(d, ensure_ascii=False, allow_nan=False) if as_json else format_summary(d)
