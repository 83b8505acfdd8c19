"""The canonical diary: one row per cramp, its columns, vocabularies and dtypes.

Every part of CrampLog (loader, statistics, figures, report, export) speaks this one shape. Its words (labels,
headings, questions and the values of every vocabulary) are English and stay English in the diary; where they
are shown they go through `tr` (or `shown`), and `shown_texts()` lists them for the catalogues.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from cramplog.base.lang import tr

# Body regions a location is normalised to (issue 3). Order is head-to-toe for display.
REGIONS: tuple[str, ...] = (
    "tongue", "jaw", "neck", "shoulder", "upper arm", "forearm", "hand", "fingers",
    "chest", "abdomen", "back", "hip", "buttock", "thigh", "hamstring", "shin", "calf",
    "foot", "toes", "other",
)
SIDES: tuple[str, ...] = ("left", "right", "both")
CONTEXTS: tuple[str, ...] = ("asleep", "at rest", "during activity", "after activity")
TRIGGERS: tuple[str, ...] = (
    "none", "exercise", "dehydration", "heat", "new medication", "alcohol", "pregnancy", "other",
)
REMEDIES: tuple[str, ...] = ("stretching", "massage", "fluids", "heat", "medication", "none")
HELPED: tuple[str, ...] = ("yes", "partly", "no")


class Kind(StrEnum):
    """What a column holds; a str, so "yes/no" read from data compares equal."""
    DATE = "date"
    TEXT = "text"
    CHOICE = "choice"    # one of the column's `values`
    NUMBER = "number"
    YES_NO = "yes/no"


@dataclass(frozen=True)
class ColumnSpec:
    """One diary column, declared once: validators, forms and labels derive from it (the names people give it
    in six languages are in `cramplog.read.lexicon.headers`)."""
    name: str
    kind: Kind
    label: str                # how the column is named in words: the diary format, the comparison, the CLI
    values: tuple[str, ...] = ()        # the allowed values of a "choice" column
    shown_as: str = ""                  # how a value is shown: a unit or a scale
    short: str = ""                     # its heading in a narrow table (editor, report, chart data); else `label`
    question: str = ""                  # how the log form asks for it; else `label`

    @property
    def heading(self) -> str:
        return self.short or self.label

    @property
    def prompt(self) -> str:
        return self.question or self.label

    @property
    def dtype(self) -> str:
        return _DTYPE_OF_KIND[self.kind]


_DTYPE_OF_KIND = {Kind.DATE: "datetime64[us]", Kind.TEXT: "str", Kind.CHOICE: "str", Kind.NUMBER: "float64",
                  Kind.YES_NO: "boolean"}

# The canonical CSV, in this column order. `location_detail` keeps the user's own words for a
# location that did not map to a known region (region "other"), so nothing typed is lost.
SPEC: tuple[ColumnSpec, ...] = (
    ColumnSpec("date", Kind.DATE, "Date"),
    ColumnSpec("time", Kind.TEXT, "Time", shown_as="HH:MM"),
    ColumnSpec("location", Kind.CHOICE, "Body region", REGIONS, short="Where", question="Where was the cramp?"),
    ColumnSpec("location_detail", Kind.TEXT, "Where exactly", question="Where exactly (your own words, optional)"),
    ColumnSpec("side", Kind.CHOICE, "Side", SIDES),
    ColumnSpec("severity", Kind.NUMBER, "Severity", shown_as="0–10",
               question="How bad (0 = none, 10 = worst you can imagine); not noted unless you choose"),
    ColumnSpec("duration_min", Kind.NUMBER, "Duration", shown_as="minutes", short="Minutes",
               question="How long, in minutes"),
    ColumnSpec("context", Kind.CHOICE, "What you were doing", CONTEXTS, short="When", question="What were you doing?"),
    ColumnSpec("trigger", Kind.CHOICE, "Possible trigger", TRIGGERS, short="Trigger"),
    ColumnSpec("remedy", Kind.CHOICE, "Remedy", REMEDIES, question="What did you try?"),
    ColumnSpec("remedy_helped", Kind.CHOICE, "Did it help", HELPED, short="Helped", question="Did it help?"),
    ColumnSpec("twitching", Kind.YES_NO, "Twitching", question="Twitching in the muscle"),
    # Weakness still there the next day: a muscle can stay sore for up to a day after any cramp (NHS), and
    # soreness is not weakness, so the question asks about the next day.
    ColumnSpec("weakness", Kind.YES_NO, "Weakness the next day", short="Weakness",
               question="Weakness still there the next day (harder to grip, lift or walk; not just soreness)"),
    ColumnSpec("stiffness_after", Kind.YES_NO, "Stiffness afterwards", short="Stiff after", question="Stiffness"),
    ColumnSpec("numbness", Kind.YES_NO, "Numbness", question="Numbness or loss of feeling"),
    ColumnSpec("swelling", Kind.YES_NO, "Swelling or redness", short="Swelling",
               question="Swelling, redness or warmth in that part"),
    ColumnSpec("notes", Kind.TEXT, "Notes", question="Notes (optional)"),
)
BY_NAME: dict[str, ColumnSpec] = {spec.name: spec for spec in SPEC}
COLUMNS: tuple[str, ...] = tuple(spec.name for spec in SPEC)
LABELS: dict[str, str] = {spec.name: spec.label for spec in SPEC}
HEADINGS: dict[str, str] = {spec.name: spec.heading for spec in SPEC}
REQUIRED: tuple[str, ...] = ("date",)
TEXT_COLUMNS: tuple[str, ...] = tuple(s.name for s in SPEC if s.kind in (Kind.TEXT, Kind.CHOICE))
NUMBER_COLUMNS: tuple[str, ...] = tuple(s.name for s in SPEC if s.kind == Kind.NUMBER)
YES_NO_COLUMNS: tuple[str, ...] = tuple(s.name for s in SPEC if s.kind == Kind.YES_NO)
SEVERITY_RANGE = (0.0, 10.0)

# In-memory dtypes. `date` is midnight of the day; `time` is "HH:MM" text or missing.
DTYPES: dict[str, str] = {spec.name: spec.dtype for spec in SPEC}
VOCABULARIES: dict[str, tuple[str, ...]] = {spec.name: spec.values for spec in SPEC if spec.kind == Kind.CHOICE}


def empty_diary() -> pd.DataFrame:
    """A diary with every canonical column and no rows."""
    return pd.DataFrame({c: pd.Series(dtype=DTYPES[c]) for c in COLUMNS})


def conform(df: pd.DataFrame) -> pd.DataFrame:
    """Return `df` with every canonical column present, in order, with canonical dtypes.

    Missing columns are added empty; extra columns are kept after the canonical ones.
    Assumes values are already valid (the loader validates; this only shapes).
    """
    columns: dict[str, pd.Series] = {}
    for col in COLUMNS:
        dtype = DTYPES[col]
        if col not in df.columns:
            columns[col] = pd.Series(None, index=df.index, dtype=dtype)
            continue
        values = df[col]
        if col == "date":
            if values.dtype != dtype:
                values = pd.to_datetime(values, format="ISO8601").astype(dtype)
            columns[col] = values if _midnight(values) else values.dt.normalize()
        elif values.dtype == dtype:
            columns[col] = values  # already canonical (the loader's output): no costly round trip
        elif dtype == "float64":
            columns[col] = pd.to_numeric(values, errors="coerce").astype(dtype)
        else:
            columns[col] = values.astype("object").where(values.notna(), None).astype(dtype)
    for col in df.columns:
        if col not in columns:
            columns[col] = df[col]
    return pd.DataFrame(columns, copy=False).reset_index(drop=True)  # copy on write: nothing shared is changed


def _midnight(dates: pd.Series) -> bool:
    """True when every date is at midnight (NaT included): a loaded diary's, which need no normalising."""
    ticks = dates.to_numpy("datetime64[us]").view("int64")
    return bool(((ticks % 86_400_000_000 == 0) | dates.isna().to_numpy(bool)).all())


def make_diary(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Build a canonical diary from already-clean records (tests, the log form, the demo)."""
    rows = list(records)
    if not rows:
        return empty_diary()
    return conform(pd.DataFrame(rows))


def is_recorded(df: pd.DataFrame, column: str) -> bool:
    """True when the diary has the column and at least one value in it."""
    return column in df.columns and bool(df[column].notna().any())


def shown(value: object) -> str:
    """A canonical value or a column's words as a person reads them, in the language in use: "calf" -> "Wade".
    A missing value (None, NaN) reads as nothing; a value outside the vocabularies is shown as it was typed."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return tr(str(value))


def shown_texts() -> list[str]:
    """Every English text of the column spec a person reads: labels, headings, questions, scales and units,
    and every vocabulary's values (the catalogues translate them; the diary keeps them in English)."""
    words = [text for spec in SPEC for text in (spec.label, spec.short, spec.question, spec.shown_as) if text]
    words += [value for values in VOCABULARIES.values() for value in values]
    return list(dict.fromkeys(words))
