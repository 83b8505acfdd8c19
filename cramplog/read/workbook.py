"""Read a spreadsheet workbook (.xlsx, .xlsm, .xls, .ods) straight from its bytes with python-calamine.

python-calamine wraps the Rust `calamine` reader: a wheel with no system library to install (so it works on
Streamlit Community Cloud), maintained, and fast. Each cell becomes the text a person would see, so the rest
of the loader reads a workbook exactly as it reads a CSV file; a row's number is the sheet's own row number.
"""
from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd

from cramplog.base.lang import tr
from cramplog.base.words import number
from cramplog.read.text_table import MAX_COLUMNS, Table, TextColumn, Unusable

_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"


def is_workbook(data: bytes) -> bool:
    return data.startswith((_ZIP, _OLE))


def read_workbook(data: bytes, sheet: str | None = None) -> tuple[Table, dict]:
    """The chosen sheet (by default the first with data) as a table of text cells, and what was found."""
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(book.sheet_names)
        rows, used = _sheet_rows(book, names, sheet)
    except calamine.PasswordError as err:
        raise Unusable(tr("This workbook is protected by a password, so it cannot be read. Open it, save a copy "
                          "without a password (or save it as CSV), and upload that.")) from err
    except (calamine.CalamineError, ValueError, OSError) as err:
        raise Unusable(_not_readable(data)) from err
    if rows and len(rows[0]) > MAX_COLUMNS:
        raise Unusable(tr("The sheet “{sheet}” has {columns} columns; CrampLog reads diaries of up to {most} columns. "
                          "Keep one row per cramp and one column per detail.", sheet=used,
                          columns=number(len(rows[0])), most=number(MAX_COLUMNS)))
    return _table(rows), {"sheet": used, "sheets": names}


def _not_readable(data: bytes) -> str:
    if data.startswith(_OLE):
        return tr("This workbook could not be opened: it may be damaged or protected by a password. Open it in "
                  "your spreadsheet, save a copy without a password as .xlsx or CSV, and upload that.")
    return tr("This file looks like a spreadsheet workbook (.xlsx or .ods) but could not be opened: it may be damaged, "
              "or be another kind of document. Open it in your spreadsheet and save it again as .xlsx or CSV.")


def _sheet_rows(book, names: list[str], sheet: str | None) -> tuple[list[list], str]:
    if sheet is not None:
        if sheet not in names:
            raise Unusable(tr("The workbook has no sheet named “{sheet}”. Its sheets are: {sheets}.", sheet=sheet,
                              sheets=", ".join(names)))
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False), sheet
    for name in names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        if any(any(cell not in ("", None) for cell in row) for row in rows):
            return rows, name
    raise Unusable(tr("Every sheet of this workbook is empty ({sheets}). Put your diary on a sheet with a header row "
                      "and one row per cramp.", sheets=", ".join(names) or tr("no sheets")))


def _table(rows: list[list]) -> Table:
    frame = pd.DataFrame(rows, dtype=object) if rows else pd.DataFrame([[""]], dtype=object)
    columns = []
    for name in frame.columns:
        codes, uniques = pd.factorize(frame[name].to_numpy(), use_na_sentinel=False)
        texts = pd.Series([cell_text(value) for value in uniques], dtype="str")
        columns.append(TextColumn.of(texts.take(codes).reset_index(drop=True)) if texts.duplicated().any()
                       else TextColumn(codes.astype(np.intp), texts))
    return Table(columns, np.arange(1, len(frame) + 1))


def cell_text(value) -> str:
    """The text a person sees in the cell: dates as 2026-03-04, times as 22:15, 7.0 as 7, durations as 0:02:30."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d") if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return str(value).strip()
