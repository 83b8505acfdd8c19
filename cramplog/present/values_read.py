"""How an import turned another app's words or levels into CrampLog's numbers, said in words for the import
screen and the summary's footnote (issue 23 item 12). The mappings themselves live once, in each adapter."""
from __future__ import annotations

from cramplog.base.lang import tr
from cramplog.base.words import number
from cramplog.read.formats import bearable, flaredown, symptom_shark


def _pairs(mapping: dict[str, str]) -> str:
    """"Mild → 3, Moderate → 6": the app's own words as it writes them, the numbers the local way."""
    return ", ".join(f"{word.capitalize() if word.isalpha() else word} → {number(float(value))}"
                     for word, value in mapping.items())


def values_read(format_name: str) -> str:
    """The sentence for a format that maps words or levels to numbers; "" for one that does not."""
    if format_name == bearable.NAME:
        return tr("Bearable's severity words were read as numbers on CrampLog's 0–10 scale: {levels} (ratings "
                  "{ratings}); the original level is kept in the notes.",
                  levels=_pairs(bearable.LEVELS), ratings=_pairs(bearable.RATINGS))
    if format_name == flaredown.NAME:
        return tr("Flaredown's 0–4 levels were read as numbers on CrampLog's 0–10 scale: {levels}; the original level "
                  "is kept in the notes.", levels=_pairs(flaredown.SCALE))
    if format_name == symptom_shark.NAME:
        return tr("Symptom Shark's severity words were read as numbers on CrampLog's 0–10 scale: {levels}; numbers "
                  "from 1 to 10 were kept as they are, and the original severity is kept in the notes.",
                  levels=_pairs(symptom_shark.WORDS))
    return ""
