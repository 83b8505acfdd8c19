"""The "your diary" column of the comparison: one plain-words cell per comparison row.

Each cell states the numbers and what they rest on ("12 of 40 entries"). It describes; it never
weighs the pattern up. The counting is in cramplog.analyse.indicators, shared with the CLI summary.
"""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import indicators, periods, rules, tables
from cramplog.analyse.indicators import Count
from cramplog.analyse.periods import Period
from cramplog.base.words import n_entries, n_of, number, plural
from cramplog.base.words import was_were as _were
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
    text = f"{_n_of(c)} with a place noted ({_pct(c)}) {_were(c.n)} in the calf or foot."
    if not others:
        return text + " None were elsewhere."
    named = [f"{r} ({n})" for r, n in others if r != "other"]
    named += [f"places described in your own words ({n})" for r, n in others if r == "other"]
    return text + " Elsewhere: " + ", ".join(named) + "."


def _widespread(df: pd.DataFrame) -> str | None:
    per_week = indicators.regions_per_week(df)
    if per_week is None:
        return None
    mean, most = per_week
    text = f"On average {plural(mean, 'body region')} in a week with cramps; at most {most} in one week."
    sides = indicators.count(df, "both_sides")
    if not sides.of:
        return text + " Side not recorded."
    return (text + f" {_n_of(sides)} with a side noted {_were(sides.n)} on both sides, "
            f"{sides.of - sides.n} on one side.")


def _when(df: pd.DataFrame) -> str | None:
    """The clock first, in the words Charts uses (one answer, its base shown), then the setting."""
    at_night, timed = tables.night_share(df)
    clock = f"{takeaways.time_of_day(at_night, timed, len(df))}." if timed else ""
    c = indicators.count(df, "at_rest_or_asleep")
    if not c.of:
        return clock or None
    asleep = indicators.count(df, "asleep")
    return (f"{clock} {_n_of(c)} with a setting noted ({_pct(c)}) happened asleep or at rest "
            f"({asleep.n} while asleep).").strip()


def _triggers(df: pd.DataFrame) -> str | None:
    c = indicators.count(df, "no_trigger")
    if not c.of:
        return None
    return f"{_n_of(c)} with a trigger noted ({_pct(c)}) named no trigger."


def _duration(df: pd.DataFrame) -> str | None:
    mid = indicators.median(df, "duration_min")
    if mid is None:
        return None
    long = indicators.count(df, "long_cramp")
    limit = plural(rules.threshold("long_cramp"), "minute")
    if long.n:
        over = f"{long.n:,} of {long.of:,} lasted over {limit}."
    else:
        over = f"It did not last over {limit}." if long.of == 1 else f"None of the {long.of:,} lasted over {limit}."
    return f"Median {plural(mid, 'minute')}, from {n_entries(long.of)} with a duration. {over}"


def _frequency(df: pd.DataFrame, period: Period | None) -> str | None:
    if period is None:
        return None
    per_week = indicators.cramps_per_week(df, period)
    days, kept = periods.rate_days(df, period), periods.kept_in(df, period) is not None
    if per_week is None:
        text = (f"{plural(len(df), 'cramp')} over {days_text(days, kept)}: too few days for a rate a week "
                f"(that needs at least {plural(rules.min_span_days(), 'day')}).")
    else:
        text = f"{plural(per_week, 'cramp')} a week on average: {n_entries(len(df))} over {days_text(days, kept)}."
    sev = indicators.median(df, "severity")
    if sev is None:
        return text + " Severity not recorded."
    rated = int(df["severity"].notna().sum())
    return text + f" Median severity {number(sev)} out of 10, from {n_entries(rated)} with a severity."


def _stretching(df: pd.DataFrame) -> str | None:
    c = indicators.count(df, "stretching_eased")
    if not c.of:
        if not indicators.count(df, "stretching_not_eased").of and "remedy" in df and df["remedy"].notna().any():
            return "No entry notes trying stretching together with whether it helped."
        return None
    return (f"Stretching eased {_n_of(c, 'cramp', 'cramps')} where it was tried and the result noted "
            f"({_pct(c)}: helped or partly helped).")


def _yes_count(df: pd.DataFrame, column: str) -> str:
    """A yes/no column's count, named as the column spec names it (the rule of the same name counts it)."""
    label = LABELS[column]
    c = indicators.count(df, column)
    if not c.of:
        return f"{label} not recorded."
    say = "says" if c.of == 1 else "say"
    if not c.n:
        return f"{label} noted in none of the {n_entries(c.of)} that {say} yes or no."
    return f"{label} noted in {_n_of(c)} that {say} yes or no ({_pct(c)})."


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
        text = (f"Too little data to see a direction yet: that needs at least {plural(course['trend_min_weeks'], 'week')} "
                f"and {n_entries(course['trend_min_entries'])}.")
    else:
        text = (f"Weekly counts: {t.direction.value}, from {number(t.earlier)} a week in the earlier weeks "
                f"to {number(t.later)} in the later ones ({plural(t.weeks, 'week')}).")
    later = indicators.new_regions(df)
    if later is None:
        return text
    if not later:
        return text + " No body region first appeared after the first month."
    listed = ", ".join(f"{r} ({day_text(d)})" for r, d in later.items())
    return text + f" First noted after the first month: {listed}. {caveat('spread')}"  # next to "weakness spreads"


_CELLS = {
    "where": _where, "widespread": _widespread, "when": _when, "triggers": _triggers,
    "duration": _duration, "frequency": _frequency, "stretching": _stretching,
    "twitching": _twitching, "weakness": _weakness, "course": _course,
}


_OVER_PERIOD = {"frequency", "course"}  # the cells that count over days, not only entries


def your_column(df: pd.DataFrame, period: Period | None = None) -> dict[str, str]:
    """{row id: plain-words cell} for every comparison row, from the user's diary.

    `df`: the entries of `period` (by default the days from its first to its last entry)."""
    missing = indicators.rules()["wording"]["not_recorded"]
    if df.empty:
        return dict.fromkeys(ROW_IDS, missing)
    period = period or periods.covered(df)
    cells = {row: _CELLS[row](df, period) if row in _OVER_PERIOD else _CELLS[row](df) for row in ROW_IDS}
    return {row: cell or missing for row, cell in cells.items()}


def framing() -> str:
    """The line shown above the column."""
    return indicators.rules()["wording"]["compare_framing"]
