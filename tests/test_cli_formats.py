"""`check` and `export` on other apps' exports: --symptom, --person, the new JSON keys and the plain words."""
import json
import re
import shlex
import subprocess
import sys

from tests.helpers import FORMATS, ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "cramplog", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_check_json_tells_the_format_columns_skipped_and_names():
    out = run("check", FORMATS / "bearable.csv", "--json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert (got["format"], got["encoding"], got["delimiter"]) == ("Bearable", "UTF-8", ",")
    assert got["rows_read"] == got["rows_loaded"] + got["rows_rejected"] + got["rows_skipped"] == 13
    assert {"reason": "a Mood reading (not a symptom)", "rows": 1} in got["skipped"]
    assert got["columns"]["detail"] == "notes" and got["unused_columns"] == ["weekday"]
    assert got["choosing_columns"] == ["category"]  # issue 21: it chose the Symptom rows, so it was used
    assert got["names_found"]["Leg cramps"] == 4 and got["names_used"] == ["Leg cramps", "Muscle cramps"]
    assert "people" not in got


def test_symptom_chooses_the_names_and_plain_output_says_so():
    out = run("check", FORMATS / "bearable.csv", "--symptom", "Headache", "--symptom", "leg CRAMPS")
    assert out.returncode == 0, out.stderr
    assert "13 rows read, 4 loaded, 1 rejected, 8 skipped" in out.stdout
    assert ("Skipped 8 rows: 3 — a symptom not chosen as a cramp; 1 — a Mood reading (not a symptom); "
            "1 — a Meds/Supplements reading (not a symptom)") in out.stdout
    assert "Read as muscle cramps: Leg cramps, Headache" in out.stdout and "A Bearable export" in out.stdout
    nothing = run("check", FORMATS / "bearable.csv", "--symptom", "Migraine")
    assert nothing.returncode == 1 and "Leg cramps (4)" in nothing.stderr and "--symptom" in nothing.stderr
    assert "No symptom in this file is called “Migraine”" in nothing.stderr


def test_symptom_and_person_for_a_plain_diary_table_say_they_do_not_apply():
    out = run("check", FORMATS / "german_excel.csv", "--symptom", "Leg cramps", "--person", "7")
    assert out.returncode == 0 and "7 rows read, 6 loaded" in out.stdout
    assert "--symptom does not apply to" in out.stderr and "--person does not apply to" in out.stderr
    quiet = run("check", FORMATS / "german_excel.csv")
    assert "does not apply" not in quiet.stderr


def test_several_people_exit_1_saying_how_many_and_how_to_choose():
    out = run("check", FORMATS / "symptom_shark.csv")
    assert out.returncode == 1 and "2 people" in out.stderr and "pass --person with one of their identifiers" in out.stderr
    assert "  P001: 7 rows, 2023-01-05 to 2023-01-08 (7f3c2a10-0001)" in out.stderr  # issue 21: listed, not via --json
    listed = run("check", FORMATS / "symptom_shark.csv", "--json")
    assert listed.returncode == 1 and json.loads(listed.stdout)["people"] == {"7f3c2a10-0001": 7, "9b1d4e22-0002": 3}
    chosen = run("check", FORMATS / "symptom_shark.csv", "--person", "7f3c2a10-0001", "--json")
    got = json.loads(chosen.stdout)
    assert chosen.returncode == 0 and got["people"] == {"7f3c2a10-0001": 7, "9b1d4e22-0002": 3}
    assert {"reason": "a row of another person in the file", "rows": 3} in got["skipped"]


def test_export_writes_only_the_cramps(tmp_path):
    out = run("export", FORMATS / "flaredown.csv", "--person", "QEVuQwEAXJ1n2d6tEUs1Vr2dWmC6Qw==",
              "-o", tmp_path / "out.csv")
    assert out.returncode == 0, out.stderr
    assert "13 rows of" in out.stderr and "were skipped: 13 — a row of another person in the file" in out.stderr
    lines = (tmp_path / "out.csv").read_text().splitlines()
    assert len(lines) == 3 and lines[1].startswith("2016-05-10,") and "Muscle cramps" in lines[1]


def test_a_file_of_10000_columns_is_refused_fast_naming_the_limit(tmp_path):
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(["date", *(f"c{i}" for i in range(9999))]) + "\n" + ",".join(["2026-03-04"] * 10000))
    out = run("check", wide)
    assert out.returncode == 1 and "10,000 columns" in out.stderr and "500 columns" in out.stderr


def test_one_row_of_10000_cells_under_a_short_header_is_refused_naming_its_line(tmp_path):
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("date,location\n2026-03-04,calf\n" + ",".join(["2026-03-05"] * 10000) + "\n")
    out = run("check", ragged)
    assert out.returncode == 1 and "Line 3 has 10,000 cells" in out.stderr and "500 columns" in out.stderr


def test_export_counts_rows_in_words_and_suggests_a_check_with_the_users_options(tmp_path):
    out = run("export", FORMATS / "bearable.csv", "--symptom", "Leg cramps", "--symptom", "Muscle cramps",
              "--day-first", "-o", tmp_path / "out.csv")
    assert out.returncode == 0, out.stderr
    assert "warning: 1 row of" in out.stderr and "1 rows" not in out.stderr  # the 31st of September
    assert "note: 8 rows of" in out.stderr and "were skipped: 3 — a symptom not chosen as a cramp;" in out.stderr
    suggested = re.findall(r"`([^`]+)`", out.stderr)
    assert len(suggested) == 2 and suggested[0] == suggested[1]
    words = shlex.split(suggested[0])
    assert words[:4] == ["python", "-m", "cramplog", "check"] and "--day-first" in words
    assert words.count("--symptom") == 2 and "Muscle cramps" in words
    check = run(*words[3:])  # the command as suggested reads the same rows, and exits 0
    assert check.returncode == 0, check.stderr
    assert "13 rows read, 4 loaded, 1 rejected, 8 skipped" in check.stdout


def test_check_counts_a_forms_timestamp_that_gave_dates_as_used():
    out = run("check", FORMATS / "google_forms.csv")
    assert out.returncode == 0, out.stderr
    assert "Timestamp → date (where “When did the cramp start?” is empty)" in out.stdout
    assert "Columns not used" not in out.stdout


# Issue 21: `check` on exports shaped like real ones (Bearable, Flaredown of 60 people, Daylio, Symptom Shark):
# the messages a person meets choosing whose diary, which names are cramps and reading the counts.
FLAREDOWN, SHARK = FORMATS / "flaredown_export.csv", FORMATS / "symptom_shark_export.csv"
LEG_CRAMPS_PERSON = "QEVuQwEAg4sSqiRC292ZItyUY+5L=="


def test_counts_are_all_written_alike_with_thousands_separators(tmp_path):
    rows = ["date,location"] + [f"2026-01-{1 + i % 28:02d},calf" for i in range(1300)] + ["someday,calf"] * 1200
    diary = tmp_path / "big.csv"
    diary.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = run("check", diary)
    assert out.returncode == 0, out.stderr
    assert "2,500 rows read, 1,300 loaded, 1,200 rejected, 0 skipped" in out.stdout
    skipped = run("check", FLAREDOWN, "--person", LEG_CRAMPS_PERSON)
    assert "2,154 rows read, 3 loaded, 0 rejected, 2,151 skipped, 0 warnings." in skipped.stdout


def test_a_file_of_several_people_says_whose_rows_the_cramps_are():
    out = run("check", FLAREDOWN, "--person", LEG_CRAMPS_PERSON)
    assert "from 60 people; 3 of the chosen person's rows are cramps." in out.stdout
    assert "of them a cramp" not in out.stdout


def test_entries_of_one_day_are_said_to_be_of_that_day():
    out = run("check", SHARK, "--person", "a400d92b-a7ed-46fa-bcb1-4d70491a6876")
    assert "1 of the chosen person's rows is a cramp. Entries all dated 2024-05-09." in out.stdout
    assert "from 2024-05-09 to 2024-05-09" not in out.stdout
    assert "Entries dated 2015-05-25 to 2016-04-07." in run("check", FLAREDOWN, "--person", LEG_CRAMPS_PERSON).stdout


def test_the_columns_that_chose_the_rows_are_said_to_be_used_for_that():
    bearable = run("check", FORMATS / "bearable_export.csv", "--symptom", "Calf spasms").stdout
    assert "Columns used to choose rows: category." in bearable and "Columns not used: weekday." in bearable
    flaredown = run("check", FLAREDOWN, "--person", LEG_CRAMPS_PERSON).stdout
    assert "Columns used to choose rows: user_id, trackable_type." in flaredown
    assert "Columns not used: age, sex, country, trackable_id." in flaredown
    shark = run("check", SHARK, "--person", "MDH-2410-2285").stdout
    assert "Columns used to choose rows: ParticipantID, ParticipantIdentifier." in shark
    assert "Columns not used" not in shark


def test_a_file_of_one_person_chose_nobody_by_its_person_column(tmp_path):
    one = tmp_path / "one.csv"
    one.write_text("user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,trackable_value\n"
                   "QEVuQwEAabc==,,,,2015-01-01,1,Symptom,Leg cramps,2\n", encoding="utf-8")
    out = run("check", one).stdout
    assert "Columns used to choose rows: trackable_type." in out and "Columns not used: user_id," in out


def test_plain_check_lists_up_to_20_people_with_rows_and_dates_to_choose_from():
    out = run("check", FLAREDOWN)
    assert out.returncode == 1 and "60 people" in out.stderr
    listed = [line for line in out.stderr.splitlines() if line.startswith("  QEVuQwEA")]
    assert len(listed) == 20 and listed[0] == "  QEVuQwEAHb7DZFAvYgjudfUAgg7H==: 65 rows, 2016-01-04 to 2016-01-17"
    assert "  and 40 more people, with fewer rows" in out.stderr
    shark = run("check", SHARK, "--person", "nobody")
    assert "Nobody in this file has the identifier “nobody” (in any case)." in shark.stderr
    assert "  MDH-2410-2285: 3 rows, 2024-05-09 (a400d92b-a7ed-46fa-bcb1-4d70491a6876)" in shark.stderr


def test_check_names_the_person_chosen_by_the_identifier_they_know():
    for person in ("MDH-2410-2285", "A400D92B-A7ED-46FA-BCB1-4D70491A6876"):
        out = run("check", SHARK, "--person", person)
        assert out.returncode == 0, out.stderr
        assert ("this is the diary of MDH-2410-2285 (a400d92b-a7ed-46fa-bcb1-4d70491a6876), chosen with --person"
                in out.stdout)


def test_no_cramp_names_suggests_only_names_that_could_be_a_cramp_and_says_what_was_left_out():
    ocd = run("check", FLAREDOWN, "--person", "QEVuQwEAHb7DZFAvYgjudfUAgg7H==").stderr
    assert "“Muscle spasms” could be a muscle cramp or spasm." in ocd and '--symptom "Muscle spasms"' in ocd
    assert ("Left out on purpose, as cramps not of a muscle: “Menstrual cramps” (menstrual or period), "
            "“Stomach cramps” (stomach, belly or abdominal).") in ocd
    assert '--symptom "Obsessive-compulsive disorder"' not in ocd
    daylio = run("check", FORMATS / "daylio_export.csv").stderr
    assert '(for example --symptom "calf spasm")' in daylio and '"movies / tv"' not in daylio
    assert "“period cramps” (menstrual or period)" in daylio
    bearable = run("check", FORMATS / "bearable_export.csv").stderr
    assert '--symptom "Calf spasms"' in bearable and '--symptom "Anxiety"' not in bearable


def test_with_nothing_cramp_like_no_name_is_suggested(tmp_path):
    only = tmp_path / "moods.csv"
    only.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2022-02-20,20 February,Sunday,7:15 pm,meh,movies / tv | walk,,\n", encoding="utf-8")
    said = run("check", only).stderr
    assert "The names found are: movies / tv (1), walk (1)." in said and "for example" not in said
    assert "could be a muscle cramp" not in said and "Left out" not in said
