"""Issue 19: the days a diary was kept. Cramp-free days count, gaps don't.

The three real-world cases of the issue are rebuilt as synthetic exports in each app's own layout
(tests/kept_cases.py writes them); "before" is the same diary read as cramps only, which is what CrampLog
did until now.
"""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cramplog.analyse import doctor, periods, tables
from cramplog.analyse.key_numbers import key_numbers as key_numbers_of
from cramplog.analyse.summary import summarise
from cramplog.base import days
from cramplog.base.canonical import to_csv_bytes
from cramplog.cli import main
from cramplog.diary import kept
from cramplog.diary.filters import filter_diary
from cramplog.diary.merge import add_entries
from cramplog.present import dashboard, key_numbers, your_diary
from cramplog.present.summary_text import format_summary
from cramplog.read.load import load_diary
from cramplog.schema import make_diary
from cramplog.write.report import build_report
from cramplog.write.report import key_numbers as report_tiles
from tests import kept_cases
from tests.helpers import FORMATS, accounted, load

BEARABLE, FLAREDOWN, DAYLIO = kept_cases.CASES


def _cramps_only(df: pd.DataFrame) -> pd.DataFrame:
    """The diary as CrampLog read it before issue 19: its cramps, nothing about the other days."""
    return days.with_cramp_free(df.copy(), [])


def _gap_lengths(d: dict) -> list[int]:
    return [(dt.date.fromisoformat(g["to"]) - dt.date.fromisoformat(g["from"])).days + 1 for g in d["gaps"]]


@pytest.mark.parametrize("name", kept_cases.CASES)
def test_fixtures_are_what_the_generator_writes(name):
    assert (FORMATS / name).read_text(encoding="utf-8") == kept_cases.CASES[name]()


def test_bearable_kept_on_71_of_309_days():
    r = load(BEARABLE)
    assert accounted(r) and r.days_kept == 71 and r.to_json()["days_kept"] == 71
    before, after = summarise(_cramps_only(r.df)), summarise(r.df)
    assert (before["days_covered"], before["cramps_per_week"], before["trend"]) == (309, 0.43, "rising")
    assert before["days_kept"] is None and before["gaps"] == []
    assert (after["entries"], after["days_covered"], after["days_kept"]) == (19, 309, 71)
    assert after["cramps_per_week"] == round(19 / 71 * 7, 2) == 1.87
    assert _gap_lengths(after) == [20, 118, 16]  # the four months without the app are one gap
    assert after["trend"] == "steady"  # the empty months no longer make a rise
    assert "Kept on 71 of 309 days; 3 gaps (longest 118 days)" in format_summary(after)


def test_flaredown_nine_check_ins_over_319_days():
    r = load(FLAREDOWN, person=kept_cases.FLAREDOWN_ME)
    assert accounted(r) and r.rows_loaded == 3 and r.days_kept == 9  # six check-ins with the cramp at 0 count
    before, after = summarise(_cramps_only(r.df)), summarise(r.df)
    assert (before["days_covered"], before["cramps_per_week"]) == (319, 0.07)
    assert (after["days_covered"], after["days_kept"], after["cramps_per_week"]) == (319, 9, 2.33)
    assert len(after["gaps"]) == 8


def test_daylio_kept_from_25_to_30_may():
    r = load(DAYLIO)
    assert accounted(r) and r.rows_loaded == 3 and r.days_kept == 6
    before, after = summarise(_cramps_only(r.df)), summarise(r.df)
    assert before["days_covered"] == 4  # from the first cramp (26th) to the last (29th)
    assert (after["days_covered"], after["days_kept"], after["gaps"]) == (6, 6, [])
    assert after["cramps_per_week"] is None  # under a week: the count and the days say it
    assert "3 cramps over 6 days" in format_summary(after) and "Kept on 6 of 6 days; no gaps" in format_summary(after)


def test_symptom_shark_daily_rows_are_kept_days():
    r = load("symptom_shark.csv", person="9b1d4e22-0002")  # a muscle cramp on 1 Feb; fatigue and more later
    assert r.rows_loaded == 1 and r.days_kept is not None and r.days_kept > 1
    assert days.kept_days(r.df)[0] == pd.Timestamp("2023-02-01") and len(days.cramp_free(r.df)) == r.days_kept - 1


def test_a_diary_of_cramps_only_says_what_it_assumed():
    d = summarise(load("bearable.csv").df.pipe(_cramps_only))
    assert d["days_kept"] is None and "Counted over every day from your first to your last entry" in format_summary(d)


# --- Done when: a Bearable-style export kept on 40 of 200 days with 10 cramps ---

@pytest.fixture
def forty_of_200(tmp_path):
    path = tmp_path / "bearable_40.csv"
    path.write_text(kept_cases.bearable_40_of_200(), encoding="utf-8")
    return path


def test_forty_of_200_every_surface_says_10_over_40_kept_days(forty_of_200, capsys):
    df = load_diary(forty_of_200.read_bytes()).df
    d = summarise(df)
    assert (d["entries"], d["days_covered"], d["days_kept"], d["cramps_per_week"]) == (10, 200, 40, 1.75)
    assert _gap_lengths(d) == [121]  # days 39 to 159 of 0..199
    start, end = df["date"].min(), days.kept_days(df).max()
    numbers = key_numbers_of(df, start, end)
    assert numbers.rate_days == 40 and key_numbers.shown(key_numbers.RATE, numbers) == "1.8"  # 1.75, one decimal
    assert "Kept on 40 of 200 days; 1 gap (121 days)" in key_numbers.counted_over_note(numbers)
    period = periods.covered(df)
    # 1.75 a week, shown in the app's one number format (one decimal) on the pages and the report
    assert "10 cramps over 40 kept days, about 1.8 a week" in dashboard.build_chart("timeline", df, period).takeaway
    assert "1.8 cramps a week on average: 10 entries over 40 kept days" in your_diary.your_column(df, period)["frequency"]
    assert ("Cramps a week", "1.8 a week") in report_tiles(numbers)
    assert "Kept on 40 of 200 days; 1 gap (121 days)" in build_report(df)
    assert main(["summary", str(forty_of_200), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["days_kept"], out["cramps_per_week"], out["gaps"]) == (40, 1.75, d["gaps"])
    assert main(["check", str(forty_of_200), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["days_kept"] == 40


def test_forty_of_200_export_loads_back_with_the_same_kept_days(forty_of_200):
    df = load_diary(forty_of_200.read_bytes()).df
    data = to_csv_bytes(df)
    assert data.splitlines()[0].endswith(b",cramp_free_day")
    back = load_diary(data)
    assert not back.problems and back.rows_loaded == 10 and back.days_kept == 40 and accounted(back)
    assert list(days.kept_days(back.df)) == list(days.kept_days(df))
    assert to_csv_bytes(back.df) == data and summarise(back.df) == summarise(df)


def test_an_old_file_loads_as_before():
    data = b"date,location\n2026-03-01,calf\n2026-03-09,foot\n"
    r = load_diary(data)
    assert r.days_kept is None and not days.has_kept_days(r.df) and r.rows_loaded == 2
    assert b"cramp_free_day" not in to_csv_bytes(r.df)
    assert summarise(r.df)["days_covered"] == 9


def test_the_device_copy_keeps_the_kept_days(forty_of_200):
    df = load_diary(forty_of_200.read_bytes()).df
    back = kept.unpack(kept.pack(df, "mine", dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))
    assert list(days.kept_days(back.df)) == list(days.kept_days(df)) and len(back.df) == 10


def test_a_device_copy_of_cramp_free_days_only_restores():
    df = days.mark(make_diary([]), "2026-03-02")
    back = kept.unpack(kept.pack(df, "mine", dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))
    assert len(back.df) == 0 and list(days.cramp_free(back.df)) == [pd.Timestamp("2026-03-02")]


def test_adding_a_file_merges_its_kept_days():
    mine = days.mark(make_diary([{"date": "2026-03-01", "location": "calf"}]), "2026-03-02")
    theirs = days.mark(make_diary([{"date": "2026-03-05", "location": "calf"}]), "2026-03-04")
    merged = add_entries(mine, theirs).df
    assert [d.day for d in days.kept_days(merged)] == [1, 2, 4, 5]
    assert [d.day for d in days.cramp_free(add_entries(make_diary([]), theirs).df)] == [4]


# --- Gaps, the calendar, regions, weeks ---

def _diary(cramp_days: list[int], free_days: list[int]) -> pd.DataFrame:
    base = pd.Timestamp("2026-01-05")  # a Monday
    df = make_diary([{"date": (base + pd.Timedelta(days=d)).date().isoformat(), "location": "calf",
                      "context": "asleep", "time": "23:00"} for d in cramp_days])
    return days.with_cramp_free(df, [base + pd.Timedelta(days=d) for d in free_days])


def test_a_gap_is_14_unkept_days_in_a_row_and_not_13():
    df = _diary([0, 14, 29], [])
    assert periods.gaps(df, periods.covered(df)) == []  # a diary of cramps only has no gaps
    df = _diary([0, 14, 29], [1])  # days 2..13 (12) unkept; 15..28 (14) unkept
    assert [(g.start.day, g.days) for g in periods.gaps(df, periods.covered(df))] == [(20, 14)]


def test_the_calendar_draws_unkept_days_apart_from_cramp_free_days():
    df = _diary([0, 20], [1, 2])
    result = dashboard.build_chart("calendar", df, periods.covered(df))
    unkept = [t for t in result.figure.data if t.name and "not kept" in t.name]
    assert len(unkept) == 1 and len(unkept[0].x) == 21 - 4
    cells = pd.Series(result.figure.data[0].z.ravel()).dropna()
    assert (cells == 0).sum() == 2 and (cells > 0).sum() == 2  # two cramp-free days, two with a cramp
    assert "on 2 of 4 kept days" in result.takeaway
    plain = dashboard.build_chart("calendar", _cramps_only(df), periods.covered(df))
    assert len(plain.figure.data) == 1 and "of 21 days" in plain.takeaway


def test_the_timeline_leaves_unkept_weeks_empty_not_zero():
    df = _diary([0, 1, 40], [2, 41])
    table = tables.counts_over_time(df, periods.Freq.WEEK, periods.covered(df))
    assert table["cramps"].isna().tolist() == [False, True, True, True, True, False]  # weeks 1-4: not kept
    assert table["rolling_avg"].iloc[4] != table["rolling_avg"].iloc[4]  # no average inside the gap
    plain = tables.counts_over_time(_cramps_only(df), periods.Freq.WEEK, periods.covered(df))
    assert plain["cramps"].tolist()[:3] == [2, 0, 0]  # a diary of cramps only: the weeks between are 0, as before


def test_a_region_filter_counts_a_day_with_cramps_elsewhere_as_kept():
    df = _diary([0, 3], [1])
    df.loc[1, "location"] = "thigh"
    calf = filter_diary(df, regions=["calf"])
    assert len(calf) == 1 and len(days.kept_days(calf)) == 3


def test_the_sleep_rule_counts_only_kept_weeks():
    weeks = pd.DatetimeIndex(["2026-01-05", "2026-01-12", "2026-01-19"])
    df = _diary([0, 15], [1])
    assert list(periods.kept_weeks(df, weeks)) == [weeks[0], weeks[2]]
    assert list(periods.kept_weeks(_cramps_only(df), weeks)) == list(weeks)
    busy = _diary([0, 1, 2, 7, 8, 9], [20])  # three nights in each of two weeks
    assert [r.id for r in doctor.see_a_doctor(busy)] == [r.id for r in doctor.see_a_doctor(_cramps_only(busy))]


# --- Property: a diary whose every day is kept gives the same rates as before ---

@st.composite
def every_day_kept(draw):
    cramp_days = draw(st.lists(st.integers(0, 120), min_size=1, max_size=40))
    span = range(min(cramp_days), max(cramp_days) + 1)
    free = [d for d in span if d not in cramp_days]
    return _diary(cramp_days, free or []), free


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(every_day_kept())
def test_when_every_day_is_kept_old_and_new_rates_agree(case):
    df, free = case
    old, new = summarise(_cramps_only(df)), summarise(df)
    assert new["days_kept"] == (new["days_covered"] if free else None)
    for key in ("days_covered", "cramps_per_week", "trend", "entries"):
        assert old[key] == new[key], key
    assert new["gaps"] == []
    start, end = df["date"].min(), df["date"].max()
    old_numbers, new_numbers = key_numbers_of(_cramps_only(df), start, end), key_numbers_of(df, start, end)
    assert key_numbers.key_numbers_text(old_numbers, None).equals(key_numbers.key_numbers_text(new_numbers, None))
    period = periods.covered(df)
    assert (dashboard.build_chart("timeline", _cramps_only(df), period).takeaway.replace(" kept days", " days")
            == dashboard.build_chart("timeline", df, period).takeaway.replace(" kept days", " days"))
