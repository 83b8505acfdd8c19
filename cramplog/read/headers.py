"""Match a file's column names to the canonical diary columns, ignoring case, spacing, punctuation and units."""
from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from cramplog.read.lexicon.headers import CLOCK_WORDS, DATE_WORDS, HEADER_WORDS, QUESTION_WORDS, TIMESTAMP_WORDS
from cramplog.read.lexicon.normal import header_key, key
from cramplog.schema import COLUMNS

_KEY_TO_COLUMN: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column, *HEADER_WORDS.get(_column, ())):
        _KEY_TO_COLUMN.setdefault(header_key(_name), _column)


_TIMESTAMP_KEYS = {header_key(name) for name in TIMESTAMP_WORDS}


def is_timestamp(header: str) -> bool:
    return header_key(header) in _TIMESTAMP_KEYS


def date_phrase_rank(header: str) -> int | None:
    """0 for a name with the word "date" ("Date of cramp"), 1 "day", 2 "when"; None for other names,
    for names of another column ("Time of day") and for clock questions ("When did it start (time)")."""
    if _KEY_TO_COLUMN.get(header_key(header), "date") != "date" or question_column(header) is not None:
        return None
    words = _words(header)
    ranks = [rank for rank, group in enumerate(DATE_WORDS) if words & group]
    if not ranks or (ranks[0] > 0 and words & CLOCK_WORDS):
        return None
    return ranks[0]


def _words(header: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", key(header)))


def question_column(header: str) -> str | None:
    """The column a question-like header asks about, by its key words; None when no rule applies."""
    words = _words(header)
    if len(words) < 2:  # a single word is a name, matched by the synonyms, not a question
        return None
    return next((column for column, keys in QUESTION_WORDS if words & keys), None)


def propose_column(header: str) -> str | None:
    """The canonical column whose name or synonym is closest in spelling (for the page to propose); None if none is close."""
    close = difflib.get_close_matches(header_key(header), list(_KEY_TO_COLUMN), n=1, cutoff=0.6)
    return _KEY_TO_COLUMN[close[0]] if close else None


def match_headers(headers: Sequence[str], mapping: Mapping[str, str] | None = None) -> dict[str, int]:
    """Canonical column -> index of the file column that fills it.

    `mapping` (file header -> canonical column, from the user's mapping step) wins over the names; the
    first file column whose name matches takes a canonical column, later ones stay unplaced. A date
    phrase ("Date of cramp") takes the date from a "Timestamp" named by its synonym.
    """
    placed: dict[str, int] = {}
    for header, column in (mapping or {}).items():
        if column in COLUMNS and header in headers and column not in placed:
            placed[column] = list(headers).index(header)
    taken = set(placed.values())
    for index, header in enumerate(headers):
        column = _KEY_TO_COLUMN.get(header_key(header))
        if index in taken or column is None or column in placed:
            continue
        placed[column] = index
        taken.add(index)
    for index, header in enumerate(headers):
        column = question_column(header)
        if index not in taken and column and column not in placed and header_key(header) not in _KEY_TO_COLUMN:
            placed[column] = index
            taken.add(index)
    mapped = set((mapping or {}).values())
    if "date" in placed and "date" not in mapped and is_timestamp(headers[placed["date"]]):
        ranked = [(rank, i) for i, h in enumerate(headers)
                  if i not in taken and (rank := date_phrase_rank(h)) is not None]
        if ranked:
            placed["date"] = min(ranked)[1]
    return placed
