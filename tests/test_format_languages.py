"""Diaries kept by hand and form logs: question headers, five languages, values as people write them."""
import pandas as pd
import pytest

from cramplog.read.cramp_names import is_muscle_cramp
from cramplog.read.headers import propose_column
from cramplog.read.load import load_diary
from tests.helpers import accounted, load


def test_german_excel_reads_every_column_and_value():
    r = load("german_excel.csv")
    assert r.format == "diary table" and r.encoding == "Windows-1252" and accounted(r)
    assert (r.rows_read, r.rows_loaded, r.rows_rejected, r.rows_skipped) == (7, 6, 1, 0)
    assert r.unused_columns == [] and r.columns["Körperstelle"] == "location" and r.columns["Bemerkung"] == "notes"
    assert r.df["location"].tolist() == ["calf", "foot", "foot", "thigh", "toes", "fingers"]
    assert r.df["side"].tolist()[:3] == ["left", "right", "left"]
    assert r.df["duration_min"].tolist()[:5] == [2.0, 0.5, 60.0, 2.5, 11.0]  # 2 Min, 30 Sek, 1 Std., 2-3, > 10
    assert r.df["date"].iloc[2] == pd.Timestamp("2026-03-04")  # 4. März 2026


def test_ranges_and_over_values_are_warned_and_year_0001_is_not_2001():
    r = load("german_excel.csv")
    warned = {(p.line, p.value) for p in r.problems if p.severity == "warning"}
    assert warned == {(5, "2-3 Min"), (6, "> 10 Min")}
    assert [(p.line, p.value) for p in r.problems if p.severity == "error"] == [(7, "18.03.0001")]
    assert pd.Timestamp("2001-03-18") not in set(r.df["date"])


def test_24_00_keeps_its_row_as_midnight_at_the_end_of_the_day():
    row = load("german_excel.csv").df.iloc[4]
    assert (row["date"], row["time"]) == (pd.Timestamp("2026-03-18"), "00:00")
    stamped = load_diary(b"date,location\n2026-03-04 24:00,calf\n")
    assert stamped.rows_loaded == 1 and stamped.df.loc[0, "date"] == pd.Timestamp("2026-03-05")


def test_google_forms_question_headers_are_placed_by_their_key_words():
    r = load("google_forms.csv")
    assert r.columns == {
        "When did the cramp start?": "date", "Where was the cramp?": "location", "Which side?": "side",
        "How bad was it (0-10)?": "severity", "How long did it last?": "duration_min",
        "What were you doing when it started?": "context", "Did anything help?": "remedy",
        "Anything else you noticed?": "notes", "Timestamp": "date"}  # the Timestamp dated the answer without a date
    assert r.unused_columns == [] and accounted(r)
    assert r.df["time"].tolist()[:2] == ["02:30", "06:45"]  # from the start question, not the Timestamp
    hand = r.df.iloc[1]
    assert (hand["location"], hand["location_detail"]) == ("hand", "Hand, Fingers")
    assert r.df["duration_min"].tolist()[:3] == [2.0, 0.5, 11.0]  # about 2 minutes, 30 sec, over 10 minutes
    assert r.df["location"].tolist()[3:] == ["upper arm", "foot"]  # arm, ankle


def test_a_form_answer_without_the_cramps_date_takes_the_day_it_was_sent_with_a_warning():
    r = load("google_forms.csv")
    assert (r.rows_loaded, r.rows_rejected) == (5, 0)
    row = r.df.iloc[3]
    assert row["date"] == pd.Timestamp("2026-03-16") and pd.isna(row["time"])  # not the time the form was sent
    assert [(p.line, p.value) for p in r.problems if p.column == "date"] == [(5, "3/16/2026")]
    filled = load_diary(b"Timestamp,When did the cramp start?\n3/10/2026 9:14:03 PM,3/9/2026 2:30:00 AM\n")
    assert filled.columns == {"When did the cramp start?": "date"} and filled.unused_columns == ["Timestamp"]


@pytest.mark.parametrize("stamp", ["Zeitstempel", "Horodateur", "Marca temporal", "Informazioni cronologiche",
                                   "Tijdstempel"])
def test_localised_forms_timestamps_give_way_to_the_cramp_date(stamp):
    r = load_diary(f"{stamp},Datum\n10.03.2026 21:14:03,04.03.2026\n".encode())
    assert r.columns == {"Datum": "date"} and r.df.loc[0, "date"] == pd.Timestamp("2026-03-04")


@pytest.mark.parametrize("name", ["french.csv", "spanish.csv"])
def test_french_and_spanish_diaries(name):
    r = load(name)
    assert r.rows_loaded == 3 and r.unused_columns == [] and accounted(r)
    assert r.df["location"].tolist() == ["calf", "foot" if name == "french.csv" else "calf", "thigh"]
    assert r.df["side"].tolist() == ["left", "right", "both"]
    assert r.df["date"].tolist()[0] == pd.Timestamp("2026-03-04")


def test_italian_and_dutch_headers_and_places():
    it = load_diary("Data;Ora;Muscolo;Lato;Intensità;Durata;Note\n4 marzo 2026;22:15;polpaccio;sinistra;6;2 minuti;\n"
                    .encode())
    nl = load_diary(b"Datum;Tijd;Spier;Kant;Intensiteit;Duur;Opmerkingen\n4 maart 2026;22:15;kuit;links;6;1 uur;\n")
    for r in (it, nl):
        assert r.unused_columns == [] and r.df.loc[0, "location"] == "calf" and r.df.loc[0, "side"] == "left"
    assert nl.df.loc[0, "duration_min"] == 60.0


@pytest.mark.parametrize("name,cramp", [
    ("Leg cramps", True), ("Wadenkrampf", True), ("crampe au mollet", True), ("calambre", True),
    ("Crampi muscolari", True), ("kuitkramp", True), ("Charley horse", True), ("Stomach cramps", False),
    ("Menstrual cramps", False), ("period cramps", False), ("Abdominal cramping", False), ("Bauchkrämpfe", False),
    ("Headache", False), ("Muscle spasms", False),
    # menstrual, premenstrual, uterine, ovulation and belly cramps in the six languages are not muscle cramps
    ("crampes menstruelles", False), ("Menstruationskrämpfe", False), ("calambres menstruales", False),
    ("crampi mestruali", False), ("menstruatiekrampen", False), ("PMS cramps", False), ("crampes prémenstruelles", False),
    ("uterine cramps", False), ("crampes utérines", False), ("Krämpfe in der Gebärmutter", False),
    ("calambres uterinos", False), ("baarmoederkrampen", False), ("ovulation cramps", False),
    ("crampes d'ovulation", False), ("Eisprungkrämpfe", False), ("calambres de ovulación", False),
    ("ovulatiekramp", False), ("gastric cramps", False), ("crampes gastriques", False), ("intestinal cramps", False),
    ("Darmkrämpfe", False), ("calambres intestinales", False), ("crampi intestinali", False), ("tummy cramps", False),
    ("belly cramps", False), ("crampes au ventre", False), ("crampi alla pancia", False), ("crampi addominali", False),
    ("Unterleibskrämpfe", False), ("calambres de la regla", False), ("buikkrampen", False), ("maagkramp", False),
    # muscle cramps that only look close
    ("Gastrocnemius cramp", True), ("Muskelkrampf im Oberschenkel", True), ("calambre en la pantorrilla", True),
    ("foot cramps (periodic)", True), ("Hand cramps", True)])
def test_default_cramp_names(name, cramp):
    assert is_muscle_cramp(name) is cramp


def test_unplaced_columns_get_a_spelling_proposal():
    assert propose_column("Severty") == "severity" and propose_column("Locaton") == "location"
    assert propose_column("Mood") is None


def test_everyday_arm_words_reach_the_doctor_rules():
    from cramplog.analyse import doctor

    for word in ("arm", "wrist", "elbow", "Oberarm", "bras"):
        r = load_diary(f"date,location,duration_min\n2026-01-05,{word},1\n".encode())
        assert {x.id for x in doctor.see_a_doctor(r.df)} == {"chest_arms_belly"}, word
    over = load_diary(b"date,location,duration_min\n2026-01-05,calf,> 10 min\n2026-01-06,calf,10 min\n")
    assert {x.id: x.entries for x in doctor.see_a_doctor(over.df)}.get("long_cramps") == 1


def test_a_multiple_choice_answer_keeps_its_first_known_value_with_a_warning():
    r = load_diary(b"date,Did anything help?,What were you doing when it started?\n"
                   b'2026-03-04,"Stretching, Massage",Sleeping\n2026-03-05,Nothing,"Walking, Running"\n')
    assert r.df["remedy"].tolist() == ["stretching", "none"] and r.df["context"].tolist() == ["asleep", "during activity"]
    assert [(p.line, p.column) for p in r.problems] == [(2, "remedy"), (3, "context")]
    assert "several answers" in r.problems[0].message
