"""One plain, calm sentence per chart, computed from the same tables the chart plots.

Sentences describe what the diary shows; they never judge it or say what it might mean.
"""
from __future__ import annotations

import pandas as pd

from cramplog.analyse.tables import LONG_CRAMP_MIN, NOT_NOTED


def pct(part: float, whole: float) -> str:
    """"42%", with "under 1%" rather than a misleading "0%" for a small non-zero share."""
    if not whole:
        return "0%"
    share = 100 * part / whole
    return "under 1%" if 0 < share < 0.5 else f"{share:.0f}%"


def day_text(ts) -> str:
    ts = pd.Timestamp(ts)
    return f"{ts.day} {ts:%b %Y}"


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _most(share_part: int, whole: int, subject: str, phrase: str) -> str:
    """"Most cramps (74%) started while asleep" or "Cramps most often started at rest (40%)"."""
    if share_part * 2 > whole:
        return f"Most {subject} ({pct(share_part, whole)}) {phrase}"
    return f"The largest group of {subject} ({pct(share_part, whole)}) {phrase}"


def timeline(table: pd.DataFrame, freq: str, days: int | None = None) -> str:
    """`days`: the diary's span in days; when given, the rate is per 7 of them, as on the Overview and in
    the summary (the first and last calendar weeks are usually partly outside the diary)."""
    word = "week" if freq == "W" else "day"
    total, periods = int(table["cramps"].sum()), len(table)
    rate = total / days * 7 if freq == "W" and days else total / periods
    busiest = table.loc[table["cramps"].idxmax()]
    most = int(busiest["cramps"])
    first = "first " if int((table["cramps"] == most).sum()) > 1 else ""  # a tie: don't single one out
    when = f"{first}in the week of" if freq == "W" else f"{first}on"
    return (f"{total:,} cramps over {periods} {word}s, about {_number(round(rate, 1))} a {word}; "
            f"the most in one {word} was {most}, {when} {day_text(busiest['period'])}.")


def calendar(table: pd.DataFrame) -> str:
    with_cramps, days = int((table["cramps"] > 0).sum()), len(table)
    busiest = table.loc[table["cramps"].idxmax()]
    return (f"Cramps were noted on {with_cramps} of {days} days ({pct(with_cramps, days)}); "
            f"the most on one day was {int(busiest['cramps'])}, on {day_text(busiest['day'])}.")


def hour_weekday(table: pd.DataFrame, at_night: int, timed: int) -> str:
    by_hour = table.groupby("hour")["cramps"].sum()
    busiest_hour = f"{int(by_hour.idxmax()):02d}:00"
    night = _most(at_night, timed, "cramps with a time", "happened at night, between 22:00 and 06:00")
    return f"{night}; the busiest hour began at {busiest_hour}."


def body(counts: pd.DataFrame) -> str:
    by_region = counts.groupby("region")["count"].sum().sort_values(ascending=False, kind="stable")
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
        parts.append(f"median severity was {_number(severity.median())} out of 10")
    if duration.notna().any():
        long = int((duration > LONG_CRAMP_MIN).sum())
        parts.append(f"median duration {_number(round(duration.median(), 1))} minutes")
        parts.append(f"{long:,} cramps ({pct(long, duration.notna().sum())}) lasted longer than "
                     f"{LONG_CRAMP_MIN} minutes")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def context(contexts: pd.DataFrame | None, triggers: pd.DataFrame | None) -> str:
    parts = []
    if contexts is not None:
        top = contexts.loc[contexts["cramps"].idxmax()]
        where = "while asleep" if top["context"] == "asleep" else top["context"]
        parts.append(_most(int(top["cramps"]), int(contexts["cramps"].sum()), "cramps", f"started {where}"))
    if triggers is not None:
        named = triggers[triggers["trigger"] != "none"]
        total = int(triggers["cramps"].sum())
        text = f"{pct(named['cramps'].sum(), total)} had a named trigger"
        if len(named) and named["cramps"].sum():
            text += f", most often {named.loc[named['cramps'].idxmax(), 'trigger']}"
        parts.append(text)
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def remedies(table: pd.DataFrame) -> str:
    top = table.iloc[0]
    tried = int(top[["yes", "partly", "no", NOT_NOTED]].sum())
    answered = int(top[["yes", "partly", "no"]].sum())
    text = f"{top['remedy'].capitalize()} was tried most often ({tried:,} times)"
    if answered:
        text += f" and helped fully or partly in {pct(top['yes'] + top['partly'], answered)} of those with an answer"
    return text + "."


def companions(table: pd.DataFrame) -> str:
    total = int(table["cramps"].sum())
    return (f"Of {total:,} cramps, twitching was noted with {pct(table['twitching'].sum(), total)}, "
            f"weakness with {pct(table['weakness'].sum(), total)} and "
            f"stiffness afterwards with {pct(table['stiffness after'].sum(), total)}.")


def spread(first_seen: pd.DataFrame, per_month: pd.DataFrame) -> str:
    n = len(first_seen)
    text = f"Cramps were noted in {n} body region{'s' if n != 1 else ''}"
    if n > 1:
        last = first_seen.iloc[-1]
        text += f"; the last to appear was {last['region']}, first on {day_text(last['first_day'])}"
    busiest = per_month.loc[per_month["regions"].idxmax()]
    return text + f". The most in one month was {int(busiest['regions'])} ({busiest['month']:%b %Y})."
