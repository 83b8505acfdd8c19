"""Read a diary's values: numbers with decimal commas, durations in words, yes/no, vocabularies, locations.

Like `cramplog.read.dates`, each function takes the distinct texts of a column and returns one result per text.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from cramplog.read import synonyms

_UNITS = {"h": 60.0, "hr": 60.0, "hrs": 60.0, "hour": 60.0, "hours": 60.0,
          "m": 1.0, "min": 1.0, "mins": 1.0, "minute": 1.0, "minutes": 1.0,
          "s": 1 / 60, "sec": 1 / 60, "secs": 1 / 60, "second": 1 / 60, "seconds": 1 / 60}
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?![a-z])\.?")
_AMOUNTS = re.compile(rf"^(?:{_AMOUNT.pattern}(?:\s*(?:and|,)?\s*))+$")
_ABOUT = r"^(?:about|approx\.?|approximately|ca\.?|circa|~|<|>)\s*"


def word_key(texts: pd.Series) -> pd.Series:
    """Lower case, punctuation and repeated spaces folded: 'Left-Calf ' -> 'left calf'."""
    texts = texts.astype("str").str.replace(r"[✓✔]", " yes ", regex=True).str.casefold()
    return texts.str.replace(r"[\W_]+", " ", regex=True).str.strip()


def _lookup(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {}
    for value, others in words.items():
        for word in (value, *others):
            key = re.sub(r"[\W_]+", " ", word.casefold()).strip()
            if key:  # an empty cell names nothing
                table.setdefault(key, value)
    return table


def vocabulary(texts: pd.Series, words: dict[str, tuple[str, ...]]) -> pd.Series:
    """The canonical value each text names, NaN when it names none."""
    return word_key(texts).map(_lookup(words)).astype("str")


def yes_no(texts: pd.Series) -> pd.Series:
    """True / False for y/n, yes/no, true/false, 1/0 (and a few languages); NA otherwise."""
    table = {**dict.fromkeys(synonyms.YES_WORDS, True), **dict.fromkeys(synonyms.NO_WORDS, False)}
    keys = word_key(texts)
    return keys.map(table).astype("boolean")


def number(texts: pd.Series) -> pd.Series:
    """'7', '7,5' (decimal comma), '7/10' -> float; NaN when not a number."""
    cleaned = texts.astype("str").str.strip().str.replace(",", ".", regex=False)
    cleaned = cleaned.str.replace(r"\s*/\s*10$", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce").astype("float64")


def duration_minutes(texts: pd.Series) -> pd.Series:
    """Minutes from '3', '2,5', '1:30' (min:sec), '1:02:00' (h:min:sec), '90s', '1m30s', '3 minutes'."""
    cleaned = texts.astype("str").str.strip().str.casefold().str.replace(",", ".", regex=False)
    cleaned = cleaned.str.replace(_ABOUT, "", regex=True)
    minutes = pd.to_numeric(cleaned, errors="coerce").astype("float64")
    clock = cleaned.str.extract(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$").apply(pd.to_numeric, errors="coerce")
    two, three = clock[2].isna() & clock[0].notna(), clock[2].notna()
    minutes = minutes.where(~two, clock[0] + clock[1] / 60)
    minutes = minutes.where(~three, clock[0] * 60 + clock[1] + clock[2] / 60)
    worded = minutes.isna() & cleaned.str.match(_AMOUNTS.pattern).fillna(False)
    if worded.any():
        minutes[worded] = [sum(float(n) * _UNITS[u] for n, u in _AMOUNT.findall(t)) for t in cleaned[worded]]
    return minutes.where(minutes >= 0).round(4)


def locations(texts: pd.Series) -> pd.DataFrame:
    """Columns region, side, detail: 'left calf' -> calf, left; words it doesn't know -> other, with the text."""
    keys = word_key(texts)
    rows = [_location(key, raw) for key, raw in zip(keys, texts.astype("str"))]
    return pd.DataFrame(rows, columns=["region", "side", "detail"], index=texts.index).astype("str")


_REGION = _lookup(synonyms.REGION_WORDS)
_SIDE_TOKEN = {k: v for k, v in _lookup(synonyms.SIDE_WORDS).items() if " " not in k}
_FILLER = {"and", "of", "the", "my", "in", "side", "both", "muscle", "muscles", "cramp"}


def _location(key: str, raw: str) -> tuple[object, object, object]:
    if not key:
        return (np.nan, np.nan, np.nan)
    tokens = key.split()
    sides = {_SIDE_TOKEN[t] for t in tokens if t in _SIDE_TOKEN}
    side = "both" if "both" in sides or {"left", "right"} <= sides else (sides.pop() if sides else np.nan)
    rest = [t for t in tokens if t not in _SIDE_TOKEN]
    phrase = " ".join(rest)
    region = _REGION.get(phrase) or _REGION.get(" ".join(t for t in rest if t not in _FILLER))
    if region is None and rest:
        found = {_REGION[p] for p in _phrases(rest) if p in _REGION}
        region = found.pop() if len(found) == 1 else None
    if region is None:
        return ("other", side, raw.strip()) if rest else (np.nan, side, np.nan)
    # The user's words are kept for a place that maps to "other", unless the words were just "other".
    detail = raw.strip() if region == "other" and phrase != "other" else np.nan
    return (region, side, detail)


def _phrases(tokens: list[str]):
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            yield " ".join(tokens[start:start + size])

