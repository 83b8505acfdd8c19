"""A front-view body outline whose regions light up by how many cramps (or mentions) they have.

One builder serves two pages: the Learn page (regions the article names) and the user's own body map.
Viewer's left is the person's right (a front view), so the person's right side sits at negative x.
"""
from __future__ import annotations

import math

import pandas as pd
import plotly.colors
import plotly.graph_objects as go

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import plural
from cramplog.present import chart_room

# Viridis is sequential and colour-blind safe; its darkest third is left out so that a region with
# few cramps still stands out (3:1) against the dark theme's background (tests/test_colours.py).
_STEPS = [0.35 + 0.65 * i / 8 for i in range(9)]
COLORSCALE = [[i / 8, c] for i, c in enumerate(plotly.colors.sample_colorscale("Viridis", _STEPS))]
NEUTRAL = "rgba(128,128,128,0.55)"  # reads on light and dark themes alike
OUTLINE_FILL = "rgba(128,128,128,0.14)"
OUTLINE_LINE = "rgba(128,128,128,0.85)"
HIGHLIGHT_META = "highlighted"
MIDLINE_ONLY = {"tongue"}  # one organ in the middle: a side makes no sense

# Marker position of each region on the person's RIGHT side (x < 0); the left side mirrors it.
POSITIONS: dict[str, tuple[float, float]] = {
    "tongue": (0.0, 9.05), "jaw": (-0.3, 8.85), "neck": (-0.12, 8.4),
    "shoulder": (-0.95, 8.0), "upper arm": (-1.25, 7.0), "forearm": (-1.45, 5.75),
    "hand": (-1.6, 4.6), "fingers": (-1.68, 4.15),
    "chest": (-0.45, 7.35), "abdomen": (-0.35, 6.05), "back": (-0.72, 6.6),
    "hip": (-0.8, 5.1), "buttock": (-0.5, 4.8), "thigh": (-0.45, 4.0), "hamstring": (-0.72, 3.6),
    "shin": (-0.36, 1.8), "calf": (-0.64, 2.15), "foot": (-0.5, 0.3), "toes": (-0.8, 0.12),
}

# Outline pieces for the person's right side as (x, y) polygons; mirrored for the left.
_RIGHT_LIMBS = [
    # arm: shoulder to wrist, outer edge then inner edge
    [(-0.95, 8.25), (-1.22, 8.0), (-1.47, 6.45), (-1.72, 4.95), (-1.45, 4.9), (-1.2, 6.4), (-0.95, 7.35)],
    # hand
    [(-1.72, 4.95), (-1.82, 4.3), (-1.68, 3.85), (-1.5, 3.95), (-1.42, 4.9)],
    # leg: hip to ankle, outer edge then inner edge up to the crotch
    [(-0.88, 5.05), (-0.82, 2.9), (-0.66, 0.55), (-0.3, 0.55), (-0.18, 2.9), (-0.04, 4.45)],
    # foot, toes pointing out and down in a front view
    [(-0.66, 0.55), (-0.92, 0.02), (-0.28, -0.02), (-0.3, 0.55)],
]
_TORSO = [(-0.95, 8.25), (0.95, 8.25), (0.9, 5.05), (0.0, 4.45), (-0.9, 5.05)]


def _path(points: list[tuple[float, float]]) -> str:
    return "M " + " L ".join(f"{x},{y}" for x, y in points) + " Z"


def _mirror(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(-x, y) for x, y in points]


def _outline_shapes() -> list[dict]:
    pieces = [_TORSO] + _RIGHT_LIMBS + [_mirror(p) for p in _RIGHT_LIMBS]
    shape = {"type": "path", "fillcolor": OUTLINE_FILL, "line": {"color": OUTLINE_LINE, "width": 1.5},
             "layer": "below"}
    shapes = [{**shape, "path": _path(p)} for p in pieces]
    shapes.append({**shape, "type": "circle", "x0": -0.55, "x1": 0.55, "y0": 8.6, "y1": 9.95})
    shapes.append({**shape, "type": "rect", "x0": -0.2, "x1": 0.2, "y0": 8.2, "y1": 8.62})
    return shapes


def _side_key(region: str, side: object) -> str | None:
    """'left'/'right', or None for the midline (unknown side, or a midline organ)."""
    if region in MIDLINE_ONLY or not isinstance(side, str):
        return None
    side = side.strip().lower()
    return side if side in ("left", "right") else None


def tally(counts: pd.DataFrame) -> tuple[dict[tuple[str, str | None], int], int]:
    """Sum counts per drawn position. Returns ({(region, side or None): n}, n for 'other'/unknown).

    'both' adds to left and right; an unknown or missing side goes to the midline; a region that
    cannot be drawn ('other', misspelt, missing) is added to the 'other' total instead of crashing.
    """
    drawn: dict[tuple[str, str | None], int] = {}
    other = 0
    if counts is None or counts.empty or "region" not in counts.columns:
        return drawn, other
    sides = counts["side"] if "side" in counts.columns else pd.Series(None, index=counts.index, dtype=object)
    numbers = (pd.to_numeric(counts["count"], errors="coerce") if "count" in counts.columns
               else pd.Series(1, index=counts.index))
    for region, side, n in zip(counts["region"], sides, numbers.fillna(0)):
        n = int(n)
        if n <= 0:
            continue
        region = region.strip().lower() if isinstance(region, str) else ""
        if region not in POSITIONS:
            other += n
            continue
        is_both = isinstance(side, str) and side.strip().lower() == "both" and region not in MIDLINE_ONLY
        for key in ([(region, "left"), (region, "right")] if is_both else [(region, _side_key(region, side))]):
            drawn[key] = drawn.get(key, 0) + n
    return drawn, other


def _xy(region: str, side: str | None) -> tuple[float, float]:
    x, y = POSITIONS[region]
    if side is None:
        return 0.0, y
    return (x, y) if side == "right" else (-x, y)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _label(region: str, side: str | None) -> str:
    """"Left calf", "Wade links", "Mollet gauche": a place as its marker's hover names it."""
    place = tr(region)
    if side is None:
        return _capital(place if region in MIDLINE_ONLY else tr("{region} (side not recorded)", region=place))
    return _capital(tr("Left {region}", region=place) if side == "left" else tr("Right {region}", region=place))


# What a map counts, as its callers name it (singular, plural): its counting words and its colour bar's title.
NOUNS = {("cramp", "cramps"): tr_later("cramps"), ("place named", "places named"): tr_later("places named")}


def _noun(n: int, noun: tuple[str, str]) -> str:
    if noun == ("place named", "places named"):
        return plural(n, "place named", "places named")
    return plural(n, "cramp") if noun == ("cramp", "cramps") else plural(n, *noun)


def _noun_title(noun: tuple[str, str]) -> str:
    return tr(NOUNS[noun]) if noun in NOUNS else noun[1]


def _neutral_trace(drawn: dict) -> go.Scatter:
    """Every region on both sides, neutral, so the map reads the same with or without data."""
    neutral = [(r, s) for r in POSITIONS for s in ((None,) if r in MIDLINE_ONLY else ("right", "left"))]
    neutral = [k for k in neutral if k not in drawn]
    return go.Scatter(
        x=[_xy(*k)[0] for k in neutral], y=[_xy(*k)[1] for k in neutral], mode="markers",
        marker={"size": 8, "color": "rgba(0,0,0,0)", "line": {"color": NEUTRAL, "width": 1.2}},
        hovertext=[f"{_label(*k)}: 0" for k in neutral], hoverinfo="text", showlegend=False,
        name=tr("no entries"),
    )


def _counts_trace(drawn: dict, noun: tuple[str, str]) -> go.Scatter:
    """One marker per region and side with cramps; colour and size grow with the count."""
    keys = sorted(drawn, key=lambda k: (list(POSITIONS).index(k[0]), str(k[1])))
    values = [drawn[k] for k in keys]
    top = max(values)
    # One level only (e.g. the article's places): show it mid-scale, which reads on light and dark.
    cmax = top if len(set(values)) > 1 else top * 1.5
    return go.Scatter(
        x=[_xy(*k)[0] for k in keys], y=[_xy(*k)[1] for k in keys], mode="markers",
        marker={
            "size": [12 + 14 * math.sqrt(v / top) for v in values], "color": values,
            "colorscale": COLORSCALE, "cmin": 0, "cmax": cmax,
            "line": {"color": "rgba(70,70,70,0.9)", "width": 1},
            "showscale": len(set(values)) > 1,
            # At the plot's edge (x = 1, set off by its pad) the bar needs the same margin at any width.
            "colorbar": {"title": {"text": _noun_title(noun)}, "thickness": 12, "len": 0.5, "x": 1, "xpad": 16},
        },
        customdata=[[k[0], k[1] or "", drawn[k]] for k in keys],
        hovertext=[f"{_label(*k)}: {_noun(drawn[k], noun)}" for k in keys], hoverinfo="text",
        showlegend=False, name=_noun_title(noun), meta=HIGHLIGHT_META,
    )


def _annotations(drawn: dict, other: int, noun: tuple[str, str]) -> list[dict]:
    """The side labels and the notes under the figure."""
    notes = [tr("Front view: the person's left is on your right.")]
    if any(side is None and region not in MIDLINE_ONLY for region, side in drawn):
        notes.append(tr("Markers on the midline: side not recorded."))  # the tongue has no side to record
    if other:
        notes.append(tr("Other places, not drawn: {count}.", count=_noun(other, noun)))
    return [
        {"x": -1.75, "y": 10.25, "text": tr("Right"), "showarrow": False, "font": {"size": 13}},
        {"x": 1.75, "y": 10.25, "text": tr("Left"), "showarrow": False, "font": {"size": 13}},
        {"x": 0, "y": -0.3, "yanchor": "top", "text": "<br>".join(notes), "showarrow": False,
         "font": {"size": 11}},
    ]


def body_figure(counts: pd.DataFrame, title: str | None = None, *,
                noun: tuple[str, str] = ("cramp", "cramps")) -> go.Figure:
    """Front-view outline with one marker per region and side; colour and size grow with the count."""
    drawn, other = tally(counts)
    fig = go.Figure(_neutral_trace(drawn))
    if drawn:
        fig.add_trace(_counts_trace(drawn, noun))
    axis = {"visible": False, "fixedrange": True}
    fig.update_layout(
        title={"text": title} if title else None,
        shapes=_outline_shapes(), annotations=_annotations(drawn, other, noun),
        xaxis={**axis, "range": [-2.3, 2.3]},
        yaxis={**axis, "range": [-1.6, 10.6], "scaleanchor": "x", "scaleratio": 1},
        height=600, margin={"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel={"namelength": 0}, dragmode=False,
    )
    return chart_room.fit(fig)


def highlighted(fig: go.Figure) -> dict[tuple[str, str | None], int]:
    """What a body figure highlights: {(region, 'left'/'right' or None for midline): count}."""
    for trace in fig.data:
        if trace.meta == HIGHLIGHT_META:
            return {(r, s or None): int(n) for r, s, n in trace.customdata}
    return {}


def article_regions() -> pd.DataFrame:
    """The places the source article names for ALS-related cramps: legs, feet, hands and the tongue."""
    return pd.DataFrame({
        "region": ["thigh", "calf", "foot", "hand", "tongue"],
        "side": ["both", "both", "both", "both", None],
        "count": [1, 1, 1, 1, 1],
    })
