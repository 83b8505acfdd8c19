"""Counting words every stage needs: "1 entry", "3 entries", "1,200 rows", "7.5".

The reader counts the rows it skipped, the diary counts what it kept and every page counts cramps, so
these sit beneath them all. How a number reads is decided here once.
"""
from __future__ import annotations

from cramplog.base import lang
from cramplog.base.lang import tr_n


def plural(n: float, noun: str, many: str | None = None) -> str:
    """"1 entry", "3 entries", "1,200 cramps", "1.5 minutes": a count, or a number as `number` words it
    (the noun is singular only when the number reads "1"). In another language the catalogue's entry for
    "{n} entry" gives the forms."""
    return tr_n(n, "{n} " + noun, "{n} " + (many or noun + "s"))


def n_entries(n: int) -> str:
    return plural(n, "entry", "entries")


def n_of(n: int, of: int, noun: str = "entry", many: str = "entries") -> str:
    """"1 of 1 entry", "2 of 3 entries": the noun agrees with the whole it counts."""
    return f"{n:,} of {of:,} {noun if of == 1 else many}"


def was_were(n: int) -> str:
    return "was" if n == 1 else "were"


number = lang.number
