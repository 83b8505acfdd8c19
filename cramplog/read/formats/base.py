"""What every format adapter takes and gives back, and the helpers they share.

An adapter is a module with `NAME`, `recognise(keys) -> bool` (keys: the header names after `header_key`)
and `adapt(source, choices) -> Adapted`. It picks the rows that are cramps, counts every other row by
reason, and turns its columns into the canonical columns' texts; the loader then reads those texts exactly as
it reads a diary table's, so validation and row accounting are the same for every format.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.base.words import number, plural
from cramplog.read import cramp_names
from cramplog.read import parse_dates as dates
from cramplog.read import parse_values as values
from cramplog.read.convert_cells import Finding
from cramplog.read.lexicon.cramps import NAME_FILLER
from cramplog.read.lexicon.normal import header_key, key
from cramplog.read.source import Source
from cramplog.read.text_table import TextColumn

# Skip reasons say what one row is, whatever the count: "3 — a symptom not chosen as a cramp".
ANOTHER_PERSON = tr_later("a row of another person in the file")


@dataclass(frozen=True)
class Choices:
    """What the user told the loader (page or command line); None means "work it out"."""
    date_order: str | None = None
    mapping: Mapping[str, str] | None = None  # file header -> canonical column
    names: tuple[str, ...] | None = None      # the names that are muscle cramps; None: the default rule
    person: str | None = None                 # whose diary, in a file holding several people


@dataclass(frozen=True)
class Person:
    """One person of a file of several: the key of `people`, the identifiers a person may know (the key first;
    Symptom Shark's MDH-… identifier beside its UUID), their rows and the first and last date of those rows."""
    ids: tuple[str, ...]
    rows: int
    first: dt.date | None
    last: dt.date | None

    @property
    def label(self) -> str:
        """"MDH-5826-3273 (ba9c19c4-…)": the identifier a person knows (Symptom Shark's MDH-…) first, the key in
        brackets; the key alone when the file has no other."""
        known = [i for i in self.ids[1:] if i and i != self.ids[0]]
        return f"{', '.join(known)} ({self.ids[0]})" if known else self.ids[0]

    def said(self) -> str:
        """"MDH-5826-3273: 12 rows, 2024-05-09 to 2024-06-30 (ba9c…)": the long key last, so a phone's narrow
        choice still shows the rows and dates."""
        days = (tr("no readable date") if self.first is None else str(self.first) if self.first == self.last
                else tr("{first} to {last}", first=self.first, last=self.last))
        known = self.label.removesuffix(f" ({self.ids[0]})")
        return f"{known}: {plural(self.rows, 'row')}, {days}" + (f" ({self.ids[0]})" if known != self.ids[0] else "")


@dataclass(frozen=True)
class People:
    """What `one_person` found: the chosen person's rows, rows per person, the people listed, the person chosen,
    and the message when none is chosen or the identifier names nobody."""
    mine: np.ndarray
    rows: dict[str, int]
    listed: list[Person]
    chosen: str | None
    unusable: str | None

    def found(self) -> dict:
        """The keyword arguments `finish` takes for them."""
        several = len(self.rows) > 1
        return {"people": self.rows if several else None, "people_listed": self.listed if several else [],
                "person_chosen": self.chosen, "unusable": self.unusable}


@dataclass
class Adapted:
    cells: dict[str, TextColumn]       # canonical column -> its texts, one per kept row
    keep: np.ndarray | slice           # the source rows that are cramps (positions, or every row)
    columns: dict[str, str]            # source header -> the canonical column it fills
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> rows, for the rows not kept
    names_found: dict[str, int] | None = None  # name -> rows, for formats whose rows carry names
    names_used: list[str] | None = None
    people: dict[str, int] | None = None       # person -> rows, for a file holding several people
    people_listed: list[Person] = field(default_factory=list)  # the same people, most rows first, with dates
    person_chosen: str | None = None           # the chosen person as `Person.label` says them
    extra: list[tuple[str, TextColumn]] = field(default_factory=list)  # (header, texts) kept as written (diary tables)
    unused: list[str] | None = None    # headers that fill no column; None: every header not in `columns`
    unusable: str | None = None
    date_hint: str | None = None       # the day/month order the date column's name states
    summary: str = ""                  # what the file is, in words
    findings: list[Finding] = field(default_factory=list)  # the adapter's own warnings, per kept row
    kept_dates: pd.Series | None = None  # date texts of every row showing a day was kept (cramp or not); None: unknown


def texts(series: pd.Series) -> TextColumn:
    return TextColumn.of(series.reset_index(drop=True).astype("str"))


def name_counts(names: pd.Series) -> dict[str, int]:
    """name -> rows, most frequent first; empty names are not names."""
    counts = names[names.ne("")].value_counts()
    return {str(name): int(n) for name, n in counts.items()}


def one_spelling(names: pd.Series) -> pd.Series:
    """Each name as first spelled in the file, so names differing only in case or spacing are one name ("leg cramp"
    and later "Leg  Cramp" are both "leg cramp"), in the names listed and in the choice."""
    first: dict[str, str] = {}
    spelled = {name: first.setdefault(key(name), name) for name in pd.unique(names)}
    return names.map(spelled)


def one_person(ids: pd.Series, choices: Choices, days: pd.Series, others: Sequence[pd.Series] = ()) -> People:
    """Whose rows to keep in a file of several people. `ids` names each row's person (the key of `people`), `others`
    are the other identifier columns a person may know (Symptom Shark's MDH-… identifier); `choices.person` may be
    any of them, in any case (an exact match wins). `days` is the date column, for each person's first and last date."""
    people = name_counts(ids)
    if len(people) <= 1:
        return People(np.ones(len(ids), bool), people, [], None, None)
    listed = _listed(ids, others, days, people)
    if choices.person is None:
        return People(np.zeros(len(ids), bool), people, listed, None, tr(
            "Choose whose diary this is: the file holds the diaries of {people} people. On the upload page, pick the "
            "person; on the command line, pass --person with one of their identifiers, in any case.",
            people=number(len(people))))
    keys = _named(choices.person, [ids, *others], ids)
    if len(keys) != 1:
        said = (tr("Nobody in this file has the identifier “{person}” (in any case).", person=choices.person)
                if not keys else
                tr("The identifier “{person}” names {count} people in this file when case is ignored: pass it exactly "
                   "as written ({ids}).", person=choices.person, count=number(len(keys)), ids=", ".join(sorted(keys))))
        return People(np.zeros(len(ids), bool), people, listed, None, said)
    key = keys.pop()
    return People(ids.eq(key).to_numpy(bool), people, listed, next(p.label for p in listed if p.ids[0] == key), None)


def _named(wanted: str, columns: list[pd.Series], ids: pd.Series) -> set[str]:
    """The keys of the people whose identifier, in any of `columns`, is `wanted`: as written, else ignoring case."""
    wanted = wanted.strip()
    for fold in (False, True):
        keys: set[str] = set()
        for column in columns:
            distinct = pd.Series(pd.unique(column), dtype="str")
            same = distinct.str.casefold().eq(wanted.casefold()) if fold else distinct.eq(wanted)
            if same.any():
                keys |= set(ids[column.isin(distinct[same])].unique()) - {""}
        if keys:
            return keys
    return set()


def _listed(ids: pd.Series, others: Sequence[pd.Series], days: pd.Series, people: dict[str, int]) -> list[Person]:
    """Every person, most rows first, with their other identifiers and the first and last date of their rows."""
    codes, distinct = pd.factorize(days)
    parsed = dates.parse_dates(pd.Series(distinct, dtype="str")).date.to_numpy()
    frame = pd.DataFrame({"id": ids, "day": parsed[codes]} | {f"other{i}": column for i, column in enumerate(others)})
    by = frame.groupby("id", sort=False)
    span = by["day"].agg(["min", "max"]).reindex(list(people))
    also = by[[f"other{i}" for i in range(len(others))]].first().reindex(list(people)).to_numpy(str)
    return [Person((key, *also[n]), rows, _day(first), _day(last))
            for n, ((key, rows), first, last) in enumerate(zip(people.items(), span["min"], span["max"]))]


def _day(value) -> dt.date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def finish(cramp: np.ndarray, skipped: dict[str, int], cells: dict[str, pd.Series], *, what: str = "symptom",
           chosen: tuple[str, ...] | None = None, **found) -> Adapted:
    """The adapter's answer: `cramp` marks the rows kept, `skipped` counts every other row by reason, `cells`
    holds the canonical texts of the kept rows only (so a big export's other rows cost no text work); `chosen`
    the names the user chose, named in the message when none of them is in the file."""
    keep = np.flatnonzero(cramp)
    adapted = Adapted({name: texts(series) for name, series in cells.items()}, keep,
                      skipped={reason: n for reason, n in skipped.items() if n}, **found)
    if not len(keep) and adapted.unusable is None and adapted.names_found is not None and not adapted.names_used:
        adapted.unusable = cramp_names.nothing_matches(adapted.names_found, what, chosen)
    return adapted


def from_people(summary: str, people: dict[str, int]) -> str:
    """"… from 3 people" after a file's summary when it holds several people's rows."""
    return tr("{summary} from {people} people", summary=summary, people=number(len(people))) if len(people) > 1 \
        else summary


def counted(summary: str, n_cramps: int, people: dict[str, int], choices: Choices) -> str:
    """The summary of a file of tracked rows with its cramps counted: "…; 12 of the chosen person's rows are cramps"
    in a file of several people, "…, 12 of them a cramp" in a file of one; left as it is while the person whose
    cramps they are is not chosen yet."""
    if len(people) <= 1:
        return tr("{summary}, {count} of them a cramp", summary=summary, count=number(n_cramps))
    if choices.person is None:
        return summary
    return tr_n(n_cramps, "{summary}; {n} of the chosen person's rows is a cramp",
                "{summary}; {n} of the chosen person's rows are cramps", summary=summary)


def reasons(labels: pd.Series, rows: np.ndarray, after_a: str, after_an: str) -> dict[str, int]:
    """"a Mood reading (not a symptom)" -> rows: for each distinct label of the rows marked in `rows`, `after_a`
    (or `after_an` before a vowel: "an Activity reading") translated with {label} filled; a row without a label is
    "unlabelled"."""
    counts = labels[rows].value_counts()
    out = {}
    for label, n in counts.items():
        said = str(label) if label else tr("unlabelled")
        out[tr(after_an if said[:1].casefold() in "aeiou" else after_a, label=said)] = int(n)
    return out


def kept(cramp: np.ndarray):
    """A function that keeps a column's kept rows (in file order), to build the cells from."""
    at = np.flatnonzero(cramp)
    return lambda series: series.iloc[at].reset_index(drop=True)


def place_in_name(names: pd.Series) -> pd.Series:
    """The body region a cramp's name states ("Calf cramps" -> calf, "Left foot cramp" -> left foot), "" when it
    names none ("Leg cramps", "Muscle cramps"): the body map then shows what the user's own names say."""
    distinct = pd.Series(names.unique(), dtype="str")
    bare = distinct.str.casefold().str.replace(NAME_FILLER, " ", regex=True)
    places = values.locations(bare)
    known = places["region"].notna() & places["region"].ne("other")
    said = (places["side"].fillna("") + " " + places["region"]).str.strip().where(known, "")
    return names.map(dict(zip(distinct, said))).fillna("")


def columns_of(source: Source, used: Mapping[str, str]) -> dict[str, str]:
    """The file's own header names -> canonical column, from `used` (header key -> canonical column)."""
    return {name: used[header_key(name)] for name in source.headers if header_key(name) in used}


def joined(*parts: pd.Series, sep: str = "; ") -> pd.Series:
    """Row-wise join of text parts, leaving out the empty ones."""
    frame = pd.concat([p.reset_index(drop=True).fillna("").astype("str") for p in parts], axis=1)
    out = frame.iloc[:, 0]
    for i in range(1, frame.shape[1]):
        part = frame.iloc[:, i]
        out = out.where(part.eq(""), out.where(out.eq(""), out + sep) + part)
    return out
