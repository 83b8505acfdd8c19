"""Symptom Shark (MyDataHelps "Symptom Logs" export): one row per participant x day x symptom.

`Severity` is empty, a number 1-10 (kept as it is on 0-10) or a word: Mild 3, Moderate 6, Severe 9;
the original severity is kept in the notes.
"""
from __future__ import annotations

from cramplog.read import cramp_names
from cramplog.read.formats import base
from cramplog.read.result import Format
from cramplog.read.source import Source

NAME = Format.SYMPTOM_SHARK
_HEADER = ("participantid", "date", "symptom", "severity")
WORDS = {"mild": "3", "moderate": "6", "severe": "9"}


def recognise(keys: list[str]) -> bool:
    return set(_HEADER) <= set(keys)


def adapt(source: Source, choices: base.Choices) -> base.Adapted:
    col = source.by_key()
    ids = col["participantid"].where(col["participantid"].ne(""), col["participantidentifier"])
    mine, people, unusable = base.one_person(ids, choices)
    spelled = base.one_spelling(col["symptom"])
    found = base.name_counts(spelled[mine])
    used = cramp_names.names_used(found, choices.names)
    cramp = mine & spelled.isin(used).to_numpy(bool)
    skipped = {base.ANOTHER_PERSON: int((~mine).sum()), "a symptom not chosen as a cramp": int((mine & ~cramp).sum())}
    pick = base.kept(cramp)
    name, severity = pick(col["symptom"]), pick(col["severity"])
    notes = base.joined("Symptom Shark: " + name, ("severity " + severity).where(severity.ne(""), ""), sep=", ")
    cells = {"date": pick(col["date"]), "severity": severity.str.casefold().map(WORDS).fillna(severity),
             "notes": notes, "location": base.place_in_name(name)}
    return base.finish(cramp, skipped, cells, chosen=choices.names, names_found=found, names_used=used, unusable=unusable,
                       people=people if len(people) > 1 else None,
                       columns=base.columns_of(source, {"date": "date", "severity": "severity", "symptom": "notes"}),
                       summary=f"A Symptom Shark export: {source.rows:,} symptom rows"
                               + (f" from {len(people):,} people" if len(people) > 1 else "")
                               + base.counted(int(cramp.sum()), people, choices))
