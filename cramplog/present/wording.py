"""Small words written once: plurals, days, shares, numbers and rates as every surface shows them.

The Overview, the Charts takeaways, the comparison's "your diary" column, `summary` and the report
all word a number through these, so "1 entry", "4 Jan 2026", "42%" and "3 cramps over 1 day" read the
same everywhere. Nothing here computes a number; it only says one.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from cramplog.base import lang
from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.base.words import number, plural


def day_text(day: dt.date | pd.Timestamp) -> str:
    """"4 Jan 2026" ("1. Apr. 2026", "1 avr. 2026", "1 abr 2026")."""
    return lang.day(pd.Timestamp(day).date())


def long_day(day: dt.date | pd.Timestamp) -> str:
    """"4 January 2026" (the report's headings)."""
    return lang.day(pd.Timestamp(day).date(), long=True)


# Kept in English (callers compare against them); shown through tr().
NOT_RECORDED = tr_later("not recorded")
RATE_LABEL = tr_later("Cramps a week")  # the rate's name on every surface: Overview, report, summary
MEDIAN_NOTE = tr_later("A median is the middle value: half of the cramps were shorter (or milder) than it, "
                       "half longer (or stronger).")


def value_text(value: float | None, unit: str = "", decimals: int = 1) -> str:
    """"4.5 min", or "not recorded" when the diary never says."""
    return tr(NOT_RECORDED) if value is None else f"{number(value, decimals)}{unit}"


def pct(part: float, whole: float) -> str:
    """"42%" ("42 %" in German, French and Spanish), with "under 1%" rather than a misleading "0%" for a small
    non-zero share."""
    if not whole:
        return tr("{share}%", share="0")
    share = 100 * part / whole
    return tr("under {share}%", share="1") if 0 < share < 0.5 else tr("{share}%", share=f"{share:.0f}")


def share_of(n: int, of: int) -> str:
    """"5% (7 of 150)": a share with what it rests on."""
    return tr("{share} ({count} of {total})", share=pct(n, of), count=number(n), total=number(of))


def count_over_days(n: int, days: int, short: bool = False) -> str:
    """"3 cramps over 1 day" ("3 in 1 day" where room is short): shown instead of a rate over too few days."""
    if short:
        return tr_n(days, "{count} in {n} day", "{count} in {n} days", count=number(n))
    return tr("{cramps} over {days}", cramps=plural(n, "cramp"), days=plural(days, "day"))


def rate_figure(per_week: float, n: int) -> str:
    """"7.5"; "under 0.1" when cramps were noted but so few that the rate rounds to nothing."""
    shown = number(per_week)
    return tr("under {figure}", figure=number(0.1)) if shown == "0" and n else shown


def rate_text(per_week: float | None, n: int, days: int) -> str:
    """"7.5 a week" ("7,5 pro Woche"), or the count and the days when the span is too short for a rate."""
    return count_over_days(n, days) if per_week is None else tr("{rate} a week", rate=rate_figure(per_week, n))


EVERY_DAY_ASSUMED = tr_later(
    "Counted over every day from your first to your last entry (this diary marks no cramp-free days).")


def _gaps_text(gap_lengths: list[int]) -> str:
    if len(gap_lengths) > 1:
        return tr("{gaps} (longest {days})", gaps=plural(len(gap_lengths), "gap"),
                  days=plural(max(gap_lengths), "day"))
    return tr("1 gap ({days})", days=plural(gap_lengths[0], "day")) if gap_lengths else tr("no gaps")


def kept_text(kept: int, covered: int, gap_lengths: list[int]) -> str:
    """"kept on 71 of 309 days; 3 gaps (longest 118 days)": which days a diary with cramp-free days was kept."""
    return tr_n(covered, "kept on {kept} of {n} day; {gaps}", "kept on {kept} of {n} days; {gaps}",
                kept=number(kept), gaps=_gaps_text(gap_lengths))


def days_text(days: int, kept: bool = False) -> str:
    """"40 days", or "40 kept days" when a rate is over the days a diary was kept."""
    return plural(days, "kept day") if kept else plural(days, "day")


def counted_over(kept: int | None, covered: int, gap_lengths: list[int]) -> str:
    """The one line that says what a diary's rates are over: its kept days, or (cramps only) every day."""
    if kept is None:
        return tr(EVERY_DAY_ASSUMED)
    return sentence([kept_text(kept, covered, gap_lengths), tr("rates are over the kept days")])


def and_list(items: list[str]) -> str:
    """"calf", "hand and calf", "hand, calf and foot": the order given (vocabulary order for a tie)."""
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else tr("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])


def fill(text: str, values: dict[str, str]) -> str:
    """Data text with its placeholders filled: "marks {long_cramp} minutes" -> "marks 10 minutes". Only the
    names given are replaced, so any other brace in the text stays as written."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def sentence(parts: list[str]) -> str:
    """Parts joined by "; " with a capital first letter and a full stop."""
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."
