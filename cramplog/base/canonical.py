"""The canonical CSV: the diary as a file the user keeps, opens in a spreadsheet and loads back unchanged.

UTF-8, the columns of `schema.COLUMNS` in order, ISO dates, "HH:MM" times, yes/no for the yes/no
columns, numbers without a trailing ".0". Columns the loader kept from the user's file but could not
place follow as text, so a download never drops what was uploaded. Text that a spreadsheet would run as a formula is
neutralised with a leading apostrophe; the loader removes it again (see `restore_text`).
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable

import numpy as np
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


def _by_distinct(values: pd.Series, fmt: Callable[[object], str | None], missing: str | None) -> np.ndarray:
    """`fmt` applied once per distinct value (diaries repeat values a lot); a missing value gives `missing`."""
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    table = np.array([fmt(v) for v in distinct] + [missing], dtype=object)
    return table[codes]  # the sentinel -1 picks the trailing `missing`


def _columns(df: pd.DataFrame, formula_safe: bool, field: Callable[[str | None], str | None]) -> list[np.ndarray]:
    diary = conform(df)
    text = neutralise_text if formula_safe else str
    out = []
    for col in [*COLUMNS, *extra_columns(diary)]:
        if col == "date":
            fmt = lambda v: v.strftime("%Y-%m-%d")  # noqa: E731
        elif col in NUMBER_COLUMNS:
            fmt = _number
        elif col in YES_NO_COLUMNS:
            fmt = _yes_no
        else:
            fmt = lambda v: text(str(v))  # noqa: E731
        out.append(_by_distinct(diary[col], lambda v, fmt=fmt: field(fmt(v)), field(None)))
    return out


def canonical_cells(df: pd.DataFrame, formula_safe: bool = True) -> list[list[str | None]]:
    """The diary's rows as the canonical CSV's cells (None = empty): `COLUMNS`, then any extra columns.

    `formula_safe=False` gives the text as typed, for displays that escape it their own way (HTML).
    """
    return [list(row) for row in zip(*_columns(df, formula_safe, lambda cell: cell))]


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """The diary as canonical CSV bytes (UTF-8, "\\n" line ends), formula-safe."""
    lines = [",".join(_csv_field(neutralise_text(str(c))) for c in [*COLUMNS, *extra_columns(df)])]
    lines += [",".join(row) for row in zip(*_columns(df, True, _csv_field))]
    return ("\n".join(lines) + "\n").encode("utf-8")
