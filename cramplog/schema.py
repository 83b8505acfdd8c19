"""The canonical diary: one row per cramp, its columns, vocabularies and dtypes.

Every part of CrampLog (loader, statistics, figures, report, export) speaks this one shape.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

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
YES_NO_COLUMNS: tuple[str, ...] = ("twitching", "weakness", "stiffness_after")

# The canonical CSV, in this column order. `location_detail` keeps the user's own words for a
# location that did not map to a known region (region "other"), so nothing typed is lost.
COLUMNS: tuple[str, ...] = (
    "date", "time", "location", "location_detail", "side", "severity", "duration_min",
    "context", "trigger", "remedy", "remedy_helped", "twitching", "weakness",
    "stiffness_after", "notes",
)
REQUIRED: tuple[str, ...] = ("date",)
TEXT_COLUMNS: tuple[str, ...] = (
    "time", "location", "location_detail", "side", "context", "trigger", "remedy",
    "remedy_helped", "notes",
)
NUMBER_COLUMNS: tuple[str, ...] = ("severity", "duration_min")
SEVERITY_RANGE = (0.0, 10.0)

# In-memory dtypes. `date` is midnight of the day; `time` is "HH:MM" text or missing.
DTYPES: dict[str, str] = {
    "date": "datetime64[us]",
    **dict.fromkeys(TEXT_COLUMNS, "str"),
    **dict.fromkeys(NUMBER_COLUMNS, "float64"),
    **dict.fromkeys(YES_NO_COLUMNS, "boolean"),
}

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "location": REGIONS,
    "side": SIDES,
    "context": CONTEXTS,
    "trigger": TRIGGERS,
    "remedy": REMEDIES,
    "remedy_helped": HELPED,
}


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
            columns[col] = values.dt.normalize()
        elif values.dtype == dtype:
            columns[col] = values  # already canonical (the loader's output): no costly round trip
        elif dtype == "float64":
            columns[col] = pd.to_numeric(values, errors="coerce").astype(dtype)
        else:
            columns[col] = values.astype("object").where(values.notna(), None).astype(dtype)
    for col in df.columns:
        if col not in columns:
            columns[col] = df[col]
    return pd.DataFrame(columns).reset_index(drop=True)


def make_diary(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Build a canonical diary from already-clean records (tests, the log form, the demo)."""
    rows = list(records)
    if not rows:
        return empty_diary()
    return conform(pd.DataFrame(rows))


def is_recorded(df: pd.DataFrame, column: str) -> bool:
    """True when the diary has the column and at least one value in it."""
    return column in df.columns and bool(df[column].notna().any())
