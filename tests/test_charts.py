"""Each figure plots exactly the numbers of its table, stays small for long diaries and keeps the
shared look (transparent background, legend below, colour-blind-safe colours)."""
import json

import numpy as np
import pandas as pd
import pytest

from cramplog.analyse import tables
from cramplog.diary.demo import load_demo
from cramplog.present import dashboard, figures_time, figures_what
from cramplog.schema import make_diary

OKABE_ITO = {"#0072B2", "#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#F0E442"}


@pytest.fixture(scope="module")
def demo():
    return load_demo()


def _total(values) -> float:
    return float(np.nansum(np.asarray(values, dtype=float)))


def test_timeline_bars_are_the_counts_per_week(demo):
    table = tables.counts_over_time(demo, "W")
    fig = figures_time.timeline_figure(table, "W")
    bars, average, severity = fig.data
    assert list(bars.y) == table["cramps"].tolist() and sum(bars.y) == len(demo)
    assert list(average.y) == table["rolling_avg"].tolist()
    assert np.allclose(severity.y, table["median_severity"], equal_nan=True)  # NaN: a week without cramps


def test_timeline_without_severity_has_no_severity_panel(demo):
    table = tables.counts_over_time(demo.assign(severity=float("nan")), "W")
    fig = figures_time.timeline_figure(table, "W")
    assert [t.name for t in fig.data] == ["cramps per week", "average over 4 weeks"]


def test_calendar_cells_are_the_days(demo):
    table = tables.calendar_counts(demo)
    z = figures_time.calendar_figure(table).data[0].z
    assert _total(z) == len(demo)
    assert np.isfinite(np.asarray(z, dtype=float)).sum() == len(table)  # one cell per day, none extra


def test_calendar_week_labels_name_the_monday_of_their_column():
    # Wednesday 4 Feb to Friday 27 Feb 2026: four week columns, starting Mondays 2, 9, 16 and 23 Feb.
    diary = make_diary([{"date": "2026-02-04"}, {"date": "2026-02-27"}])
    axis = figures_time.calendar_figure(tables.calendar_counts(diary)).layout.xaxis
    assert axis.tickmode == "array"
    assert [pd.Timestamp(v) for v in axis.tickvals] == list(pd.date_range("2026-02-02", periods=4, freq="7D"))
    assert list(axis.ticktext) == ["2 Feb", "9 Feb", "16 Feb", "23 Feb"]


def test_calendar_week_labels_thin_out_on_a_long_diary_but_stay_on_columns(demo):
    fig = figures_time.calendar_figure(tables.calendar_counts(demo))
    axis, columns = fig.layout.xaxis, list(fig.data[0].x)
    assert 3 <= len(axis.tickvals) <= figures_time.CALENDAR_WEEK_LABELS < len(columns)
    assert all(v in columns and pd.Timestamp(v).day_name() == "Monday" for v in axis.tickvals)
    assert list(axis.ticktext) == [f"{pd.Timestamp(v).day} {pd.Timestamp(v):%b}" for v in axis.tickvals]


def test_hour_weekday_cells_are_the_timed_entries(demo):
    table = tables.hour_weekday_counts(demo)
    heat = figures_time.hour_weekday_figure(table).data[0]
    assert np.asarray(heat.z).shape == (24, 7) and _total(heat.z) == demo["time"].notna().sum()
    assert list(heat.x) == list(tables.WEEKDAYS) and heat.y[0] == "00:00"


def test_distributions_plot_severity_and_duration_with_the_ten_minute_mark(demo):
    sev, dur = tables.severity_counts(demo), tables.duration_counts(demo)
    fig = figures_what.distributions_figure(sev, dur)
    assert list(fig.data[0].y) == sev["cramps"].tolist() and list(fig.data[1].y) == dur["cramps"].tolist()
    mark = [s for s in fig.layout.shapes if s.type == "line"]
    assert len(mark) == 1 and mark[0].x0 == list(tables.DURATION_LABELS).index("5–10") + 0.5
    assert any(a.text == "10 min" for a in fig.layout.annotations)
    assert len(figures_what.distributions_figure(None, dur).data) == 1


def test_context_and_trigger_bars(demo):
    contexts, triggers = tables.context_counts(demo), tables.trigger_counts(demo)
    fig = figures_what.context_trigger_figure(contexts, triggers)
    assert list(fig.data[0].x) == contexts["cramps"].tolist()
    assert list(fig.data[1].y)[-1] == "none" and sum(fig.data[1].x) == demo["trigger"].notna().sum()


def test_remedy_bars_stack_to_the_times_each_was_tried(demo):
    table = tables.remedy_helped_counts(demo)
    fig = figures_what.remedies_figure(table)
    stacked = np.sum([np.asarray(t.x) for t in fig.data], axis=0)
    tried = demo[demo["remedy"] != "none"]["remedy"].value_counts()
    assert dict(zip(fig.data[0].y, stacked)) == tried.to_dict()
    assert [t.name for t in fig.data] == ["helped: yes", "helped: partly", "helped: no"]


def test_companion_lines_count_the_flagged_entries(demo):
    table = tables.companions_over_time(demo, "W")
    fig = figures_time.companions_figure(table, "W")
    by_name = {t.name: sum(t.y) for t in fig.data}
    assert by_name["with twitching"] == demo["twitching"].sum()
    assert by_name["with stiffness after"] == demo["stiffness_after"].sum()
    assert by_name["all cramps per week"] == len(demo)


def test_spread_shows_each_region_from_first_to_last_cramp(demo):
    first, months = tables.region_first_seen(demo), tables.regions_per_month(demo)
    fig = figures_time.spread_figure(first, months)
    spans = [t for t in fig.data if t.type == "scatter"]
    assert [t.y[0] for t in spans] == first["region"].tolist()
    calf = spans[first["region"].tolist().index("calf")]
    assert pd.Timestamp(calf.x[0]) == demo[demo["location"] == "calf"]["date"].min()
    assert list(fig.data[-1].y) == months["regions"].tolist()


def test_every_figure_serialises_and_stays_small_for_a_long_diary(demo):
    # 50 times the entries over the same days: figures must not grow with the rows.
    big = pd.concat([demo] * 50, ignore_index=True)
    for info in dashboard.chart_infos():
        small = dashboard.build_chart(info.key, demo).figure.to_json()
        large = dashboard.build_chart(info.key, big).figure.to_json()
        assert len(large) < 1.3 * len(small), info.key


@pytest.mark.parametrize("key", [i.key for i in dashboard.chart_infos() if i.key != "body"])
def test_shared_look_works_on_light_and_dark_themes(demo, key):
    fig = json.loads(dashboard.build_chart(key, demo).figure.to_json())
    layout = fig["layout"]
    assert layout["paper_bgcolor"] == layout["plot_bgcolor"] == "rgba(0,0,0,0)"
    assert layout["legend"]["orientation"] == "h" and layout["legend"]["y"] < 0  # below the plot
    colours = []
    for trace in fig["data"]:
        for part in (trace.get("marker", {}), trace.get("line", {})):
            value = part.get("color")
            colours += value if isinstance(value, list) else [value]
    named = {c for c in colours if isinstance(c, str) and c.startswith("#")}
    assert named <= OKABE_ITO, named


def test_a_single_month_of_regions_is_a_visible_bar_not_a_hairline():
    one_month = make_diary([{"date": f"2026-02-{d:02d}", "location": loc}
                            for d, loc in ((2, "calf"), (10, "forearm"), (20, "foot"))])
    fig = figures_time.spread_figure(tables.region_first_seen(one_month), tables.regions_per_month(one_month))
    month_bar = fig.data[-1]
    assert month_bar.type == "bar" and list(month_bar.y) == [3]
    assert month_bar.width is not None and month_bar.width >= 20 * 24 * 3600 * 1000  # at least 20 days wide
