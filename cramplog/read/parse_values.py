"""Read a diary's values: numbers with decimal commas, durations in words, yes/no, vocabularies, locations.

Like `cramplog.read.parse_dates`, each function takes the distinct texts of a column and returns one result per text.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from cramplog.read.lexicon import values as vocab
from cramplog.read.lexicon.normal import key, keys, word_table
from cramplog.read.lexicon.units import ABOUT, AMOUNT, AMOUNTS, IN_SECONDS, OVER, PLUS, RANGE, UNITS


def vocabulary(texts: pd.Series, words: dict[str, tuple[str, ...]]) -> pd.Series:
    """The canonical value each text names, NaN when it names none."""
    return keys(texts).map(word_table(words)).astype("str")


def first_known(texts: pd.Series, words: dict[str, tuple[str, ...]]) -> pd.DataFrame:
    """Columns value and several: the canonical value a text names, or for a multiple-choice answer
    ("Stretching, Massage") the first part that names one, with `several` True so the loader can say so."""
    table = word_table(words)
    canonical = {value for value in words if key(value) and table.get(key(value)) == value}
    if set(texts.astype("str")) <= canonical | {""}:  # CrampLog's own values (its files, the common big case)
        texts = texts.astype("str")
        return pd.DataFrame({"value": texts.where(texts.ne("")), "several": np.zeros(len(texts), bool)}, index=texts.index)
    whole = vocabulary(texts, words)
    parts = texts.astype("str").str.split(vocab.CHOICE_SEPARATORS, regex=True)
    first = parts.map(lambda ps: next((table[k] for p in ps if (k := key(p)) in table), np.nan))
    several = whole.isna().to_numpy(bool) & first.notna().to_numpy(bool)
    value = whole.where(~several, first).astype("str")
    return pd.DataFrame({"value": value, "several": several}, index=texts.index)


def yes_no(texts: pd.Series) -> pd.Series:
    """True / False for y/n, yes/no, true/false, 1/0 (and a few languages); NA otherwise."""
    table = {**dict.fromkeys(vocab.YES_WORDS, True), **dict.fromkeys(vocab.NO_WORDS, False)}
    return keys(texts).map(table).astype("boolean")


def number(texts: pd.Series) -> pd.Series:
    """'7', '7,5' (decimal comma), '7/10' -> float; NaN when not a number."""
    cleaned = texts.astype("str").str.strip().str.replace(",", ".", regex=False)
    cleaned = cleaned.str.replace(r"\s*/\s*10$", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce").astype("float64")


def durations(texts: pd.Series) -> pd.DataFrame:
    """Columns minutes and rule: minutes as `duration_minutes` reads them, plus '2-3 min' (rule "range": the
    middle, 2.5) and '> 10 min' / 'over 10 minutes' / '>= 10 min' / '10+ min' (rule "over": the bound plus one
    minute, 11; plus one second for a bound in seconds, '> 30 sec' 31 seconds)."""
    cleaned = texts.astype("str").str.strip().str.casefold().str.replace(",", ".", regex=False)
    unplussed = cleaned.str.replace(PLUS, lambda m: f"{m[1]} " if m[1] else "", regex=True)
    plus, cleaned = unplussed.ne(cleaned).to_numpy(bool), unplussed
    over = plus | cleaned.str.match(OVER).fillna(False).to_numpy(bool)
    bare = cleaned.str.replace(OVER, "", regex=True).str.strip()
    minutes = duration_minutes(bare)
    ranges = bare.str.extract(RANGE)
    ranged = minutes.isna().to_numpy(bool) & ranges[0].notna().to_numpy(bool)
    if ranged.any():
        factor = ranges[2].str.rstrip(".").map(UNITS).fillna(1.0)
        middle = (pd.to_numeric(ranges[0], errors="coerce") + pd.to_numeric(ranges[1], errors="coerce")) / 2 * factor
        minutes = minutes.where(~ranged, middle.round(4))
    if over.any():
        step = np.where(bare.str.contains(IN_SECONDS).fillna(False).to_numpy(bool), 1 / 60, 1.0)
        minutes = minutes.where(~over, (minutes + step).round(4))
    read = minutes.notna().to_numpy(bool)
    rule = np.where(over & read, "over", np.where(ranged & read, "range", ""))
    return pd.DataFrame({"minutes": minutes, "rule": rule}, index=texts.index)


def duration_minutes(texts: pd.Series) -> pd.Series:
    """Minutes from '3', '2,5', '1:30' (min:sec), '1:02:00' (h:min:sec), '90s', '1m30s', '3 minutes', '1 Std.'."""
    cleaned = texts.astype("str").str.strip().str.casefold().str.replace(",", ".", regex=False)
    cleaned = cleaned.str.replace(ABOUT, "", regex=True).str.strip()
    minutes = pd.to_numeric(cleaned, errors="coerce").astype("float64")
    clock = cleaned.str.extract(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$").apply(pd.to_numeric, errors="coerce")
    two, three = clock[2].isna() & clock[0].notna(), clock[2].notna()
    minutes = minutes.where(~two, clock[0] + clock[1] / 60)
    minutes = minutes.where(~three, clock[0] * 60 + clock[1] + clock[2] / 60)
    worded = minutes.isna() & cleaned.str.match(AMOUNTS.pattern).fillna(False)
    if worded.any():
        minutes[worded] = [sum(float(n) * UNITS[u.rstrip(".")] for n, u in AMOUNT.findall(t)) for t in cleaned[worded]]
    return minutes.where(minutes >= 0).round(4)


def locations(texts: pd.Series) -> pd.DataFrame:
    """Columns region, side, detail: 'left calf' -> calf, left; words it doesn't know -> other, with the text."""
    rows = [_location(k, raw) for k, raw in zip(keys(texts), texts.astype("str"))]
    return pd.DataFrame(rows, columns=["region", "side", "detail"], index=texts.index).astype("str")


_REGION = word_table(vocab.REGION_WORDS)
_SIDE_TOKEN = {k: v for k, v in word_table(vocab.SIDE_WORDS).items() if " " not in k}
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
    several = False
    if region is None and rest:
        found = _regions_in(rest)
        region, several = (found[0] if found else None), len(found) > 1
    if several:  # "Hand, Fingers": the first place, and the whole answer as the user's own detail
        return (region, side, raw.strip())
    if region is None:
        return ("other", side, raw.strip()) if rest else (np.nan, side, np.nan)
    # The user's words are kept for a place that maps to "other", unless the words were just "other".
    detail = raw.strip() if region == "other" and phrase != "other" else np.nan
    return (region, side, detail)


def _regions_in(tokens: list[str]) -> list[str]:
    """The distinct regions named in the tokens, in the order they are written (longest phrases first)."""
    at: dict[str, int] = {}
    covered: set[int] = set()
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            span = set(range(start, start + size))
            region = _REGION.get(" ".join(tokens[start:start + size]))
            if region and not span & covered:
                covered |= span
                at.setdefault(region, start)
                at[region] = min(at[region], start)
    return sorted(at, key=at.get)
