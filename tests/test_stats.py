"""The dashboard's numbers: counts equal the diary's, key numbers compare equal periods, and the
takeaway sentences say what the numbers say."""
import datetime as dt

import pandas as pd
import pytest

from cramplog.analyse import tables
from cramplog.analyse.key_numbers import key_numbers as key_numbers_of
from cramplog.analyse.key_numbers import previous_key_numbers
from cramplog.diary.demo import load_demo
from cramplog.present import dashboard, key_numbers, takeaways
from cramplog.schema import make_diary
from tests.dashboard_data import ENTRY, ODD_DIARIES


def _entries(*rows):
    return make_diary([{**ENTRY, **row} for row in rows])


@pytest.fixture(scope="module")
def demo():
    return load_demo()


def test_weekly_counts_equal_the_diary_and_empty_weeks_are_zero():
    df = _entries({"date": "2026-05-04"}, {"date": "2026-05-06"}, {"date": "2026-05-20"})  # Mondays 4, 11, 18 May
    table = tables.counts_over_time(df, "W")
    assert table["period"].dt.strftime("%d %b").tolist() == ["04 May", "11 May", "18 May"]
    assert table["cramps"].tolist() == [2, 0, 1]
    assert table["rolling_avg"].tolist() == [2.0, 1.0, 1.0]


def test_demo_counts_add_up_to_its_entries(demo):
    for freq in ("D", "W"):
        assert tables.counts_over_time(demo, freq)["cramps"].sum() == len(demo)
        assert tables.companions_over_time(demo, freq)["cramps"].sum() == len(demo)
    assert tables.calendar_counts(demo)["cramps"].sum() == len(demo)
    assert tables.hour_weekday_counts(demo)["cramps"].sum() == demo["time"].notna().sum()
    assert tables.region_side_counts(demo)["count"].sum() == demo["location"].notna().sum()
    assert tables.severity_counts(demo)["cramps"].sum() == demo["severity"].notna().sum()
    assert tables.duration_counts(demo)["cramps"].sum() == demo["duration_min"].notna().sum()
    assert tables.context_counts(demo)["cramps"].sum() == demo["context"].notna().sum()


def test_long_spans_are_counted_per_week_short_ones_per_day(demo):
    assert tables.choose_freq(demo) == "W"
    assert tables.choose_freq(demo[demo["date"] < "2026-05-01"]) == "D"


def test_calendar_has_every_day_between_first_and_last():
    table = tables.calendar_counts(_entries({"date": "2026-05-01"}, {"date": "2026-05-05"}, {"date": "2026-05-05"}))
    assert table["cramps"].tolist() == [1, 0, 0, 0, 2]
    assert table["weekday"].tolist() == ["Fri", "Sat", "Sun", "Mon", "Tue"]


def test_hour_weekday_counts_by_the_entry_time():
    table = tables.hour_weekday_counts(_entries({"date": "2026-05-04", "time": "02:59"}, {"time": None}))
    assert len(table) == 24 * 7
    cell = table[(table["hour"] == 2) & (table["weekday"] == "Mon")]
    assert cell["cramps"].item() == 1 and table["cramps"].sum() == 1


def test_region_side_counts_keep_unknown_sides():
    table = tables.region_side_counts(_entries({"side": "left"}, {"side": "left"}, {"side": None},
                                              {"location": "hand", "side": "right"}))
    assert table.to_dict("records")[0] == {"region": "hand", "side": "right", "count": 1}
    calf = table[table["region"] == "calf"]
    assert calf["count"].tolist() == [2, 1] and calf["side"].isna().tolist() == [False, True]


def test_ten_minutes_sits_on_the_short_side_of_the_mark():
    df = _entries({"duration_min": 10.0}, {"duration_min": 10.5}, {"duration_min": 0.3})
    table = tables.duration_counts(df).set_index("minutes")["cramps"]
    assert (table["≤1"], table["5–10"], table["10–20"]) == (1, 1, 1)
    assert tables.long_cramps(df) == (1, 3)


def test_remedies_count_each_answer_and_leave_out_none():
    df = _entries({"remedy": "massage", "remedy_helped": "no"}, {}, {}, {"remedy_helped": None},
                  {"remedy": "none", "remedy_helped": None})
    table = tables.remedy_helped_counts(df)
    assert table["remedy"].tolist() == ["stretching", "massage"]
    assert table.iloc[0][["yes", "partly", "no", tables.NOT_NOTED]].tolist() == [2, 0, 0, 1]


def test_region_first_seen_and_regions_per_month():
    df = _entries({"date": "2026-05-01"}, {"date": "2026-06-10", "location": "hand"}, {"date": "2026-07-02"})
    first = tables.region_first_seen(df)
    assert first["region"].tolist() == ["calf", "hand"]
    assert first["first_day"].dt.strftime("%m-%d").tolist() == ["05-01", "06-10"]
    assert tables.regions_per_month(df)["regions"].tolist() == [1, 1, 1]


def test_a_cramp_after_midnight_belongs_to_the_night_before():
    df = _entries({"date": "2026-05-01", "time": "23:30"}, {"date": "2026-05-02", "time": "03:00"},
                  {"date": "2026-05-02", "time": "15:00", "context": "at rest"})
    assert tables.nights_woken(df) == 1


def _overview(df, start, end) -> dict[str, list]:
    """The Overview's table by label: [this period, previous period, change], as shown."""
    now = key_numbers_of(df, start, end)
    table = key_numbers.key_numbers_text(now, previous_key_numbers(df, start, end))
    return {row.measure: [row.this_period, row.previous_period, row.change] for row in table.itertuples()}


def test_key_numbers_compare_with_the_equal_period_before():
    df = _entries(*[{"date": f"2026-05-{d:02d}", "severity": s} for d, s in ((1, 4), (5, 6), (8, 3), (9, 5), (14, 7))])
    table = _overview(df, dt.date(2026, 5, 8), dt.date(2026, 5, 14))
    assert table["Cramps"] == ["3", "2", "+1"]
    assert table["Cramps a week"][0] == "3"
    assert table["Median severity (0–10)"] == ["5", "5", "no change"]


def test_no_comparison_before_the_diary_begins():
    df = _entries({"date": "2026-05-01"}, {"date": "2026-05-03"})
    assert previous_key_numbers(df, dt.date(2026, 5, 1), dt.date(2026, 5, 3)) is None
    table = _overview(df, dt.date(2026, 5, 1), dt.date(2026, 5, 3))
    assert all(previous == "–" and change == "–" for _, previous, change in table.values())
    assert key_numbers.change_text(None, 0) is None
    assert key_numbers.number_text(float("nan"), 1) == "–"


def test_takeaways_say_what_the_numbers_say():
    df = _entries({"time": "02:00"}, {"time": "03:00"}, {"time": "04:00"}, {"time": "15:00", "context": "at rest"})
    hours = tables.hour_weekday_counts(df)
    assert takeaways.hour_weekday(hours, *tables.night_share(df)).startswith(
        "Most cramps with a time happened at night, between 22:00 and 06:00: 3 of 4 (75%)")
    assert takeaways.context(tables.context_counts(df), None) == "Most cramps (75%) started while asleep."
    assert takeaways.pct(1, 1000) == "under 1%"


def test_a_minority_is_not_called_most():
    df = _entries({"time": "02:00"}, {"time": "12:00"}, {"time": "13:00"})
    text = takeaways.hour_weekday(tables.hour_weekday_counts(df), *tables.night_share(df))
    assert "Most" not in text and "(33%)" in text


@pytest.mark.parametrize("name", list(ODD_DIARIES))
def test_odd_diaries_get_a_message_for_each_chart_they_cannot_fill(name):
    make, drawable = ODD_DIARIES[name]
    df = make()
    for info in dashboard.chart_infos():
        result = dashboard.build_chart(info.key, df)
        if info.key in drawable:
            assert result.figure is not None and result.takeaway and result.message is None, info.key
        else:
            assert result.figure is None and result.message, info.key
            assert "Not enough data" in result.message or "No entries" in result.message or \
                "None of these entries" in result.message


def test_one_day_message_names_the_day():
    from tests.dashboard_data import one_day

    assert "1 May 2026" in dashboard.build_chart("calendar", one_day()).message


def test_half_a_chart_is_explained_when_one_measure_is_missing():
    result = dashboard.build_chart("distributions", load_demo().assign(severity=float("nan")))
    assert result.figure is not None and "severity" in result.note
    assert len(result.tables) == 1


def test_show_data_tables_stay_small_for_a_long_diary(demo):
    big = pd.concat([demo] * 50, ignore_index=True)  # 9,600 entries on the same days
    for info in dashboard.chart_infos():
        small = dashboard.build_chart(info.key, demo)
        large = dashboard.build_chart(info.key, big)
        assert [t.shape for t in large.tables] == [t.shape for t in small.tables], info.key


def test_timeline_takeaway_names_the_busiest_day_or_week_and_says_when_it_is_a_tie():
    tied = _entries({"date": "2026-03-02"}, {"date": "2026-03-05"})
    assert takeaways.timeline(tables.counts_over_time(tied, "D"), "D").endswith(
        "the most in one day was 1, first on 2 Mar 2026.")
    busy = _entries({"date": "2026-03-02"}, {"date": "2026-03-10"}, {"date": "2026-03-11"})
    assert takeaways.timeline(tables.counts_over_time(busy, "W"), "W").endswith(
        "the most in one week was 2, in the week of 9 Mar 2026.")


def test_nights_woken_is_not_a_zero_when_the_diary_never_notes_a_context():
    no_context = make_diary([{"date": "2026-03-02", "location": "calf"}, {"date": "2026-03-04", "location": "calf"}])
    numbers = key_numbers_of(no_context, dt.date(2026, 3, 2), dt.date(2026, 3, 4))
    assert numbers.nights_woken is None and numbers.entries == 2
    assert _overview(no_context, dt.date(2026, 3, 2), dt.date(2026, 3, 4))["Nights woken"][0] == "–"


def test_timeline_takeaway_gives_the_same_cramps_a_week_as_the_overview(demo):
    start, end = demo["date"].min(), demo["date"].max()
    overview = key_numbers_of(demo, start, end).cramps_per_week
    takeaway = dashboard.build_chart("timeline", demo).takeaway
    assert f"about {overview:.1f} a week" in takeaway
