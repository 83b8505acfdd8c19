"""Load a cramp diary file as people really keep it, accounting for every row.

`load_diary(bytes)` never raises: a file it cannot use comes back with `unusable` set to one clear message;
otherwise every row is loaded, rejected (with its line and reason) or skipped (not a cramp, counted by reason).
The stages: bytes -> table (`source`: CSV or workbook) -> format recognised and columns placed (`formats`)
-> values read (`cells`) -> the result with its accounting (`result`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import BinaryIO

import numpy as np
import pandas as pd

from cramplog.base import days
from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number
from cramplog.read import cramp_names, formats
from cramplog.read import parse_dates as dates
from cramplog.read.convert_cells import ORDER_WORDS, Columns, Finding, by_unique, read_columns, text_or_missing
from cramplog.read.formats.base import Adapted, Choices
from cramplog.read.lexicon.normal import header_key
from cramplog.read.problems import Problem, Severity, ambiguous_dates_message
from cramplog.read.result import Format, LoadResult
from cramplog.read.source import NoRows, Source, read_source
from cramplog.read.text_table import Unusable
from cramplog.schema import COLUMNS, conform, empty_diary

__all__ = ["INTERNAL_ERROR", "LoadResult", "Problem", "Severity", "load_diary"]

INTERNAL_ERROR = tr_later("Something unexpected went wrong while reading this file")


def load_diary(data: bytes | BinaryIO, *, date_order: str | None = None, mapping: Mapping[str, str] | None = None,
               names: Iterable[str] | None = None, person: str | None = None, sheet: str | None = None) -> LoadResult:
    """Read a diary file's bytes, or an open binary file (whose bytes are then let go once the table is read:
    a million-row file need not stay in memory beside its diary). `date_order` is None (work it out),
    "day-first" or "month-first"; `mapping` maps a file header to the canonical column the user says it holds;
    `names` the symptom/activity names that are muscle cramps (None: the default rule); `person` whose diary,
    in a file of several; `sheet` a workbook's sheet."""
    choices = Choices(date_order, mapping, None if names is None else tuple(names), person)
    read = data.read if hasattr(data, "read") else lambda: bytes(data)
    try:
        return _load(read, choices, sheet)
    except NoRows as err:
        return _unusable(str(err), **_found(err.found))
    except Unusable as err:
        return _unusable(str(err))
    except Exception as err:  # the promise is a clear message, never a traceback
        return _unusable(tr("{what_happened} ({error}). Please check that it is a CSV file or a workbook; the "
                            "template on the upload page shows the layout.",
                            what_happened=tr(INTERNAL_ERROR), error=type(err).__name__))


def _load(read: Callable[[], bytes], choices: Choices, sheet: str | None) -> LoadResult:
    source = read_source(read(), sheet)  # the bytes are held by read_source alone, and go when it returns
    adapter = formats.recognise(source.headers)
    try:
        adapted = adapter.adapt(source, choices)
    except Unusable as err:
        return _unusable(str(err), format=adapter.NAME, **_found(source.found))
    cols = read_columns(adapted.cells, choices.date_order, adapted.date_hint)
    ragged = source.ragged[adapted.keep]
    findings = [*cols.findings, *adapted.findings, Finding(ragged, None, Severity.ERROR, tr_later(
        "This row has more cells than the {names} column names in the header; a value may contain an unquoted "
        "delimiter."), values={"names": number(len(source.headers))})]
    rejected = ragged.copy()
    for finding in findings:
        if finding.severity == Severity.ERROR:
            rejected |= finding.rows
    return _result(source, adapter, adapted, cols, findings, rejected, choices)


def _result(source: Source, adapter, adapted: Adapted, cols: Columns, findings: list[Finding],
            rejected: np.ndarray, choices: Choices) -> LoadResult:
    keep = ~rejected
    lines = source.lines[adapted.keep]
    df = _frame(cols, adapted, keep)
    free = _cramp_free_days(adapted, cols, df)
    days.with_cramp_free(df, free)
    problems = _file_warnings(cols, adapted, choices) + _problems(findings, rejected, source, adapted, lines)
    skipped = sum(adapted.skipped.values())
    choosing = _choosing(source, adapter, adapted)
    result = LoadResult(
        df=df, lines=pd.Series(lines[keep], dtype="int64"), rows_read=source.rows, rows_loaded=int(keep.sum()),
        rows_rejected=int(rejected.sum()), rows_skipped=skipped, skipped=adapted.skipped, problems=problems,
        format=adapter.NAME, summary=adapted.summary, columns=adapted.columns, unplaced_columns=[h for h, _ in adapted.extra],
        choosing_columns=choosing, unused_columns=adapted.unused if adapted.unused is not None else [
            h for h in source.headers if h not in adapted.columns and h not in choosing],
        names_found=adapted.names_found, names_used=adapted.names_used, people=adapted.people,
        people_listed=adapted.people_listed, person_chosen=adapted.person_chosen,
        ambiguous_dates=cols.ambiguous_dates, date_order_used=cols.date_order_used, unusable=adapted.unusable,
        first_date=df["date"].min().date() if len(df) else None, last_date=df["date"].max().date() if len(df) else None,
        days_kept=len(days.kept_days(df)) if len(free) else None, **_found(source.found))
    own_free_days = len(free) and adapter.NAME is Format.DIARY_TABLE  # CrampLog's own file of cramp-free days only is a diary
    if not result.rows_loaded and not result.unusable and not own_free_days:
        result.unusable = _nothing_loaded(result, len(lines))
    return result


def _cramp_free_days(adapted: Adapted, cols: Columns, df: pd.DataFrame) -> pd.DatetimeIndex:
    """The days the file shows were kept (any row of an app's export, a marked row of CrampLog's own CSV) that
    hold no loaded cramp, read in the same day/month order as the cramps' dates."""
    if adapted.kept_dates is None or not len(adapted.kept_dates):
        return pd.DatetimeIndex([])
    distinct = pd.Series(adapted.kept_dates.unique(), dtype="str")
    read = dates.parse_dates(distinct, cols.date_order_used or adapted.date_hint).date.dropna()
    return pd.DatetimeIndex(read.unique()).as_unit("us").difference(pd.DatetimeIndex(df["date"].unique()))


def _choosing(source: Source, adapter, adapted: Adapted) -> list[str]:
    """The headers of the columns that chose the rows kept: a reading's category, a tracked item's type and, in a
    file of several people, whose row it is (a file of one person chose nobody)."""
    keys = set(getattr(adapter, "CHOOSING_KEYS", ())) - set(() if adapted.people else getattr(adapter, "PERSON_KEYS", ()))
    return [h for h in source.headers if header_key(h) in keys and h not in adapted.columns]


def _nothing_loaded(result: LoadResult, cramp_rows: int) -> str:
    """Why a file that could be read gave no entry: no row is a cramp, or no cramp row has a readable date."""
    if not cramp_rows:
        none = (tr("None of the {rows} rows is a cramp.", rows=number(result.rows_read)) if result.rows_read > 1
                else tr("The file's one row is not a cramp."))
        return (f"{none} {result.skipped_text()} "
                + tr("Choose other names on the upload page, or pass --symptom NAME on the command line."))
    first = result.problems[0] if result.problems else None
    if first is None:
        return tr("None of the {rows} rows could be loaded: none has a date CrampLog can read.",
                  rows=number(cramp_rows))
    return tr("None of the {rows} rows could be loaded: none has a date CrampLog can read (line {line}: {reason}).",
              rows=number(cramp_rows), line=first.line, reason=first.message)


def _frame(cols: Columns, adapted: Adapted, keep: np.ndarray) -> pd.DataFrame:
    """The loaded rows: canonical columns, then a diary table's unplaced columns as written."""
    values = dict(cols.values)
    for header, texts in adapted.extra:
        values[_free_name(header, values)] = by_unique(texts, text_or_missing)
    if not keep.all():
        values = {name: series[keep].reset_index(drop=True) for name, series in values.items()}
    return conform(pd.DataFrame(values, copy=False))  # the columns are new: not copied again


def _free_name(name: str, taken) -> str:
    candidate, n = name, 2
    while candidate in taken or candidate in COLUMNS:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def _found(found: dict) -> dict:
    keys = ("encoding", "delimiter", "sheet", "sheets", "headers")
    return {key: found[key] for key in keys if key in found}


def _unusable(message: str, **found) -> LoadResult:
    return LoadResult(df=empty_diary(), lines=pd.Series([], dtype="int64"), unusable=message, **found)


def _file_warnings(cols: Columns, adapted: Adapted, choices: Choices) -> list[Problem]:
    """Warnings about the whole file: how its dates were read when the file could not tell, chosen names it lacks."""
    out = []
    if cols.ambiguous_dates:
        out.append(Problem(None, "date", "", Severity.WARNING,
                           ambiguous_dates_message(tr("choose day-first (--day-first on the command line)"))))
    hint, used = adapted.date_hint, cols.date_order_used
    if hint and choices.date_order not in dates.ORDERS and used not in (None, hint):
        header = next((h for h, c in adapted.columns.items() if c == "date"), "")
        out.append(Problem(None, "date", header, Severity.WARNING,
                           tr("The date column's name says {said}, but its dates only make sense {used}, so they "
                              "were read that way.", said=tr(ORDER_WORDS[hint]), used=tr(ORDER_WORDS[used]))))
    missing = cramp_names.some_unmatched(adapted.names_found or {}, choices.names) if adapted.names_used else None
    if missing:
        out.append(Problem(None, None, "", Severity.WARNING, missing))
    return out


def _problems(findings: list[Finding], rejected, source: Source, adapted: Adapted, lines) -> list[Problem]:
    """One Problem per affected row; warnings only for rows that were loaded."""
    out: list[tuple] = []
    order = {name: i for i, name in enumerate(COLUMNS)}
    ragged = source.ragged[adapted.keep]
    whole_rows = any(f.column is None and f.rows.any() for f in findings)  # a ragged row is shown whole
    rows_in_source = np.arange(source.rows)[adapted.keep] if whole_rows else None
    for f in findings:
        rows = f.rows if f.severity == Severity.ERROR else f.rows & ~rejected
        if f.severity == Severity.ERROR and f.column is not None:
            rows = rows & ~ragged  # a ragged row is reported once, as ragged
        column = adapted.cells.get(f.column)
        for pos in np.flatnonzero(rows):
            value = column.cell(pos) if column is not None else _row_text(source, int(rows_in_source[pos]))
            line = int(lines[pos])
            stored = f.stored.iloc[pos] if f.stored is not None else ""
            message = tr(f.message, value=value, stored=stored, **f.values)
            out.append((line, order.get(f.column, -1), Problem(line, f.column, value, f.severity, message)))
    out.sort(key=lambda t: (t[0], t[1]))
    return [p for _, _, p in out]


def _row_text(source: Source, row: int) -> str:
    fields = [column.cell(row) for column in source.cells]
    while fields and not fields[-1]:
        fields.pop()
    return " | ".join(fields)[:200]
