"""The report's "Notable" box: what a clinician should see first. What changed over the diary (the weekly
rate, a body region that is new), the companions with their bases (twitching, weakness), and the reasons to
see a doctor found in it. Words only; the numbers come from cramplog.analyse, as everywhere else."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from cramplog.analyse import doctor, indicators
from cramplog.analyse.periods import Period
from cramplog.base.words import n_entries, number, plural
from cramplog.present.wording import day_text, pct
from cramplog.schema import BY_NAME


@dataclass(frozen=True)
class NotableReason:
    text: str
    entries: str  # "7 entries"
    source: str
    how_soon: str | None  # straight away / within a day or two / at an ordinary appointment, once rules carry it


def how_soon(reason: doctor.Reason) -> str | None:
    """HOW SOON SPOT: each reason's urgency, in the guidance's own words, once the doctor rules carry one
    (issue 18 adds it to data/doctor_rules.toml and to `doctor.Reason`). Until then there is none to show, and
    the report says nothing rather than guess."""
    return getattr(reason, "how_soon", None) or None


def _course(df: pd.DataFrame, period: Period | None) -> str | None:
    t = indicators.trend(df, period)
    if t.direction == indicators.Direction.TOO_LITTLE:
        return None
    said = {"rising": "rising", "falling": "falling"}.get(t.direction.value, "steady")
    return (f"Cramps a week: {said}, {number(t.earlier)} → {number(t.later)} (the earlier against the later half "
            f"of {plural(t.weeks, 'week')}).")


def _new_places(df: pd.DataFrame) -> str | None:
    later = indicators.new_regions(df)
    if not later:
        return None
    listed = ", ".join(f"{region} (first {day_text(day)})" for region, day in later.items())
    return f"New place after the first month: {listed}."


def companion(df: pd.DataFrame, column: str) -> str:
    """"Twitching noted in 12 of 192 entries that say yes or no (6%)": every count with its base."""
    label = BY_NAME[column].label
    c = indicators.count(df, column)
    if not c.of:
        return f"{label}: not recorded."
    return f"{label} noted in {c.n:,} of {n_entries(c.of)} that say yes or no ({pct(c.n, c.of)})."


def changes(df: pd.DataFrame, period: Period | None) -> list[str]:
    """What changed and what came with the cramps, in the order a clinician reads them."""
    found = [_course(df, period), _new_places(df), companion(df, "twitching"), companion(df, "weakness")]
    return [line for line in found if line]


def reasons(df: pd.DataFrame, reword) -> list[NotableReason]:
    """The reasons to see a doctor found in the diary, worded by `reword` (the report's third person)."""
    return [NotableReason(reword(r.reason), n_entries(r.entries), r.source, how_soon(r))
            for r in doctor.see_a_doctor(df)]
