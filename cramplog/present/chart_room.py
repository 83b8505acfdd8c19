"""Margins that already hold a figure's labels, so that the browser draws each chart once.

Streamlit's chart theme turns on plotly's automatic margins. When a figure's margins are too small for its axis
labels, legend or colour bar, plotly draws it, widens the margins and draws it all again, which doubles the cost
of every chart on the page. The room each part needs is estimated here from its words, with the widths of the
font Streamlit draws charts in. The estimates lean large: one too small only costs that second drawing (plotly
still widens the margin), while one too large leaves a few pixels of blank space.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from cramplog.paths import data_file

# Streamlit's chart theme, as plotly reports it in the browser: tick labels and legend in 12 px Source Sans.
FONT_PX = 12
# A chart's width on a 1280-pixel screen and on a 390-pixel phone. A legend is laid out in rows for one of
# them; a narrower screen may wrap it to more rows, which costs the second drawing there.
DESKTOP_WIDTH, PHONE_WIDTH = 820, 358
# Plotly keeps whatever pushes a margin this far from the figure's edge: the smallest of 12 px and the figure's
# four margins. The most is assumed, so an estimate is at most 4 px over when a margin is smaller.
PAD = 12
# Measured in Chromium, beyond the pad: the gap between a label and the plot (heat maps set theirs further out),
# and an axis title with its standoff.
LABEL_GAP, HEATMAP_GAP, TITLE_ROOM, X_TITLE_ROOM = 9, 16, 34, 30
LINE = 16  # one line of tick labels
# A legend's frame and rows; an item is its swatch and text, then a gap; groups of items are set further apart.
LEGEND_FRAME, LEGEND_ROW, LEGEND_ITEM, LEGEND_GAP, LEGEND_GROUP_GAP = 10, 19, 40, 5, 10
COLOUR_BAR_DEPTH = 66  # a horizontal colour bar with its title on top
TITLE_PX, BAR_EDGE, TICK_GAP = 14, 1, 4  # a colour bar's title size, its edge, and the gap before its ticks
SLACK = 3  # pixels: kerning and rounding in the browser
PLOTLY_HEIGHT = 450  # a figure's height when it sets none
_AXIS = re.compile(r"^([xy])axis(\d*)$")


@functools.cache
def _em() -> tuple[dict[str, float], float]:
    """Each measured character's width in em, and the widest of them (for a character not measured)."""
    widths = json.loads(data_file("chart_font.json").read_text(encoding="utf-8"))["em"]
    return widths, max(widths.values())


def text_width(text: str, px: float = FONT_PX) -> float:
    """The width of `text` in the chart font, in pixels; a character not measured counts as the widest."""
    em, widest = _em()
    return px * sum(em.get(ch, widest) for ch in str(text))


def fit(fig: go.Figure, width: int = DESKTOP_WIDTH) -> go.Figure:
    """Widen `fig`'s margins (never narrow them) to hold its axis labels, axis titles, legend and colour bars."""
    margin, axes = fig.layout.margin, _axes(fig)
    top = max(margin.t or 0, _side_room(fig, axes, "top"))
    left = max(margin.l or 0, _side_room(fig, axes, "left"))
    bars = [_bar_width(bar, owner) for bar, owner in _colour_bars(fig, "v")]
    right = max([margin.r or 0, _last_label_room(axes, width - left - (margin.r or 0))] + bars)
    below = [_below(fig, y, size, top) for y, size in _pushes_below(fig, width - left - right)]
    bottom = max([margin.b or 0, _side_room(fig, axes, "bottom")] + below)
    fig.update_layout(margin=dict(t=math.ceil(top), l=math.ceil(left), b=math.ceil(bottom), r=math.ceil(right)))
    return fig


def _below(fig: go.Figure, y: float, size: float, top: float) -> float:
    """The bottom margin that holds `size` pixels under paper height `y` (negative: below the plot, as a share
    of the plot's own height, which the margin takes from)."""
    share = max(-y, 0.0)
    return (size + PAD + share * ((fig.layout.height or PLOTLY_HEIGHT) - top)) / (1 + share) + SLACK


def _pushes_below(fig: go.Figure, plot_width: float) -> list[tuple[float, float]]:
    """(paper y, height) of what hangs below the plot: the legend and horizontal colour bars."""
    pushes = []
    if items := _legend_items(fig):
        grouped = any(t.legendgroup for t in fig.data)
        rows = legend_rows([text_width(name) + LEGEND_ITEM for name in items], plot_width)
        height = LEGEND_FRAME + LEGEND_ROW * rows + (LEGEND_GROUP_GAP * (rows - 1) if grouped else 0)
        pushes.append((fig.layout.legend.y if fig.layout.legend.y is not None else -0.1, height))
    pushes += [(bar.y if bar.y is not None else -0.1, COLOUR_BAR_DEPTH) for bar, _ in _colour_bars(fig, "h")]
    return pushes


def _colour_bars(fig: go.Figure, orientation: str) -> list[tuple[object, object]]:
    """(colour bar, trace) for each colour bar shown in `orientation` ("h" or "v"; plotly's default is "v")."""
    bars = []
    for trace in fig.data:
        owner = trace if trace.type == "heatmap" else getattr(trace, "marker", None)
        shown = owner is not None and (owner.showscale if trace.type != "heatmap" else owner.showscale is not False)
        if shown and (owner.colorbar.orientation or "v") == orientation:
            bars.append((owner.colorbar, owner))
    return bars


def _bar_width(bar, owner) -> float:
    """The right margin a vertical colour bar at the plot's edge (x = 1) needs: its pad on both sides, then its
    title or the bar with its tick labels, whichever is wider. A bar placed elsewhere is left to plotly."""
    if bar.x != 1:
        return 0.0
    title = text_width(bar.title.text or "", TITLE_PX)
    ticks = (bar.thickness or 30) + TICK_GAP + text_width(_widest_number(_scale_top(owner)))
    return 2 * (bar.xpad if bar.xpad is not None else 10) + max(title, ticks) + BAR_EDGE + PAD + SLACK


def _scale_top(owner) -> float:
    """The largest value a colour bar labels: its set maximum, else the largest value it colours."""
    for name in ("cmax", "zmax"):
        if (top := getattr(owner, name, None)) is not None:
            return float(top)
    coloured = getattr(owner, "z", None) if getattr(owner, "type", None) == "heatmap" else getattr(owner, "color", None)
    return max(_numbers(coloured), default=1.0)


def legend_rows(item_widths: list[float], plot_width: float) -> int:
    """Rows of a horizontal legend, laid out as plotly does: all in one row if they fit, else in columns as
    wide as the widest item."""
    if sum(item_widths) + LEGEND_GAP * (len(item_widths) - 1) < plot_width:
        return 1
    # + 1: plotly starts a new row when an item would reach the edge exactly, not only past it
    columns = max(1, int((plot_width + LEGEND_GAP) // (max(item_widths) + LEGEND_GAP + 1)))
    return -(-len(item_widths) // columns)


def _legend_items(fig: go.Figure) -> list[str]:
    """The names plotly lists in the legend, following its rule for when a legend shows at all."""
    items = [t.name or "" for t in fig.data if t.showlegend is not False and t.type != "heatmap"]
    counted = len(items) + sum(t.showlegend is True for t in fig.data)
    shown = fig.layout.showlegend if fig.layout.showlegend is not None else counted > 1
    return items if shown else []


@dataclass(frozen=True)
class _Axis:
    """One axis of a figure: its short name ("x2"), its layout, and the values its traces place along it."""
    name: str
    layout: object
    values: list
    heatmap: bool  # a heat map is drawn against it

    @property
    def letter(self) -> str:
        return self.name[0]


def _axes(fig: go.Figure) -> list[_Axis]:
    """Every axis the layout or a trace names, each read once (plotly's property access is slow)."""
    set_up = [axis.plotly_name for axis in (*fig.select_xaxes(), *fig.select_yaxes())]
    names = {m.group(1) + m.group(2) for key in set_up if (m := _AXIS.match(key))}
    traces = [(t.xaxis or "x", t.yaxis or "y", t.type, t.x, t.y) for t in fig.data]
    names |= {x for x, *_ in traces} | {y for _, y, *_ in traces}
    axes = []
    for name in sorted(names):
        on = [t for t in traces if name in t[:2]]
        column = 3 if name[0] == "x" else 4
        values = [v for t in on for v in (t[column] if t[column] is not None else ())]
        axes.append(_Axis(name, fig.layout[f"{name[0]}axis{name[1:]}"], values, any(t[2] == "heatmap" for t in on)))
    return axes


def _side_room(fig: go.Figure, axes: list[_Axis], side: str) -> float:
    """The margin the axes drawn along `side` (left, bottom or top) need for their labels and titles."""
    room = 0.0
    for axis in axes:
        if axis.layout.visible is False or _side(fig, axis) != side:
            continue
        title, gap = bool(axis.layout.title.text), HEATMAP_GAP if axis.heatmap else LABEL_GAP
        if axis.letter == "y":
            room = max(room, _widest(axis) + gap + (TITLE_ROOM if title else 0))
        elif axis.layout.showticklabels is not False:
            room = max(room, LINE * _lines(axis) + gap + (X_TITLE_ROOM if title else 0))
    return room + PAD + SLACK if room else 0.0


def _last_label_room(axes: list[_Axis], plot_width: float) -> float:
    """The right margin the last tick label of an x axis needs: the half of it that reaches past its place, less
    that place's distance from the plot's right edge, then the pad. Plotly's own date ticks fall on the first of
    a month or a week, inside the data, and are left alone; a number may sit on the edge."""
    room = 0.0
    for axis in axes:
        if axis.letter != "x" or axis.layout.visible is False or axis.layout.showticklabels is False:
            continue
        if last := _last_label(axis, plot_width):
            label, from_edge = last
            room = max(room, text_width(label) / 2 - from_edge + PAD + SLACK)
    return room


def _last_label(axis: _Axis, plot_width: float) -> tuple[str, float] | None:
    """(text, pixels from the plot's right edge) of an x axis's last tick label, where CrampLog can know it."""
    layout, values = axis.layout, axis.values
    if _is_categories(axis):
        categories = list(layout.categoryarray or dict.fromkeys(map(str, values)))
        return (categories[-1], plot_width / (2 * len(categories))) if categories else None
    dates = _dates(values)
    if layout.ticktext and layout.tickvals and len(dates) == len(values):
        places = pd.to_datetime(pd.Series([*dates, layout.tickvals[-1]])).astype("int64")
        low, high, last = places.iloc[:-1].min(), places.iloc[:-1].max(), places.iloc[-1]
        return layout.ticktext[-1], (high - last) / (high - low) * plot_width if high > low else plot_width / 2
    return None if dates or layout.ticktext else (_widest_number(_largest(axis)), 0.0)


def _side(fig: go.Figure, axis: _Axis) -> str | None:
    """Where an axis's labels are drawn: y axes on the left, the lowest plot's x axis at the bottom (the other
    x axes' labels sit between plots), and any x axis put on top at the top."""
    if axis.letter == "y":
        return "right" if axis.layout.side == "right" else "left"
    if axis.layout.side == "top":
        return "top"
    anchor = axis.layout.anchor or "y"
    domain = fig.layout[f"yaxis{anchor[1:]}"].domain if re.fullmatch(r"y\d*", anchor) else None  # not "free"
    return "bottom" if not domain or domain[0] == 0 else None


def _widest(axis: _Axis) -> float:
    """The widest tick label a y axis draws: its own texts, its categories, or its largest number."""
    if axis.layout.ticktext:
        return max(map(text_width, axis.layout.ticktext))
    if _is_categories(axis):
        return max((text_width(v) for v in set(map(str, axis.values))), default=0.0)
    return text_width(_widest_number(_largest(axis)))


def _is_categories(axis: _Axis) -> bool:
    return axis.layout.type == "category" or any(isinstance(v, str) for v in axis.values)


def _dates(values: list) -> list:
    return [v for v in values if isinstance(v, (dt.date, np.datetime64))]


def _largest(axis: _Axis) -> float:
    """The largest size among an axis's numbers and its set range."""
    return max(_numbers(axis.values) + _numbers(axis.layout.range), default=1.0)


def _numbers(values) -> list[float]:
    """The sizes of the numbers among `values` (flattened: a heat map's z is a grid)."""
    flat = np.asarray(values if values is not None else [], dtype=object).ravel()
    return [abs(float(v)) for v in flat if isinstance(v, (int, float, np.number)) and not pd.isna(v)]


def _widest_number(top: float) -> str:
    """A stand-in for the longest tick label of an axis up to `top`: plotly writes 10 000 and over as "10k",
    and ticks under 5 may carry a decimal."""
    digits = len(str(int(top * 1.1)))
    return "0" * min(digits, 3) + "k" if digits > 4 else ("0" * digits if top >= 5 else "0.0")


def _lines(axis: _Axis) -> int:
    """Lines in an x axis's tick labels: plotly's own date ticks over a short span put the year on a second
    line; texts CrampLog gives an axis are one line."""
    if axis.layout.ticktext:
        return 1
    values = _dates(axis.values)
    if not values:
        return 1
    days = pd.to_datetime(pd.Series(values))
    return 1 if (days.max() - days.min()).days > 90 else 2
