"""One plain, calm sentence per chart, computed from the same tables the chart plots.

Sentences describe what the diary shows; they never judge it or say what it might mean. Rates,
shares, night hours, limits and tie-breaks are the ones every other surface uses.
"""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import indicators, periods, rules, tables
from cramplog.analyse.periods import Freq
from cramplog.present.wording import day_text, n_of, number, pct, plural, sentence, share_of
from cramplog.schema import REGIONS


def _most(share_part: int, whole: int, subject: str, phrase: str) -> str:
    """"Most cramps (74%) started while asleep" or "The largest group of cramps (40%) started at rest"."""
    if share_part * 2 > whole:
        return f"Most {subject} ({pct(share_part, whole)}) {phrase}"
    return f"The largest group of {subject} ({pct(share_part, whole)}) {phrase}"


def _busiest(counts: pd.Series, when: pd.Series) -> tuple[int, pd.Timestamp, bool]:
    """(the most, its first day, whether other days or weeks had as many)."""
    most = int(counts.max())
    return most, when[counts.idxmax()], int((counts == most).sum()) > 1


def timeline(table: pd.DataFrame, freq: Freq, days: int | None = None) -> str:
    """`days`: the days covered (the chosen period); by default those the table spans. The rate is a
    week of those days, as on the Overview and in the summary, whatever the bars group by."""
    freq = Freq(freq)
    total = int(table["cramps"].sum())
    days = days or (table["period"].iloc[-1] - table["period"].iloc[0]).days + (7 if freq == Freq.WEEK else 1)
    rate = periods.per_week(total, days)  # None below the minimum span: the count and the days say it
    over = f"{plural(total, 'cramp')} over {plural(days, 'day')}" + (f", about {number(rate)} a week" if rate else "")
    most, when, tie = _busiest(table["cramps"], table["period"])
    if (table["cramps"] == most).all():  # all tied: no day or week stands out
        return f"{over}; every {freq.word} had the same number, {most}."
    where = "in the week of" if freq == Freq.WEEK else "on"
    return f"{over}; the most in one {freq.word} was {most}, {'first ' if tie else ''}{where} {day_text(when)}."


def calendar(table: pd.DataFrame) -> str:
    with_cramps, days = int((table["cramps"] > 0).sum()), len(table)
    text = f"Cramps were noted on {n_of(with_cramps, days, 'day', 'days')} ({pct(with_cramps, days)})"
    most, when, tie = _busiest(table["cramps"], table["day"])
    if (table["cramps"] == most).all():  # every day tied: no day stands out
        return text + f"; every day had the same number, {most}."
    return text + f"; the most on one day was {most}, {'first ' if tie else ''}on {day_text(when)}."


def hour_weekday(table: pd.DataFrame, at_night: int, timed: int) -> str:
    by_hour = table.groupby("hour")["cramps"].sum()
    busiest_hour = f"{int(by_hour.idxmax()):02d}:00"
    night = rules.night_text()
    if not at_night:
        return f"None of the {plural(timed, 'cramp')} with a time happened at night, {night}; " \
               f"the busiest hour began at {busiest_hour}."
    return f"{_most(at_night, timed, 'cramps with a time', f'happened at night, {night}')}; " \
           f"the busiest hour began at {busiest_hour}."


def body(counts: pd.DataFrame) -> str:
    by_region = tables.ranked(counts.groupby("region")["count"].sum(), REGIONS)
    total = int(by_region.sum())
    top = by_region.index[0]
    text = f"{top.capitalize()} had the most cramps ({pct(by_region.iloc[0], total)} of {total:,})"
    sides = counts.dropna(subset=["side"]).groupby("side")["count"].sum()
    if sides.sum():
        parts = ", ".join(f"{s} {pct(sides.get(s, 0), sides.sum())}" for s in ("left", "right", "both"))
        text += f"; where a side was noted: {parts}"
    return text + "."


def distributions(severity: pd.Series, duration: pd.Series) -> str:
    parts = []
    if severity.notna().any():
        parts.append(f"median severity was {number(severity.median())} out of 10")
    if duration.notna().any():
        limit = rules.threshold("long_cramp")
        long = int((duration > limit).sum())
        parts.append(f"median duration {plural(duration.median(), 'minute')}")
        parts.append(f"{plural(long, 'cramp')} ({pct(long, duration.notna().sum())}) lasted longer than "
                     f"{plural(limit, 'minute')}" if long else f"none lasted longer than {plural(limit, 'minute')}")
    return sentence(parts)


def context(contexts: pd.DataFrame | None, triggers: pd.DataFrame | None) -> str:
    parts = []
    if contexts is not None:
        top = contexts.loc[contexts["cramps"].idxmax()]  # the table is in vocabulary order: ties go to the first
        where = "while asleep" if top["context"] == "asleep" else top["context"]
        parts.append(_most(int(top["cramps"]), int(contexts["cramps"].sum()), "cramps", f"started {where}"))
    if triggers is not None:
        named = triggers[triggers["trigger"] != "none"]
        total = int(triggers["cramps"].sum())
        if named["cramps"].sum():
            parts.append(f"{pct(named['cramps'].sum(), total)} had a named trigger, "
                         f"most often {named.loc[named['cramps'].idxmax(), 'trigger']}")
        else:
            parts.append(f"none of the {plural(total, 'cramp')} with a trigger noted had a named one")
    return sentence(parts)


def remedies(table: pd.DataFrame) -> str:
    top = table.iloc[0]
    tried = int(top[["yes", "partly", "no", tables.NOT_NOTED]].sum())
    answered = int(top[["yes", "partly", "no"]].sum())
    text = f"{top['remedy'].capitalize()} was tried most often ({plural(tried, 'time')})"
    if answered:
        text += f" and helped fully or partly in {pct(top['yes'] + top['partly'], answered)} of those with an answer"
    return text + "."


def companions(df: pd.DataFrame) -> str:
    """Each companion's share of the entries that say yes or no to it, as the summary counts it."""
    parts = []
    for column, label in tables.COMPANION_LABELS.items():
        c = indicators.count(df, column)
        label = "stiffness afterwards" if column == "stiffness_after" else label
        if not c.of:
            parts.append(f"{label} not recorded")
        elif not c.n:
            parts.append(f"{label} in none of {c.of:,}")
        else:
            parts.append(f"{label} in {share_of(c.n, c.of)}")
    return "Of the cramps that say yes or no: " + ", ".join(parts) + "."


def spread(first_seen: pd.DataFrame, per_month: pd.DataFrame) -> str:
    n = len(first_seen)
    text = f"Cramps were noted in {plural(n, 'body region')}"
    if n > 1:
        last = first_seen.iloc[-1]
        text += f"; the last to appear was {last['region']}, first on {day_text(last['first_day'])}"
    busiest = per_month.loc[per_month["regions"].idxmax()]
    return text + f". The most in one month was {int(busiest['regions'])} ({busiest['month']:%b %Y})."
