"""Match a file's column names to the canonical diary columns, ignoring case, spacing, punctuation and units."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from cramplog.schema import COLUMNS

# Other names people give each column, written as they would be typed; compared after `header_key`.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("day", "timestamp", "time stamp", "datetime", "date time", "date and time", "when",
             "entry date", "datum", "date heure", "fecha", "data"),
    "time": ("hour", "clock", "time of day", "start time", "uhrzeit", "zeit", "heure", "hora"),
    "location": ("muscle", "muscles", "where", "body part", "bodypart", "place", "site", "area", "region",
                 "muscle group", "cramp location", "location of cramp", "muskel", "körperteil", "ort", "lieu",
                 "stelle", "endroit", "músculo", "musculo", "zona"),
    "location_detail": ("location details", "where exactly"),
    "side": ("which side", "left right", "left or right", "laterality", "seite", "côté", "lado"),
    "severity": ("pain", "intensity", "score", "pain level", "pain score", "how bad", "rating",
                 "severity score", "strength", "schmerz", "stärke", "intensität", "douleur", "intensité",
                 "dolor", "intensidad"),
    "duration_min": ("duration", "length", "how long", "minutes", "mins", "duration minutes",
                     "duration mins", "time it lasted", "lasted", "dauer", "durée", "duración", "duracion"),
    "context": ("activity", "situation", "doing", "what were you doing", "circumstances", "setting"),
    "trigger": ("triggers", "cause", "causes", "possible trigger", "possible cause"),
    "remedy": ("remedies", "treatment", "relief", "what i did", "action", "remedy used"),
    "remedy_helped": ("helped", "did it help", "it helped", "remedy worked", "worked", "effective"),
    "twitching": ("twitch", "twitches", "fasciculation", "fasciculations", "muscle twitching", "zuckungen", "faszikulationen"),
    "weakness": ("weak", "muscle weakness"),
    "stiffness_after": ("stiffness", "stiff after", "stiff", "stiffness afterwards", "soreness after"),
    "notes": ("note", "comments", "comment", "remarks", "details", "description", "memo", "notizen", "bemerkungen", "kommentar",
              "remarques", "notas"),
}


def header_key(name: str) -> str:
    """'Duration (min)' -> 'duration'; 'Body-part ' -> 'bodypart': lower case, no units, letters and digits only."""
    without_units = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", str(name))
    return re.sub(r"[\W_]", "", without_units.casefold())


_KEY_TO_COLUMN: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column, *HEADER_SYNONYMS.get(_column, ())):
        _KEY_TO_COLUMN.setdefault(header_key(_name), _column)


# A form's "Timestamp" is when the answer was sent; a question about the cramp's date says more.
_TIMESTAMP_KEYS = {header_key("timestamp"), header_key("time stamp")}
_DATE_WORDS = ("date", "day", "when")  # best first
_CLOCK_WORDS = {"time", "hour", "clock"}


def is_timestamp(header: str) -> bool:
    return header_key(header) in _TIMESTAMP_KEYS


def date_phrase_rank(header: str) -> int | None:
    """0 for a name with the word "date" ("Date of cramp"), 1 "day", 2 "when"; None for other names,
    for names of another column ("Time of day") and for clock questions ("When did it start (time)")."""
    if _KEY_TO_COLUMN.get(header_key(header), "date") != "date":
        return None
    words = set(re.findall(r"[^\W\d_]+", str(header).casefold()))
    ranks = [rank for rank, word in enumerate(_DATE_WORDS) if word in words]
    if not ranks or (ranks[0] > 0 and words & _CLOCK_WORDS):
        return None
    return ranks[0]


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
    mapped = set((mapping or {}).values())
    if "date" in placed and "date" not in mapped and is_timestamp(headers[placed["date"]]):
        ranked = [(rank, i) for i, h in enumerate(headers)
                  if i not in taken and (rank := date_phrase_rank(h)) is not None]
        if ranked:
            placed["date"] = min(ranked)[1]
    return placed
