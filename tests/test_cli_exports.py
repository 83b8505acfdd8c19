"""`check` on exports shaped like real ones (Bearable, Flaredown of 60 people, Daylio, Symptom Shark): the messages
a person meets choosing whose diary, which names are cramps and reading the counts (issue 21)."""
from tests.formats_helpers import FORMATS
from tests.test_cli_formats import run

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
