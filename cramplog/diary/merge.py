"""Adding a file's entries to a diary without counting the same cramp twice.

Two entries are the same when their date, time, place, side, severity, duration and notes are all equal.
Repeats are counted, not collapsed: two identical entries in the file are two cramps, and only as many
of them are "already there" as the diary already holds. So loading CrampLog's own export of a diary adds
nothing, while a file that lists the same-looking cramp twice keeps both.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from cramplog.base.canonical import canonical_cells
from cramplog.diary.entries import in_order
from cramplog.schema import COLUMNS, conform

SAME_ENTRY = ("date", "time", "location", "location_detail", "side", "severity", "duration_min", "notes")


@dataclass(frozen=True)
class Added:
    df: pd.DataFrame  # the diary with the new entries
    added: int
    already_there: int


def _keys(df: pd.DataFrame) -> pd.Series:
    """Each entry's identity as one text, from the canonical CSV cells (so 5 and 5.0 are the same)."""
    positions = [COLUMNS.index(c) for c in SAME_ENTRY]
    cells = canonical_cells(df, formula_safe=False)
    return pd.Series(["\x1f".join("" if row[i] is None else row[i] for i in positions) for row in cells],
                     index=df.index, dtype=object)


def _numbered(keys: pd.Series) -> pd.Series:
    """Key plus its occurrence number (first, second... time this same entry appears)."""
    return keys + "\x1e" + keys.groupby(keys).cumcount().astype(str)


def add_entries(diary: pd.DataFrame, incoming: pd.DataFrame) -> Added:
    """`diary` with the entries of `incoming` that it does not already hold."""
    if diary.empty:
        return Added(in_order(conform(incoming)), len(incoming), 0)
    held = set(_numbered(_keys(diary)))
    new = ~_numbered(_keys(incoming)).isin(held)
    merged = pd.concat([conform(diary), conform(incoming[new.to_numpy()])], ignore_index=True)
    ordered = in_order(merged)[list(COLUMNS) + [c for c in merged.columns if c not in COLUMNS]]
    return Added(ordered, int(new.sum()), int((~new).sum()))
