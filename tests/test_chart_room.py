"""Margins made to hold a chart's labels, so the browser draws it once: wider for longer words, larger numbers,
two-line dates, a legend that wraps and a colour bar's title; never narrower than the figure asked for.
(tests/browser/test_dashboard.py checks in Chromium that the real page's charts keep exactly these margins.)"""
import pandas as pd
import plotly.graph_objects as go
import pytest

from cramplog.base import lang
from cramplog.diary.demo import load_demo
from cramplog.present import body_map, chart_room, dashboard


@pytest.fixture(scope="module")
def demo():
    return load_demo()


def _margin(fig: go.Figure) -> dict[str, int]:
    return {side: getattr(fig.layout.margin, side) for side in "lrtb"}


def _bars(labels: list[str], values: list[float] | None = None) -> go.Figure:
    values = values or [1] * len(labels)
    return go.Figure(go.Bar(y=labels, x=values, orientation="h")).update_layout(height=300, margin=dict(l=8, b=8))


def test_words_are_as_wide_as_the_browser_draws_them():
    # Chromium draws "Wed" 22.0 px and "during activity" 72.3 px wide in the chart font (12 px Source Sans).
    assert chart_room.text_width("Wed") == pytest.approx(22.0, abs=1)
    assert chart_room.text_width("during activity") == pytest.approx(72.3, abs=2)
    assert chart_room.text_width("中") >= chart_room.text_width("W")  # an unmeasured character counts as wide


def test_longer_category_labels_get_a_wider_left_margin():
    short = chart_room.fit(_bars(["calf"]))
    long = chart_room.fit(_bars(["calf", "Unterschenkel hinten links"]))
    assert long.layout.margin.l - short.layout.margin.l == pytest.approx(
        chart_room.text_width("Unterschenkel hinten links") - chart_room.text_width("calf"), abs=1)


def test_larger_counts_get_room_for_more_digits():
    few = go.Figure(go.Bar(x=["a", "b"], y=[3, 7])).update_layout(height=300, margin=dict(l=8))
    many = go.Figure(go.Bar(x=["a", "b"], y=[300, 7000])).update_layout(height=300, margin=dict(l=8))
    assert chart_room.fit(many).layout.margin.l > chart_room.fit(few).layout.margin.l


def test_a_margin_is_never_narrowed():
    fig = _bars(["calf"]).update_layout(margin=dict(l=300, r=50, t=90, b=120))
    assert _margin(chart_room.fit(fig)) == {"l": 300, "r": 50, "t": 90, "b": 120}


def test_an_axis_title_needs_room_of_its_own():
    bare = chart_room.fit(_bars(["calf"]))
    titled = chart_room.fit(_bars(["calf"]).update_yaxes(title_text="region"))
    assert titled.layout.margin.l >= bare.layout.margin.l + chart_room.TITLE_ROOM


def test_plotlys_two_line_dates_on_a_short_diary_need_a_taller_bottom():
    def timeline(days: int) -> go.Figure:
        dates = pd.date_range("2026-03-01", periods=days, freq="D")
        return go.Figure(go.Bar(x=dates, y=[1] * days)).update_layout(height=300, margin=dict(b=8))
    short, long = chart_room.fit(timeline(14)), chart_room.fit(timeline(200))
    assert short.layout.margin.b == long.layout.margin.b + chart_room.LINE


def test_legend_rows_follow_plotlys_layout():
    assert chart_room.legend_rows([100, 100, 100], 320) == 1  # all fit in one row, with their gaps
    assert chart_room.legend_rows([100, 100, 100], 305) == 2  # not quite: columns as wide as the widest
    assert chart_room.legend_rows([100, 150, 100], 280) == 3  # two columns of 150 do not fit: one per row
    assert chart_room.legend_rows([100, 120, 100, 110], 300) == 2  # two columns of 120


def test_a_legend_that_wraps_on_a_narrow_chart_gets_a_taller_bottom(demo):
    fig = dashboard.build_chart("timeline", demo).figure
    desktop, phone = (chart_room.fit(go.Figure(fig), width=w).layout.margin.b for w in (820, 358))
    assert phone > desktop + chart_room.LEGEND_ROW


@pytest.mark.parametrize("key", ["context", "spread"])
def test_the_dashboards_margins_grow_with_the_languages_words(demo, key):
    widths = {}
    for code in ("en", "de"):
        with lang.speaking(code):
            widths[code] = dashboard.build_chart(key, demo).figure.layout.margin.l
    assert widths["de"] > widths["en"]  # German region and context names are longer


def test_the_body_maps_colour_bar_title_fits_in_its_margin():
    counts = pd.DataFrame({"region": ["calf", "foot"], "side": ["left", "right"], "count": [3, 9]})
    for code in ("en", "es"):
        with lang.speaking(code):
            fig = body_map.body_figure(counts)
        title = fig.data[-1].marker.colorbar.title.text
        assert fig.layout.margin.r >= chart_room.text_width(title, chart_room.TITLE_PX) + 2 * 16


def test_a_figure_without_labels_keeps_its_margins():
    counts = pd.DataFrame({"region": ["calf"], "side": ["left"], "count": [1]})
    fig = body_map.body_figure(counts)  # one level: no colour bar, no axes
    assert _margin(fig) == {"l": 10, "r": 10, "t": 20, "b": 10}


def test_a_heat_maps_own_colour_bar_at_the_edge_gets_room_for_its_largest_count():
    def heatmap(top: float) -> go.Figure:
        z = [[1, top], [3, None]]
        return go.Figure(go.Heatmap(z=z, x=["a", "b"], y=["c", "d"], colorbar=dict(x=1, title=dict(text="n"))))
    small, large = (chart_room.fit(heatmap(top)).layout.margin.r for top in (9, 250_000))
    assert large - small == pytest.approx(chart_room.text_width("000k") - chart_room.text_width("0"), abs=1)


def test_an_x_axis_anchored_free_does_not_stop_the_fitting():
    fig = go.Figure(go.Bar(x=[1, 2], y=[3, 4])).update_xaxes(anchor="free", position=0)
    assert chart_room.fit(fig).layout.margin.l > 0
