"""The report's "Notable" box: what a clinician should see first. What changed over the diary (the weekly
rate, a body region that is new) and the companions with their bases (twitching, weakness); the reasons to
see a doctor beside them are worded by present/doctor_text, by how soon. Words only; the numbers come from
cramplog.analyse, as everywhere else."""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import indicators
from cramplog.analyse.periods import Period
from cramplog.base.lang import tr, tr_n
from cramplog.base.words import number
from cramplog.present.wording import RATE_LABEL, day_text, pct
from cramplog.schema import BY_NAME


def _course(df: pd.DataFrame, period: Period | None) -> str | None:
    t = indicators.trend(df, period)
    if t.direction == indicators.Direction.TOO_LITTLE:
        return None
    said = tr(t.direction.value)  # rising, falling or steady: English in the data, translated here
    return tr_n(t.weeks, "{rate}: {said}, {earlier} → {later} (the earlier against the later half of {n} week).",
                "{rate}: {said}, {earlier} → {later} (the earlier against the later half of {n} weeks).",
                rate=tr(RATE_LABEL), said=said, earlier=number(t.earlier), later=number(t.later))


def _new_places(df: pd.DataFrame) -> str | None:
    later = indicators.new_regions(df)
    if not later:
        return None
    listed = ", ".join(tr("{region} (first {day})", region=tr(region), day=day_text(day))
                       for region, day in later.items())
    return tr("New place after the first month: {places}.", places=listed)


def companion(df: pd.DataFrame, column: str) -> str:
    """"Twitching noted in 12 of 192 entries that say yes or no (6%)": every count with its base."""
    label = tr(BY_NAME[column].label)
    c = indicators.count(df, column)
    if not c.of:
        return tr("{label}: not recorded.", label=label)
    return tr_n(c.of, "{label} noted in {count} of {n} entry that says yes or no ({share}).",
                "{label} noted in {count} of {n} entries that say yes or no ({share}).",
                label=label, count=number(c.n), share=pct(c.n, c.of))


def changes(df: pd.DataFrame, period: Period | None) -> list[str]:
    """What changed and what came with the cramps, in the order a clinician reads them."""
    found = [_course(df, period), _new_places(df), companion(df, "twitching"), companion(df, "weakness")]
    return [line for line in found if line]
