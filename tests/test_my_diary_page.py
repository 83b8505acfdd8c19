"""The upload page as a user meets it: upload, counts, problems, mapping, the date question, clearing."""
from pathlib import Path

from tests.helpers import page_text, upload_to
from ui.state import DIARY_KEY

PAGE = "pages/my_diary.py"
FIXTURES = Path(__file__).parent / "fixtures"


def upload(open_page, name, data):
    return upload_to(open_page, PAGE, name, data)


def metrics(at):
    return {m.label: m.value for m in at.metric}


def test_before_upload_the_demo_is_named_with_the_template_and_notes(open_page):
    at = open_page(PAGE)
    text = page_text(at)
    assert "demo diary" in text and "no diagnosis" in text and "nothing is saved on the server" in text
    assert at.get("download_button")[0].proto.label == "Download the template (CSV)"
    assert len(at.dataframe) == 1  # the format table


def test_good_file_becomes_the_session_diary(open_page):
    at = upload(open_page, "mine.csv", (FIXTURES / "unicode_tab.txt").read_bytes())
    assert metrics(at) == {"Rows loaded": "2", "Rows rejected": "0", "Warnings": "0"}
    diary = at.session_state[DIARY_KEY]
    assert (diary.name, diary.is_demo, len(diary.df)) == ("mine.csv", False, 2)
    assert "Showing your diary: mine.csv" in page_text(at)
    at.switch_page("pages/overview.py").run()
    assert at.session_state[DIARY_KEY].name == "mine.csv"  # every page uses it


def test_bad_rows_are_counted_and_listed_by_line(open_page):
    at = upload(open_page, "excel.csv", (FIXTURES / "excel_eu.csv").read_bytes())
    assert metrics(at) == {"Rows loaded": "4", "Rows rejected": "1", "Warnings": "1"}
    problems = at.dataframe[1].value
    assert problems[["line", "column", "severity"]].values.tolist() == [[4, "severity", "warning"],
                                                                      [5, "date", "error"]]
    preview = at.dataframe[2].value
    assert len(preview) == 4 and preview["location"].iloc[0] == "calf"


def test_unusable_file_shows_one_clear_error_and_keeps_the_demo(open_page):
    at = upload(open_page, "empty.csv", b"")
    assert [e.value for e in at.error] and "empty" in at.error[0].value
    assert at.session_state[DIARY_KEY].is_demo
    assert not at.metric


def test_the_counts_caption_says_a_one_day_file_is_all_of_that_day(open_page):
    at = upload(open_page, "one_day.csv", b"date,location\n2026-03-04,calf\n2026-03-04,foot\n")
    assert "2 rows read, entries all dated 2026-03-04." in page_text(at)
    assert "to 2026-03-04" not in page_text(at)


def test_a_json_export_says_which_csv_export_to_load_instead(open_page):
    at = upload(open_page, "symptom_logs.json", (FIXTURES / "formats" / "symptom_shark_export.json").read_bytes())
    said = at.error[0].value
    assert "CrampLog does not read JSON exports" in said and "choosing CSV" in said and "{" not in said
    assert not at.main.selectbox and not at.metric and at.session_state[DIARY_KEY].is_demo  # no "which column" step


def test_ambiguous_dates_ask_before_loading(open_page):
    at = upload(open_page, "amb.csv", (FIXTURES / "ambiguous.csv").read_bytes())
    assert at.radio[0].value is None and not at.metric
    assert at.session_state[DIARY_KEY].is_demo  # nothing loaded until the user answers
    at.radio[0].set_value("day-first").run()
    diary = at.session_state[DIARY_KEY]
    assert not diary.is_demo and str(diary.df["date"].iloc[0].date()) == "2026-04-03"
    assert metrics(at)["Rows loaded"] == "3"


def test_mapping_step_reads_the_file_again_with_the_users_columns(open_page):
    at = upload(open_page, "own.csv", b"date,Wo,Mood\n2026-04-01,left calf,ok\n")
    assert [s.label for s in at.main.selectbox] == ["Column “Wo” holds", "Column “Mood” holds"]
    at.main.selectbox[0].set_value("location").run()
    df = at.session_state[DIARY_KEY].df
    assert df[["location", "side"]].iloc[0].tolist() == ["calf", "left"]
    assert [s.label for s in at.main.selectbox] == ["Column “Wo” holds", "Column “Mood” holds"]


def test_mapping_step_can_rescue_a_file_without_a_date_header(open_page):
    # "Tag" (German for day) names the date since issue 10, so an unknown name stands in for it here.
    at = upload(open_page, "tag.csv", b"Wann,pain\nsoon,5\n01.04.2026,6\n02.04.2026,7\n")
    assert "No column holds dates" in at.error[0].value
    at.main.selectbox[0].set_value("date").run()
    assert not at.error and metrics(at) == {"Rows loaded": "2", "Rows rejected": "1", "Warnings": "0"}
    assert at.session_state[DIARY_KEY].name == "tag.csv"


def test_clear_my_data_goes_back_to_the_demo_with_a_message(open_page):
    at = upload(open_page, "mine.csv", (FIXTURES / "unicode_tab.txt").read_bytes())
    [b for b in at.button if b.label == "Clear my data"][0].click().run()
    assert "Your data was cleared" in page_text(at) and "demo diary" in page_text(at)
    assert at.file_uploader[0].value is None
    assert at.session_state[DIARY_KEY].is_demo


def test_problem_reasons_sit_next_to_their_line_and_wrap(open_page):
    at = upload(open_page, "excel.csv", (FIXTURES / "excel_eu.csv").read_bytes())
    problems = at.dataframe[1].proto
    assert list(problems.column_order)[:2] == ["line", "message"]  # readable on a phone without scrolling
    assert problems.row_height > 64  # Streamlit wraps text only in rows taller than 4rem
    assert "the header is line 1" in page_text(at)


def test_a_warning_is_explained_as_more_than_an_empty_value_and_a_workbook_names_sheet_rows(open_page):
    from tests.workbooks import xlsx

    book = xlsx([("Diary", [["date", "duration"], ["2026-03-04", "> 1 hour"], ["2026-03-05", "2-3 min"]])])
    at = upload(open_page, "diary.xlsx", book)
    text, problems = page_text(at), at.dataframe[1]
    said = " ".join(problems.value["message"])
    assert "stored as 61 minutes" in said and "the middle of the range, 2.5 minutes" in said
    assert "a range, an “over” value, the day a form was sent" in text
    assert "a warning means one value was left empty" not in text and "only that value was left empty" not in text
    assert "Rows are the sheet's own row numbers." in text and "the header is line 1" not in text
    assert '"Row"' in problems.proto.columns  # the problem table heads its numbers as the sheet's rows


def test_preview_shows_dates_without_a_midnight_time(open_page):
    at = upload(open_page, "excel.csv", (FIXTURES / "excel_eu.csv").read_bytes())
    assert '"date"' in at.dataframe[2].proto.columns and "YYYY-MM-DD" in at.dataframe[2].proto.columns


def test_a_file_without_dates_asks_for_the_date_column_not_for_unrecognised_ones(open_page):
    at = upload(open_page, "nodate.csv", b"location,severity\ncalf,4\n")
    headings = [h.value for h in at.header]
    assert "Which column holds the date?" in headings
    assert "Columns CrampLog did not recognise" not in headings  # location and severity were recognised


def _own_diary(open_page):
    from cramplog.schema import make_diary
    from ui.state import SessionDiary

    records = [{"date": f"2026-03-0{d}", "time": "03:00", "location": "calf", "side": "left", "severity": 5.0}
               for d in (1, 2, 3)]
    return open_page(PAGE, {DIARY_KEY: SessionDiary(make_diary(records), "mine.csv", False)})


OVERLAPPING = b"date,time,location,side,severity\n2026-03-02,03:00,calf,left,5\n2026-03-03,03:00,calf,left,5\n" \
              b"2026-03-04,22:15,foot,right,4\n"


def test_a_file_over_an_own_diary_asks_add_or_replace_before_changing_anything(open_page):
    at = _own_diary(open_page)
    at.file_uploader[0].upload("more.csv", OVERLAPPING, "text/csv").run()
    assert [r.label for r in at.main.radio] == ["You already have a diary (3 entries). What should this file do?"]
    assert len(at.session_state[DIARY_KEY].df) == 3  # nothing changes until the user chooses
    at.radio[0].set_value("Add these entries to my diary").run()
    assert "Added 1 entry to your diary; 2 were already in it and skipped." in page_text(at)
    diary = at.session_state[DIARY_KEY]
    assert (diary.name, len(diary.df)) == ("mine.csv", 4)
    assert diary.df["location"].tolist() == ["calf", "calf", "calf", "foot"]


def test_replace_makes_the_file_the_diary(open_page):
    at = _own_diary(open_page)
    at.file_uploader[0].upload("more.csv", OVERLAPPING, "text/csv").run()
    at.radio[0].set_value("Replace my diary with this file").run()
    diary = at.session_state[DIARY_KEY]
    assert (diary.name, len(diary.df)) == ("more.csv", 3)
    assert "Your diary was replaced by this file." in page_text(at)


def test_adding_crampLogs_own_export_of_the_diary_adds_nothing(open_page):
    from cramplog.base.canonical import to_csv_bytes

    at = _own_diary(open_page)
    export = to_csv_bytes(at.session_state[DIARY_KEY].df)
    at.file_uploader[0].upload("cramplog-diary.csv", export, "text/csv").run()
    at.radio[0].set_value("Add these entries to my diary").run()
    assert "Added 0 entries to your diary; 3 were already in it and skipped." in page_text(at)
    assert len(at.session_state[DIARY_KEY].df) == 3


def test_preview_says_not_noted_where_a_value_is_missing_as_the_log_form_does(open_page):
    """Issue 23 item 8: the preview showed "None" where the form says "not noted"."""
    at = upload(open_page, "gaps.csv", b"date,location,severity,twitching\n2026-03-01,calf,,\n2026-03-02,,4,yes\n")
    shown = list(at.dataframe)[-1].value  # the preview is the last table (this file has no problems to list)
    assert shown["severity"].tolist() == ["not noted", "4"] and shown["location"].tolist() == ["calf", "not noted"]
    assert shown["twitching"].tolist() == ["not noted", "yes"]
    assert "None" not in shown.astype(str).to_numpy().ravel().tolist()
