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


def style(fig: go.Figure, height: int) -> go.Figure:
    """Common layout: transparent, compact margins, horizontal legend under the plot.

    Charts hold still, as the body map does: a swipe that starts on a chart on a phone scrolls the page
    instead of zooming an axis, and a tap or hover still shows the values."""
    fig.update_layout(
        height=height, margin=dict(l=8, r=8, t=24, b=8),
        paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)",
        legend=dict(orientation="h", yanchor="top", y=-0.12, x=0, title=None, itemclick=False,
                    itemdoubleclick=False),
        bargap=0.15, hoverlabel=dict(namelength=-1), dragmode=False,
    )
    fig.update_xaxes(fixedrange=True)
    fig.update_yaxes(fixedrange=True)
    return fig


def timeline_figure(table: pd.DataFrame, freq: Freq) -> go.Figure:
    """Cramps per day or week as bars, their rolling average as a line, median severity below."""
    with_severity = bool(table["median_severity"].notna().any())
    rows = 2 if with_severity else 1
    fig = make_subplots(rows=rows, cols=1, shared_xaxes=True, vertical_spacing=0.08,
                        row_heights=[0.68, 0.32] if with_severity else None)
    word = Freq(freq).word
    fig.add_trace(go.Bar(x=table["period"], y=table["cramps"], name=f"cramps per {word}", marker_color=SKY,
                         hovertemplate="%{x|%d %b %Y}: %{y} cramps<extra></extra>"), row=1, col=1)
    window = "4 weeks" if freq == Freq.WEEK else "7 days"
    fig.add_trace(go.Scatter(x=table["period"], y=table["rolling_avg"], name=f"average over {window}",
                             mode="lines", line=dict(color=BLUE, width=2.5),
                             hovertemplate="average %{y:.1f}<extra></extra>"), row=1, col=1)
    fig.update_yaxes(title_text="cramps", rangemode="tozero", row=1, col=1)
    if with_severity:
        fig.add_trace(go.Scatter(x=table["period"], y=table["median_severity"], name="median severity",
                                 mode="markers", marker=dict(color=VERMILLION, size=7),
                                 hovertemplate="median severity %{y}<extra></extra>"), row=2, col=1)
        fig.update_yaxes(title_text="severity", range=[0, 10.5], row=2, col=1)
    return style(fig, 420 if with_severity else 320)


CALENDAR_WEEK_LABELS = 8  # at most this many week labels, so they stay apart at phone width


def calendar_figure(table: pd.DataFrame) -> go.Figure:
    """One cell per day: columns are weeks (Monday first), rows are weekdays."""
    kept = table["kept"] if "kept" in table.columns else True
    grid = (table.assign(cramps=table["cramps"].where(kept)).pivot(index="weekday", columns="week", values="cramps")
            .reindex(list(WEEKDAYS)))
    # Day labels as text: orjson (plotly's fast JSON path) crashes here on 2-D datetime arrays with gaps.
    labels = table.assign(label=table["day"].dt.strftime("%a %d %b %Y"))
    days = labels.pivot(index="weekday", columns="week", values="label").reindex(list(WEEKDAYS))
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(dtype=float), x=list(grid.columns), y=list(grid.index), customdata=days.to_numpy(dtype=object),
        colorscale=COUNT_SCALE, zmin=0, xgap=2, ygap=2, hoverongaps=False,
        hovertemplate="%{customdata}: %{z} cramps<extra></extra>",
        colorbar=dict(title=dict(text="cramps", side="top"), orientation="h", y=-0.2, yanchor="top",
                      thickness=10, len=0.5, x=0, xanchor="left"),
    ))
    _mark_unkept(fig, table)
    fig.update_yaxes(autorange="reversed", showgrid=False)
    # Plotly's own date ticks fall between the week columns: label chosen columns by their Monday instead.
    weeks = list(grid.columns)
    shown = weeks[::-(-len(weeks) // CALENDAR_WEEK_LABELS)]
    fig.update_xaxes(showgrid=False, tickmode="array", tickvals=shown,
                     ticktext=[f"{week.day} {week:%b}" for week in shown])
    return style(fig, 300)


def _mark_unkept(fig: go.Figure, table: pd.DataFrame) -> None:
    """Days the diary was not kept are left blank and crossed by a dash, so they never read as cramp-free days
    (a faint grey cell): the difference is in the mark, not only in the colour."""
    if "kept" not in table.columns or table["kept"].all():
        return
    unkept = table[~table["kept"]]
    fig.add_trace(go.Scatter(
        x=unkept["week"], y=unkept["weekday"], mode="markers", name="not kept (nothing noted that day)",
        marker=dict(symbol="line-ew", size=6, line=dict(width=1.5, color=GREY)), customdata=unkept["day"].dt.strftime(
            "%a %d %b %Y"), hovertemplate="%{customdata}: not kept<extra></extra>"))


def hour_weekday_figure(table: pd.DataFrame) -> go.Figure:
    """Hours down the side (midnight at the top), weekdays across: tall rather than wide, for phones."""
    grid = table.pivot(index="hour", columns="weekday", values="cramps").reindex(columns=list(WEEKDAYS))
    labels = [f"{h:02d}:00" for h in grid.index]
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(dtype=float), x=list(WEEKDAYS), y=labels, colorscale=COUNT_SCALE, zmin=0,
        xgap=2, ygap=1, hovertemplate="%{x} %{y}: %{z} cramps<extra></extra>",
        colorbar=dict(title=dict(text="cramps", side="top"), orientation="h", y=-0.06, yanchor="top",
                      thickness=10, len=0.5, x=0, xanchor="left"),
    ))
    fig.update_yaxes(autorange="reversed", showgrid=False, dtick=3, title_text="time of day")
    fig.update_xaxes(showgrid=False, side="top")
    style(fig, 520)
    fig.update_layout(margin_t=40)  # room for the weekday labels on top
    return fig


# Apart for every common colour-vision deficiency, and dashed differently as well.
COMPANION_COLOURS = dict(zip(COMPANION_LABELS.values(), (VERMILLION, BLUE, PURPLE)))
COMPANION_DASHES = ("solid", "dash", "dot")


def companions_figure(table: pd.DataFrame, freq: Freq) -> go.Figure:
    """All cramps as faint bars; those with twitching, weakness or stiffness after as coloured lines."""
    word = Freq(freq).word
    fig = go.Figure(go.Bar(x=table["period"], y=table["cramps"], name=f"all cramps per {word}",
                           marker_color=GREY, hovertemplate="%{x|%d %b %Y}: %{y} cramps<extra></extra>"))
    for (label, colour), dash in zip(COMPANION_COLOURS.items(), COMPANION_DASHES):
        fig.add_trace(go.Scatter(x=table["period"], y=table[label], name=f"with {label}", mode="lines+markers",
                                 line=dict(color=colour, width=2, dash=dash), marker=dict(size=5),
                                 hovertemplate=f"with {label}: %{{y}}<extra></extra>"))
    fig.update_yaxes(title_text="cramps", rangemode="tozero")
    return style(fig, 360)


def spread_figure(first_seen: pd.DataFrame, per_month: pd.DataFrame) -> go.Figure:
    """Top: each region from its first to its last cramp, in order of first appearance.
    Bottom: how many regions had a cramp in each month."""
    n = len(first_seen)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.1,
                        row_heights=[0.65, 0.35])
    for i, row in enumerate(first_seen.itertuples()):
        fig.add_trace(go.Scatter(
            x=[row.first_day, row.last_day], y=[row.region, row.region], mode="lines+markers",
            line=dict(color=SKY, width=4), marker=dict(color=[BLUE, SKY], size=[10, 6]), showlegend=i == 0,
            name="first cramp, then span to the last", legendgroup="span",
            hovertemplate=f"{row.region}: first %{{x|%d %b %Y}}<extra></extra>"), row=1, col=1)
    fig.update_yaxes(autorange="reversed", row=1, col=1, type="category")
    # An explicit width: plotly draws a lone month's bar as a hairline when it has no neighbour to size it by.
    fig.add_trace(go.Bar(x=per_month["month"], y=per_month["regions"], name="regions with cramps that month",
                         marker_color=ORANGE, xperiod="M1", xperiodalignment="middle", width=MONTH_BAR_MS,
                         hovertemplate="%{x|%b %Y}: %{y} regions<extra></extra>"), row=2, col=1)
    fig.update_yaxes(title_text="regions", rangemode="tozero", dtick=1, row=2, col=1)
    return style(fig, 260 + 22 * n)
