"""Bearable (Settings > Export data > CSV): one row per reading, of which Symptom rows name a symptom.

`detail` holds the symptom's name and its level in brackets ("Leg cramps (Moderate)"); `rating/amount` the
level as 1-3 (a 4th level is mapped in case it exists). `time of day` is a clock time or a part of the day
(pre, am, mid, pm, all day), which becomes a note. Severity: Mild 3, Moderate 6, Severe 9, (4th) 10 on 0-10.
"""
from __future__ import annotations

from cramplog.read import cramp_names
from cramplog.read.formats import base
from cramplog.read.source import Source

NAME = "Bearable"
_HEADER = ("date", "timeofday", "category", "ratingamount", "detail")
LEVELS = {"mild": "3", "moderate": "6", "severe": "9", "extreme": "10", "unbearable": "10"}
RATINGS = {"1": "3", "2": "6", "3": "9", "4": "10"}
_LEVEL_AT_END = r"\s*\(([^()]*)\)\s*$"


def recognise(keys: list[str]) -> bool:
    return set(_HEADER) <= set(keys)


def adapt(source: Source, choices: base.Choices) -> base.Adapted:
    col = source.by_key()
    category, detail, rating = col["category"], col["detail"], col["ratingamount"]
    symptom = category.str.casefold().eq("symptom").to_numpy(bool)
    level = detail.str.extract(_LEVEL_AT_END)[0].fillna("")
    known = level.str.casefold().isin(list(LEVELS)).to_numpy(bool)
    name = detail.where(~known, detail.str.replace(_LEVEL_AT_END, "", regex=True)).str.strip()
    found = base.name_counts(name[symptom])
    used = cramp_names.names_used(found, choices.names)
    cramp = symptom & name.isin(used).to_numpy(bool)
    skipped = {"a symptom not chosen as a cramp": int((symptom & ~cramp).sum()),
               **base.reasons(category, ~symptom, "{} reading (not a symptom)")}
    pick = base.kept(cramp)
    when, rating, detail = pick(col["timeofday"]), pick(rating), pick(detail)
    clock = when.str.contains(r"\d", regex=True)
    severity = pick(level).str.casefold().map(LEVELS).fillna(rating.map(RATINGS)).fillna("")
    notes = base.joined("Bearable: " + detail + (", rating " + rating).where(rating.ne(""), ""),
                        ("part of the day: " + when).where(~clock & when.ne(""), ""), pick(col["notes"]))
    cells = {"date": pick(col["date"]), "time": when.where(clock, ""), "severity": severity, "notes": notes,
             "location": base.place_in_name(pick(name))}
    used_columns = base.columns_of(source, {"date": "date", "timeofday": "time", "ratingamount": "severity",
                                            "detail": "notes", "notes": "notes"})  # detail: location too
    return base.finish(cramp, skipped, cells, columns=used_columns, names_found=found, names_used=used,
                       summary=f"A Bearable export: {source.rows:,} readings, {int(cramp.sum()):,} of them a cramp "
                               "symptom")
