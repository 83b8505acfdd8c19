"""A Symptom Shark export: several participants, headaches and dry eyes are not cramps, severity words mapped."""
from tests.helpers import accounted, load


def test_participant_cramps_only():
    r = load("symptom_shark.csv", person="7f3c2a10-0001")
    assert r.format == "Symptom Shark" and accounted(r)
    assert (r.rows_read, r.rows_loaded, r.rows_rejected, r.rows_skipped) == (10, 4, 1, 5)
    assert r.names_found == {"Leg cramp": 5, "Headache": 1, "Dry eyes": 1} and r.names_used == ["Leg cramp"]


def test_severity_numbers_kept_words_mapped_and_out_of_scale_warned():
    r = load("symptom_shark.csv", person="7f3c2a10-0001")
    assert r.df["severity"].tolist()[:2] == [7.0, 9.0]  # 7, Severe
    assert r.df["severity"].isna().tolist()[2:] == [True, True]  # empty, 12 (warned)
    assert "severity Severe" in r.df["notes"].iloc[1]
    assert any(p.value == "12" and p.severity == "warning" for p in r.problems)


def test_abdominal_cramps_are_not_muscle_cramps():
    r = load("symptom_shark.csv", person="9b1d4e22-0002")
    assert r.names_used == ["Muscle cramps"] and r.df["severity"].tolist() == [3.0] and accounted(r)


def test_without_a_person_the_file_says_how_many_people():
    r = load("symptom_shark.csv")
    assert "2 people" in r.unusable and r.people == {"7f3c2a10-0001": 7, "9b1d4e22-0002": 3} and accounted(r)


def test_a_place_in_the_symptom_name_fills_the_location():
    from cramplog.read.load import load_diary

    r = load_diary(b"ParticipantID,ParticipantIdentifier,Date,Symptom,Severity\n"
                   b"p1,P1,2023-01-05,Left calf cramp,5\np1,P1,2023-01-06,Leg cramps,5\np1,P1,2023-01-07,Wadenkrampf,\n")
    assert r.df["location"].tolist()[::2] == ["calf", "calf"] and r.df["side"].iloc[0] == "left"
    assert r.df["location"].isna().tolist()[1] and r.warnings == 0  # "Leg cramps" names no region
