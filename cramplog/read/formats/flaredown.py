"""Flaredown's research export: one row per person x day x tracked item, for many people in one file.

Conditions, symptoms and tags carry names; treatments, foods and weather are other things. Condition and
symptom values are 0-4 (0 none): a value of 0 means the person checked in without that cramp, so the row is
skipped; 1-4 map onto 0-10 as x2.5 (1 2.5, 2 5, 3 7.5, 4 10), with the original value in the notes.
"""
from __future__ import annotations

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number
from cramplog.read import cramp_names
from cramplog.read.formats import base
from cramplog.read.result import Format
from cramplog.read.source import Source

NAME = Format.FLAREDOWN
_HEADER = ("userid", "checkindate", "trackabletype", "trackablename", "trackablevalue")
NAMED_TYPES = ("condition", "symptom", "tag")
PERSON_KEYS = ("userid",)  # the columns naming whose row it is
CHOOSING_KEYS = (*PERSON_KEYS, "trackabletype")  # header keys of the columns that choose the rows kept
SCALE = {"1": "2.5", "2": "5", "3": "7.5", "4": "10"}


def recognise(keys: list[str]) -> bool:
    return set(_HEADER) <= set(keys)


def adapt(source: Source, choices: base.Choices) -> base.Adapted:
    col = source.by_key()
    who = base.one_person(col["userid"], choices, col["checkindate"])
    mine, people = who.mine, who.rows
    kind, name = col["trackabletype"], col["trackablename"]
    spelled = base.one_spelling(name)
    level = col["trackablevalue"].str.replace(r"\.0+$", "", regex=True)
    named = kind.str.casefold().isin(NAMED_TYPES).to_numpy(bool)
    found = base.name_counts(spelled[mine & named])
    used = cramp_names.names_used(found, choices.names)
    chosen = named & spelled.isin(used).to_numpy(bool)
    none = level.eq("0").to_numpy(bool)
    cramp = mine & chosen & ~none
    skipped = {tr(base.ANOTHER_PERSON): int((~mine).sum()),
               **base.reasons(kind, mine & ~named, tr_later("a {label} row (not a condition, symptom or tag)"),
                              tr_later("an {label} row (not a condition, symptom or tag)")),
               tr("a condition, symptom or tag not chosen as a cramp"): int((mine & named & ~chosen).sum()),
               tr("a cramp tracked as 0 (none that day)"): int((mine & chosen & none).sum())}
    pick = base.kept(cramp)
    level = pick(level)
    notes = base.joined("Flaredown " + pick(kind).str.lower() + ": " + pick(name),
                        ("level " + level + " of 0-4").where(level.ne(""), ""))
    cells = {"date": pick(col["checkindate"]), "severity": level.map(SCALE).fillna(""), "notes": notes,
             "location": base.place_in_name(pick(name))}
    return base.finish(cramp, skipped, cells, chosen=choices.names, what="condition, symptom or tag", names_found=found,
                       kept_dates=col["checkindate"][mine],  # a check-in, even with the cramp at 0, is a kept day
                       names_used=used, **who.found(),
                       columns=base.columns_of(source, {"checkindate": "date", "trackablevalue": "severity",
                                                        "trackablename": "notes"}),
                       summary=base.counted(base.from_people(tr(
                           "A Flaredown export: {rows} rows of tracked items", rows=number(source.rows)), people),
                           int(cramp.sum()), people, choices))
