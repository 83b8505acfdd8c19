"""The upload page's pickers: which names are cramps, whose diary, which sheet; proposals for unknown columns."""
from tests.helpers import FORMATS, page_text, upload_to
from tests.workbooks import xlsx
from ui.state import DIARY_KEY

PAGE = "pages/my_diary.py"


def upload(open_page, name, data):
    return upload_to(open_page, PAGE, name, data)


def boxes(at):
    return {c.label: c.value for c in at.checkbox}


def test_bearable_names_are_listed_with_counts_and_pre_ticked_by_the_default(open_page):
    at = upload(open_page, "bearable.csv", (FORMATS / "bearable.csv").read_bytes())
    assert "A Bearable export: 13 readings, 5 of them a cramp symptom" in page_text(at)
    assert boxes(at) == {"Leg cramps (4 rows)": True, "Headache (1 row)": False, "Stomach cramps (1 row)": False,
                         "Back (lower) pain (1 row)": False, "Muscle cramps (1 row)": True}
    diary = at.session_state[DIARY_KEY]
    assert not diary.is_demo and len(diary.df) == 4
    assert ("Skipped 8 rows: 3 — a symptom not chosen as a cramp; 1 — a Mood reading (not a symptom); "
            "1 — a Meds/Supplements reading (not a symptom); 1 — a Sleep reading (not a symptom); "
            "1 — an Energy reading (not a symptom); 1 — a Gratitudes reading (not a symptom).") in page_text(at)
    assert "not cramps" not in page_text(at)


def test_unticking_a_name_reads_the_file_again_without_it(open_page):
    at = upload(open_page, "bearable.csv", (FORMATS / "bearable.csv").read_bytes())
    [c for c in at.checkbox if c.label.startswith("Leg cramps")][0].uncheck().run()
    assert len(at.session_state[DIARY_KEY].df) == 1  # only "Muscle cramps" is left
    [c for c in at.checkbox if c.label.startswith("Muscle cramps")][0].uncheck().run()
    assert "No symptom name in this file looks like a muscle cramp" in at.error[0].value


def test_a_file_of_several_people_asks_whose_diary_before_loading(open_page):
    at = upload(open_page, "shark.csv", (FORMATS / "symptom_shark.csv").read_bytes())
    person = at.selectbox[0]
    assert "2 people" in person.label and person.value is None
    assert at.session_state[DIARY_KEY].is_demo and "2 people" in at.error[0].value
    person.set_value("9b1d4e22-0002").run()
    diary = at.session_state[DIARY_KEY]
    assert not diary.is_demo and len(diary.df) == 1 and boxes(at) == {
        "Muscle cramps (1 row)": True, "Fatigue (1 row)": False, "Abdominal cramps (1 row)": False}


def test_a_workbook_with_several_sheets_offers_them(open_page):
    book = xlsx([("Notes", [["just text"]]), ("Diary", [["date", "location"], ["2026-03-04", "calf"]])])
    at = upload(open_page, "diary.xlsx", book)
    assert at.selectbox[0].label == "Which sheet holds your diary?" and at.selectbox[0].value == "Notes"
    at.selectbox[0].set_value("Diary").run()
    assert at.session_state[DIARY_KEY].df["location"].tolist() == ["calf"]
    assert "Read from the sheet “Diary”: the line numbers below are that sheet's row numbers." in page_text(at)


def test_an_unrecognised_column_gets_a_proposal(open_page):
    at = upload(open_page, "typo.csv", b"date,Severty,Mood\n2026-04-01,5,ok\n")
    assert "“Severty” looks like **severity**" in page_text(at)
