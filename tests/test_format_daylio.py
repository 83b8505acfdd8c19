"""A Daylio export: a cramp is an activity; the date comes from full_date (the date column has no year)."""
from tests.helpers import accounted, load


def test_entries_with_a_cramp_activity_become_cramps():
    r = load("daylio.csv")
    assert r.format == "Daylio" and accounted(r)
    assert (r.rows_read, r.rows_loaded, r.rows_rejected, r.rows_skipped) == (7, 3, 1, 3)
    assert r.skipped == {"an entry without a cramp activity": 3}
    assert r.names_used == ["leg cramp"] and "stomach cramp" in r.names_found


def test_names_differing_only_in_case_or_spacing_are_one_name_spelled_as_first_seen():
    r = load("daylio.csv")  # "leg cramp" three times, then "Leg Cramp"
    assert r.names_found["leg cramp"] == 4 and "Leg Cramp" not in r.names_found
    chosen = load("daylio.csv", names=["LEG   cramp"])
    assert chosen.names_used == ["leg cramp"] and chosen.rows_loaded == 3 and accounted(chosen)


def test_every_adapter_with_names_merges_them_the_same_way():
    from cramplog.read.load import load_diary

    shark = load_diary(b"ParticipantID,Date,Symptom,Severity\np1,2023-01-05,Leg cramp,7\np1,2023-01-06,leg  CRAMP ,3\n")
    bear = load_diary(b'"date","time of day","category","rating/amount","detail","notes"\n'
                      b'"22nd Sep 2020","03:00","Symptom","1","Leg cramps (Mild)",""\n'
                      b'"23rd Sep 2020","04:00","Symptom","1","leg Cramps (Mild)",""\n')
    for r, name in ((shark, "Leg cramp"), (bear, "Leg cramps")):
        assert r.names_found == {name: 2} and r.names_used == [name] and r.rows_loaded == 2 and accounted(r)


def test_date_from_full_date_time_12_hour_and_mood_in_notes():
    r = load("daylio.csv")
    assert r.df["date"].dt.strftime("%Y-%m-%d").tolist() == ["2021-09-28", "2021-09-27", "2021-09-24"]
    assert r.df["time"].tolist()[:2] == ["22:00", "18:52"]
    assert "mood meh" in r.df["notes"].iloc[0] and "stretched, then walked" in r.df["notes"].iloc[0]
    assert [(p.line, p.column) for p in r.problems] == [(7, "time"), (8, "date")]
