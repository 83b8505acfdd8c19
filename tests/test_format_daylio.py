"""A Daylio export: a cramp is an activity; the date comes from full_date (the date column has no year)."""
from tests.formats_helpers import accounted, load


def test_entries_with_a_cramp_activity_become_cramps():
    r = load("daylio.csv")
    assert r.format == "Daylio" and accounted(r)
    assert (r.rows_read, r.rows_loaded, r.rows_rejected, r.rows_skipped) == (7, 3, 1, 3)
    assert r.skipped == {"an entry without a cramp activity": 3}
    assert sorted(r.names_used) == ["Leg Cramp", "leg cramp"] and "stomach cramp" in r.names_found


def test_date_from_full_date_time_12_hour_and_mood_in_notes():
    r = load("daylio.csv")
    assert r.df["date"].dt.strftime("%Y-%m-%d").tolist() == ["2021-09-28", "2021-09-27", "2021-09-24"]
    assert r.df["time"].tolist()[:2] == ["22:00", "18:52"]
    assert "mood meh" in r.df["notes"].iloc[0] and "stretched, then walked" in r.df["notes"].iloc[0]
    assert [(p.line, p.column) for p in r.problems] == [(7, "time"), (8, "date")]
