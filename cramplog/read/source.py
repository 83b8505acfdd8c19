"""Stage 1 of loading: a file's bytes -> its header and data rows as text cells, from a CSV or a workbook."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number
from cramplog.read import text_table, workbook
from cramplog.read.lexicon.normal import header_key
from cramplog.read.text_table import MAX_COLUMNS, TextColumn, Unusable


@dataclass
class Source:
    """The header and the non-blank rows below it; `lines` is each row's file line (or sheet row)."""
    headers: list[str]
    cells: list[TextColumn]  # one per column, the header's width first, then any cells beyond it
    lines: np.ndarray
    ragged: np.ndarray       # bool per row: more cells than the header has names
    found: dict = field(default_factory=dict)  # encoding and delimiter, or sheet and sheets

    @property
    def rows(self) -> int:
        return len(self.lines)

    def texts(self, index: int) -> TextColumn:
        return self.cells[index]

    def by_key(self) -> dict[str, pd.Series]:
        """header_key -> the column's texts (stripped), for adapters that address a format's columns by name;
        a column the file lacks reads as empty cells."""
        return _Named(self)


class _Named(dict):
    """Columns made into Series only when an adapter asks for them (a big export has columns nobody reads)."""

    def __init__(self, source: Source):
        super().__init__()
        self.source = source
        self.at: dict[str, int] = {}
        for i, name in enumerate(source.headers):
            self.at.setdefault(header_key(name), i)

    def __missing__(self, key: str) -> pd.Series:
        if key not in self.at:
            return pd.Series("", index=range(self.source.rows), dtype="str")
        column = self.source.cells[self.at[key]]
        self[key] = column.texts.str.strip().take(column.codes).reset_index(drop=True)  # strip each text once
        return self[key]


def read_source(data: bytes, sheet: str | None = None) -> Source:
    """The table in `data`: a workbook (.xlsx, .xls, .ods) by its signature, otherwise delimited text."""
    if workbook.is_workbook(data):
        table, found = workbook.read_workbook(data, sheet)
    else:
        table, found = _read_text(data)
    return _below_header(table, found)


def _read_text(data: bytes) -> tuple[text_table.Table, dict]:
    payload, encoding = text_table.to_utf8(data)
    declared, payload = text_table.declared_delimiter(payload)
    sample = text_table.head(payload)
    text_table.check_text(sample)
    _refuse_json(sample)
    delimiter = declared or text_table.detect_delimiter(sample)
    header_line = next((line for line in sample.splitlines() if line.strip()), "")
    if header_line.count(delimiter) + 1 > MAX_COLUMNS:
        raise Unusable(tr("The first row has {columns} columns; CrampLog reads diaries of up to {most} columns. Keep "
                          "one row per cramp and one column per detail.",
                          columns=number(header_line.count(delimiter) + 1), most=number(MAX_COLUMNS)))
    table = text_table.read_table(payload, delimiter, first_line=2 if declared else 1)
    return table, {"encoding": encoding, "delimiter": delimiter}


# The CSV exports to choose instead of a JSON one (menu paths as formats.md gives them).
CSV_EXPORTS = tr_later("Bearable: Settings → Export data → CSV; Daylio: More → Export entries → CSV; Symptom Shark: "
                       "the Symptom Logs export as CSV; Flaredown: its CSV export; a spreadsheet: File → Save As → CSV")
_JSON_START = re.compile(r'^\s*(?:\{\s*(?:"|\})|\[\s*(?:[{"\]\[]|$))')


def _refuse_json(sample: str) -> None:
    """A JSON export (Symptom Shark offers one) is not a table: say so, and which CSV export to load instead."""
    if not _JSON_START.match(sample):
        return
    if all(key in sample for key in ('"ParticipantID"', '"Symptom"')):
        raise Unusable(tr("This is Symptom Shark's Symptom Logs export in JSON. CrampLog does not read JSON exports: "
                          "export the Symptom Logs again choosing CSV (its first line is ParticipantID,"
                          "ParticipantIdentifier,Date,Symptom,Severity) and load that file."))
    raise Unusable(tr("This is a JSON file, and CrampLog does not read JSON exports. Export your diary as CSV and "
                      "load that file instead ({exports}).", exports=tr(CSV_EXPORTS)))


def _below_header(table: text_table.Table, found: dict) -> Source:
    """The first non-blank record is the header; blank records are skipped (they are not rows of the diary)."""
    nonblank = _nonblank(table)
    if not nonblank.any():
        raise Unusable(tr("The file has no text in any cell. Save your diary with a header row and one row "
                          "per cramp; the template on this page shows the layout."))
    top = int(np.argmax(nonblank))
    headers = header_names([column.cell(top) for column in table.columns])
    found = {**found, "headers": headers}
    below = nonblank[top + 1:]
    if not below.any():
        raise NoRows(headers, found)
    rows = slice(top + 1, None) if below.all() else np.flatnonzero(below) + top + 1  # no blank lines: a view, not a copy
    cells = [column.take(rows).without(int(column.codes[top])) for column in table.columns]
    ragged = np.zeros(len(cells[0].codes), bool)
    for column in cells[len(headers):]:
        ragged |= column.filled()
    return Source(headers, cells, table.lines[rows], ragged, found)


def _nonblank(table: text_table.Table) -> np.ndarray:
    """Per record: True when any of its cells holds text (a column with no empty cell says so of every record)."""
    if any(not (column.texts.to_numpy(dtype=object) == "").any() for column in table.columns):
        return np.ones(table.records, bool)
    nonblank = np.zeros(table.records, bool)
    for column in table.columns:
        nonblank |= column.filled()
    return nonblank


class NoRows(Unusable):
    """A header and nothing below it; keeps what was found for the result."""

    def __init__(self, headers: list[str], found: dict):
        super().__init__(tr("The file has column names ({names}) but no rows of cramps below them. Add one row per "
                            "cramp under the header.", names=", ".join(headers[:8])))
        self.found = found


def header_names(cells: list[str]) -> list[str]:
    names = [str(c).strip() for c in cells]
    while names and not names[-1]:
        names.pop()  # trailing empty header cells, as spreadsheets write them
    return [name or f"column {i + 1}" for i, name in enumerate(names)] or ["column 1"]
