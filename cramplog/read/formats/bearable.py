"""Bearable (Settings > Export data > CSV): one row per reading, of which Symptom rows name a symptom.

`detail` holds the symptom's name and its level in brackets ("Leg cramps (Moderate)"); `rating/amount` the
level as 1-3 (a 4th level is mapped in case it exists). `time of day` is a clock time or a part of the day
(pre, am, mid, pm, all day), which becomes a note; one symptom's parts of one day are one entry, with the day's
highest level, each part's own level and every row's note in its note.
Severity: Mild 3, Moderate 6, Severe 9, (4th) 10 on 0-10.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number
from cramplog.read import cramp_names
from cramplog.read.formats import base
from cramplog.read.result import Format
from cramplog.read.source import Source

NAME = Format.BEARABLE
_HEADER = ("date", "timeofday", "category", "ratingamount", "detail")
LEVELS = {"mild": "3", "moderate": "6", "severe": "9", "extreme": "10", "unbearable": "10"}
RATINGS = {"1": "3", "2": "6", "3": "9", "4": "10"}
_LEVEL_AT_END = r"\s*\(([^()]*)\)\s*$"


CHOOSING_KEYS = ("category",)  # header keys of the columns that choose the rows kept (not read into the diary)
SAME_DAY = tr_later("the same cramp in another part of the same day (one entry per day)")


def recognise(keys: list[str]) -> bool:
    return set(_HEADER) <= set(keys)


def adapt(source: Source, choices: base.Choices) -> base.Adapted:
    col = source.by_key()
    category, detail, rating = col["category"], col["detail"], col["ratingamount"]
    symptom = category.str.casefold().eq("symptom").to_numpy(bool)
    level = detail.str.extract(_LEVEL_AT_END)[0].fillna("")
    known = level.str.casefold().isin(list(LEVELS)).to_numpy(bool)
    name = base.one_spelling(detail.where(~known, detail.str.replace(_LEVEL_AT_END, "", regex=True)).str.strip())
    found = base.name_counts(name[symptom])
    used = cramp_names.names_used(found, choices.names)
    cramp = symptom & name.isin(used).to_numpy(bool)
    skipped = {tr("a symptom not chosen as a cramp"): int((symptom & ~cramp).sum()),
               **base.reasons(category, ~symptom, tr_later("a {label} reading (not a symptom)"),
                              tr_later("an {label} reading (not a symptom)"))}
    said = pd.DataFrame({
        "head": "Bearable: " + detail + (", rating " + rating).where(rating.ne(""), ""), "name": name,
        "level": base.joined(level.where(known, ""), ("rating " + rating).where(rating.ne(""), ""), sep=", "),
        "severity": level.str.casefold().map(LEVELS).fillna(rating.map(RATINGS)).fillna(""), "note": col["notes"]})
    chosen = cramp
    cramp, said = _one_per_day(col["date"], col["timeofday"], said, cramp)
    skipped[tr(SAME_DAY)] = int((chosen & ~cramp).sum())
    pick = base.kept(cramp)
    when = pick(col["timeofday"])
    cells = {"date": pick(col["date"]), "time": when.where(when.str.contains(r"\d", regex=True), ""),
             "severity": pick(said["severity"]), "notes": base.joined(pick(said["head"]), pick(said["parts"]),
                                                                      pick(said["note"])),
             "location": base.place_in_name(pick(name))}
    used_columns = base.columns_of(source, {"date": "date", "timeofday": "time", "ratingamount": "severity",
                                            "detail": "notes", "notes": "notes"})  # detail: location too
    return base.finish(cramp, skipped, cells, chosen=choices.names, columns=used_columns, names_found=found, names_used=used,
                       kept_dates=col["date"],  # a reading of any kind shows the app was used that day
                       summary=tr("A Bearable export: {readings} readings, {cramps} of them a cramp symptom",
                                  readings=number(source.rows), cramps=number(int(chosen.sum()))))


def _one_per_day(date: pd.Series, when: pd.Series, said: pd.DataFrame, cramp: np.ndarray):
    """Bearable writes a row for each part of the day (pre, am, mid, pm, all day) a symptom lasted: those rows of
    one symptom on one day are one cramp entry, the first row, with the day's highest level, a note naming every
    part with its own level, and every row's note. Rows with a clock time stay separate entries.
    `said` holds per row head, name, level, severity and note; returns (rows kept, `said` with parts added)."""
    at = np.flatnonzero(cramp)
    said = said.assign(parts=("part of the day: " + when).where(when.ne("") & ~when.str.contains(r"\d"), ""))
    part = said["parts"].iloc[at].ne("").to_numpy(bool)
    rows = at[part]
    group = pd.DataFrame({"date": date.iloc[rows].to_numpy(), "name": said["name"].iloc[rows].to_numpy()}, index=rows)
    by_day = group.groupby(["date", "name"], sort=False)
    n = by_day["name"].transform("size").to_numpy()
    if not (n > 1).any():
        return cramp, said
    key = by_day.ngroup().to_numpy()
    labels = (when.iloc[rows] + (" (" + said["level"].iloc[rows] + ")").where(said["level"].iloc[rows].ne(""), ""))
    merged = pd.DataFrame({
        "head": "Bearable: " + said["name"].iloc[rows],
        "parts": "parts of the day: " + labels.groupby(key).agg(", ".join).to_numpy()[key],
        "note": said["note"].iloc[rows].groupby(key).agg(_notes).to_numpy()[key],
        "severity": pd.to_numeric(said["severity"].iloc[rows]).groupby(key).transform("max")
                    .map(lambda v: "" if pd.isna(v) else f"{v:g}").to_numpy()}, index=rows)[n > 1]
    said = said.copy()
    said.loc[merged.index, merged.columns] = merged
    cramp = cramp.copy()
    cramp[rows[group.duplicated(["date", "name"]).to_numpy(bool)]] = False
    return cramp, said


def _notes(texts: pd.Series) -> str:
    """Every row's note, each once, in the order written."""
    return "; ".join(dict.fromkeys(t for t in texts if t))
