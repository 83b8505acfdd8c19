"""The body figure highlights exactly the regions and sides the counts say, and never crashes."""
import pandas as pd
import plotly.colors
import plotly.graph_objects as go
import pytest

from cramplog.present import body_map
from cramplog.schema import REGIONS


def counts(*rows):
    return pd.DataFrame(rows, columns=["region", "side", "count"])


def test_every_schema_region_except_other_has_a_place_on_the_body():
    assert set(body_map.POSITIONS) == set(REGIONS) - {"other"}


def test_left_calf_highlights_the_left_calf_only():
    fig = body_map.body_figure(counts(("calf", "left", 3)))
    assert body_map.highlighted(fig) == {("calf", "left"): 3}


def test_left_is_drawn_on_the_viewers_right_and_labelled():
    fig = body_map.body_figure(counts(("hand", "left", 1), ("hand", "right", 2)))
    trace = next(t for t in fig.data if t.meta == body_map.HIGHLIGHT_META)
    x = {(r, s): xv for (r, s, _), xv in zip(trace.customdata, trace.x)}
    assert x[("hand", "left")] > 0 > x[("hand", "right")]
    texts = [a.text for a in fig.layout.annotations]
    assert "Left" in texts and "Right" in texts
    assert any("left is on your right" in t for t in texts)


def test_both_counts_on_each_side_and_adds_to_one_sided_counts():
    fig = body_map.body_figure(counts(("calf", "both", 2), ("calf", "left", 1)))
    assert body_map.highlighted(fig) == {("calf", "left"): 3, ("calf", "right"): 2}


def test_unknown_side_goes_to_the_midline_and_is_explained():
    fig = body_map.body_figure(counts(("thigh", None, 2), ("thigh", float("nan"), 1), ("thigh", "up", 1)))
    assert body_map.highlighted(fig) == {("thigh", None): 4}
    assert any("side not recorded" in a.text for a in fig.layout.annotations)


@pytest.mark.parametrize("rows", [
    [("tongue", None, 3), ("calf", "left", 1)],
    [("calf", "right", 2)],
    [],
])
def test_no_side_note_when_every_midline_marker_is_a_midline_organ(rows):
    fig = body_map.body_figure(counts(*rows))
    assert not any("side not recorded" in a.text for a in fig.layout.annotations)


def test_zero_counts_are_not_highlighted():
    fig = body_map.body_figure(counts(("calf", "left", 0), ("foot", "right", 2)))
    assert body_map.highlighted(fig) == {("foot", "right"): 2}


def test_empty_frame_gives_an_outline_with_nothing_highlighted():
    fig = body_map.body_figure(counts())
    assert body_map.highlighted(fig) == {}
    assert len(fig.layout.shapes) >= 10  # torso, head, neck, arms, hands, legs, feet
    neutral = fig.data[0]
    assert len(neutral.x) == 2 * (len(body_map.POSITIONS) - len(body_map.MIDLINE_ONLY)) + len(body_map.MIDLINE_ONLY)


def test_other_and_unknown_regions_are_noted_not_drawn():
    fig = body_map.body_figure(counts(("other", "left", 2), ("elbow-ish", "right", 1), (None, None, 1)))
    assert body_map.highlighted(fig) == {}
    assert any("Other places, not drawn: 4 cramps" in a.text for a in fig.layout.annotations)


def test_tongue_is_one_midline_place_whatever_the_side():
    fig = body_map.body_figure(counts(("tongue", "left", 1), ("tongue", "both", 1)))
    assert body_map.highlighted(fig) == {("tongue", None): 2}


def test_bigger_counts_get_bigger_markers_and_hover_gives_each_count():
    fig = body_map.body_figure(counts(("calf", "right", 9), ("foot", "right", 1)))
    trace = next(t for t in fig.data if t.meta == body_map.HIGHLIGHT_META)
    size = {r: s for (r, _, _), s in zip(trace.customdata, trace.marker.size)}
    assert size["calf"] > size["foot"]
    assert "Right calf: 9 cramps" in trace.hovertext and "Right foot: 1 cramp" in trace.hovertext


@pytest.mark.parametrize("frame", [
    pd.DataFrame(),
    pd.DataFrame({"region": ["calf"]}),
    pd.DataFrame({"region": ["calf"], "side": ["left"], "count": ["lots"]}),
])
def test_odd_frames_never_crash(frame):
    assert isinstance(body_map.body_figure(frame), go.Figure)


def test_transparent_background_for_light_and_dark_themes():
    fig = body_map.body_figure(counts(("calf", "left", 1)))
    assert fig.layout.paper_bgcolor == fig.layout.plot_bgcolor == "rgba(0,0,0,0)"


def test_article_regions_highlight_legs_feet_hands_and_tongue():
    got = body_map.highlighted(body_map.body_figure(body_map.article_regions()))
    regions = {r for r, _ in got}
    assert regions == {"thigh", "calf", "foot", "hand", "tongue"}
    assert ("calf", "left") in got and ("calf", "right") in got


def test_the_fewest_cramps_are_drawn_in_a_colour_bright_enough_for_the_dark_theme():
    fig = body_map.body_figure(pd.DataFrame({"region": ["calf", "foot"], "side": ["left", "left"], "count": [1, 40]}))
    scale = next(t.marker.colorscale for t in fig.data if t.marker.colorscale)
    low = plotly.colors.unlabel_rgb(plotly.colors.convert_colors_to_same_type(scale[0][1], "rgb")[0][0])
    # Relative luminance of the lowest colour: Viridis' own start (#440154) is about 0.03, unreadable on dark grey.
    luminance = sum(w * (c / 255) ** 2.2 for w, c in zip((0.2126, 0.7152, 0.0722), low))
    assert luminance > 0.05
