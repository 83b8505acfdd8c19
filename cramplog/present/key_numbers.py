"""The Overview's key numbers as the reader sees them: "7.4", "–", "+3", "no change", and a rate over
too few days as "3 cramps over 1 day". The numbers themselves come from cramplog.analyse.tables."""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import periods
from cramplog.analyse.periods import Period
from cramplog.analyse.tables import KEY_MEASURES, RATE_ROW
from cramplog.base.words import number, plural
from cramplog.present.wording import count_over_days, counted_over, day_text, rate_figure


def counted_over_note(diary: pd.DataFrame, start, end) -> str:
    """Which days the numbers of `start`..`end` are over: "Kept on 71 of 309 days; 3 gaps (longest 118 days);
    rates are over the kept days", or, for a diary of cramps only, that every day was counted."""
    period = periods.covered(diary, start, end)
    if period is None:
        return ""
    return counted_over(periods.kept_in(diary, period), period.days, [gap.days for gap in periods.gaps(diary, period)])


def comparison_note(start, end, diary_start) -> str:
    """One short line under the key numbers: what the small change figures compare with, or why there are none."""
    period = Period(pd.Timestamp(start), pd.Timestamp(end))
    if period.before().start >= pd.Timestamp(diary_start):
        return f"The small number under each figure is the change against the {plural(period.days, 'day')} just before."
    if period.start <= pd.Timestamp(diary_start):
        return "No change figures: the diary does not reach back before these dates."
    return (f"No change figures: the diary begins on {day_text(diary_start)}, within the "
            f"{plural(period.days, 'day')} before these dates.")


def number_text(value: float, decimals: int) -> str:
    """A key number as shown: "7.4", "7" (never "7.0"), "192", or "–" when there is nothing to show."""
    if pd.isna(value):
        return "–"
    return number(value, decimals)


def shown_values(table: pd.DataFrame, column: str = "this_period", *, tile: bool = False) -> list[str]:
    """The key numbers of one column as shown: a rate below the minimum span reads "3 cramps over 1 day"
    ("3 in 1 day" on a metric tile, whose large figure has room for little more)."""
    decimals = [d for _, d in KEY_MEASURES]
    shown = [number_text(v, d) for v, d in zip(table[column], decimals)]
    count = table[column].iloc[0]
    rate = table[column].iloc[RATE_ROW]
    if pd.isna(rate) and not pd.isna(count) and table.attrs.get("days"):
        shown[RATE_ROW] = count_over_days(int(count), table.attrs["days"], short=tile)
    elif not pd.isna(rate) and not pd.isna(count):
        shown[RATE_ROW] = rate_figure(rate, int(count))
    return shown


def key_numbers_text(table: pd.DataFrame) -> pd.DataFrame:
    """The key numbers table as shown under the figures: "–" where there is nothing, "no change" for 0."""
    out = table.copy()
    decimals = [d for _, d in KEY_MEASURES]
    for col in ("this_period", "previous_period"):
        out[col] = shown_values(table, col)
    out["change"] = [change_text(v, d) or "–" for v, d in zip(table["change"], decimals)]
    return out


def change_text(change: float, decimals: int) -> str | None:
    """"+1.2" / "-3" (never "+3.0") / "no change" against the previous period; None when there was no
    previous period."""
    if pd.isna(change):
        return None
    if round(change, decimals) == 0:
        return "no change"
    return ("+" if change > 0 else "-") + number(abs(change), decimals)


DAYS_COVERED = "Days covered"


def tiles(table: pd.DataFrame) -> list[tuple[str, str]]:
    """(label, value) of each Overview tile. Over too few days for a rate, the rate's tile shows the days
    instead ("Cramps 3" beside "Days covered 4"), which reads better than "Cramps per week: 3 in 4 days"."""
    labels, shown = list(table["measure"]), shown_values(table, tile=True)
    if pd.isna(table["this_period"].iloc[RATE_ROW]) and table.attrs.get("days"):
        labels[RATE_ROW], shown[RATE_ROW] = DAYS_COVERED, f"{table.attrs['days']:,}"
    return list(zip(labels, shown))
