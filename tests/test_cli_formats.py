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
    assert got["columns"]["detail"] == "notes" and got["unused_columns"] == ["weekday", "category"]
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
    assert out.returncode == 1 and "2 people" in out.stderr and "--person ID" in out.stderr
    listed = run("check", FORMATS / "symptom_shark.csv", "--json")  # the message says the IDs are listed there
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
