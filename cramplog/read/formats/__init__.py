"""Stages 2 and 3 of loading: recognise what kind of file this is, place its columns and pick its cramp rows.

One module per app export (Bearable, Flaredown, Daylio, Symptom Shark), and `table` for a diary kept by hand,
the fallback. To add an app: copy a sibling (symptom_shark.py is the shortest), change its NAME, header keys
and `adapt`, add it to ADAPTERS, and write its test module and fixture. The layouts: formats.md in the repo's
shared sources and README's "Diary format" section.
"""
from __future__ import annotations

from cramplog.read.formats import bearable, daylio, flaredown, symptom_shark, table
from cramplog.read.lexicon.normal import header_key

ADAPTERS = (bearable, flaredown, daylio, symptom_shark)  # tried in order; `table` when none matches


def recognise(headers: list[str]):
    """The adapter module for a file with these header names: an app's when its header matches, else `table`."""
    keys = [header_key(name) for name in headers]
    return next((adapter for adapter in ADAPTERS if adapter.recognise(keys)), table)
