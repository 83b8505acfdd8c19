"""Which symptom, activity or tracked-item names mean a muscle cramp.

Other apps have no "cramp" field: a cramp is one name among many that the user typed. By default a name means
a muscle cramp when it holds a cramp word in one of the app's languages and no word for a stomach, belly,
gastric, intestinal, abdominal, menstrual, period, premenstrual (PMS), uterine or ovulation cramp. The user can
choose other names (the upload page's ticks, `--symptom NAME`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number
from cramplog.read.lexicon.cramps import CRAMP_WORDS, GUT_WORDS, LEFT_OUT_BECAUSE, NOT_MUSCLE_WORDS, SPASM_WORDS
from cramplog.read.lexicon.normal import key
from cramplog.read.problems import quoted

_CRAMP = re.compile("|".join(re.escape(w) for w in CRAMP_WORDS))
_NOT_MUSCLE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(NOT_MUSCLE_WORDS) + ")")  # at a word's start
_GUT = re.compile(r"(?<![^\W\d_])(?:" + "|".join(GUT_WORDS) + ")")
_SPASM = re.compile("|".join(SPASM_WORDS))


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


# What a format calls its named rows -> (no chosen name is in the file, no name looks like a cramp).
_NONE_MATCH = {
    "symptom": (tr_later("No symptom in this file is called {names}, so nothing was loaded."),
                tr_later("No symptom name in this file looks like a muscle cramp, so nothing was loaded.")),
    "activity": (tr_later("No activity in this file is called {names}, so nothing was loaded."),
                 tr_later("No activity name in this file looks like a muscle cramp, so nothing was loaded.")),
    "condition, symptom or tag": (
        tr_later("No condition, symptom or tag in this file is called {names}, so nothing was loaded."),
        tr_later("No condition, symptom or tag name in this file looks like a muscle cramp, so nothing was loaded.")),
}


def nothing_matches(found: Mapping[str, int], what: str, chosen: Iterable[str] | None = None) -> str:
    """The message for a file where no name is a cramp: the names chosen that it lacks, every name found, the names
    that could be a muscle cramp or spasm, the cramp names left out on purpose and why, and how to choose.
    `what`: "symptom", "activity" or "condition, symptom or tag"."""
    missing = unmatched(found, chosen)
    called, looks = _NONE_MATCH[what]
    said = [tr(called, names=_quoted(missing)) if missing else tr(looks), _names_found(found)]
    could = could_be_cramps(found)
    if could:
        said.append(tr("{names} could be a muscle cramp or spasm.", names=_quoted(could[:5], "and")))
    said += _left_out(found) if chosen is None else []  # names the user chose left nothing out by the rule
    said.append(tr("Tick the names that are your muscle cramps on the upload page, or on the command line pass "
                   "--symptom NAME for each (for example --symptom \"{name}\").", name=could[0]) if could else
                tr("Tick the names that are your muscle cramps on the upload page, or on the command line pass "
                   "--symptom NAME for each."))
    return " ".join(said)


def _names_found(found: Mapping[str, int]) -> str:
    """"The names found are: Leg cramps (12), Headache (3) and 31 more."; the 30 with most rows, then the count."""
    if not found:
        return tr("The names found are: none.")
    listed = ", ".join(f"{name} ({number(rows)})" for name, rows in sorted(found.items(), key=lambda kv: -kv[1])[:30])
    if len(found) > 30:
        listed = tr("{names} and {count} more", names=listed, count=number(len(found) - 30))
    return tr("The names found are: {names}.", names=listed)


def could_be_cramps(found: Mapping[str, int]) -> list[str]:
    """The names, most rows first, that could be a muscle cramp or spasm: a cramp or spasm word, no stomach or period
    word ("Muscle spasms", "Leg cramps"; not "Stomach cramps", "Anxiety")."""
    names = sorted(found, key=lambda name: -found[name])
    return [name for name in names if (_CRAMP.search(name.casefold()) or _SPASM.search(name.casefold()))
            and not _NOT_MUSCLE.search(name.casefold())]


def _left_out(found: Mapping[str, int]) -> list[str]:
    """"Left out on purpose, as cramps not of a muscle: “Stomach cramps” (stomach, belly or abdominal).": the names
    with a cramp word and a stomach or period word, and which kind each is."""
    names = [name for name in found if (_CRAMP.search(name.casefold()) or _SPASM.search(name.casefold()))
             and _NOT_MUSCLE.search(name.casefold())]
    if not names:
        return []
    why = [f"{quoted(name)} ({tr(LEFT_OUT_BECAUSE['gut' if _GUT.search(name.casefold()) else 'period'])})"
           for name in names[:10]]
    return [tr("Left out on purpose, as cramps not of a muscle: {names}.", names=", ".join(why))]


def some_unmatched(found: Mapping[str, int], chosen: Iterable[str] | None) -> str | None:
    """The warning for chosen names the file lacks while others matched (a typo would otherwise go unnoticed)."""
    missing = unmatched(found, chosen)
    if not missing:
        return None
    return tr("No name in this file is called {missing}; the other names you chose were read as cramps. The names "
              "found are: {names}.", missing=_quoted(missing), names=", ".join(list(found)[:30]))


def _quoted(names: list[str], joined: str = "or") -> str:
    """“A”, “A” or “B”, “A”, “B” or “C” (or “and”)."""
    said = [quoted(name) for name in names]
    if len(said) == 1:
        return said[0]
    if joined == "and":
        return tr("{names} and {last}", names=", ".join(said[:-1]), last=said[-1])
    return tr("{names} or {last}", names=", ".join(said[:-1]), last=said[-1])
