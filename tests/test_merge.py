"""Adding a file to a diary: new entries join, exact repeats of what is there are counted and skipped."""
from __future__ import annotations

from cramplog.base.canonical import to_csv_bytes
from cramplog.diary.merge import add_entries
from cramplog.read.load import load_diary
from cramplog.schema import make_diary


def _entry(day, **more):
    return {"date": f"2026-03-{day:02d}", "time": "03:00", "location": "calf", "side": "left",
            "severity": 5.0, "duration_min": 2.0, **more}


def test_new_entries_are_added_and_repeats_counted():
    diary = make_diary([_entry(1), _entry(2)])
    incoming = make_diary([_entry(2), _entry(3), _entry(2, severity=6.0)])
    result = add_entries(diary, incoming)
    assert (result.added, result.already_there) == (2, 1)
    assert result.df["date"].dt.day.tolist() == [1, 2, 2, 3]
    assert sorted(result.df["severity"].tolist()) == [5.0, 5.0, 5.0, 6.0]


def test_adding_crampLogs_own_export_of_the_same_diary_adds_nothing():
    diary = make_diary([_entry(1, notes="woke me, twice"), _entry(1, notes="=odd"), _entry(4, time=None)])
    export = load_diary(to_csv_bytes(diary)).df
    result = add_entries(diary, export)
    assert (result.added, result.already_there) == (0, 3)
    assert to_csv_bytes(result.df) == to_csv_bytes(diary)


def test_a_cramp_listed_twice_in_the_file_is_two_cramps():
    diary = make_diary([_entry(1)])
    incoming = make_diary([_entry(1), _entry(1)])
    result = add_entries(diary, incoming)
    assert (result.added, result.already_there) == (1, 1)
    assert len(result.df) == 2


def test_entries_differing_in_place_side_duration_or_notes_are_different():
    diary = make_diary([_entry(1)])
    incoming = make_diary([_entry(1, side="right"), _entry(1, location="foot"), _entry(1, duration_min=3.0),
                           _entry(1, notes="x"), _entry(1, time="03:01")])
    assert add_entries(diary, incoming).added == 5


def test_adding_to_an_empty_diary_takes_everything():
    result = add_entries(make_diary([]), make_diary([_entry(2), _entry(1)]))
    assert (result.added, result.already_there) == (2, 0)
    assert result.df["date"].dt.day.tolist() == [1, 2]
