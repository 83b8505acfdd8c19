"""Read a diary's values: numbers with decimal commas, durations in words, yes/no, vocabularies, locations.

Like `cramplog.read.dates`, each function takes the distinct texts of a column and returns one result per text.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from cramplog.read import synonyms

# Duration units in English, German, French, Spanish, Italian and Dutch -> minutes.
_UNIT_WORDS = {
    60.0: "h hr hrs hour hours std stunde stunden heure heures hora horas ora ore uur u",
    1.0: "m min mins minute minutes minuten minuto minutos minuti",
    1 / 60: "s sec secs second seconds sek sekunde sekunden seconde secondes segundo segundos seg secondo secondi "
            "seconden",
}
_UNITS = {word: factor for factor, words in _UNIT_WORDS.items() for word in words.split()}
_UNIT = "(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*" + _UNIT)
_AMOUNTS = re.compile(rf"^(?:{_AMOUNT.pattern}(?:\s*(?:and|und|et|y|e|en|,)?\s*))+$")
_ABOUT = (r"^(?:about|around|approx\.?|approximately|roughly|ca\.?|circa|etwa|ungefähr|environ|à peu près|"
          r"unos|unas|aproximadamente|circa|verso|ongeveer|~|<|less than|under|weniger als|unter|moins de|"
          r"menos de|meno di|minder dan)\s*")
# "> 10 min", "over 10 minutes": just longer than the bound. Stored as the bound plus one minute (> 10 min -> 11,
# > 1 hour -> 61), or plus one second for a bound in seconds (> 30 sec -> 31 seconds), so the value is more than the
# bound wherever durations are compared without inflating it; a warning says what was stored. ">= 10 min",
# "≥10 min" and "10+ min" are read the same way: people write them for a cramp that went on past the mark.
_OVER = (r"^(?:>=|=>|≥|>|over|more than|longer than|über|mehr als|länger als|plus de|más de|mas de|oltre|più di|"
         r"meer dan|langer dan)\s*")
_PLUS = re.compile(r"^(\d+(?:\.\d+)?)\s*\+\s*(?=[^\W\d_]|$)|(?<=[^\W\d_])\.?\s*\+$")  # "10+ min", "10+", "10 min+"
# A bound written in seconds (30 sec, 1m30s) or as min:sec (1:30): "over" it adds one second, not one minute.
_IN_SECONDS = re.compile(r"^\d+:\d|\d\s*(?:" + "|".join(_UNIT_WORDS[1 / 60].split()) + r")(?![^\W\d_])")
# "2-3 min", "1 to 2 minutes": the middle of the range, with a warning.
_RANGE = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:-|–|to|bis|à|a|tot)\s*(\d+(?:\.\d+)?)\s*" + _UNIT + "?$")


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


def first_known(texts: pd.Series, words: dict[str, tuple[str, ...]]) -> pd.DataFrame:
    """Columns value and several: the canonical value a text names, or for a multiple-choice answer
    ("Stretching, Massage") the first part that names one, with `several` True so the loader can say so."""
    whole = vocabulary(texts, words)
    parts = texts.astype("str").str.split(r"\s*(?:[,;/+&]|\band\b|\bund\b|\bet\b|\by\b)\s*", regex=True)
    table = _lookup(words)
    first = parts.map(lambda ps: next((table[k] for p in ps if (k := _key(p)) in table), np.nan))
    several = whole.isna().to_numpy(bool) & first.notna().to_numpy(bool)
    value = whole.where(~several, first).astype("str")
    return pd.DataFrame({"value": value, "several": several}, index=texts.index)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


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


def durations(texts: pd.Series) -> pd.DataFrame:
    """Columns minutes and rule: minutes as `duration_minutes` reads them, plus '2-3 min' (rule "range": the
    middle, 2.5) and '> 10 min' / 'over 10 minutes' / '>= 10 min' / '10+ min' (rule "over": the bound plus one
    minute, 11; plus one second for a bound in seconds, '> 30 sec' 31 seconds)."""
    cleaned = texts.astype("str").str.strip().str.casefold().str.replace(",", ".", regex=False)
    unplussed = cleaned.str.replace(_PLUS, lambda m: f"{m[1]} " if m[1] else "", regex=True)
    plus, cleaned = unplussed.ne(cleaned).to_numpy(bool), unplussed
    over = plus | cleaned.str.match(_OVER).fillna(False).to_numpy(bool)
    bare = cleaned.str.replace(_OVER, "", regex=True).str.strip()
    minutes = duration_minutes(bare)
    ranges = bare.str.extract(_RANGE)
    ranged = minutes.isna().to_numpy(bool) & ranges[0].notna().to_numpy(bool)
    if ranged.any():
        factor = ranges[2].str.rstrip(".").map(_UNITS).fillna(1.0)
        middle = (pd.to_numeric(ranges[0], errors="coerce") + pd.to_numeric(ranges[1], errors="coerce")) / 2 * factor
        minutes = minutes.where(~ranged, middle.round(4))
    if over.any():
        step = np.where(bare.str.contains(_IN_SECONDS).fillna(False).to_numpy(bool), 1 / 60, 1.0)
        minutes = minutes.where(~over, (minutes + step).round(4))
    read = minutes.notna().to_numpy(bool)
    rule = np.where(over & read, "over", np.where(ranged & read, "range", ""))
    return pd.DataFrame({"minutes": minutes, "rule": rule}, index=texts.index)


def duration_minutes(texts: pd.Series) -> pd.Series:
    """Minutes from '3', '2,5', '1:30' (min:sec), '1:02:00' (h:min:sec), '90s', '1m30s', '3 minutes', '1 Std.'."""
    cleaned = texts.astype("str").str.strip().str.casefold().str.replace(",", ".", regex=False)
    cleaned = cleaned.str.replace(_ABOUT, "", regex=True).str.strip()
    minutes = pd.to_numeric(cleaned, errors="coerce").astype("float64")
    clock = cleaned.str.extract(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$").apply(pd.to_numeric, errors="coerce")
    two, three = clock[2].isna() & clock[0].notna(), clock[2].notna()
    minutes = minutes.where(~two, clock[0] + clock[1] / 60)
    minutes = minutes.where(~three, clock[0] * 60 + clock[1] + clock[2] / 60)
    worded = minutes.isna() & cleaned.str.match(_AMOUNTS.pattern).fillna(False)
    if worded.any():
        minutes[worded] = [sum(float(n) * _UNITS[u.rstrip(".")] for n, u in _AMOUNT.findall(t)) for t in cleaned[worded]]
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
