"""The one way CrampLog compares a person's words with its own words.

Case, punctuation, underscores and runs of spaces are folded; accents are kept, because they tell words apart in
the languages read ("côté", "cote" are listed both where both are written). A tick (✓, ✔) reads as "yes".
"""
from __future__ import annotations

import re

import pandas as pd

_FOLD = r"[\W_]+"
_TICKS = r"[✓✔]"
_UNITS_IN_BRACKETS = r"\([^)]*\)|\[[^\]]*\]"


def key(text: object) -> str:
    """'Left-Calf ' -> 'left calf', 'Leg  Cramp' -> 'leg cramp', '✓' -> 'yes'."""
    return re.sub(_FOLD, " ", re.sub(_TICKS, " yes ", str(text)).casefold()).strip()


def keys(texts: pd.Series) -> pd.Series:
    """`key` of every text, vectorised."""
    texts = texts.astype("str").str.replace(_TICKS, " yes ", regex=True).str.casefold()
    return texts.str.replace(_FOLD, " ", regex=True).str.strip()


def header_key(name: object) -> str:
    """'Duration (min)' -> 'duration', 'Body-part ' -> 'bodypart': a column name's `key` without spaces or units."""
    return key(re.sub(_UNITS_IN_BRACKETS, "", str(name))).replace(" ", "")


def word_table(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """{key of a word: the value it names} for a lexicon of {value: other words}; the value's own name counts."""
    table = {}
    for value, others in words.items():
        for word in (value, *others):
            if k := key(word):  # an empty cell names nothing
                table.setdefault(k, value)
    return table
