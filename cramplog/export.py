"""The canonical CSV: the diary as a file the user keeps, opens in a spreadsheet and loads back unchanged.

UTF-8, the columns of `schema.COLUMNS` in order, ISO dates, "HH:MM" times, yes/no for the yes/no
columns, numbers without a trailing ".0". Columns the loader kept from the user's file but could not
place follow as text, so a download never drops what was uploaded. Text that a spreadsheet would run as a formula is
neutralised with a leading apostrophe; the loader removes it again (see `restore_text`).
"""
from __future__ import annotations

import math
import re

import pandas as pd

from cramplog.schema import COLUMNS, NUMBER_COLUMNS, YES_NO_COLUMNS, conform

FORMULA_PREFIX = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Apostrophes already in front of a formula start get one more, so stripping one on load is exact.
_NEEDS_PREFIX = re.compile(r"'*[=+\-@\t\r]")
_PREFIXED = re.compile(r"'+[=+\-@\t\r]")
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def neutralise_text(text: str) -> str:
    """Prefix text a spreadsheet would read as a formula (or text that looks already prefixed)."""
    return FORMULA_PREFIX + text if _NEEDS_PREFIX.match(text) else text


def restore_text(text: str) -> str:
    """The inverse of `neutralise_text`: what the loader applies to every text cell."""
    return text[len(FORMULA_PREFIX):] if _PREFIXED.match(text) else text


def _number(value: float) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _yes_no(value) -> str | None:
    return None if value is pd.NA or value is None else ("yes" if value else "no")


def _csv_field(value: str | None) -> str:
    # The csv module leaves a lone "\r" unquoted, which readers take as a line end: quote it ourselves.
    if value is None:
        return ""
    return '"' + value.replace('"', '""') + '"' if _NEEDS_QUOTES.search(value) else value


def extra_columns(df: pd.DataFrame) -> list[str]:
    """The diary's columns beyond the canonical ones (kept from the user's file), in their order."""
    return [c for c in df.columns if c not in COLUMNS]


def canonical_cells(df: pd.DataFrame, formula_safe: bool = True) -> list[list[str | None]]:
    """The diary's rows as the canonical CSV's cells (None = empty): `COLUMNS`, then any extra columns.

    `formula_safe=False` gives the text as typed, for displays that escape it their own way (HTML).
    """
    diary = conform(df)
    columns: dict[str, list[str | None]] = {}
    names = list(COLUMNS) + extra_columns(diary)
    for col in names:
        values = diary[col]
        if col == "date":
            columns[col] = [None if pd.isna(v) else v.strftime("%Y-%m-%d") for v in values]
        elif col in NUMBER_COLUMNS:
            columns[col] = [_number(v) for v in values]
        elif col in YES_NO_COLUMNS:
            columns[col] = [_yes_no(v) for v in values]
        else:
            safe = neutralise_text if formula_safe else str
            columns[col] = [None if pd.isna(v) else safe(str(v)) for v in values]
    return [list(row) for row in zip(*(columns[c] for c in names))]


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """The diary as canonical CSV bytes (UTF-8, "\\n" line ends), formula-safe."""
    lines = [",".join(_csv_field(neutralise_text(str(c))) for c in [*COLUMNS, *extra_columns(df)])]
    lines += [",".join(_csv_field(cell) for cell in row) for row in canonical_cells(df)]
    return ("\n".join(lines) + "\n").encode("utf-8")
