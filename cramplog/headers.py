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


def match_headers(headers: Sequence[str], mapping: Mapping[str, str] | None = None) -> dict[str, int]:
    """Canonical column -> index of the file column that fills it.

    `mapping` (file header -> canonical column, from the user's mapping step) wins over the names; the
    first file column whose name matches takes a canonical column, later ones stay unplaced.
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
    return placed
