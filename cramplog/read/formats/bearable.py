"""Bearable (Settings > Export data > CSV): one row per reading, of which Symptom rows name a symptom.

`detail` holds the symptom's name and its level in brackets ("Leg cramps (Moderate)"); `rating/amount` the
level as 1-3 (a 4th level is mapped in case it exists). `time of day` is a clock time or a part of the day
(pre, am, mid, pm, all day), which becomes a note; one symptom's parts of one day are one entry.
Severity: Mild 3, Moderate 6, Severe 9, (4th) 10 on 0-10.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from cramplog.read import cramp_names
from cramplog.read.formats import base
from cramplog.read.source import Source

NAME = "Bearable"
_HEADER = ("date", "timeofday", "category", "ratingamount", "detail")
LEVELS = {"mild": "3", "moderate": "6", "severe": "9", "extreme": "10", "unbearable": "10"}
RATINGS = {"1": "3", "2": "6", "3": "9", "4": "10"}
_LEVEL_AT_END = r"\s*\(([^()]*)\)\s*$"


SAME_DAY = "the same cramp in another part of the same day (one entry per day)"


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
    severity = level.str.casefold().map(LEVELS).fillna(rating.map(RATINGS)).fillna("")
    chosen = cramp
    cramp, parts, severity = _one_per_day(col["date"], name, col["timeofday"], severity, cramp)
    skipped[SAME_DAY] = int((chosen & ~cramp).sum())
    pick = base.kept(cramp)
    when, rating, detail, parts = pick(col["timeofday"]), pick(rating), pick(detail), pick(parts)
    clock = when.str.contains(r"\d", regex=True)
    notes = base.joined("Bearable: " + detail + (", rating " + rating).where(rating.ne(""), ""),
                        ("part of the day: " + parts).where(parts.ne(""), ""), pick(col["notes"]))
    cells = {"date": pick(col["date"]), "time": when.where(clock, ""), "severity": pick(severity), "notes": notes,
             "location": base.place_in_name(pick(name))}
    used_columns = base.columns_of(source, {"date": "date", "timeofday": "time", "ratingamount": "severity",
                                            "detail": "notes", "notes": "notes"})  # detail: location too
    return base.finish(cramp, skipped, cells, columns=used_columns, names_found=found, names_used=used,
                       summary=f"A Bearable export: {source.rows:,} readings, {int(chosen.sum()):,} of them a cramp "
                               "symptom")


def _one_per_day(date: pd.Series, name: pd.Series, when: pd.Series, severity: pd.Series, cramp: np.ndarray):
    """Bearable writes a row for each part of the day (pre, am, mid, pm, all day) a symptom lasted: those rows of
    one symptom on one day are one cramp entry, the first row, with every part named and the highest level.
    Rows with a clock time stay separate entries. Returns (rows kept, their parts of the day, severity)."""
    at = np.flatnonzero(cramp)
    part = when.iloc[at].ne("").to_numpy(bool) & ~when.iloc[at].str.contains(r"\d", regex=True).to_numpy(bool)
    rows = at[part]
    if not len(rows):
        return cramp, pd.Series("", index=date.index), severity
    groups = pd.DataFrame({"date": date.iloc[rows].to_numpy(), "name": name.iloc[rows].to_numpy(),
                           "part": when.iloc[rows].to_numpy(), "level": pd.to_numeric(severity.iloc[rows]).to_numpy()},
                          index=rows)
    by_day = groups.groupby(["date", "name"], sort=False)
    first = ~groups.duplicated(["date", "name"]).to_numpy(bool)
    cramp = cramp.copy()
    cramp[rows[~first]] = False
    parts = pd.Series("", index=date.index, dtype="str")
    parts.iloc[rows] = by_day["part"].transform(lambda p: ", ".join(dict.fromkeys(p))).to_numpy()
    highest = by_day["level"].transform("max").to_numpy()
    severity = severity.copy()
    severity.iloc[rows] = pd.Series(highest).map(lambda v: "" if pd.isna(v) else f"{v:g}").to_numpy()
    return cramp, parts, severity
