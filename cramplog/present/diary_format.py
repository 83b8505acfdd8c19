"""The diary format as users read it on the upload page: one row per column, from data/diary_format.csv."""
from __future__ import annotations

import pandas as pd

from cramplog import paths
from cramplog.schema import COLUMNS, VOCABULARIES, YES_NO_COLUMNS

DATA = paths.DATA
FORMAT_PATH = DATA / "diary_format.csv"
TEMPLATE_PATH = DATA / "template.csv"


def format_table() -> pd.DataFrame:
    """Column, what it holds, its values (the vocabulary where there is one), what else is understood."""
    table = pd.read_csv(FORMAT_PATH, dtype=str, keep_default_na=False).set_index("column").reindex(list(COLUMNS))
    values = {name: ", ".join(words) for name, words in VOCABULARIES.items()}
    values |= dict.fromkeys(YES_NO_COLUMNS, "yes, no")
    table["values"] = [values.get(name, example) for name, example in zip(table.index, table["example"])]
    return table.reset_index()[["column", "holds", "values", "also_accepted"]]


def template_bytes() -> bytes:
    return TEMPLATE_PATH.read_bytes()
