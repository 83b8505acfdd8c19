"""Match a file's column names to the canonical diary columns, ignoring case, spacing, punctuation and units."""
from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from cramplog.schema import COLUMNS, SPEC

# Other names people give each column, written as they would be typed; compared after `header_key`.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {spec.name: spec.header_words for spec in SPEC}

# A question header ("How bad was it (0-10)?") is placed by its key words, first rule first: "What were you
# doing when it started?" is about the activity, not the date.
_QUESTION_WORDS: tuple[tuple[str, frozenset[str]], ...] = tuple((column, frozenset(words.split())) for column, words in (
    ("context", "doing activity tätigkeit gemacht faisiez faisais hacías hacia facevi deed"),
    ("remedy", "help helped relief geholfen aidé soulagé ayudó alivio aiutato geholpen"),
    ("severity", "bad severe painful intense intensity stark schlimm douloureux fuerte forte erg"),
    ("duration_min", "long last lasted duration dauerte duré duró durato duurde"),
    ("side", "side seite côté lado lato kant"),
    ("location", "where muscle body wo où dónde dove waar"),
    ("notes", "else noticed notice notes comments sonst remarqué notado notato opgemerkt"),
))

def header_key(name: str) -> str:
    """'Duration (min)' -> 'duration'; 'Body-part ' -> 'bodypart': lower case, no units, letters and digits only."""
    without_units = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", str(name))
    return re.sub(r"[\W_]", "", without_units.casefold())


_KEY_TO_COLUMN: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column, *HEADER_SYNONYMS.get(_column, ())):
        _KEY_TO_COLUMN.setdefault(header_key(_name), _column)


# A form's "Timestamp" is when the answer was sent; a question about the cramp's date says more.
_TIMESTAMP_KEYS = {header_key(name) for name in ("timestamp", "time stamp", "zeitstempel", "horodateur", "marca temporal",
                                                  "informazioni cronologiche", "tijdstempel")}
_DATE_WORDS = (frozenset({"date", "datum", "fecha", "data"}), frozenset({"day", "tag", "jour", "día", "giorno", "dag"}),
               frozenset({"when", "wann", "quand", "cuándo", "quando", "wanneer"}))  # best first
_CLOCK_WORDS = {"time", "hour", "clock"}


def is_timestamp(header: str) -> bool:
    return header_key(header) in _TIMESTAMP_KEYS


def date_phrase_rank(header: str) -> int | None:
    """0 for a name with the word "date" ("Date of cramp"), 1 "day", 2 "when"; None for other names,
    for names of another column ("Time of day") and for clock questions ("When did it start (time)")."""
    if _KEY_TO_COLUMN.get(header_key(header), "date") != "date" or question_column(header) is not None:
        return None
    words = _words(header)
    ranks = [rank for rank, group in enumerate(_DATE_WORDS) if words & group]
    if not ranks or (ranks[0] > 0 and words & _CLOCK_WORDS):
        return None
    return ranks[0]


def _words(header: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", str(header).casefold()))


def question_column(header: str) -> str | None:
    """The column a question-like header asks about, by its key words; None when no rule applies."""
    words = _words(header)
    if len(words) < 2:  # a single word is a name, matched by the synonyms, not a question
        return None
    return next((column for column, keys in _QUESTION_WORDS if words & keys), None)


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
