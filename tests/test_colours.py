"""The charts' colours stay apart for readers with a colour-vision deficiency, and show on both themes.

Each set of colours drawn together in one chart is simulated for protanopia, deuteranopia and
tritanopia (Machado, Oliveira & Fernandes 2009, full severity, applied in linear RGB) and every pair
must stay at least MIN_DELTA_E apart in CIELAB (about "clearly different at a glance"). Sequential
scales (the heat maps, the body map) must keep getting darker from few to many cramps under every
simulation, so their order reads without hue. Lines and markers must stand out from the light and the
dark theme's backgrounds.
"""
from __future__ import annotations

import itertools

import pandas as pd
import plotly.colors
import pytest

from cramplog.present import body_map, figures_time, figures_what

# Machado et al. (2009), severity 1.0: linear-RGB matrices for each dichromacy.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
VISIONS = [None, *CVD]
MIN_DELTA_E = 20.0
LIGHT_BG, DARK_BG = "#ffffff", "#171614"  # Streamlit's light and dark app backgrounds (measured in Chromium)
T = figures_time
# Colours that share one chart, named by where they are drawn.
SETS = {
    "timeline (bars, average line, severity dots)": (T.SKY, T.BLUE, T.VERMILLION),
    "companions (twitching, weakness, stiffness)": tuple(T.COMPANION_COLOURS.values()),
    "remedies (helped, partly, did not)": tuple(c for k, c in figures_what.HELPED_COLOURS.items() if c != T.GREY),
    "spread (region lines, monthly bars)": (T.SKY, T.BLUE, T.ORANGE),
    "context and triggers": (T.BLUE, T.ORANGE),
}


def _rgb(colour: str) -> tuple[float, float, float]:
    r, g, b = plotly.colors.hex_to_rgb(colour) if colour.startswith("#") else plotly.colors.unlabel_rgb(colour)[:3]
    return r / 255, g / 255, b / 255


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = min(max(c, 0.0), 1.0)
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def simulate(colour: str, vision: str | None) -> tuple[float, float, float]:
    """The sRGB colour (0-1) as a reader with `vision` sees it (None: typical colour vision)."""
    rgb = _rgb(colour)
    if vision is None:
        return rgb
    lin = [_linear(c) for c in rgb]
    return tuple(_gamma(sum(m * c for m, c in zip(row, lin))) for row in CVD[vision])


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: tuple, b: tuple) -> float:
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b))) ** 0.5


def luminance(rgb: tuple[float, float, float]) -> float:
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(_rgb(a)), luminance(_rgb(b))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_simulation_is_sound():
    # Red and green, the classic confusion, collapse for protanopes and deuteranopes but not for others;
    # grey stays grey for everyone.
    red, green = "#d62728", "#2ca02c"
    assert delta_e(simulate(red, None), simulate(green, None)) > 60
    assert delta_e(simulate(red, "deuteranopia"), simulate(green, "deuteranopia")) < 25
    assert delta_e(simulate(red, "protanopia"), simulate(green, "protanopia")) < 40
    assert delta_e(simulate("#808080", "tritanopia"), simulate("#808080", None)) < 1


@pytest.mark.parametrize("chart", SETS)
@pytest.mark.parametrize("vision", VISIONS)
def test_colours_drawn_together_stay_apart(chart, vision):
    for a, b in itertools.combinations(SETS[chart], 2):
        distance = delta_e(simulate(a, vision), simulate(b, vision))
        assert distance >= MIN_DELTA_E, f"{chart}: {a} and {b} are only {distance:.1f} apart for {vision or 'typical vision'}"


def _scale_colours(scale) -> list[str]:
    return [c for _, c in scale if not c.startswith("rgba")]  # the zero step is a see-through grey


@pytest.mark.parametrize("name,scale", [("heat maps", figures_time.COUNT_SCALE), ("body map", body_map.COLORSCALE)])
@pytest.mark.parametrize("vision", VISIONS)
def test_sequential_scales_keep_their_order_in_lightness(name, scale, vision):
    colours = _scale_colours(scale)
    lightness = [lab(simulate(c, vision))[0] for c in colours]
    steps = list(zip(lightness, lightness[1:]))
    increasing = all(b > a + 2 for a, b in steps)
    decreasing = all(b < a - 2 for a, b in steps)
    assert increasing or decreasing, f"{name}: lightness {[round(v) for v in lightness]} for {vision or 'typical vision'}"


@pytest.mark.parametrize("background", [LIGHT_BG, DARK_BG], ids=["light", "dark"])
def test_lines_and_marks_stand_out_on_both_themes(background):
    # Lines, dots and the 10-minute mark: WCAG 1.4.11 asks 3:1 of the graphics needed to read a chart.
    for colour in (T.BLUE, T.VERMILLION, *T.COMPANION_COLOURS.values()):
        assert contrast(colour, background) >= 3.0, f"{colour} on {background}: {contrast(colour, background):.2f}"
    # Filled bars are large areas with their numbers under "Show data": they need only to be seen.
    for colour in (T.SKY, T.ORANGE):
        assert contrast(colour, background) >= 2.0, f"{colour} on {background}: {contrast(colour, background):.2f}"


@pytest.mark.parametrize("background", [LIGHT_BG, DARK_BG], ids=["light", "dark"])
@pytest.mark.parametrize("vision", VISIONS)
def test_a_day_with_one_cramp_differs_from_a_day_with_none(background, vision):
    zero, one = _over(figures_time.COUNT_SCALE[0][1], background), figures_time.COUNT_SCALE[1][1]
    assert delta_e(simulate(zero, vision), simulate(one, vision)) >= 10


@pytest.mark.parametrize("background", [LIGHT_BG, DARK_BG], ids=["light", "dark"])
def test_every_body_map_marker_shows_by_its_fill_or_its_outline(background):
    outline = _over(body_map_outline(), background)
    for colour in _scale_colours(body_map.COLORSCALE):
        assert max(contrast(colour, background), contrast(outline, background)) >= 3.0, (colour, background)


def body_map_outline() -> str:
    """The markers' outline colour, read from a drawn body map."""
    fig = body_map.body_figure(pd.DataFrame({"region": ["calf"], "side": ["left"], "count": [3]}))
    return next(t.marker.line.color for t in fig.data if t.marker.colorscale is not None)


def _over(rgba: str, background: str) -> str:
    """A see-through rgba colour as it shows over `background`, as #rrggbb."""
    *rgb, alpha = (float(v) for v in rgba[rgba.index("(") + 1:-1].split(","))
    under = (c * 255 for c in _rgb(background))
    return "#" + "".join(f"{round(c * alpha + u * (1 - alpha)):02x}" for c, u in zip(rgb, under))
