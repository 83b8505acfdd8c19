"""One plain, calm sentence per chart, computed from the same tables the chart plots.

Sentences describe what the diary shows; they never judge it or say what it might mean. Rates,
shares, night hours, limits and tie-breaks are the ones every other surface uses.
"""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import indicators, periods, rules, tables
from cramplog.analyse.periods import Freq
from cramplog.base.words import n_entries, n_of, number, plural
from cramplog.present.wording import and_list, day_text, days_text, pct, rate_text, sentence, share_of
from cramplog.schema import REGIONS


def _most(share_part: int, whole: int, subject: str, phrase: str) -> str:
    """"Most cramps (74%) started while asleep" or "The largest group of cramps (40%) started at rest"."""
    if share_part * 2 > whole:
        return f"Most {subject} ({pct(share_part, whole)}) {phrase}"
    return f"The largest group of {subject} ({pct(share_part, whole)}) {phrase}"


def _tied_top(counts: pd.Series) -> list:
    """The labels sharing the largest count, in the order of `counts` (vocabulary order: every table here
    is in that order or ranked by tables.ranked, so a tie is named the same way everywhere)."""
    return [label for label, n in counts.items() if n == counts.max()]


def _busiest(counts: pd.Series, when: pd.Series) -> tuple[int, pd.Timestamp, bool]:
    """(the most, its first day, whether other days or weeks had as many)."""
    most = int(counts.max())
    return most, when[counts.idxmax()], int((counts == most).sum()) > 1


def timeline(table: pd.DataFrame, freq: Freq, days: int | None = None, kept: bool = False) -> str:
    """`days`: the days covered (the chosen period), or its kept days (`kept`); by default those the table spans.
    The rate is a week of those days, as on the Overview and in the summary, whatever the bars group by."""
    freq = Freq(freq)
    total = int(table["cramps"].sum())
    days = days or (table["period"].iloc[-1] - table["period"].iloc[0]).days + (7 if freq == Freq.WEEK else 1)
    rate = periods.per_week(total, days)  # None below the minimum span: the count and the days say it
    over = f"{plural(total, 'cramp')} over {days_text(days, kept)}"
    if rate is not None and total:
        weekly = rate_text(rate, total, days)
        over += f", {'' if weekly.startswith('under') else 'about '}{weekly}"
    most, when, tie = _busiest(table["cramps"], table["period"])
    if (table["cramps"] == most).all():  # all tied: no day or week stands out
        return f"{over}; every {freq.word} had the same number, {most}."
    where = "in the week of" if freq == Freq.WEEK else "on"
    return f"{over}; the most in one {freq.word} was {most}, {'first ' if tie else ''}{where} {day_text(when)}."


def calendar(table: pd.DataFrame) -> str:
    """Days with cramps out of the days shown, or out of the kept days when the diary says which."""
    kept = table["kept"].all() if "kept" in table.columns else True
    table = table[table["kept"]] if "kept" in table.columns else table
    with_cramps, days = int((table["cramps"] > 0).sum()), len(table)
    what = ("day", "days") if kept else ("kept day", "kept days")
    text = f"Cramps were noted on {n_of(with_cramps, days, *what)} ({pct(with_cramps, days)})"
    if not days:
        return text + "."
    most, when, tie = _busiest(table["cramps"], table["day"])
    if (table["cramps"] == most).all():  # every day tied: no day stands out
        return text + f"; every day had the same number, {most}."
    return text + f"; the most on one day was {most}, {'first ' if tie else ''}on {day_text(when)}."


def _busiest_hour(by_hour: pd.Series) -> str:
    """"the busiest hour began at 03:00", or the hours that tied for it."""
    tied = [f"{int(h):02d}:00" for h in _tied_top(by_hour)]
    if len(tied) == 1:
        return f"the busiest hour began at {tied[0]}"
    each = plural(int(by_hour.max()), "cramp")
    if len(tied) > 3:
        return f"{len(tied)} hours tied for the busiest, with {each} each"
    return f"the busiest hours tied, with {each} each, beginning at {and_list(tied)}"


def _night(at_night: int, timed: int) -> str:
    """How many cramps with a time happened at night: most, half (a tie with the other hours) or fewer,
    always with the count it rests on ("12 of 12 (100%)")."""
    night = rules.night_text()
    if not at_night:
        return f"None of the {plural(timed, 'cramp')} with a time happened at night, {night}"
    share = f"{at_night:,} of {timed:,} ({pct(at_night, timed)})"
    if at_night * 2 > timed:
        return f"Most cramps with a time happened at night, {night}: {share}"
    if at_night * 2 == timed:
        return (f"Night and the other hours tied: {n_of(at_night, timed, 'cramp', 'cramps')} with a time "
                f"({pct(at_night, timed)}) happened at night, {night}")
    return f"Fewer than half of the cramps with a time happened at night, {night}: {share}"


def time_of_day(at_night: int, timed: int, entries: int) -> str:
    """The one answer to "when in the day", as Charts, the comparison and the summary give it: the night
    share over the cramps with a time, and how many entries have none."""
    if not timed:
        return f"No time of day recorded ({n_entries(entries)} without one)"
    untimed = entries - timed
    return _night(at_night, timed) + (f" ({n_of(untimed, entries)} have no time)" if untimed else "")


def hour_weekday(table: pd.DataFrame, at_night: int, timed: int, entries: int | None = None) -> str:
    said = time_of_day(at_night, timed, timed if entries is None else entries)
    return f"{said}; {_busiest_hour(table.groupby('hour')['cramps'].sum())}."


def body(counts: pd.DataFrame) -> str:
    by_region = tables.ranked(counts.groupby("region")["count"].sum(), REGIONS)
    total = int(by_region.sum())
    tied = _tied_top(by_region)
    share = f"{pct(by_region.iloc[0], total)} of {total:,}"
    text = (f"{tied[0].capitalize()} had the most cramps ({share})" if len(tied) == 1 else
            f"{and_list(tied).capitalize()} tied for the most cramps (each {share})")
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
        parts.append(_contexts(contexts))
    if triggers is not None:
        named = triggers[triggers["trigger"] != "none"]
        total = int(triggers["cramps"].sum())
        if named["cramps"].sum():
            tied = _tied_top(named.set_index("trigger")["cramps"])  # ranked, ties in vocabulary order
            parts.append(f"{pct(named['cramps'].sum(), total)} had a named trigger, most often {and_list(tied)}"
                         + (" (tied)" if len(tied) > 1 else ""))
        else:
            parts.append(f"none of the {plural(total, 'cramp')} with a trigger noted had a named one")
    return sentence(parts)


def _contexts(contexts: pd.DataFrame) -> str:
    """"Most cramps (74%) started while asleep", or the contexts that tied (the table is in vocabulary order)."""
    counts = contexts.set_index("context")["cramps"]
    tied = [("while asleep" if c == "asleep" else c) for c in _tied_top(counts)]
    share = pct(counts.max(), counts.sum())
    if len(tied) > 1:
        return f"cramps started {and_list(tied)} equally often ({share} each)"
    return _most(int(counts.max()), int(counts.sum()), "cramps", f"started {tied[0]}")


def _helped(row: pd.Series) -> str | None:
    """"50%": how often a remedy helped fully or partly, of the tries with an answer (None without one)."""
    answered = int(row[["yes", "partly", "no"]].sum())
    return pct(row["yes"] + row["partly"], answered) if answered else None


def remedies(table: pd.DataFrame) -> str:
    """The remedy tried most often (the table is ranked, ties in vocabulary order), or those that tied."""
    rows = table.set_index("remedy")
    tries = rows[["yes", "partly", "no", tables.NOT_NOTED]].sum(axis=1)
    tied = _tied_top(tries)
    times = plural(int(tries.max()), "time")
    if len(tied) == 1:
        helped = _helped(rows.loc[tied[0]])
        text = f"{tied[0].capitalize()} was tried most often ({times})"
        return text + (f" and helped fully or partly in {helped} of those with an answer." if helped else ".")
    text = f"{and_list(tied).capitalize()} were tried equally often ({times} each)"
    helped = [f"{r} {h}" for r in tied if (h := _helped(rows.loc[r]))]
    return text + (f"; helped fully or partly, of the tries with an answer: {', '.join(helped)}." if helped else ".")


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
    return "Noted alongside, among the entries that answer each question: " + ", ".join(parts) + "."


def spread(first_seen: pd.DataFrame, per_month: pd.DataFrame) -> str:
    n = len(first_seen)
    text = f"Cramps were noted in {plural(n, 'body region')}"
    if n > 1:
        last = first_seen.iloc[-1]
        text += f"; the last to appear was {last['region']}, first on {day_text(last['first_day'])}"
    most, month, tie = _busiest(per_month["regions"], per_month["month"])
    if tie and (per_month["regions"] == most).all():
        return text + f". Every month had the same number, {most}."
    return text + f". The most in one month was {most} ({'first ' if tie else ''}{month:%b %Y})."
