"""Symptom Shark (MyDataHelps "Symptom Logs" export): one row per participant x day x symptom.

`Severity` is empty, a number 1-10 (kept as it is on 0-10) or a word: Mild 3, Moderate 6, Severe 9;
the original severity is kept in the notes.
"""
from __future__ import annotations

from cramplog.base.lang import tr
from cramplog.base.words import number
from cramplog.read import cramp_names
from cramplog.read.formats import base
from cramplog.read.result import Format
from cramplog.read.source import Source

NAME = Format.SYMPTOM_SHARK
_HEADER = ("participantid", "date", "symptom", "severity")
PERSON_KEYS = ("participantid", "participantidentifier")  # the columns naming whose row it is (UUID, MDH-…)
CHOOSING_KEYS = PERSON_KEYS  # header keys of the columns that choose the rows kept
WORDS = {"mild": "3", "moderate": "6", "severe": "9"}


def recognise(keys: list[str]) -> bool:
    return set(_HEADER) <= set(keys)


def adapt(source: Source, choices: base.Choices) -> base.Adapted:
    col = source.by_key()
    ids = col["participantid"].where(col["participantid"].ne(""), col["participantidentifier"])
    who = base.one_person(ids, choices, col["date"], [col["participantidentifier"]])
    mine, people = who.mine, who.rows
    spelled = base.one_spelling(col["symptom"])
    found = base.name_counts(spelled[mine])
    used = cramp_names.names_used(found, choices.names)
    cramp = mine & spelled.isin(used).to_numpy(bool)
    skipped = {tr(base.ANOTHER_PERSON): int((~mine).sum()),
               tr("a symptom not chosen as a cramp"): int((mine & ~cramp).sum())}
    pick = base.kept(cramp)
    name, severity = pick(col["symptom"]), pick(col["severity"])
    notes = base.joined("Symptom Shark: " + name, ("severity " + severity).where(severity.ne(""), ""), sep=", ")
    cells = {"date": pick(col["date"]), "severity": severity.str.casefold().map(WORDS).fillna(severity),
             "notes": notes, "location": base.place_in_name(name)}
    return base.finish(cramp, skipped, cells, chosen=choices.names, names_found=found, names_used=used, **who.found(),
                       kept_dates=col["date"][mine],  # the person's daily rows: a day logged
                       columns=base.columns_of(source, {"date": "date", "severity": "severity", "symptom": "notes"}),
                       summary=base.counted(base.from_people(tr(
                           "A Symptom Shark export: {rows} symptom rows", rows=number(source.rows)), people),
                           int(cramp.sum()), people, choices))
