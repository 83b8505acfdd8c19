"""Daylio (More > Export entries > CSV): one row per diary entry, with a ` | `-separated list of activities.

A cramp is an activity the user named ("leg cramp"); an entry with one of the chosen activities becomes a cramp.
The date comes from `full_date` (the `date` column has no year). Daylio has no severity; the mood, the other
activities and the note go into the notes.
"""
from __future__ import annotations

import pandas as pd

from cramplog.base.lang import tr
from cramplog.base.words import number
from cramplog.read import cramp_names
from cramplog.read.formats import base
from cramplog.read.result import Format
from cramplog.read.source import Source

NAME = Format.DAYLIO
_HEADER = ("fulldate", "date", "weekday", "time", "mood", "activities")


def recognise(keys: list[str]) -> bool:
    return set(_HEADER) <= set(keys)


def adapt(source: Source, choices: base.Choices) -> base.Adapted:
    col = source.by_key()
    written = col["activities"].str.split("|").map(lambda names: [n.strip() for n in names if n.strip()])
    distinct = pd.Series(pd.unique(written.explode().dropna()), dtype="str")
    spelled = dict(zip(distinct, base.one_spelling(distinct)))  # "Leg Cramp" is "leg cramp" when that came first
    activities = written.map(lambda names: list(dict.fromkeys(spelled[n] for n in names)))
    found = base.name_counts(activities.explode().dropna().astype("str"))  # rows per activity
    used = set(cramp_names.names_used(found, choices.names))
    cramp = activities.map(lambda names: any(n in used for n in names)).to_numpy(bool)
    pick = base.kept(cramp)
    notes = base.joined("Daylio: mood " + pick(col["mood"]), "activities: " + pick(col["activities"]).str.strip(" |"),
                        pick(col["notetitle"]), pick(col["note"]))
    first_cramp = pick(activities).map(lambda names: next((n for n in names if n in used), ""))
    cells = {"date": pick(col["fulldate"]), "time": pick(col["time"]), "notes": notes,
             "location": base.place_in_name(first_cramp)}
    return base.finish(cramp, {tr("an entry without a cramp activity"): int((~cramp).sum())}, cells, what="activity",
                       kept_dates=col["fulldate"],  # any entry shows the diary was kept that day
                       chosen=choices.names,
                       names_found=found, names_used=sorted(used),
                       columns=base.columns_of(source, {"fulldate": "date", "time": "time", "mood": "notes",
                                                        "activities": "notes", "notetitle": "notes", "note": "notes"}),
                       summary=tr("A Daylio export: {entries} entries, {cramps} of them with a cramp activity",
                                  entries=number(source.rows), cramps=number(int(cramp.sum()))))
