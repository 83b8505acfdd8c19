"""One plain, calm sentence per chart, computed from the same tables the chart plots.

Sentences describe what the diary shows; they never judge it or say what it might mean. Rates,
shares, night hours, limits and tie-breaks are the ones every other surface uses.
"""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import indicators, periods, rules, tables
from cramplog.analyse.periods import Freq
from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.base.words import n_entries, number, plural
from cramplog.present.figures_time import month_year
from cramplog.present.wording import and_list, day_text, days_text, pct, rate_text, sentence, share_of
from cramplog.schema import REGIONS


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _tied_top(counts: pd.Series) -> list:
    """The labels sharing the largest count, in the order of `counts` (vocabulary order: every table here
    is in that order or ranked by tables.ranked, so a tie is named the same way everywhere)."""
    return [label for label, n in counts.items() if n == counts.max()]


def _busiest(counts: pd.Series, when: pd.Series) -> tuple[int, pd.Timestamp, bool]:
    """(the most, its first day, whether other days or weeks had as many)."""
    most = int(counts.max())
    return most, when[counts.idxmax()], int((counts == most).sum()) > 1


def _over(total: int, days: int, kept: bool) -> str:
    """"120 cramps over 40 days, about 21 a week": the count, the days and the rate a week of those days."""
    rate = periods.per_week(total, days)  # None below the minimum span: the count and the days say it
    cramps, over = plural(total, "cramp"), days_text(days, kept)
    if rate is None or not total:
        return tr("{cramps} over {days}", cramps=cramps, days=over)
    weekly = rate_text(rate, total, days)
    if number(rate) == "0":  # "under 0.1 a week": no "about" before it
        return tr("{cramps} over {days}, {rate}", cramps=cramps, days=over, rate=weekly)
    return tr("{cramps} over {days}, about {rate}", cramps=cramps, days=over, rate=weekly)


def timeline(table: pd.DataFrame, freq: Freq, days: int | None = None, kept: bool = False) -> str:
    """`days`: the days covered (the chosen period), or its kept days (`kept`); by default those the table spans.
    The rate is a week of those days, as on the Overview and in the summary, whatever the bars group by."""
    week = Freq(freq) == Freq.WEEK
    total = int(table["cramps"].sum())
    days = days or (table["period"].iloc[-1] - table["period"].iloc[0]).days + (7 if week else 1)
    over = _over(total, days, kept)
    most, when, tie = _busiest(table["cramps"], table["period"])
    if (table["cramps"] == most).all():  # all tied: no day or week stands out
        return (tr("{said}; every week had the same number, {most}.", said=over, most=most) if week else
                tr("{said}; every day had the same number, {most}.", said=over, most=most))
    values = dict(said=over, most=most, day=day_text(when))
    if week:
        return (tr("{said}; the most in one week was {most}, first in the week of {day}.", **values) if tie else
                tr("{said}; the most in one week was {most}, in the week of {day}.", **values))
    return (tr("{said}; the most in one day was {most}, first on {day}.", **values) if tie else
            tr("{said}; the most in one day was {most}, on {day}.", **values))


def calendar(table: pd.DataFrame) -> str:
    """Days with cramps out of the days shown, or out of the kept days when the diary says which."""
    kept = table["kept"].all() if "kept" in table.columns else True
    table = table[table["kept"]] if "kept" in table.columns else table
    with_cramps, days = int((table["cramps"] > 0).sum()), len(table)
    values = dict(count=number(with_cramps), share=pct(with_cramps, days))
    text = (tr_n(days, "Cramps were noted on {count} of {n} day ({share})",
                 "Cramps were noted on {count} of {n} days ({share})", **values) if kept else
            tr_n(days, "Cramps were noted on {count} of {n} kept day ({share})",
                 "Cramps were noted on {count} of {n} kept days ({share})", **values))
    if not days:
        return text + "."
    most, when, tie = _busiest(table["cramps"], table["day"])
    if (table["cramps"] == most).all():  # every day tied: no day stands out
        return tr("{said}; every day had the same number, {most}.", said=text, most=most)
    values = dict(said=text, most=most, day=day_text(when))
    return (tr("{said}; the most on one day was {most}, first on {day}.", **values) if tie else
            tr("{said}; the most on one day was {most}, on {day}.", **values))


def _busiest_hour(by_hour: pd.Series) -> str:
    """"the busiest hour began at 03:00", or the hours that tied for it."""
    tied = [f"{int(h):02d}:00" for h in _tied_top(by_hour)]
    if len(tied) == 1:
        return tr("the busiest hour began at {hour}", hour=tied[0])
    each = plural(int(by_hour.max()), "cramp")
    if len(tied) > 3:
        return tr("{count} hours tied for the busiest, with {each} each", count=number(len(tied)), each=each)
    return tr("the busiest hours tied, with {each} each, beginning at {hours}", each=each, hours=and_list(tied))


def _night(at_night: int, timed: int) -> str:
    """How many cramps with a time happened at night: most, half (a tie with the other hours) or fewer,
    always with the count it rests on ("12 of 12 (100%)")."""
    night = rules.night_text()
    if not at_night:
        return tr("None of the {cramps} with a time happened at night, {night}", cramps=plural(timed, "cramp"),
                  night=night)
    share = tr("{count} of {total} ({share})", count=number(at_night), total=number(timed),
               share=pct(at_night, timed))
    if at_night * 2 > timed:
        return tr("Most cramps with a time happened at night, {night}: {share}", night=night, share=share)
    if at_night * 2 == timed:
        return tr_n(timed, "Night and the other hours tied: {count} of {n} cramp with a time ({share}) happened at "
                    "night, {night}", "Night and the other hours tied: {count} of {n} cramps with a time ({share}) "
                    "happened at night, {night}", count=number(at_night), share=pct(at_night, timed), night=night)
    return tr("Fewer than half of the cramps with a time happened at night, {night}: {share}", night=night,
              share=share)


def time_of_day(at_night: int, timed: int, entries: int) -> str:
    """The one answer to "when in the day", as Charts, the comparison and the summary give it: the night
    share over the cramps with a time, and how many entries have none."""
    if not timed:
        return tr("No time of day recorded ({entries} without one)", entries=n_entries(entries))
    untimed = entries - timed
    if not untimed:
        return _night(at_night, timed)
    return _night(at_night, timed) + " " + tr_n(entries, "({count} of {n} entry have no time)",
                                                "({count} of {n} entries have no time)", count=number(untimed))


def hour_weekday(table: pd.DataFrame, at_night: int, timed: int, entries: int | None = None) -> str:
    said = time_of_day(at_night, timed, timed if entries is None else entries)
    return f"{said}; {_busiest_hour(table.groupby('hour')['cramps'].sum())}."


def body(counts: pd.DataFrame) -> str:
    by_region = tables.ranked(counts.groupby("region")["count"].sum(), REGIONS)
    total = int(by_region.sum())
    tied = _tied_top(by_region)
    share = tr("{share} of {total}", share=pct(by_region.iloc[0], total), total=number(total))
    text = _capital(tr("{region} had the most cramps ({share})", region=tr(tied[0]), share=share) if len(tied) == 1
                    else tr("{regions} tied for the most cramps (each {share})",
                            regions=and_list([tr(r) for r in tied]), share=share))
    sides = counts.dropna(subset=["side"]).groupby("side")["count"].sum()
    if sides.sum():
        parts = ", ".join(f"{tr(s)} {pct(sides.get(s, 0), sides.sum())}" for s in ("left", "right", "both"))
        text = tr("{said}; where a side was noted: {sides}", said=text, sides=parts)
    return text + "."


def distributions(severity: pd.Series, duration: pd.Series) -> str:
    parts = []
    if severity.notna().any():
        parts.append(tr("median severity was {value} out of 10", value=number(severity.median())))
    if duration.notna().any():
        limit = plural(rules.threshold("long_cramp"), "minute")
        long = int((duration > rules.threshold("long_cramp")).sum())
        parts.append(tr("median duration {minutes}", minutes=plural(duration.median(), "minute")))
        parts.append(tr("{cramps} ({share}) lasted longer than {minutes}", cramps=plural(long, "cramp"),
                        share=pct(long, duration.notna().sum()), minutes=limit) if long
                     else tr("none lasted longer than {minutes}", minutes=limit))
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
            values = dict(share=pct(named["cramps"].sum(), total), triggers=and_list([tr(t) for t in tied]))
            parts.append(tr("{share} had a named trigger, most often {triggers} (tied)", **values) if len(tied) > 1
                         else tr("{share} had a named trigger, most often {triggers}", **values))
        else:
            parts.append(tr("none of the {cramps} with a trigger noted had a named one",
                            cramps=plural(total, "cramp")))
    return sentence(parts)


def _contexts(contexts: pd.DataFrame) -> str:
    """"Most cramps (74%) started while asleep", or the contexts that tied (the table is in vocabulary order)."""
    counts = contexts.set_index("context")["cramps"]
    tied = [(tr("while asleep") if c == "asleep" else tr(c)) for c in _tied_top(counts)]
    share = pct(counts.max(), counts.sum())
    if len(tied) > 1:
        return tr("cramps started {contexts} equally often ({share} each)", contexts=and_list(tied), share=share)
    if counts.max() * 2 > counts.sum():
        return tr("Most cramps ({share}) started {context}", share=share, context=tied[0])
    return tr("The largest group of cramps ({share}) started {context}", share=share, context=tied[0])


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
        helped, remedy = _helped(rows.loc[tied[0]]), tr(tied[0])
        return _capital(tr("{remedy} was tried most often ({times}) and helped fully or partly in {share} of those "
                           "with an answer.", remedy=remedy, times=times, share=helped) if helped
                        else tr("{remedy} was tried most often ({times}).", remedy=remedy, times=times))
    said = and_list([tr(r) for r in tied])
    helped = [f"{tr(r)} {h}" for r in tied if (h := _helped(rows.loc[r]))]
    return _capital(tr("{remedies} were tried equally often ({times} each); helped fully or partly, of the tries "
                       "with an answer: {helped}.", remedies=said, times=times, helped=", ".join(helped)) if helped
                    else tr("{remedies} were tried equally often ({times} each).", remedies=said, times=times))


# Each companion as the takeaway names it, by its diary column.
COMPANION_WORDS = {"twitching": tr_later("twitching"), "weakness": tr_later("weakness"),
                   "stiffness_after": tr_later("stiffness afterwards")}


def companions(df: pd.DataFrame) -> str:
    """Each companion's share of the entries that say yes or no to it, as the summary counts it."""
    parts = []
    for column in tables.COMPANION_LABELS:
        c, what = indicators.count(df, column), tr(COMPANION_WORDS[column])
        if not c.of:
            parts.append(tr("{what} not recorded", what=what))
        elif not c.n:
            parts.append(tr("{what} in none of {total}", what=what, total=number(c.of)))
        else:
            parts.append(tr("{what} in {share}", what=what, share=share_of(c.n, c.of)))
    return tr("Noted alongside, among the entries that answer each question: {parts}.", parts=", ".join(parts))


def spread(first_seen: pd.DataFrame, per_month: pd.DataFrame) -> str:
    n = len(first_seen)
    text = tr_n(n, "Cramps were noted in {n} body region", "Cramps were noted in {n} body regions")
    if n > 1:
        last = first_seen.iloc[-1]
        text = tr("{said}; the last to appear was {region}, first on {day}", said=text, region=tr(last["region"]),
                  day=day_text(last["first_day"]))
    most, month, tie = _busiest(per_month["regions"], per_month["month"])
    if tie and (per_month["regions"] == most).all():
        return tr("{said}. Every month had the same number, {most}.", said=text, most=most)
    return (tr("{said}. The most in one month was {most} (first {month}).", said=text, most=most, month=month_year(month))
            if tie else tr("{said}. The most in one month was {most} ({month}).", said=text, most=most,
                           month=month_year(month)))
