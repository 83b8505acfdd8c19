"""Adding, choosing and replacing diary entries: what the "Log a cramp" page does to the diary."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from cramplog.base import days
from cramplog.base.canonical import to_csv_bytes
from cramplog.base.lang import tr
from cramplog.base.words import n_entries
from cramplog.read.load import Problem, load_diary
from cramplog.schema import BY_NAME, COLUMNS, conform, empty_diary, make_diary

ORDER = ["date", "time"]


def in_order(df: pd.DataFrame) -> pd.DataFrame:
    """Entries oldest first (entries without a time first within their day); a fresh 0..n-1 index."""
    return df.sort_values(ORDER, kind="stable", na_position="first").reset_index(drop=True)


def add_entry(df: pd.DataFrame | None, record: Mapping[str, object]) -> pd.DataFrame:
    """The diary with one more entry (or a new diary of that one entry when `df` is None)."""
    entry = make_diary([record])
    if df is None:
        return in_order(entry)
    if df.empty:
        return days.carry(df, in_order(entry))
    return days.carry(df, in_order(pd.concat([conform(df), entry], ignore_index=True)))


def latest(df: pd.DataFrame, count: int) -> pd.DataFrame:
    """The `count` most recent entries, oldest first, keeping their index in the full diary."""
    return df.sort_values(ORDER, kind="stable", na_position="first").tail(count)


def replace_entries(full: pd.DataFrame, shown_index: pd.Index, edited: pd.DataFrame) -> pd.DataFrame:
    """The full diary with the rows that were shown (`shown_index`) replaced by the edited ones.

    Rows outside the shown part are kept as they are; deleted rows are simply absent from `edited`.
    """
    kept = full.drop(index=shown_index)
    merged = pd.concat([conform(kept), conform(edited)], ignore_index=True)
    return days.carry(full, in_order(merged)[list(COLUMNS) + [c for c in merged.columns if c not in COLUMNS]])


def check_edits(edited: pd.DataFrame) -> tuple[pd.DataFrame | None, list[str]]:
    """Edited entries checked by exactly the rules a loaded file meets: (clean diary, []) or (None, problems).

    The table goes through the canonical CSV and the loader, so an edit can never let in what an
    upload would refuse.
    """
    if edited.empty:  # every entry deleted: an empty diary is a diary, not a file without rows
        return empty_diary(), []
    try:
        data = to_csv_bytes(edited)
    except (ValueError, TypeError) as err:  # a cell the table widgets should never let through
        return None, [tr("A cell holds something that is not a diary value ({error}).", error=type(err).__name__)]
    result = load_diary(data)
    problems = [_describe(p) for p in result.problems]
    if result.unusable:
        problems.insert(0, str(result.unusable))
    if not problems and len(result.df) != len(edited):
        problems.append(tr("{entries} could not be read back.", entries=n_entries(len(edited) - len(result.df))))
    return (None, problems) if problems else (result.df, [])


def _describe(problem: Problem) -> str:
    """"Time “25:99” — not a time of day…": the column as the editor heads it, in the language in use."""
    column = problem.column
    where = f"{tr(BY_NAME[column].heading) if column in BY_NAME else column} " if column else ""
    value = f"“{problem.value}” " if problem.value else ""
    return f"{where}{value}— {problem.message}".strip(" —")
