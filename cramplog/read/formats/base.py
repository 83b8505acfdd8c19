"""What every format adapter takes and gives back, and the helpers they share.

An adapter is a module with `NAME`, `recognise(keys) -> bool` (keys: the header names after `header_key`)
and `adapt(source, choices) -> Adapted`. It picks the rows that are cramps, counts every other row by
reason, and turns its columns into the canonical columns' texts; the loader then reads those texts exactly as
it reads a diary table's, so validation and row accounting are the same for every format.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from cramplog.read import cramp_names
from cramplog.read import parse_values as values
from cramplog.read.convert_cells import Finding
from cramplog.read.lexicon.cramps import NAME_FILLER
from cramplog.read.lexicon.normal import header_key, key
from cramplog.read.source import Source
from cramplog.read.text_table import TextColumn

# Skip reasons say what one row is, whatever the count: "3 — a symptom not chosen as a cramp".
ANOTHER_PERSON = "a row of another person in the file"


@dataclass(frozen=True)
class Choices:
    """What the user told the loader (page or command line); None means "work it out"."""
    date_order: str | None = None
    mapping: Mapping[str, str] | None = None  # file header -> canonical column
    names: tuple[str, ...] | None = None      # the names that are muscle cramps; None: the default rule
    person: str | None = None                 # whose diary, in a file holding several people


@dataclass
class Adapted:
    cells: dict[str, TextColumn]       # canonical column -> its texts, one per kept row
    keep: np.ndarray | slice           # the source rows that are cramps (positions, or every row)
    columns: dict[str, str]            # source header -> the canonical column it fills
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> rows, for the rows not kept
    names_found: dict[str, int] | None = None  # name -> rows, for formats whose rows carry names
    names_used: list[str] | None = None
    people: dict[str, int] | None = None       # person -> rows, for a file holding several people
    extra: list[tuple[str, TextColumn]] = field(default_factory=list)  # (header, texts) kept as written (diary tables)
    unused: list[str] | None = None    # headers that fill no column; None: every header not in `columns`
    unusable: str | None = None
    date_hint: str | None = None       # the day/month order the date column's name states
    summary: str = ""                  # what the file is, in words
    findings: list[Finding] = field(default_factory=list)  # the adapter's own warnings, per kept row


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


def one_person(ids: pd.Series, choices: Choices) -> tuple[np.ndarray, dict[str, int], str | None]:
    """(rows of the chosen person, rows per person, a message when the file holds several and none is chosen)."""
    people = name_counts(ids)
    if len(people) <= 1:
        return np.ones(len(ids), bool), people, None
    if choices.person is None:
        return np.zeros(len(ids), bool), people, (
            f"Choose whose diary this is: the file holds the diaries of {len(people):,} people. On the upload page, "
            "pick the person; on the command line, pass --person ID (`check --json` lists the IDs under \"people\"; "
            f"the person with the most rows is {max(people, key=people.get)}).")
    if choices.person not in people:
        return np.zeros(len(ids), bool), people, (
            f"Nobody in this file has the ID “{choices.person}”. It holds {len(people):,} people; "
            f"for example {', '.join(list(people)[:5])}.")
    return ids.eq(choices.person).to_numpy(bool), people, None


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


def counted(n_cramps: int, people: dict[str, int], choices: Choices) -> str:
    """", 12 of them a cramp", left out while the person whose cramps they are is not chosen yet."""
    return "" if len(people) > 1 and choices.person is None else f", {n_cramps:,} of them a cramp"


def reasons(labels: pd.Series, rows: np.ndarray, reason: str) -> dict[str, int]:
    """"a Mood reading (not a symptom)" -> rows: `reason` formatted with each distinct label of the rows marked in
    `rows`, after "a" or "an"; a row without a label is "unlabelled"."""
    counts = labels[rows].value_counts()
    out = {}
    for label, n in counts.items():
        said = reason.format(label or "unlabelled")
        out[f"{'an' if said[:1].casefold() in 'aeiou' else 'a'} {said}"] = int(n)
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
