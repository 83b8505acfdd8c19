"""The dashboard's filters: date ranges include both ends, regions narrow, stale ranges are clipped."""
import datetime as dt

from cramplog.diary.filters import clip_range, date_bounds, filter_diary, regions_in
from cramplog.schema import empty_diary, make_diary


def _diary():
    return make_diary([
        {"date": "2026-05-01", "location": "calf"},
        {"date": "2026-05-02", "location": "foot"},
        {"date": "2026-05-03", "location": "calf"},
        {"date": "2026-05-04", "location": "hand"},
    ])


def test_date_range_keeps_both_end_days():
    out = filter_diary(_diary(), dt.date(2026, 5, 2), dt.date(2026, 5, 3))
    assert out["date"].dt.day.tolist() == [2, 3]


def test_regions_narrow_and_empty_choice_means_all():
    assert filter_diary(_diary(), regions=["calf"])["location"].tolist() == ["calf", "calf"]
    assert len(filter_diary(_diary(), regions=[])) == 4


def test_dates_and_regions_combine():
    out = filter_diary(_diary(), dt.date(2026, 5, 2), dt.date(2026, 5, 4), ["calf", "hand"])
    assert out["date"].dt.day.tolist() == [3, 4]


def test_bounds_and_regions_of_a_diary():
    assert date_bounds(_diary()) == (dt.date(2026, 5, 1), dt.date(2026, 5, 4))
    assert date_bounds(empty_diary()) is None
    assert regions_in(_diary()) == ["hand", "calf", "foot"]  # head to toe


def test_a_range_from_another_diary_is_clipped_into_this_one():
    bounds = (dt.date(2026, 5, 1), dt.date(2026, 5, 4))
    assert clip_range(dt.date(2026, 4, 1), dt.date(2026, 5, 2), bounds) == (dt.date(2026, 5, 1), dt.date(2026, 5, 2))
    # A range that misses the diary entirely falls back to all of it.
    assert clip_range(dt.date(2025, 1, 1), dt.date(2025, 2, 1), bounds) == bounds
