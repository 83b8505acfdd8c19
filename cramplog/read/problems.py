"""What the loader reports about a row or a file: the severity of a problem, the problem itself and the
one wording of
the ambiguous-date warning that the loader and the command line share."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cramplog.base.lang import tr


class Severity(StrEnum):
    """A string enum, so JSON and tables show the plain word."""
    ERROR = "error"      # the row was rejected
    WARNING = "warning"  # one value was left empty or read by a stated rule (a range); the row was kept


@dataclass
class Problem:
    line: int | None  # line (or sheet row) where the record starts, the header is line 1; None for the whole file
    column: str | None
    value: str
    severity: Severity
    message: str

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "value": self.value,
                "severity": str(self.severity), "message": self.message}


def ambiguous_dates_message(how_to_choose: str) -> str:
    """The warning for a file whose every date reads both ways; `how_to_choose` says where to pick the order."""
    return tr("Every date in the file can be read two ways (like 03/04/2026); they were read month-first "
              "(month/day/year). If yours are day-first, {how_to_choose}.", how_to_choose=how_to_choose)


def quoted(name: object) -> str:
    """A name from the file in the language's quotation marks: “Leg cramps”, „Leg cramps“, « Leg cramps »."""
    return tr("“{name}”", name=name)
