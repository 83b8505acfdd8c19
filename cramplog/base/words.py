"""Counting words every stage needs: "1 entry", "3 entries", "1,200 rows", "7.5".

The reader counts the rows it skipped, the diary counts what it kept and every page counts cramps, so
these sit beneath them all. How a number reads is decided here once.
"""
from __future__ import annotations

from cramplog.base import lang
from cramplog.base.lang import tr, tr_n


def plural(n: float, noun: str, many: str | None = None) -> str:
    """"1 entry", "3 entries", "1,200 cramps", "1.5 minutes": a count, or a number as `number` words it
    (the noun is singular only when the number reads "1"). In another language the catalogue's entry for
    "{n} entry" gives the forms."""
    return tr_n(n, "{n} " + noun, "{n} " + (many or noun + "s"))


def n_entries(n: int) -> str:
    return plural(n, "entry", "entries")


def n_of(n: int, of: int, noun: str = "entry", many: str = "entries") -> str:
    """"1 of 1 entry", "2 of 3 entries": the noun agrees with the whole it counts. Each noun is one text of
    its own, so a language can inflect the phrase as a whole ("2 von 3 Einträgen")."""
    count = number(n)
    if noun == "entry":
        return tr_n(of, "{count} of {n} entry", "{count} of {n} entries", count=count)
    if noun == "cramp":
        return tr_n(of, "{count} of {n} cramp", "{count} of {n} cramps", count=count)
    if noun == "day":
        return tr_n(of, "{count} of {n} day", "{count} of {n} days", count=count)
    if noun == "kept day":
        return tr_n(of, "{count} of {n} kept day", "{count} of {n} kept days", count=count)
    return tr("{count} of {whole}", count=count, whole=plural(of, noun, many))


def was_were(n: int) -> str:
    """"was" / "were" agreeing with `n`. English grammar: a shown sentence is better one tr_n text with its verb
    inside ("{n} was skipped" / "{n} were skipped"); in another language this gives the catalogue's verb."""
    return tr_n(n, "was", "were")


number = lang.number
