"""Which symptom, activity or tracked-item names mean a muscle cramp.

Other apps have no "cramp" field: a cramp is one name among many that the user typed. By default a name means
a muscle cramp when it holds a cramp word in one of the app's languages and no word for a stomach, belly,
gastric, intestinal, abdominal, menstrual, period, premenstrual (PMS), uterine or ovulation cramp. The user can
choose other names (the upload page's ticks, `--symptom NAME`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from cramplog.read.lexicon.cramps import CRAMP_WORDS, NOT_MUSCLE_WORDS
from cramplog.read.lexicon.normal import key

_CRAMP = re.compile("|".join(re.escape(w) for w in CRAMP_WORDS))
_NOT_MUSCLE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(NOT_MUSCLE_WORDS) + ")")  # at a word's start


def is_muscle_cramp(name: str) -> bool:
    """'Leg cramps', 'Wadenkrampf', 'charley horse' yes; 'Stomach cramps', 'Menstrual cramps', 'Headache' no."""
    text = str(name).casefold()
    return bool(_CRAMP.search(text)) and not _NOT_MUSCLE.search(text)


def names_used(found: Mapping[str, int], chosen: Iterable[str] | None) -> list[str]:
    """The names found that count as cramps: the chosen ones (compared without case and spacing), or by default
    those `is_muscle_cramp` accepts."""
    if chosen is None:
        return [name for name in found if is_muscle_cramp(name)]
    wanted = {key(name) for name in chosen}
    return [name for name in found if key(name) in wanted]


def unmatched(found: Mapping[str, int], chosen: Iterable[str] | None) -> list[str]:
    """The chosen names that name nothing in the file (compared without case and spacing)."""
    keys = {key(name) for name in found}
    return [name for name in chosen or () if key(name) not in keys]


def nothing_matches(found: Mapping[str, int], what: str, chosen: Iterable[str] | None = None) -> str:
    """The message for a file where no name is a cramp: the names chosen that it lacks, every name found, and how
    to choose."""
    listed = ", ".join(f"{name} ({rows:,})" for name, rows in sorted(found.items(), key=lambda kv: -kv[1])[:30])
    more = f" and {len(found) - 30:,} more" if len(found) > 30 else ""
    missing = unmatched(found, chosen)
    if missing:
        why = (f"No {what} in this file is called {_quoted(missing)}, so nothing was loaded.")
    else:
        why = f"No {what} name in this file looks like a muscle cramp, so nothing was loaded."
    return (f"{why} The names found are: {listed or 'none'}{more}. Tick the names that are your muscle cramps on "
            f"the upload page, or on the command line pass --symptom NAME for each (for example --symptom "
            f"\"{_example(found)}\").")


def some_unmatched(found: Mapping[str, int], chosen: Iterable[str] | None) -> str | None:
    """The warning for chosen names the file lacks while others matched (a typo would otherwise go unnoticed)."""
    missing = unmatched(found, chosen)
    if not missing:
        return None
    return (f"No name in this file is called {_quoted(missing)}; the other names you chose were read as cramps. "
            f"The names found are: {', '.join(list(found)[:30])}.")


def _quoted(names: list[str]) -> str:
    """“A”, “A” or “B”, “A”, “B” or “C”."""
    said = [f"“{name}”" for name in names]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]


def _example(found: Mapping[str, int]) -> str:
    return max(found, key=found.get) if found else "Leg cramps"
