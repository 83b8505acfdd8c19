"""The nine dashboard charts. For a (filtered) diary each gives its figure, a one-line takeaway and
the tables it plots, or a friendly message when the diary holds too little for that chart."""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from cramplog import paths, schema
from cramplog.analyse import periods, rules, tables
from cramplog.analyse.periods import Period, choose_freq
from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.base.words import n_entries, number
from cramplog.present import chart_room, figures_time, figures_what, takeaways
from cramplog.present.wording import MEDIAN_NOTE, day_text, fill
from cramplog.schema import is_recorded

CHARTS_PATH = paths.data_file("dashboard_charts.csv")
MIN_ENTRIES = 2
# How a page draws these charts (plotly.js config): no toolbar, no wheel or double-click zoom, so nothing
# asks a phone user to double-click and the page scrolls under a swipe (the figures' axes are fixed too).
CHART_CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False, "showTips": False}


@dataclass(frozen=True)
class ChartInfo:
    key: str
    title: str
    caption: str  # as shown under the chart, its caveat included
    caveat: str = ""  # a sentence other surfaces repeat word for word (the "your diary" column's course cell)


@functools.cache
def _chart_rows() -> pd.DataFrame:
    """The charts file in English, as written; its texts are translated where they are returned."""
    return pd.read_csv(CHARTS_PATH, dtype=str, keep_default_na=False)


def shown_texts() -> list[str]:
    """Every English text of the charts file a person reads: titles, captions and caveats."""
    rows = _chart_rows()
    return [text for column in ("title", "caption", "caveat") for text in rows[column] if text]


def caption_values() -> dict[str, str]:
    """What a caption's placeholders stand for: {long_cramp} is the rules file's limit, as every page
    words it (read on each call, so an edit to the rules shows at once); {median_note} explains "median"
    in the one sentence every surface uses."""
    return {"long_cramp": number(rules.threshold("long_cramp")), "median_note": tr(MEDIAN_NOTE)}


def _said(text: str, values: dict[str, str]) -> str:
    return fill(tr(text), values) if text else ""


def chart_infos() -> tuple[ChartInfo, ...]:
    """The charts in their order, their texts in the language in use."""
    values = caption_values()
    infos = []
    for r in _chart_rows().itertuples():
        caption, said_caveat = _said(r.caption, values), _said(r.caveat, values)
        infos.append(ChartInfo(r.key, tr(r.title), " ".join(filter(None, (caption, said_caveat))), said_caveat))
    return tuple(infos)


def caveat(key: str) -> str:
    """The caveat in chart `key`'s caption, for a surface that states the same point."""
    return next(info.caveat for info in chart_infos() if info.key == key)


@dataclass(frozen=True)
class ChartResult:
    figure: go.Figure | None = None
    takeaway: str = ""
    tables: tuple[pd.DataFrame, ...] = field(default_factory=tuple)  # what the figure plots, readable
    message: str | None = None  # shown instead of the figure when there is not enough data
    note: str | None = None  # e.g. one half of a chart left out


def shortage(df: pd.DataFrame, column: str | None = None, what: str = "", days: bool = False) -> str | None:
    """Why `df` is too small for a chart, in plain words, or None when it is enough.

    `column`: the entries must have this filled in (`what` names it for the reader);
    `days`: the entries must fall on at least two different days.
    """
    if df.empty:
        return tr("No entries to show in this chart.")
    usable = df[df[column].notna()] if column else df
    if column and not is_recorded(df, column):
        return tr("Not enough data for this chart: none of these entries has {what}.", what=what)
    if len(usable) < MIN_ENTRIES:
        return _too_few(len(usable), what if column else "")
    if days and tables.day_count(usable) < 2:
        return tr("Not enough data for this chart yet: all entries are on one day ({day}), and it needs at least "
                  "2 different days.", day=day_text(usable["date"].iloc[0]))
    return None


def _too_few(have: int, what: str = "") -> str:
    """The message for fewer than MIN_ENTRIES usable entries (`what`: what they need to have), true wherever
    the entries came from (the Charts page's filters or the report's dates)."""
    there = tr("there are none") if not have else tr_n(have, "there is only {n}", "there are only {n}")
    if what:
        return tr("Not enough data for this chart yet: it needs at least {entries} with {what}, and {there}.",
                  entries=n_entries(MIN_ENTRIES), what=what, there=there)
    return tr("Not enough data for this chart yet: it needs at least {entries}, and {there}.",
              entries=n_entries(MIN_ENTRIES), there=there)


# A chart table's column names as the reader sees them: a diary column by its heading in the column spec.
LABELS = {
    **{column: schema.HEADINGS[column] for column in ("side", "severity", "context", "trigger", "remedy")},
    "period": tr_later("Period starting"), "cramps": tr_later("Cramps"), "rolling_avg": tr_later("Rolling average"),
    "median_severity": tr_later("Median severity"), "day": tr_later("Day"), "week": tr_later("Week starting"),
    "weekday": tr_later("Weekday"), "region": schema.LABELS["location"], "count": tr_later("Cramps"),
    "minutes": schema.HEADINGS["duration_min"], "share": tr_later("Share (%)"), "yes": tr_later("Helped"),
    "partly": tr_later("Partly helped"), "no": tr_later("Did not help"), tables.NOT_NOTED: tr_later("Not noted"),
    "first_day": tr_later("First cramp"), "last_day": tr_later("Last cramp"), "month": tr_later("Month"),
    "regions": tr_later("Regions with cramps"), "kept": tr_later("Kept"),
}
_DIARY_WORDS = ("side", "context", "trigger", "remedy", "region")  # columns holding diary values, shown translated


def readable(table: pd.DataFrame) -> pd.DataFrame:
    """The table as the reader sees it under a chart: plain column names and diary words in the language in
    use, weekdays the local way, days without a clock time."""
    out = table.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.date
        elif col in _DIARY_WORDS:
            out[col] = out[col].map(lambda v: tr(v) if isinstance(v, str) else v)
    if "weekday" in out.columns:
        out["weekday"] = out["weekday"].map(dict(zip(tables.WEEKDAYS, figures_time.weekday_names())))
    if "share" in out.columns:
        out["share"] = (out["share"] * 100).round(1)
    return out.rename(columns={col: tr(label) for col, label in LABELS.items() if col in out.columns})


def _timeline(df: pd.DataFrame, period: Period | None) -> ChartResult:
    freq = choose_freq(df, period)
    table = tables.counts_over_time(df, freq, period)
    note = None if table["median_severity"].notna().any() else tr("No severity noted, so only counts are shown.")
    counted = period or periods.covered(df)
    days, kept = periods.rate_days(df, counted), periods.kept_in(df, counted) is not None
    return ChartResult(figures_time.timeline_figure(table, freq), takeaways.timeline(table, freq, days, kept),
                       (readable(table),), note=note)


UNKEPT_NOTE = tr_later("A dash marks a day the diary was not kept: nothing was noted, so it counts neither way.")


def _calendar(df: pd.DataFrame, period: Period | None) -> ChartResult:
    table = tables.calendar_counts(df, period)
    unkept = not table["kept"].all()
    shown = ["day", "weekday", "cramps"] + (["kept"] if unkept else [])
    return ChartResult(figures_time.calendar_figure(table), takeaways.calendar(table), (readable(table[shown]),),
                       note=tr(UNKEPT_NOTE) if unkept else None)


def _hour_weekday(df: pd.DataFrame) -> ChartResult:
    table = tables.hour_weekday_counts(df)
    wide = table.pivot(index="hour", columns="weekday", values="cramps").reindex(columns=list(tables.WEEKDAYS))
    wide.columns = figures_time.weekday_names()
    wide.index = [f"{h:02d}:00" for h in wide.index]
    wide = wide.rename_axis(tr("Hour")).reset_index().rename_axis(None, axis=1)
    return ChartResult(figures_time.hour_weekday_figure(table), takeaways.hour_weekday(table, *tables.night_share(df), len(df)),
                       (wide,))


def _body(df: pd.DataFrame) -> ChartResult:
    from cramplog.present.body_map import (
        body_figure,  # the foundation's body map, shared with other pages
    )

    counts = tables.region_side_counts(df)
    return ChartResult(body_figure(counts), takeaways.body(counts), (readable(counts),))


def _enough(df: pd.DataFrame, column: str) -> bool:
    return is_recorded(df, column) and int(df[column].notna().sum()) >= MIN_ENTRIES


def _distributions(df: pd.DataFrame) -> ChartResult:
    sev, dur = _enough(df, "severity"), _enough(df, "duration_min")
    if not (sev or dur):
        what = tr("a severity or a duration")
        return ChartResult(message=shortage(df, "severity", what) or shortage(df, "duration_min", what))
    severity = tables.severity_counts(df) if sev else None
    duration = tables.duration_counts(df) if dur else None
    note = (None if sev and dur else tr("Too few entries with a severity for its half of this chart.") if not sev
            else tr("Too few entries with a duration for its half of this chart."))
    return ChartResult(
        figures_what.distributions_figure(severity, duration),
        takeaways.distributions(df["severity"] if sev else pd.Series(dtype=float),
                                df["duration_min"] if dur else pd.Series(dtype=float)),
        tuple(readable(t) for t in (severity, duration) if t is not None), note=note)


def _context(df: pd.DataFrame) -> ChartResult:
    ctx, trig = _enough(df, "context"), _enough(df, "trigger")
    if not (ctx or trig):
        what = tr("a context or a trigger")
        return ChartResult(message=shortage(df, "context", what) or shortage(df, "trigger", what))
    contexts = tables.context_counts(df) if ctx else None
    triggers = tables.trigger_counts(df) if trig else None
    note = (None if ctx and trig else tr("Too few entries with a context to show it.") if not ctx
            else tr("Too few entries with a trigger to show it."))
    return ChartResult(figures_what.context_trigger_figure(contexts, triggers),
                       takeaways.context(contexts, triggers),
                       tuple(readable(t) for t in (contexts, triggers) if t is not None), note=note)


def _remedies(df: pd.DataFrame) -> ChartResult:
    tried = df[df["remedy"].notna() & (df["remedy"] != "none")] if "remedy" in df.columns else df.iloc[:0]
    if len(tried) < MIN_ENTRIES:
        return ChartResult(message=shortage(df) or _too_few(len(tried), tr("a remedy tried")))
    table = tables.remedy_helped_counts(df)
    return ChartResult(figures_what.remedies_figure(table), takeaways.remedies(table), (readable(table),))


def _companions(df: pd.DataFrame, period: Period | None) -> ChartResult:
    if message := shortage(df, days=True):
        return ChartResult(message=message)
    if not tables.companions_recorded(df):
        return ChartResult(message=tr("None of these entries say whether twitching, weakness or stiffness "
                                      "came with the cramp, so there is nothing to show here."))
    freq = choose_freq(df, period)
    table = tables.companions_over_time(df, freq, period)
    return ChartResult(figures_time.companions_figure(table, freq), takeaways.companions(df), (readable(table),))


def _spread(df: pd.DataFrame) -> ChartResult:
    first_seen, per_month = tables.region_first_seen(df), tables.regions_per_month(df)
    return ChartResult(figures_time.spread_figure(first_seen, per_month), takeaways.spread(first_seen, per_month),
                       (readable(first_seen), readable(per_month)))


# key -> (what the chart needs, how it is built). A None need means the builder checks itself.
_NEEDS: dict[str, tuple[Callable[[pd.DataFrame], str | None] | None, Callable[[pd.DataFrame], ChartResult]]] = {
    "timeline": (lambda df: shortage(df, days=True), _timeline),
    "calendar": (lambda df: shortage(df, days=True), _calendar),
    "hour_weekday": (lambda df: shortage(df, "time", tr("a time of day")), _hour_weekday),
    "body": (lambda df: shortage(df, "location", tr("a body region")), _body),
    "distributions": (None, _distributions),
    "context": (None, _context),
    "remedies": (None, _remedies),
    "companions": (None, _companions),
    "spread": (lambda df: shortage(df, "location", tr("a body region"), days=True), _spread),
}


_OVER_PERIOD = {"timeline", "calendar", "companions"}  # charts over the days of the chosen period


def build_chart(key: str, df: pd.DataFrame, period: Period | None = None,
                width: int = chart_room.DESKTOP_WIDTH) -> ChartResult:
    """The chart `key` for diary `df` (the entries of `period`, by default the days from their first to
    their last), or a message saying why it cannot be drawn from it; laid out for a chart `width` pixels wide."""
    check, build = _NEEDS[key]
    if df.empty:
        return ChartResult(message=shortage(df))
    if check and (message := check(df)):
        return ChartResult(message=message)
    result = build(df, period) if key in _OVER_PERIOD else build(df)
    if result.figure is not None:
        chart_room.fit(result.figure, width)  # margins that hold the labels: the browser draws the chart once
    return result
