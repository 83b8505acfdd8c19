"""Durations in words, in English, German, French, Spanish, Italian and Dutch: units, "about", "over" and ranges.

The patterns are matched against text already passed through `str.casefold`.
"""
from __future__ import annotations

import re

# Duration units in English, German, French, Spanish, Italian and Dutch -> minutes.
UNIT_WORDS = {
    60.0: "h hr hrs hour hours std stunde stunden heure heures hora horas ora ore uur u",
    1.0: "m min mins minute minutes minuten minuto minutos minuti",
    1 / 60: "s sec secs second seconds sek sekunde sekunden seconde secondes segundo segundos seg secondo secondi "
            "seconden",
}
UNITS = {word: factor for factor, words in UNIT_WORDS.items() for word in words.split()}
UNIT = "(" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*" + UNIT)
AMOUNTS = re.compile(rf"^(?:{AMOUNT.pattern}(?:\s*(?:and|und|et|y|e|en|,)?\s*))+$")
ABOUT = (r"^(?:about|around|approx\.?|approximately|roughly|ca\.?|circa|etwa|ungefähr|environ|à peu près|"
         r"unos|unas|aproximadamente|circa|verso|ongeveer|~|<|less than|under|weniger als|unter|moins de|"
         r"menos de|meno di|minder dan)\s*")
# "> 10 min", "over 10 minutes": just longer than the bound. Stored as the bound plus one minute (> 10 min -> 11,
# > 1 hour -> 61), or plus one second for a bound in seconds (> 30 sec -> 31 seconds), so the value is more than the
# bound wherever durations are compared without inflating it; a warning says what was stored.
OVER = (r"^(?:>|>=|over|more than|longer than|über|mehr als|länger als|plus de|más de|mas de|oltre|più di|"
        r"meer dan|langer dan)\s*")
# A bound written in seconds (30 sec, 1m30s) or as min:sec (1:30): "over" it adds one second, not one minute.
IN_SECONDS = re.compile(r"^\d+:\d|\d\s*(?:" + "|".join(UNIT_WORDS[1 / 60].split()) + r")(?![^\W\d_])")
# "2-3 min", "1 to 2 minutes": the middle of the range, with a warning.
RANGE = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:-|–|to|bis|à|a|tot)\s*(\d+(?:\.\d+)?)\s*" + UNIT + "?$")

