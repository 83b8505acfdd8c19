"""Figure builders for the dashboard's charts over time: an aggregated table in, a plotly figure out.

Shared look for every dashboard figure: Okabe-Ito colours (safe for colour-blind readers), a
transparent background and a neutral grey so the same figure works in light and dark themes,
legends below the plot so a phone's narrow width stays for the data.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cramplog.analyse.periods import Freq
from cramplog.analyse.tables import COMPANION_LABELS, WEEKDAYS
from cramplog.base import lang
from cramplog.base.lang import tr, tr_later

# Okabe-Ito, without black (invisible on a dark theme).
BLUE, SKY, ORANGE, GREEN, PURPLE, VERMILLION, YELLOW = (
    "#0072B2", "#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#F0E442")
GREY = "rgba(128,128,128,0.55)"
# Lines and dots (thin marks) use only colours with 3:1 contrast on both the light and the dark theme;
# Okabe-Ito's orange and sky blue are kept for filled bars (tests/test_colours.py checks both).
# Sequential scale for counts; zero is a faint neutral grey so empty days read as "none", not missing.
# The deepest blue stays light enough to stand out on a dark theme too.
MONTH_BAR_MS = 24 * 24 * 3600 * 1000  # a month's bar: 24 days wide, in the date axis's milliseconds
COUNT_SCALE = [[0.0, "rgba(128,128,128,0.18)"], [1e-6, "#c6dbef"], [0.4, "#6baed6"], [0.75, "#2171b5"],
               [1.0, "#08519c"]]


def weekday_names() -> list[str]:
    """Monday to Sunday as the language in use shortens them ("Mon", "Mo.", "lun.", "lun")."""
    if lang.current() == lang.SOURCE:
        return list(WEEKDAYS)
    from babel.dates import get_day_names

    names = get_day_names("abbreviated", locale=lang.current())
    return [names[i] for i in range(7)]


def week_order() -> list[int]:
    """The weekdays (0 = Monday) in the order a local week runs, from its first day."""
    first = lang.first_weekday()
    return [(first + i) % 7 for i in range(7)]


def day_month(when: pd.Timestamp) -> str:
    """"2 Feb", "2. Feb.", "2 févr.": a day without its year, for an axis."""
    if lang.current() == lang.SOURCE:
        return f"{when.day} {when:%b}"
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", when, locale=lang.current())


def month_year(when: pd.Timestamp) -> str:
    """"Mar 2026", "März 2026", "mars 2026"."""
    if lang.current() == lang.SOURCE:
        return f"{when:%b %Y}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMM", when, locale=lang.current())


def day_texts(days: pd.Series | list) -> list[str]:
    """Each day as every surface words it ("4 Jan 2026", "4. Jan. 2026"), for hover texts."""
    return [lang.day(pd.Timestamp(d).date()) for d in days]


def weekday_day_texts(days: pd.Series) -> list[str]:
    """"Mon 4 Jan 2026", "Mo. 4. Jan. 2026": a calendar cell's day."""
    names = weekday_names()
    return [f"{names[d.day_of_week]} {text}" for d, text in zip(pd.to_datetime(days), day_texts(days))]


def separators() -> str:
    """Plotly's decimal mark and thousands separator for the language in use (".," in English)."""
    if lang.current() == lang.SOURCE:
        return ".,"
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(lang.current()) + get_group_symbol(lang.current())


DATE_TICKS = 5  # at most this many dates on an axis, so they stay apart at phone width


def date_ticks(fig: go.Figure, dates: pd.Series | list, **where) -> None:
    """Outside English, label a date axis at chosen dates in the local words: plotly words its own date
    ticks in English only. Over a long span the ticks name months, over a short one days."""
    if lang.current() == lang.SOURCE or not len(dates):
        return
    days = pd.to_datetime(pd.Series(list(dates)))
    first, last = days.min(), days.max()
    long_span = (last - first).days > 90
    shown = list(pd.date_range(first, last, freq="MS") if long_span else sorted(set(days)))
    shown = shown[::-(-len(shown) // DATE_TICKS)] if shown else [first]
    fig.update_xaxes(tickmode="array", tickvals=shown,
                     ticktext=[month_year(d) if long_span else day_month(d) for d in shown], **where)


def hover(text: str) -> str:
    """A hover template from a translated text: no trace name box beside it."""
    return text + "<extra></extra>"


def style(fig: go.Figure, height: int) -> go.Figure:
    """Common layout: transparent, compact margins, horizontal legend under the plot.

    Charts hold still, as the body map does: a swipe that starts on a chart on a phone scrolls the page
    instead of zooming an axis, and a tap or hover still shows the values."""
    fig.update_layout(
        height=height, margin=dict(l=8, r=8, t=24, b=8),
        paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)",
        legend=dict(orientation="h", yanchor="top", y=-0.12, x=0, title=None, itemclick=False,
                    itemdoubleclick=False),
        bargap=0.15, hoverlabel=dict(namelength=-1), dragmode=False, separators=separators(),
    )
    fig.update_xaxes(fixedrange=True)
    fig.update_yaxes(fixedrange=True)
    return fig


def _per(freq: Freq) -> str:
    return tr("cramps per week") if Freq(freq) == Freq.WEEK else tr("cramps per day")


def timeline_figure(table: pd.DataFrame, freq: Freq) -> go.Figure:
    """Cramps per day or week as bars, their rolling average as a line, median severity below."""
    with_severity = bool(table["median_severity"].notna().any())
    rows = 2 if with_severity else 1
    fig = make_subplots(rows=rows, cols=1, shared_xaxes=True, vertical_spacing=0.08,
                        row_heights=[0.68, 0.32] if with_severity else None)
    fig.add_trace(go.Bar(x=table["period"], y=table["cramps"], name=_per(freq), marker_color=SKY,
                         customdata=day_texts(table["period"]),
                         hovertemplate=hover(tr("{day}: {count} cramps", day="%{customdata}", count="%{y}"))),
                  row=1, col=1)
    window = tr("average over 4 weeks") if freq == Freq.WEEK else tr("average over 7 days")
    fig.add_trace(go.Scatter(x=table["period"], y=table["rolling_avg"], name=window,
                             mode="lines", line=dict(color=BLUE, width=2.5),
                             hovertemplate=hover(tr("average {value}", value="%{y:.1f}"))), row=1, col=1)
    fig.update_yaxes(title_text=tr("cramps"), rangemode="tozero", row=1, col=1)
    if with_severity:
        fig.add_trace(go.Scatter(x=table["period"], y=table["median_severity"], name=tr("median severity"),
                                 mode="markers", marker=dict(color=VERMILLION, size=7),
                                 hovertemplate=hover(tr("median severity {value}", value="%{y}"))), row=2, col=1)
        fig.update_yaxes(title_text=tr("severity"), range=[0, 10.5], row=2, col=1)
    date_ticks(fig, table["period"])
    return style(fig, 420 if with_severity else 320)


CALENDAR_WEEK_LABELS = 8  # at most this many week labels, so they stay apart at phone width


def _count_bar(y: float) -> dict:
    """The horizontal colour bar under a heat map, titled "cramps"."""
    return dict(title=dict(text=tr("cramps"), side="top"), orientation="h", y=y, yanchor="top",
                thickness=10, len=0.5, x=0, xanchor="left")


def calendar_figure(table: pd.DataFrame) -> go.Figure:
    """One cell per day: columns are weeks, rows are weekdays from the day a local week starts on (Monday in
    each of CrampLog's languages), each column labelled by its first day."""
    order = week_order()
    table = table.assign(week=table["day"] - pd.to_timedelta((table["day"].dt.day_of_week - order[0]) % 7, unit="D"))
    kept = table["kept"] if "kept" in table.columns else True
    rows = [WEEKDAYS[i] for i in order]
    grid = (table.assign(cramps=table["cramps"].where(kept)).pivot(index="weekday", columns="week", values="cramps")
            .reindex(rows))
    # Day labels as text: orjson (plotly's fast JSON path) crashes here on 2-D datetime arrays with gaps.
    labels = table.assign(label=weekday_day_texts(table["day"]))
    days = labels.pivot(index="weekday", columns="week", values="label").reindex(rows)
    names = weekday_names()
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(dtype=float), x=list(grid.columns), y=[names[i] for i in order],
        customdata=days.to_numpy(dtype=object), colorscale=COUNT_SCALE, zmin=0, xgap=2, ygap=2, hoverongaps=False,
        hovertemplate=hover(tr("{day}: {count} cramps", day="%{customdata}", count="%{z}")), colorbar=_count_bar(-0.2),
    ))
    _mark_unkept(fig, table, dict(zip(rows, fig.data[0].y)))
    fig.update_yaxes(autorange="reversed", showgrid=False)
    # Plotly's own date ticks fall between the week columns: label chosen columns by their first day instead.
    weeks = list(grid.columns)
    shown = weeks[::-(-len(weeks) // CALENDAR_WEEK_LABELS)]
    fig.update_xaxes(showgrid=False, tickmode="array", tickvals=shown, ticktext=[day_month(week) for week in shown])
    return style(fig, 300)


def _mark_unkept(fig: go.Figure, table: pd.DataFrame, row_names: dict[str, str]) -> None:
    """Days the diary was not kept are left blank and crossed by a dash, so they never read as cramp-free days
    (a faint grey cell): the difference is in the mark, not only in the colour."""
    if "kept" not in table.columns or table["kept"].all():
        return
    unkept = table[~table["kept"]]
    fig.add_trace(go.Scatter(
        x=unkept["week"], y=unkept["weekday"].map(row_names), mode="markers",
        name=tr("not kept (nothing noted that day)"),
        marker=dict(symbol="line-ew", size=6, line=dict(width=1.5, color=GREY)),
        customdata=weekday_day_texts(unkept["day"]),
        hovertemplate=hover(tr("{day}: not kept", day="%{customdata}"))))


def hour_weekday_figure(table: pd.DataFrame) -> go.Figure:
    """Hours down the side (midnight at the top), weekdays across: tall rather than wide, for phones."""
    order = week_order()
    grid = table.pivot(index="hour", columns="weekday", values="cramps").reindex(columns=[WEEKDAYS[i] for i in order])
    labels = [f"{h:02d}:00" for h in grid.index]
    names = weekday_names()
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(dtype=float), x=[names[i] for i in order], y=labels, colorscale=COUNT_SCALE, zmin=0,
        xgap=2, ygap=1, colorbar=_count_bar(-0.06),
        hovertemplate=hover(tr("{weekday} {hour}: {count} cramps", weekday="%{x}", hour="%{y}", count="%{z}")),
    ))
    fig.update_yaxes(autorange="reversed", showgrid=False, dtick=3, title_text=tr("time of day"))
    fig.update_xaxes(showgrid=False, side="top")
    style(fig, 520)
    fig.update_layout(margin_t=40)  # room for the weekday labels on top
    return fig


# Apart for every common colour-vision deficiency, and dashed differently as well.
COMPANION_COLOURS = dict(zip(COMPANION_LABELS.values(), (VERMILLION, BLUE, PURPLE)))
COMPANION_DASHES = ("solid", "dash", "dot")
# A companion's line as the legend names it, by its column in the table.
COMPANION_NAMES = {"twitching": tr_later("with twitching"), "weakness": tr_later("with weakness"),
                   "stiffness after": tr_later("with stiffness after")}


def companions_figure(table: pd.DataFrame, freq: Freq) -> go.Figure:
    """All cramps as faint bars; those with twitching, weakness or stiffness after as coloured lines."""
    every = tr("all cramps per week") if Freq(freq) == Freq.WEEK else tr("all cramps per day")
    fig = go.Figure(go.Bar(x=table["period"], y=table["cramps"], name=every, marker_color=GREY,
                           customdata=day_texts(table["period"]),
                           hovertemplate=hover(tr("{day}: {count} cramps", day="%{customdata}", count="%{y}"))))
    for (label, colour), dash in zip(COMPANION_COLOURS.items(), COMPANION_DASHES):
        name = tr(COMPANION_NAMES[label])
        fig.add_trace(go.Scatter(x=table["period"], y=table[label], name=name, mode="lines+markers",
                                 line=dict(color=colour, width=2, dash=dash), marker=dict(size=5),
                                 hovertemplate=hover(tr("{label}: {count}", label=name, count="%{y}"))))
    fig.update_yaxes(title_text=tr("cramps"), rangemode="tozero")
    date_ticks(fig, table["period"])
    return style(fig, 360)


def spread_figure(first_seen: pd.DataFrame, per_month: pd.DataFrame) -> go.Figure:
    """Top: each region from its first to its last cramp, in order of first appearance.
    Bottom: how many regions had a cramp in each month."""
    n = len(first_seen)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.1,
                        row_heights=[0.65, 0.35])
    for i, row in enumerate(first_seen.itertuples()):
        region = tr(row.region)
        fig.add_trace(go.Scatter(
            x=[row.first_day, row.last_day], y=[region, region], mode="lines+markers",
            line=dict(color=SKY, width=4), marker=dict(color=[BLUE, SKY], size=[10, 6]), showlegend=i == 0,
            name=tr("first cramp, then span to the last"), legendgroup="span",
            hovertemplate=hover(tr("{region}: first {day}", region=region, day=day_texts([row.first_day])[0]))),
            row=1, col=1)
    fig.update_yaxes(autorange="reversed", row=1, col=1, type="category")
    # An explicit width: plotly draws a lone month's bar as a hairline when it has no neighbour to size it by.
    fig.add_trace(go.Bar(x=per_month["month"], y=per_month["regions"], name=tr("regions with cramps that month"),
                         marker_color=ORANGE, xperiod="M1", xperiodalignment="middle", width=MONTH_BAR_MS,
                         customdata=[month_year(m) for m in per_month["month"]],
                         hovertemplate=hover(tr("{month}: {count} regions", month="%{customdata}", count="%{y}"))),
                  row=2, col=1)
    fig.update_yaxes(title_text=tr("regions"), rangemode="tozero", dtick=1, row=2, col=1)
    date_ticks(fig, per_month["month"])
    return style(fig, 260 + 22 * n)
