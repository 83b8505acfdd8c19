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


def test_the_json_export_is_refused_naming_the_csv_export_to_use_instead():
    # Symptom Shark offers its Symptom Logs as JSON too: objects one after another, upper-case UUIDs.
    r = load("symptom_shark_export.json")
    assert r.unusable.startswith("This is Symptom Shark's Symptom Logs export in JSON. CrampLog does not read JSON")
    assert "export the Symptom Logs again choosing CSV" in r.unusable and "No column holds dates" not in r.unusable


def test_any_other_json_is_refused_with_the_csv_exports_to_choose():
    from cramplog.read.load import load_diary

    for data in (b'[{"date": "2024-01-01", "symptom": "Leg cramp"}]', b'  {"entries": []}'):
        said = load_diary(data).unusable
        assert said.startswith("This is a JSON file, and CrampLog does not read JSON exports")
        assert "Daylio: More → Export entries → CSV" in said
    assert load_diary(b'date,notes\n2024-01-01,"{a: 1}"\n').rows_loaded == 1  # braces in a cell are not JSON


def test_a_participant_is_chosen_by_either_identifier_in_any_case():
    # A participant knows their MDH-… identifier; the JSON export writes the UUID in upper case.
    for person in ("MDH-2410-2285", "mdh-2410-2285", "A400D92B-A7ED-46FA-BCB1-4D70491A6876",
                   " a400d92b-a7ed-46fa-bcb1-4d70491a6876"):
        r = load("symptom_shark_export.csv", person=person)
        assert r.unusable is None and r.rows_loaded == 1 and r.df["notes"].iloc[0] == "Symptom Shark: Leg cramps, severity 7"
        assert r.person_chosen == "MDH-2410-2285 (a400d92b-a7ed-46fa-bcb1-4d70491a6876)" and accounted(r)


def test_the_people_are_listed_most_rows_first_with_their_first_and_last_date():
    import datetime as dt

    r = load("symptom_shark_export.csv")
    assert [(p.label, p.rows, p.first, p.last) for p in r.people_listed] == [
        ("MDH-7043-5000 (73b76fb7-d272-401a-8996-3c93e6759d21)", 42, dt.date(2024, 5, 12), dt.date(2024, 6, 10)),
        ("MDH-1216-1846 (40293732-e7ce-4c83-87d6-a2cb198a2b5f)", 10, dt.date(2024, 6, 1), dt.date(2024, 6, 10)),
        ("MDH-2410-2285 (a400d92b-a7ed-46fa-bcb1-4d70491a6876)", 3, dt.date(2024, 5, 9), dt.date(2024, 5, 9))]
    assert "--person with one of their identifiers, in any case" in r.unusable and "--json" not in r.unusable
