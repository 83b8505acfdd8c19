"""Load a cramp diary file as people really keep it, accounting for every row.

`load_diary(bytes)` never raises: a file it cannot use comes back with `unusable` set to one clear
message; otherwise every data row is loaded or rejected, and every value it could not use is reported.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from cramplog.read import dates, text_table
from cramplog.read.cells import Finding, by_unique, read_columns, text_or_missing
from cramplog.read.headers import date_phrase_rank, is_timestamp, match_headers
from cramplog.read.text_table import TextColumn
from cramplog.schema import COLUMNS, conform, empty_diary
from cramplog.write.csv_export import restore_text

INTERNAL_ERROR = "Something unexpected went wrong while reading this file"
HEADERLESS = ("The first row holds values, not column names. Add a header row such as "
              "date,time,location,severity above your cramps; the template on this page shows one.")

_ORDER_WORDS = {dates.DAY_FIRST: "day-first (day/month/year)", dates.MONTH_FIRST: "month-first (month/day/year)"}


@dataclass
class Problem:
    line: int | None  # line where the record starts (the header is line 1); None for the whole file
    column: str | None
    value: str
    severity: str     # "error": the row was rejected; "warning": the value was left empty
    message: str

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "value": self.value,
                "severity": self.severity, "message": self.message}


@dataclass
class LoadResult:
    df: pd.DataFrame
    lines: pd.Series  # the file line of each row of `df`
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    problems: list[Problem] = field(default_factory=list)
    unplaced_columns: list[str] = field(default_factory=list)
    ambiguous_dates: bool = False  # every numeric date read either way: the order was assumed
    date_order_used: str | None = None
    unusable: str | None = None
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    encoding: str = ""
    delimiter: str = ""
    headers: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)

    def problems_frame(self) -> pd.DataFrame:
        rows = [p.to_dict() for p in self.problems]
        return pd.DataFrame(rows, columns=["line", "column", "value", "severity", "message"])

    def to_json(self) -> dict:
        """The object `python -m cramplog check --json` prints."""
        return {
            "rows_read": self.rows_read, "rows_loaded": self.rows_loaded, "rows_rejected": self.rows_rejected,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "problems": [p.to_dict() for p in self.problems],
        }


def load_diary(data: bytes, *, date_order: str | None = None,
               mapping: Mapping[str, str] | None = None) -> LoadResult:
    """Read a diary file's bytes. `date_order` is None (work it out), "day-first" or "month-first";
    `mapping` maps a file header to the canonical column the user says it holds."""
    try:
        return _load(bytes(data), date_order, mapping)
    except text_table.Unusable as err:
        return _unusable(str(err))
    except Exception as err:  # the promise is a clear message, never a traceback
        return _unusable(f"{INTERNAL_ERROR} ({type(err).__name__}). Please check that it is a CSV file; "
                         "the template on the upload page shows the layout.")


def _unusable(message: str, **found) -> LoadResult:
    return LoadResult(empty_diary(), pd.Series([], dtype="int64"), unusable=message, **found)


def _load(data: bytes, date_order: str | None, mapping: Mapping[str, str] | None) -> LoadResult:
    payload, encoding = text_table.to_utf8(data)
    declared, payload = text_table.declared_delimiter(payload)
    sample = text_table.head(payload)
    text_table.check_text(sample)
    delimiter = declared or text_table.detect_delimiter(sample)
    table = text_table.read_table(payload, delimiter, first_line=2 if declared else 1)
    nonblank = np.zeros(table.records, bool)
    for column in table.columns:
        nonblank |= column.filled()
    if not nonblank.any():
        raise text_table.Unusable("The file has no text in any cell. Save your diary with a header row and one row "
                             "per cramp; the template on this page shows the layout.")
    top = int(np.argmax(nonblank))
    headers = _header_names([column.cell(top) for column in table.columns])
    found = {"encoding": encoding, "delimiter": delimiter, "headers": headers}
    rows = np.flatnonzero(nonblank[top + 1:]) + top + 1
    if not len(rows):
        raise text_table.Unusable(f"The file has column names ({', '.join(headers[:8])}) but no rows of cramps "
                             "below them. Add one row per cramp under the header.")
    if len(rows) == table.records - top - 1:
        rows = slice(top + 1, None)  # no blank lines: a view, not a copy
    cells = [column.take(rows) for column in table.columns]
    record_lines = table.lines[rows]
    width = len(headers)
    ragged = np.zeros(len(record_lines), bool)
    for column in cells[width:]:
        ragged |= column.filled()
    texts = [_unguard(column) for column in cells[:width]]
    placed = match_headers(headers, mapping)
    user_date = "date" in (mapping or {}).values()
    if "date" in placed and not user_date and date_phrase_rank(headers[placed["date"]]) is not None:
        # A date question whose answers are not dates ("Day of week": Monday) gives the date back to the Timestamp.
        stamp = next((i for i, h in enumerate(headers) if is_timestamp(h) and i not in placed.values()), None)
        if stamp is not None and not _mostly_dates(texts[placed["date"]], date_order, share=0.5):
            placed["date"] = stamp
    if "date" not in placed:
        if dates.parse_dates(pd.Series(headers, dtype="str"), date_order).date.notna().any():
            return _unusable(HEADERLESS, **found)
        guess = _date_column_by_content(texts, placed, date_order)
        if guess is None:
            return _unusable(_no_date_message(headers), **found)
        placed["date"] = guess
    hint = dates.order_hint(headers[placed["date"]])
    cols = read_columns({name: texts[i] for name, i in placed.items()}, date_order, hint)
    findings = cols.findings + [Finding(ragged, None, "error",
                                        f"This row has more cells than the {width} column names in the header; "
                                        "a value may contain an unquoted delimiter.")]
    rejected = ragged.copy()
    for f in findings:
        if f.severity == "error":
            rejected |= f.rows
    unplaced_at = [i for i in range(width) if i not in placed.values() and texts[i].filled().any()]
    unplaced = [headers[i] for i in unplaced_at]
    values = dict(cols.values)
    for i in unplaced_at:  # by position: two columns may share a name
        values[_free_name(headers[i], values)] = by_unique(texts[i], text_or_missing)
    keep = ~rejected
    if rejected.any():
        values = {name: series[keep].reset_index(drop=True) for name, series in values.items()}
    df = conform(pd.DataFrame(values))
    problems = _problems(findings, rejected, cells, placed, ragged, record_lines)
    if cols.ambiguous_dates:
        problems.insert(0, Problem(None, "date", "", "warning",
                                   "Every date in the file can be read two ways (like 03/04/2026); they were read "
                                   "month-first (month/day/year). If yours are day-first, choose day-first "
                                   "(--day-first on the command line)."))
    if hint and date_order not in dates.ORDERS and cols.date_order_used not in (None, hint):
        problems.insert(0, Problem(None, "date", headers[placed["date"]], "warning",
                                   f"The date column's name says {_ORDER_WORDS[hint]}, but its dates only make "
                                   f"sense {_ORDER_WORDS[cols.date_order_used]}, so they were read that way."))
    result = LoadResult(
        df, pd.Series(record_lines[keep], dtype="int64"), len(record_lines), int(keep.sum()), int(rejected.sum()),
        problems, unplaced, cols.ambiguous_dates, cols.date_order_used, None,
        df["date"].min().date() if len(df) else None, df["date"].max().date() if len(df) else None, **found)
    if not result.rows_loaded:
        first = problems[0] if problems else None
        result.unusable = (f"None of the {result.rows_read} rows could be loaded: none has a date CrampLog can read"
                           + (f" (line {first.line}: {first.message})" if first else "") + ".")
    return result


def _header_names(cells: list[str]) -> list[str]:
    names = [str(c).strip() for c in cells]
    while names and not names[-1]:
        names.pop()  # trailing empty header cells, as spreadsheets write them
    return [name or f"column {i + 1}" for i, name in enumerate(names)] or ["column 1"]


def _unguard(column: TextColumn) -> TextColumn:
    """Undo the apostrophe a formula-safe export puts before text like '=1+2 (exact round trip)."""
    if not column.texts.str.startswith("'").any():
        return column
    return TextColumn.of(pd.Series(column.texts.map(restore_text).to_numpy()[column.codes], dtype="str"))


def _free_name(name: str, taken) -> str:
    candidate, n = name, 2
    while candidate in taken or candidate in COLUMNS:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def _date_column_by_content(texts, placed, order) -> int | None:
    """With no column named like a date, use a column whose values are mostly dates."""
    for i, column in enumerate(texts):
        if i not in placed.values() and _mostly_dates(column, order):
            return i
    return None


def _mostly_dates(column: TextColumn, order, share: float = 0.8) -> bool:
    """At least `share` of the first 200 filled cells are dates."""
    sample = column.take(slice(0, 200)).series()
    sample = sample[sample.ne("")]
    return bool(len(sample)) and dates.parse_dates(sample, order).date.notna().mean() >= share


def _no_date_message(headers: list[str]) -> str:
    return (f"No column holds dates. The columns found are: {', '.join(headers[:12])}. "
            "Name your date column 'date' (or pick it in the mapping step), with dates like 2026-04-01.")


def _problems(findings, rejected, cells, placed, ragged, record_lines) -> list[Problem]:
    """One Problem per affected row; warnings only for rows that were loaded."""
    out: list[tuple] = []
    order = {name: i for i, name in enumerate(COLUMNS)}
    for f in findings:
        rows = f.rows if f.severity == "error" else f.rows & ~rejected
        if f.severity == "error" and f.column is not None:
            rows = rows & ~ragged  # a ragged row is reported once, as ragged
        positions = np.flatnonzero(rows)
        if not len(positions):
            continue
        column = cells[placed[f.column]] if f.column in placed else None
        for pos in positions:
            value = column.cell(pos) if column is not None else _row_text(cells, pos)
            line = int(record_lines[pos])
            out.append((line, order.get(f.column, -1),
                        Problem(line, f.column, value, f.severity, f.message.format(value=value))))
    out.sort(key=lambda t: (t[0], t[1]))
    return [p for _, _, p in out]


def _row_text(cells, pos: int) -> str:
    fields = [column.cell(pos) for column in cells]
    while fields and not fields[-1]:
        fields.pop()
    return " | ".join(fields)[:200]
