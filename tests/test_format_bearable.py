"""A Bearable export: only the cramp symptoms become entries, every other reading is counted by reason."""
import pandas as pd

from tests.helpers import accounted, load


def test_recognised_and_only_cramp_symptoms_loaded():
    r = load("bearable.csv")
    assert r.format == "Bearable" and accounted(r) and not r.unusable
    assert (r.rows_read, r.rows_loaded, r.rows_rejected, r.rows_skipped) == (13, 4, 1, 8)
    assert r.summary.startswith("A Bearable export: 13 readings, 5 of them a cramp symptom")
    assert r.df["date"].dt.strftime("%Y-%m-%d").tolist() == ["2020-09-22", "2020-09-23", "2020-10-03", "2020-10-11"]
    assert r.skipped == {"a symptom not chosen as a cramp": 3, "a Mood reading (not a symptom)": 1,
                         "a Meds/Supplements reading (not a symptom)": 1, "a Sleep reading (not a symptom)": 1,
                         "an Energy reading (not a symptom)": 1, "a Gratitudes reading (not a symptom)": 1}


def test_names_are_found_without_their_level_and_stomach_cramps_are_not_muscle_cramps():
    r = load("bearable.csv")
    assert r.names_found == {"Leg cramps": 4, "Headache": 1, "Stomach cramps": 1, "Back (lower) pain": 1,
                             "Muscle cramps": 1}
    assert r.names_used == ["Leg cramps", "Muscle cramps"]


def test_levels_map_onto_0_to_10_and_the_original_level_and_part_of_day_are_notes():
    r = load("bearable.csv")
    assert r.df["severity"].tolist() == [6.0, 9.0, 3.0, 6.0]  # Moderate, Severe, Mild, Moderate
    assert r.df["time"].tolist()[1:3] == ["03:00", "23:32"] and pd.isna(r.df["time"].iloc[0])
    first = r.df["notes"].iloc[0]
    assert "Leg cramps (Moderate)" in first and "part of the day: pre" in first and "woke me, stretched" in first
    assert r.warnings == 0  # a part of the day is a note, not a warning


def test_the_user_can_choose_other_names():
    r = load("bearable.csv", names=["headache", "Stomach cramps"])
    assert r.names_used == ["Headache", "Stomach cramps"] and r.rows_loaded == 2 and accounted(r)


def test_nothing_chosen_matches_says_which_names_exist_and_how_to_choose():
    r = load("bearable.csv", names=["Migraine"])
    assert r.rows_loaded == 0 and accounted(r)
    assert "Leg cramps (4)" in r.unusable and "--symptom" in r.unusable
    assert "No symptom in this file is called “Migraine”" in r.unusable and "looks like a muscle cramp" not in r.unusable


def test_a_chosen_name_the_file_lacks_is_warned_when_others_match():
    r = load("bearable.csv", names=["Leg cramps", "Leg crampz"])
    assert r.rows_loaded == 3 and not r.unusable and accounted(r)
    said = [p.message for p in r.problems if p.line is None]
    assert len(said) == 1 and "No name in this file is called “Leg crampz”" in said[0] and "Muscle cramps" in said[0]


def test_one_symptoms_parts_of_one_day_are_one_entry_with_the_highest_level():
    from cramplog.read.load import load_diary

    rows = ['"22nd Sep 2020","Tuesday","pre","Symptom","1","Leg cramps (Mild)",""',
            '"22nd Sep 2020","Tuesday","am","Symptom","3","Leg cramps (Severe)",""',
            '"22nd Sep 2020","Tuesday","pm","Symptom","1","Leg cramps (Mild)",""',
            '"22nd Sep 2020","Tuesday","03:00","Symptom","2","Leg cramps (Moderate)",""',
            '"23rd Sep 2020","Wednesday","pm","Symptom","2","Leg cramps (Moderate)",""']
    r = load_diary(('"date","weekday","time of day","category","rating/amount","detail","notes"\n'
                    + "\n".join(rows) + "\n").encode())
    assert accounted(r) and (r.rows_loaded, r.rows_skipped) == (3, 2)
    assert r.skipped == {"the same cramp in another part of the same day (one entry per day)": 2}
    assert r.df["severity"].tolist() == [9.0, 6.0, 6.0]  # the day's highest level; 03:00 stays its own entry
    assert "parts of the day: pre (Mild, rating 1), am (Severe, rating 3), pm (Mild, rating 1)" in r.df["notes"].iloc[0]
    assert r.df["time"].iloc[1] == "03:00"


def test_a_merged_day_keeps_every_parts_level_and_every_rows_note():
    from cramplog.read.load import load_diary

    rows = ['"22nd Sep 2020","Tuesday","am","Symptom","1","Leg cramps (Mild)","woke me"',
            '"22nd Sep 2020","Tuesday","pm","Symptom","3","Leg cramps (Severe)","bad after the walk"',
            '"22nd Sep 2020","Tuesday","mid","Symptom","2","Leg cramps (Moderate)","woke me"']
    r = load_diary(('"date","weekday","time of day","category","rating/amount","detail","notes"\n'
                    + "\n".join(rows) + "\n").encode())
    assert accounted(r) and (r.rows_loaded, r.rows_skipped) == (1, 2) and r.df["severity"].tolist() == [9.0]
    assert r.df["notes"].iloc[0] == ("Bearable: Leg cramps; parts of the day: am (Mild, rating 1), pm (Severe, rating 3), "
                                     "mid (Moderate, rating 2); woke me; bad after the walk")
