"""The diary format as users read it on the upload page: one row per column, from data/diary_format.csv.

What a column holds and what else is understood are shown in the language in use (data/lang/<code>.json);
the column names and their values stay as a file writes them."""
from __future__ import annotations

import pandas as pd

from cramplog import paths
from cramplog.base.lang import tr
from cramplog.schema import COLUMNS, VOCABULARIES, YES_NO_COLUMNS

DATA = paths.DATA
FORMAT_PATH = DATA / "diary_format.csv"
TEMPLATE_PATH = DATA / "template.csv"
SHOWN = ("holds", "also_accepted")  # the columns of the file a person reads as text


def _read() -> pd.DataFrame:
    return pd.read_csv(FORMAT_PATH, dtype=str, keep_default_na=False)


def shown_texts() -> list[str]:
    """Every English text of the file that the format table shows, for the catalogues."""
    table = _read()
    return [text for column in SHOWN for text in table[column] if text]


def format_table() -> pd.DataFrame:
    """Column, what it holds, its values (the vocabulary where there is one), what else is understood."""
    table = _read().set_index("column").reindex(list(COLUMNS))
    for column in SHOWN:
        table[column] = [tr(text) if text else text for text in table[column]]
    values = {name: ", ".join(words) for name, words in VOCABULARIES.items()}
    values |= dict.fromkeys(YES_NO_COLUMNS, "yes, no")
    table["values"] = [values.get(name, example) for name, example in zip(table.index, table["example"])]
    return table.reset_index()[["column", "holds", "values", "also_accepted"]]


def template_bytes() -> bytes:
    return TEMPLATE_PATH.read_bytes()
