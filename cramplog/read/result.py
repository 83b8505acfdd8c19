"""Stage 6 of loading: what came of a file, with its accounting (rows_read = loaded + rejected + skipped)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

import pandas as pd

from cramplog.base.lang import tr
from cramplog.base.words import number, plural
from cramplog.read.problems import Problem, Severity


class Format(StrEnum):
    """The kind of file a diary came from; a str, so `check --json` writes the name as before."""
    DIARY_TABLE = "diary table"  # a diary kept by hand or exported by CrampLog
    BEARABLE = "Bearable"
    DAYLIO = "Daylio"
    FLAREDOWN = "Flaredown"
    SYMPTOM_SHARK = "Symptom Shark"

    @property
    def is_app_export(self) -> bool:
        return self is not Format.DIARY_TABLE


@dataclass(kw_only=True)
class LoadResult:
    df: pd.DataFrame
    lines: pd.Series  # the file line (or sheet row) of each row of `df`
    rows_read: int = 0      # every non-blank row below the header
    rows_loaded: int = 0
    rows_rejected: int = 0  # cramp rows that could not be used (no date, too many cells), each with a problem
    rows_skipped: int = 0   # rows that are not cramps (another symptom, a mood, another person), counted by reason
    skipped: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    format: Format | None = None
    summary: str = ""       # the file in words: "A Bearable export: 1,040 readings, 37 of them a cramp symptom"
    columns: dict[str, str] = field(default_factory=dict)  # source header -> canonical column
    unplaced_columns: list[str] = field(default_factory=list)  # a diary table's columns kept as written
    choosing_columns: list[str] = field(default_factory=list)  # headers that chose the rows (category, person)
    unused_columns: list[str] = field(default_factory=list)    # headers that fill no column and choose no row
    names_found: dict[str, int] | None = None
    names_used: list[str] | None = None
    people: dict[str, int] | None = None
    people_listed: list = field(default_factory=list)  # formats.base.Person, most rows first, with their dates
    person_chosen: str | None = None  # the chosen person, as they are listed
    ambiguous_dates: bool = False  # every numeric date read either way: the order was assumed
    date_order_used: str | None = None
    unusable: str | None = None
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    days_kept: int | None = None  # days with a cramp or marked cramp-free; None when the file marks no cramp-free day
    encoding: str = ""
    delimiter: str = ""
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)

    def skipped_reasons(self) -> str:
        """"3 — a symptom not chosen as a cramp; 1 — a Mood reading (not a symptom)": the skipped rows by reason."""
        return "; ".join(f"{number(rows)} — {reason}" for reason, rows in self.skipped.items())

    def skipped_text(self) -> str:
        """"Skipped 4 rows: 3 — a symptom not chosen as a cramp; 1 — ..."; "" when no row was skipped."""
        if not self.rows_skipped:
            return ""
        return tr("Skipped {rows}: {reasons}.", rows=plural(self.rows_skipped, "row"), reasons=self.skipped_reasons())

    def dated(self) -> str:
        """"dated 2024-05-09 to 2024-06-30"; "all dated 2024-05-09" when every entry is of one day."""
        if self.first_date is None:
            return tr("with no dates")
        if self.first_date == self.last_date:
            return tr("all dated {day}", day=self.first_date)
        return tr("dated {first} to {last}", first=self.first_date, last=self.last_date)

    @property
    def warnings(self) -> int:
        return sum(p.severity == Severity.WARNING for p in self.problems)

    def problems_frame(self) -> pd.DataFrame:
        rows = [p.to_dict() for p in self.problems]
        return pd.DataFrame(rows, columns=["line", "column", "value", "severity", "message"])

    def to_json(self) -> dict:
        """The object `python -m cramplog check --json` prints."""
        out = {
            "format": self.format, "summary": self.summary, "encoding": self.encoding or None,
            **({"sheet": self.sheet} if self.sheet is not None else {"delimiter": self.delimiter or None}),
            "rows_read": self.rows_read, "rows_loaded": self.rows_loaded, "rows_rejected": self.rows_rejected,
            "rows_skipped": self.rows_skipped,
            "skipped": [{"reason": reason, "rows": rows} for reason, rows in self.skipped.items()],
            "columns": self.columns, "choosing_columns": self.choosing_columns, "unused_columns": self.unused_columns,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None, "days_kept": self.days_kept,
            "problems": [p.to_dict() for p in self.problems],
        }
        for key in ("names_found", "names_used", "people"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out
