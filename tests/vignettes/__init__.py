"""Clinical vignettes (issue 18): small diaries, each with the guidance sentence it follows and the doctor
reasons and urgency it must give on the panel, in the report and in `summary --json`."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from cramplog.read.load import load_diary

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Vignette:
    name: str
    follows: str
    expected: list[tuple[str, str]]  # (rule id, urgency), most urgent first
    not_checked: list[str]
    not_checked_says: str
    csv: str

    def diary(self) -> pd.DataFrame:
        result = load_diary(self.csv.encode("utf-8"))
        assert not result.unusable and not result.rows_rejected, (self.name, result.problems[:3])
        return result.df


def vignettes() -> list[Vignette]:
    out = []
    for path in sorted(HERE.glob("*.toml")):
        v = tomllib.loads(path.read_text(encoding="utf-8"))
        out.append(Vignette(path.stem, v["follows"], [(e["id"], e["urgency"]) for e in v["expected"]],
                            v["not_checked"], v.get("not_checked_says", ""), v["diary"].lstrip("\n")))
    return out
