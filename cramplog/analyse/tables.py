"""Aggregations behind the dashboard: a diary in, small tables of counts out.

Every table here is as small as the calendar or the vocabularies, never as long as the diary, so the
figures and "show data" tables built from them stay light for any diary size.
"""
from __future__ import annotations

import pandas as pd

from cramplog.analyse import periods, rules
from cramplog.analyse.periods import Freq, Period, week_start
from cramplog.analyse.periods import choose_freq as choose_freq  # where the charts have always found it
from cramplog.base.days import has_kept_days, kept_days
from cramplog.base.lang import tr_later
from cramplog.schema import CONTEXTS, HELPED, REGIONS, REMEDIES, TRIGGERS, is_recorded

# The tables hold these English words (values and column names); a chart shows them through tr().
WEEKDAYS: tuple[str, ...] = (tr_later("Mon"), tr_later("Tue"), tr_later("Wed"), tr_later("Thu"), tr_later("Fri"),
                             tr_later("Sat"), tr_later("Sun"))
DURATION_EDGES: tuple[float, ...] = (0, 1, 2, 3, 5, 10, 20, 30, float("inf"))
DURATION_LABELS: tuple[str, ...] = ("≤1", "1–2", "2–3", "3–5", "5–10", "10–20", "20–30", ">30")
NOT_NOTED = tr_later("not noted")  # a table column (English); tr() where shown
COMPANION_LABELS: dict[str, str] = {
    "twitching": tr_later("twitching"), "weakness": tr_later("weakness"),
    "stiffness_after": tr_later("stiffness after"),
}


def hours(df: pd.DataFrame) -> pd.Series:
    """Hour of day (0-23) of each entry from its "HH:MM" time; NaN when no time was noted."""
    if "time" not in df.columns:
        return pd.Series(float("nan"), index=df.index)
    # Parse each distinct time once: a long diary repeats the same few hundred "HH:MM" values.
    codes, uniques = pd.factorize(df["time"])
    per_unique = pd.to_numeric(pd.Series(uniques, dtype="str").str.slice(0, 2), errors="coerce").to_numpy()
    values = per_unique[codes] if len(per_unique) else codes * float("nan")
    return pd.Series(values, index=df.index, dtype="float64").where(codes >= 0)


def day_count(df: pd.DataFrame) -> int:
    """How many different days have entries."""
    return int(df["date"].nunique()) if len(df) else 0


def ranked(counts: pd.Series, order: tuple[str, ...] | list[str]) -> pd.Series:
    """Counts, most first; a tie goes to the value earlier in `order` (the vocabulary), then A to Z.
    Every surface names the same winner because every one ranks with this."""
    position = {v: i for i, v in enumerate(order)}
    keys = sorted(counts.index, key=lambda v: (-counts[v], position.get(v, len(position)), str(v)))
    return counts.reindex(keys)


def _period_start(dates: pd.Series, freq: Freq) -> pd.Series:
    return week_start(dates) if freq == Freq.WEEK else dates


def _days(df: pd.DataFrame, period: Period | None) -> pd.Series:
    """The first and last day a chart over time spans: the chosen period's, else the entries'."""
    return pd.Series([period.start, period.end]) if period else df["date"]


def _all_periods(df: pd.DataFrame, freq: Freq, period: Period | None = None) -> pd.DatetimeIndex:
    starts = _period_start(_days(df, period), freq)
    step = "7D" if freq == Freq.WEEK else "D"
    return pd.date_range(starts.min(), starts.max(), freq=step, unit="us")


def counts_over_time(df: pd.DataFrame, freq: Freq, period: Period | None = None) -> pd.DataFrame:
    """Per day or week: cramps, their rolling average (7 days / 4 weeks) and median severity."""
    bucket = _period_start(df["date"], freq).rename("period")
    grouped = df.groupby(bucket)
    out = pd.DataFrame({"cramps": grouped.size()})
    out["median_severity"] = grouped["severity"].median() if "severity" in df.columns else float("nan")
    out = out.reindex(_all_periods(df, freq, period)).rename_axis("period")
    out["cramps"] = out["cramps"].fillna(0).astype(int)
    if has_kept_days(df):  # a day or week the diary was not kept is missing, not 0: the average skips it
        watched = _period_start(kept_days(df).to_series(), freq)
        out["cramps"] = out["cramps"].astype("Int64").where(out.index.isin(watched))
    window = 4 if freq == Freq.WEEK else 7
    out["rolling_avg"] = out["cramps"].rolling(window, min_periods=1).mean().round(2)
    return out.reset_index()[["period", "cramps", "rolling_avg", "median_severity"]]


def calendar_counts(df: pd.DataFrame, period: Period | None = None) -> pd.DataFrame:
    """One row per day from the first to the last entry: its cramps, whether it was kept (every day, for a diary
    of cramps only), week (Monday) and weekday."""
    per_day = df.groupby("date").size()
    span = _days(df, period)
    days = pd.date_range(span.min(), span.max(), freq="D", unit="us")
    out = pd.DataFrame({"day": days, "cramps": per_day.reindex(days, fill_value=0).to_numpy()})
    out["kept"] = days.isin(kept_days(df)) if has_kept_days(df) else True
    out["week"] = week_start(out["day"])
    out["weekday"] = out["day"].dt.day_of_week.map(dict(enumerate(WEEKDAYS)))
    return out


def hour_weekday_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Full 24 x 7 grid of cramps by hour of day and weekday (entries without a time left out)."""
    hour = hours(df)
    timed = df[hour.notna()]
    counts = timed.groupby([hour[hour.notna()].astype(int).rename("hour"),
                            timed["date"].dt.day_of_week.rename("weekday")]).size()
    grid = pd.MultiIndex.from_product([range(24), range(7)], names=["hour", "weekday"])
    out = counts.reindex(grid, fill_value=0).rename("cramps").reset_index()
    out["weekday"] = out["weekday"].map(dict(enumerate(WEEKDAYS)))
    return out


def night_share(df: pd.DataFrame) -> tuple[int, int]:
    """(entries in the night hours of the rules file, entries with a time)."""
    hour = hours(df).dropna()
    return int(hour.isin(rules.night_hours()).sum()), int(len(hour))


def region_side_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Cramps per body region and side (side NaN where not noted), regions head to toe."""
    located = df[df["location"].notna()]
    side = located["side"] if "side" in located.columns else pd.Series(pd.NA, index=located.index)
    counts = located.groupby([located["location"].rename("region"), side.rename("side")], dropna=False).size()
    out = counts.rename("count").reset_index()
    out["order"] = out["region"].map({r: i for i, r in enumerate(REGIONS)})
    return out.sort_values(["order", "side"], na_position="last").drop(columns="order").reset_index(drop=True)


def severity_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Cramps at each whole severity step from 0 to 10."""
    sev = df["severity"].dropna().round().astype(int)
    return (sev.value_counts().reindex(range(11), fill_value=0)
            .rename_axis("severity").rename("cramps").reset_index())


def duration_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Cramps per duration band in minutes (bands include their upper edge)."""
    bands = pd.cut(df["duration_min"].dropna(), bins=list(DURATION_EDGES), labels=list(DURATION_LABELS),
                   include_lowest=True)
    counts = bands.value_counts().reindex(list(DURATION_LABELS), fill_value=0)
    return pd.DataFrame({"minutes": list(DURATION_LABELS), "cramps": counts.to_numpy()})


def long_cramps(df: pd.DataFrame) -> tuple[int, int]:
    """(cramps longer than the rules file's limit, cramps with a duration)."""
    dur = df["duration_min"].dropna()
    return int((dur > rules.threshold("long_cramp")).sum()), int(len(dur))


def _shares(values: pd.Series, order: list[str], name: str) -> pd.DataFrame:
    counts = values.dropna().value_counts()
    order = order + sorted(v for v in counts.index if v not in order)
    out = counts.reindex(order, fill_value=0).rename_axis(name).rename("cramps").reset_index()
    total = out["cramps"].sum()
    out["share"] = (out["cramps"] / total).round(3) if total else 0.0
    return out


def context_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Cramps and their share per context (asleep, at rest, during / after activity)."""
    return _shares(df["context"], list(CONTEXTS), "context")


def trigger_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Cramps per noted trigger, most common first (ties in vocabulary order), "none" last."""
    counts = ranked(df["trigger"].dropna().value_counts(), TRIGGERS)
    named = [t for t in counts.index if t != "none"]
    return _shares(df["trigger"], named + (["none"] if "none" in counts.index else []), "trigger")


def remedy_helped_counts(df: pd.DataFrame) -> pd.DataFrame:
    """For each remedy tried (not "none"): cramps where it helped yes / partly / no / not noted."""
    tried = df[df["remedy"].notna() & (df["remedy"] != "none")]
    helped = tried["remedy_helped"].fillna(NOT_NOTED) if "remedy_helped" in tried.columns else NOT_NOTED
    table = pd.crosstab(tried["remedy"], helped).reindex(columns=[*HELPED, NOT_NOTED], fill_value=0)
    table = table.loc[ranked(table.sum(axis=1), REMEDIES).index]
    table.columns.name = None
    return table.rename_axis("remedy").reset_index()


def companions_over_time(df: pd.DataFrame, freq: Freq, period: Period | None = None) -> pd.DataFrame:
    """Per day or week: all cramps, and how many came with twitching, weakness or stiffness after."""
    bucket = _period_start(df["date"], freq).rename("period")
    out = pd.DataFrame({"cramps": df.groupby(bucket).size()})
    for col in COMPANION_LABELS:  # the chart's three companions (numbness and swelling are for the doctor rules)
        flag = df[col].fillna(False).astype(bool) if col in df.columns else pd.Series(False, index=df.index)
        out[COMPANION_LABELS[col]] = flag.groupby(bucket).sum()
    out = out.reindex(_all_periods(df, freq, period), fill_value=0).rename_axis("period")
    return out.astype(int).reset_index()


def companions_recorded(df: pd.DataFrame) -> bool:
    return any(is_recorded(df, c) for c in COMPANION_LABELS)


def region_first_seen(df: pd.DataFrame) -> pd.DataFrame:
    """Each body region's first and last day in the diary and its cramps, in order of first appearance."""
    located = df[df["location"].notna()]
    grouped = located.groupby("location")["date"]
    out = pd.DataFrame({"first_day": grouped.min(), "last_day": grouped.max(), "cramps": grouped.size()})
    return out.rename_axis("region").reset_index().sort_values(["first_day", "region"]).reset_index(drop=True)


def regions_per_month(df: pd.DataFrame) -> pd.DataFrame:
    """Per calendar month: how many different body regions had a cramp, and how many cramps."""
    located = df[df["location"].notna()]
    month = located["date"].dt.to_period("M").dt.start_time.rename("month")
    grouped = located.groupby(month)
    out = pd.DataFrame({"regions": grouped["location"].nunique(), "cramps": grouped.size()})
    months = pd.date_range(month.min(), month.max(), freq="MS", unit="us")
    return out.reindex(months, fill_value=0).rename_axis("month").reset_index()


def nights_woken(df: pd.DataFrame) -> int:
    """Different nights with a cramp while asleep (see periods.night_of)."""
    asleep = df[df["context"] == "asleep"]
    return int(periods.night_of(asleep, hours(asleep)).nunique())
