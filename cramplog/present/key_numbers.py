"""The Overview's key numbers as the reader sees them: "7.4", "–", "+3", "no change", and a rate over
too few days as "3 cramps over 1 day". The numbers themselves are analyse.key_numbers.KeyNumbers, one for the
chosen period and one for the period of equal length before it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from cramplog.analyse.key_numbers import KeyNumbers
from cramplog.analyse.periods import Period
from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number, plural
from cramplog.present.wording import RATE_LABEL, count_over_days, counted_over, day_text, rate_figure


@dataclass(frozen=True)
class Measure:
    """One key number of the Overview: its label (English; shown through tr), the decimals shown and where it is
    read from."""
    label: str
    decimals: int
    value: Callable[[KeyNumbers], float | None]


RATE = Measure(RATE_LABEL, 1, lambda k: k.cramps_per_week)  # below the minimum span: "N cramps over D days"
MEASURES: tuple[Measure, ...] = (
    Measure(tr_later("Cramps"), 0, lambda k: k.entries), RATE,
    Measure(tr_later("Median severity (0–10)"), 1, lambda k: k.median_severity),
    Measure(tr_later("Median duration (min)"), 1, lambda k: k.median_duration_min),
    Measure(tr_later("Nights woken"), 0, lambda k: k.nights_woken),
    Measure(tr_later("Body regions"), 0, lambda k: k.body_regions),
)
DAYS_COVERED = tr_later("Days covered")


@dataclass(frozen=True)
class Tile:
    label: str
    shown: str
    change: str | None  # None when there is no earlier period to compare with


def counted_over_note(numbers: KeyNumbers) -> str:
    """Which days the numbers are over: "Kept on 71 of 309 days; 3 gaps (longest 118 days); rates are over the
    kept days", or, for a diary of cramps only, that every day was counted."""
    if not numbers.days_covered:
        return ""
    return counted_over(numbers.days_kept, numbers.days_covered, [gap.days for gap in numbers.gaps])


def comparison_note(start, end, diary_start) -> str:
    """One short line under the key numbers: what the small change figures compare with, or why there are none."""
    period = Period(pd.Timestamp(start), pd.Timestamp(end))
    if period.before().start >= pd.Timestamp(diary_start):
        return tr("The small number under each figure is the change against the {days} just before.",
                  days=plural(period.days, "day"))
    if period.start <= pd.Timestamp(diary_start):
        return tr("No change figures: the diary does not reach back before these dates.")
    return tr("No change figures: the diary begins on {day}, within the {days} before these dates.",
              day=day_text(diary_start), days=plural(period.days, "day"))


def number_text(value: float | None, decimals: int) -> str:
    """A key number as shown: "7.4", "7" (never "7.0"), "192", or "–" when there is nothing to show."""
    if value is None or pd.isna(value):
        return "–"
    return number(value, decimals)


def shown(measure: Measure, numbers: KeyNumbers | None, *, tile: bool = False) -> str:
    """One key number as shown: a rate below the minimum span reads "3 cramps over 1 day" ("3 in 1 day" on a
    metric tile, whose large figure has room for little more); "–" without a period."""
    if numbers is None:
        return "–"
    if measure is RATE and numbers.cramps_per_week is None and numbers.rate_days:
        return count_over_days(numbers.entries, numbers.rate_days, short=tile)
    if measure is RATE and numbers.cramps_per_week is not None:
        return rate_figure(numbers.cramps_per_week, numbers.entries)
    return number_text(measure.value(numbers), measure.decimals)


def change_text(change: float | None, decimals: int) -> str | None:
    """"+1.2" / "-3" (never "+3.0") / "no change" against the previous period; None when there was no
    previous period."""
    if change is None or pd.isna(change):
        return None
    if round(change, decimals) == 0:
        return tr("no change")
    return ("+" if change > 0 else "-") + number(abs(change), decimals)


def change_of(measure: Measure, now: KeyNumbers, before: KeyNumbers | None) -> str | None:
    """The change of one measure against the earlier period, as shown; None where either has no value."""
    later, earlier = measure.value(now), measure.value(before) if before else None
    return None if later is None or earlier is None else change_text(later - earlier, measure.decimals)


def key_numbers_text(now: KeyNumbers, before: KeyNumbers | None) -> pd.DataFrame:
    """The key numbers table as shown under the figures: "–" where there is nothing, "no change" for 0."""
    return pd.DataFrame({
        "measure": [tr(m.label) for m in MEASURES], "this_period": [shown(m, now) for m in MEASURES],
        "previous_period": [shown(m, before) for m in MEASURES],
        "change": [change_of(m, now, before) or "–" for m in MEASURES],
    })


def tiles(now: KeyNumbers, before: KeyNumbers | None) -> list[Tile]:
    """Each Overview tile. Over too few days for a rate, the rate's tile shows the days instead ("Cramps 3"
    beside "Days covered 4"), which reads better than "Cramps a week: 3 in 4 days"."""
    out = []
    for m in MEASURES:
        if m is RATE and now.cramps_per_week is None and now.rate_days:
            out.append(Tile(tr(DAYS_COVERED), number(now.rate_days), None))
        else:
            out.append(Tile(tr(m.label), shown(m, now, tile=True), change_of(m, now, before)))
    return out
