"""Charts hold still under a phone swipe (issue 23): no axis can be zoomed or panned, nothing to double-click."""
from __future__ import annotations

import pytest

from cramplog.diary.demo import load_demo
from cramplog.present.dashboard import CHART_CONFIG, build_chart, chart_infos

KEYS = [info.key for info in chart_infos()]


@pytest.fixture(scope="module")
def demo():
    return load_demo()


def _axes(fig):
    layout = fig.to_plotly_json()["layout"]
    return {name: axis for name, axis in layout.items() if name.startswith(("xaxis", "yaxis"))}


@pytest.mark.parametrize("key", KEYS)
def test_every_chart_holds_still_under_a_swipe(demo, key):
    fig = build_chart(key, demo).figure
    assert fig is not None
    assert fig.layout.dragmode is False, f"{key}: a drag would zoom or pan"
    axes = _axes(fig)
    assert axes, f"{key}: no axes found"
    zoomable = [name for name, axis in axes.items() if not axis.get("fixedrange")]
    assert not zoomable, f"{key}: {zoomable} can still be zoomed"


def test_the_pages_draw_charts_without_zoom_or_double_click():
    assert CHART_CONFIG["scrollZoom"] is False
    assert CHART_CONFIG["doubleClick"] is False
    assert CHART_CONFIG["displayModeBar"] is False
