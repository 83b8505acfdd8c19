"""The "your diary" column of the comparison: one plain-words cell per comparison row.

Each cell states the numbers and what they rest on ("12 of 40 entries"). It describes; it never
weighs the pattern up. The counting is in cramplog.analyse.indicators, shared with the CLI summary.
"""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import indicators, periods, rules, tables
from cramplog.analyse.indicators import Count
from cramplog.analyse.periods import Period
from cramplog.base.lang import tr, tr_n
from cramplog.base.words import n_entries, n_of, number, plural
from cramplog.present import takeaways
from cramplog.present.dashboard import caveat
from cramplog.present.wording import day_text, days_text, pct
from cramplog.schema import LABELS

# The comparison table's row ids (data/comparison.csv uses the same ones).
ROW_IDS: tuple[str, ...] = (
    "where", "widespread", "when", "triggers", "duration", "frequency",
    "stretching", "twitching", "weakness", "course",
)


def _pct(c: Count) -> str:
    return pct(c.n, c.of)


def _n_of(c: Count, noun: str = "entry", many: str = "entries") -> str:
    return n_of(c.n, c.of, noun, many)


def _where(df: pd.DataFrame) -> str | None:
    c = indicators.count(df, "calf_or_foot")
    if not c.of:
        return None
    common = set(indicators.rules()["indicator"]["calf_or_foot"]["when"]["location"]["in"])
    others = [(r, n) for r, n in indicators.regions(df).items() if r not in common]
    text = tr_n(c.n, "{entries} with a place noted ({share}) was in the calf or foot.",
                "{entries} with a place noted ({share}) were in the calf or foot.", entries=_n_of(c), share=_pct(c))
    if not others:
        return text + " " + tr("None were elsewhere.")
    named = [f"{tr(r)} ({number(n)})" for r, n in others if r != "other"]
    named += [tr("places described in your own words ({count})", count=number(n)) for r, n in others if r == "other"]
    return text + " " + tr("Elsewhere: {places}.", places=", ".join(named))


def _widespread(df: pd.DataFrame) -> str | None:
    per_week = indicators.regions_per_week(df)
    if per_week is None:
        return None
    mean, most = per_week
    text = tr("On average {regions} in a week with cramps; at most {most} in one week.",
              regions=plural(mean, "body region"), most=number(most))
    sides = indicators.count(df, "both_sides")
    if not sides.of:
        return text + " " + tr("Side not recorded.")
    return text + " " + tr_n(sides.n, "{entries} with a side noted was on both sides, {one_side} on one side.",
                             "{entries} with a side noted were on both sides, {one_side} on one side.",
                             entries=_n_of(sides), one_side=number(sides.of - sides.n))


def _when(df: pd.DataFrame) -> str | None:
    """The clock first, in the words Charts uses (one answer, its base shown), then the setting."""
    at_night, timed = tables.night_share(df)
    clock = f"{takeaways.time_of_day(at_night, timed, len(df))}." if timed else ""
    c = indicators.count(df, "at_rest_or_asleep")
    if not c.of:
        return clock or None
    asleep = indicators.count(df, "asleep")
    setting = tr("{entries} with a setting noted ({share}) happened asleep or at rest ({asleep} while asleep).",
                 entries=_n_of(c), share=_pct(c), asleep=number(asleep.n))
    return f"{clock} {setting}".strip()


def _triggers(df: pd.DataFrame) -> str | None:
    c = indicators.count(df, "no_trigger")
    if not c.of:
        return None
    return tr("{entries} with a trigger noted ({share}) named no trigger.", entries=_n_of(c), share=_pct(c))


def _duration(df: pd.DataFrame) -> str | None:
    mid = indicators.median(df, "duration_min")
    if mid is None:
        return None
    long = indicators.count(df, "long_cramp")
    limit = plural(rules.threshold("long_cramp"), "minute")
    if long.n:
        over = tr("{count} of {total} lasted over {limit}.", count=number(long.n), total=number(long.of), limit=limit)
    elif long.of == 1:
        over = tr("It did not last over {limit}.", limit=limit)
    else:
        over = tr("None of the {total} lasted over {limit}.", total=number(long.of), limit=limit)
    return tr("Median {minutes}, from {entries} with a duration.", minutes=plural(mid, "minute"),
              entries=n_entries(long.of)) + " " + over


def _frequency(df: pd.DataFrame, period: Period | None) -> str | None:
    if period is None:
        return None
    per_week = indicators.cramps_per_week(df, period)
    days, kept = periods.rate_days(df, period), periods.kept_in(df, period) is not None
    if per_week is None:
        text = tr("{cramps} over {days}: too few days for a rate a week (that needs at least {needed}).",
                  cramps=plural(len(df), "cramp"), days=days_text(days, kept),
                  needed=plural(rules.min_span_days(), "day"))
    else:
        text = tr("{cramps} a week on average: {entries} over {days}.", cramps=plural(per_week, "cramp"),
                  entries=n_entries(len(df)), days=days_text(days, kept))
    sev = indicators.median(df, "severity")
    if sev is None:
        return text + " " + tr("Severity not recorded.")
    rated = int(df["severity"].notna().sum())
    return text + " " + tr("Median severity {median} out of 10, from {entries} with a severity.",
                           median=number(sev), entries=n_entries(rated))


def _stretching(df: pd.DataFrame) -> str | None:
    c = indicators.count(df, "stretching_eased")
    if not c.of:
        if not indicators.count(df, "stretching_not_eased").of and "remedy" in df and df["remedy"].notna().any():
            return tr("No entry notes trying stretching together with whether it helped.")
        return None
    return tr("Stretching eased {cramps} where it was tried and the result noted ({share}: helped or partly helped).",
              cramps=_n_of(c, "cramp", "cramps"), share=_pct(c))


def _yes_count(df: pd.DataFrame, column: str) -> str:
    """A yes/no column's count, named as the column spec names it (the rule of the same name counts it)."""
    label = tr(LABELS[column])
    c = indicators.count(df, column)
    if not c.of:
        return tr("{label} not recorded.", label=label)
    if not c.n:
        return tr_n(c.of, "{label} noted in none of the {n} entry that says yes or no.",
                    "{label} noted in none of the {n} entries that say yes or no.", label=label)
    return tr_n(c.of, "{label} noted in {entries} that says yes or no ({share}).",
                "{label} noted in {entries} that say yes or no ({share}).", label=label, entries=_n_of(c),
                share=_pct(c))


def _twitching(df: pd.DataFrame) -> str | None:
    if not indicators.count(df, "twitching").of:
        return None
    return _yes_count(df, "twitching")


def _weakness(df: pd.DataFrame) -> str | None:
    """Weakness still there the next day only: stiffness after a cramp is not the spasticity of this row."""
    if not indicators.count(df, "weakness").of:
        return None
    return _yes_count(df, "weakness")


def _course(df: pd.DataFrame, period: Period | None) -> str | None:
    t = indicators.trend(df, period)
    course = indicators.rules()["course"]
    if t.direction == indicators.Direction.TOO_LITTLE:
        text = tr("Too little data to see a direction yet: that needs at least {weeks} and {entries}.",
                  weeks=plural(course["trend_min_weeks"], "week"), entries=n_entries(course["trend_min_entries"]))
    else:
        text = tr("Weekly counts: {direction}, from {earlier} a week in the earlier weeks to {later} in the later "
                  "ones ({weeks}).", direction=tr(t.direction.value), earlier=number(t.earlier),
                  later=number(t.later), weeks=plural(t.weeks, "week"))
    later = indicators.new_regions(df)
    if later is None:
        return text
    if not later:
        return text + " " + tr("No body region first appeared after the first month.")
    listed = ", ".join(f"{tr(r)} ({day_text(d)})" for r, d in later.items())
    return text + " " + tr("First noted after the first month: {places}.", places=listed) + f" {caveat('spread')}"


_CELLS = {
    "where": _where, "widespread": _widespread, "when": _when, "triggers": _triggers,
    "duration": _duration, "frequency": _frequency, "stretching": _stretching,
    "twitching": _twitching, "weakness": _weakness, "course": _course,
}


_OVER_PERIOD = {"frequency", "course"}  # the cells that count over days, not only entries


def your_column(df: pd.DataFrame, period: Period | None = None) -> dict[str, str]:
    """{row id: plain-words cell} for every comparison row, from the user's diary.

    `df`: the entries of `period` (by default the days from its first to its last entry)."""
    missing = rules.wording("not_recorded")
    if df.empty:
        return dict.fromkeys(ROW_IDS, missing)
    period = period or periods.covered(df)
    cells = {row: _CELLS[row](df, period) if row in _OVER_PERIOD else _CELLS[row](df) for row in ROW_IDS}
    return {row: cell or missing for row, cell in cells.items()}


def framing() -> str:
    """The line shown above the column."""
    return rules.wording("compare_framing")
