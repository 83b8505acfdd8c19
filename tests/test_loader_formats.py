"""The diary files people really have: each format family loads with the right rows and line-exact problems."""
from pathlib import Path

import pandas as pd
import pytest

from cramplog.base.canonical import neutralise_text
from cramplog.diary.demo import DEMO_PATH, generate_demo, load_demo
from cramplog.read.load import load_diary
from cramplog.schema import COLUMNS, DTYPES, conform

FIXTURES = Path(__file__).parent / "fixtures"


def load(name, **kw):
    return load_diary((FIXTURES / name).read_bytes(), **kw)


def problems(result):
    return [(p.line, p.column, p.severity) for p in result.problems]


def test_excel_european_locale_semicolons_decimal_commas_day_first_cp1252():
    r = load("excel_eu.csv")
    assert (r.encoding, r.delimiter, r.date_order_used) == ("Windows-1252", ";", "day-first")
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (5, 4, 1)
    assert problems(r) == [(4, "severity", "warning"), (5, "date", "error")]
    first = r.df.iloc[0]
    assert first["date"] == pd.Timestamp("2026-03-31") and first["time"] == "23:40"
    assert (first["severity"], first["duration_min"], first["twitching"]) == (7.5, 1.5, False)
    assert r.df["location"].tolist() == ["calf", "foot", "calf", "thigh"]
    assert r.df["side"].tolist() == ["left", "right", "left", "both"]  # "linke Wade" gives the side
    assert r.df["notes"].iloc[0] == "nachts aufgewacht" and r.df["notes"].iloc[2] == 'Schmerz "stark"'
    assert list(r.lines) == [2, 3, 4, 6]


def test_google_sheets_us_timestamp_with_12h_clock_splits_into_date_and_time():
    r = load("sheets_us.csv")
    assert r.date_order_used == "month-first" and not r.ambiguous_dates
    assert r.df["date"].dt.strftime("%Y-%m-%d").tolist() == ["2026-04-13", "2026-04-14", "2026-04-20", "2026-05-02"]
    assert r.df["time"].tolist() == ["22:15", "07:05", "00:30", "23:45"]
    assert r.df["duration_min"].tolist()[:3] == [1.5, 1.5, 3.0]
    assert r.df["notes"].tolist()[:2] == ["woke me up, stretched", "two\nlines"]
    # The quoted line break makes the later records start one line further down.
    assert problems(r) == [(6, "date", "error"), (7, "severity", "warning"), (7, "duration_min", "warning"),
                           (7, "twitching", "warning")]
    assert r.problems[0].value == "4/31/2026 9:00:00 PM"


def test_google_forms_date_question_wins_over_the_submission_timestamp():
    r = load("google_forms.csv")  # Timestamp = when the form was sent; "Date of cramp" = when it happened
    assert r.df["date"].dt.strftime("%Y-%m-%d").tolist() == ["2026-04-13", "2026-04-14"]
    assert r.df["time"].isna().all()
    assert "Timestamp" in r.unplaced_columns and r.df["Timestamp"].iloc[0] == "4/15/2026 8:02:11"
    assert problems(r) == [(4, "date", "error")] and r.rows_read == r.rows_loaded + r.rows_rejected


def test_a_date_question_without_dates_leaves_the_date_to_the_timestamp():
    r = load_diary(b"Timestamp,Day of week,Where\n4/15/2026 8:02:11,Monday,calf\n4/16/2026 21:10:00,Tuesday,foot\n")
    assert r.df["date"].dt.strftime("%Y-%m-%d").tolist() == ["2026-04-15", "2026-04-16"]
    assert r.df["time"].tolist() == ["08:02", "21:10"] and "Day of week" in r.unplaced_columns


def test_utf16_tab_export():
    r = load("unicode_tab.txt")
    assert (r.encoding, r.delimiter, r.rows_loaded, r.problems) == ("UTF-16", "\t", 2, [])
    assert r.df["location"].tolist() == ["hamstring", "shin"]


def test_utf16_without_bom_and_utf8_with_bom():
    text = "date;location\n2026-05-01;calf\n"
    for data in (text.encode("utf-16-le"), "\ufeff".encode() + text.encode()):
        r = load_diary(data)
        assert r.rows_loaded == 1 and r.df["location"].tolist() == ["calf"]


def test_excel_sep_line_declares_the_delimiter_and_lines_stay_the_files_own():
    r = load("excel_sep_line.csv")  # BOM, "sep=;", then the header on line 2
    assert (r.delimiter, r.headers[0]) == (";", "Datum")
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (4, 3, 1)
    assert r.rows_read == r.rows_loaded + r.rows_rejected
    assert problems(r) == [(4, "severity", "warning"), (5, "date", "error")]
    assert list(r.lines) == [3, 4, 7]
    assert r.df["duration_min"].tolist() == [1.5, 2.0, 0.5]


@pytest.mark.parametrize("declared", ["sep=\t", "sep=\\t", '"sep=,"'])
def test_sep_line_in_each_form_excel_writes_is_honoured_and_skipped(declared):
    delimiter = {"sep=\t": "\t", "sep=\\t": "\t", '"sep=,"': ","}[declared]
    text = f"{declared}\ndate{delimiter}notes\n2026-04-01{delimiter}calf; woke up\n"
    r = load_diary(text.encode())
    assert (r.delimiter, r.rows_loaded, r.problems) == (delimiter, 1, [])
    assert r.df["notes"].tolist() == ["calf; woke up"]


def test_latin1_keeps_accents_and_reads_french_headers():
    r = load("latin1.csv")
    assert r.rows_loaded == 2 and r.date_order_used == "day-first"
    assert r.df["notes"].tolist() == ["réveillé la nuit", "après la randonnée"]
    assert r.df[["location", "side", "severity"]].iloc[0].tolist() == ["calf", "left", 6.0]


def test_ragged_rows_are_rejected_line_exactly_and_blank_lines_skipped():
    r = load("ragged.csv")
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (5, 3, 2)
    assert [(p.line, p.severity) for p in r.problems] == [(3, "error"), (6, "error")]
    assert r.problems[0].value == "2026-06-02 | calf | 5 | extra"
    assert list(r.lines) == [2, 5, 7]  # a trailing empty cell loses nothing, so line 5 loads


@pytest.mark.parametrize("data,says", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"date,location,severity\n", "no rows"),
    (b"PK\x03\x04\x14\x00\x06\x00", "spreadsheet workbook"),
    (bytes(range(256)) * 4, "not contain text"),
    (b"where,pain\ncalf,5\n", "No column holds dates"),
    (b"2026-04-01,calf,5\n2026-04-02,foot,3\n", "first row holds values"),
    (b'date,notes\n2026-04-01,"never closed\n', "never closed"),
    (b"date,location\nsoon,calf\nlater,foot\n", "None of the 2 rows"),
])
def test_unusable_files_get_one_clear_message(data, says):
    r = load_diary(data)
    assert r.unusable and says in r.unusable
    assert r.rows_read == r.rows_loaded + r.rows_rejected and r.rows_loaded == 0
    assert list(r.df.columns) == list(COLUMNS)


def test_ambiguous_dates_are_flagged_and_read_month_first_unless_told():
    r = load("ambiguous.csv")
    assert r.ambiguous_dates and r.date_order_used == "month-first"
    assert r.df["date"].iloc[0] == pd.Timestamp("2026-03-04")
    assert r.problems[0].line is None and "two ways" in r.problems[0].message
    told = load("ambiguous.csv", date_order="day-first")
    assert not told.ambiguous_dates and told.df["date"].iloc[0] == pd.Timestamp("2026-04-03")
    assert told.problems == []


@pytest.mark.parametrize("header,first", [
    ("Date (dd/mm/yyyy)", "2026-04-03"), ("date (DD.MM.YYYY)", "2026-04-03"),
    ("Datum (TT.MM.JJJJ)", "2026-04-03"), ("Date (mm/dd/yy)", "2026-03-04"),
])
def test_an_order_stated_in_the_date_header_settles_ambiguous_dates_without_asking(header, first):
    r = load_diary(f"{header},where\n03/04/2026,calf\n05/06/2026,foot\n".encode())
    assert not r.ambiguous_dates and r.problems == []
    assert r.df["date"].iloc[0] == pd.Timestamp(first)


def test_the_users_order_and_the_dates_themselves_win_over_the_header_hint():
    told = load_diary(b"Date (dd/mm/yyyy)\n03/04/2026\n", date_order="month-first")
    assert told.df["date"].iloc[0] == pd.Timestamp("2026-03-04") and told.problems == []
    r = load_diary(b"Date (dd/mm/yyyy)\n12/31/2026\n01/02/2026\n")
    assert r.date_order_used == "month-first" and r.rows_loaded == 2
    assert [(p.line, p.severity) for p in r.problems] == [(None, "warning")]
    assert "says day-first" in r.problems[0].message


def test_one_unambiguous_date_settles_the_order_for_the_file():
    r = load_diary(b"date\n03/04/2026\n25/04/2026\n")
    assert r.date_order_used == "day-first" and not r.ambiguous_dates
    assert r.df["date"].tolist() == [pd.Timestamp("2026-04-03"), pd.Timestamp("2026-04-25")]


def test_date_that_only_fits_the_other_order_is_rejected_with_that_reason():
    r = load_diary(b"date\n25/04/2026\n26/04/2026\n04/27/2026\n")
    assert r.rows_rejected == 1 and r.problems[0].line == 4
    assert "only makes sense month-first" in r.problems[0].message


def test_bad_optional_values_keep_the_row_and_blank_only_that_value():
    r = load_diary(b"date,severity,duration,context,twitching\n2026-04-01,high,soon,dancing,maybe\n")
    assert r.rows_loaded == 1
    assert r.df[["severity", "duration_min", "context", "twitching"]].isna().all(axis=None)
    assert [(p.column, p.value) for p in r.problems] == [
        ("severity", "high"), ("duration_min", "soon"), ("context", "dancing"), ("twitching", "maybe")]


def test_unplaced_columns_are_kept_listed_and_mappable():
    data = b"Wann,Wo,Mood\n2026-04-01,calf,ok\n"
    r = load_diary(data)
    assert r.df["date"].iloc[0] == pd.Timestamp("2026-04-01")  # found by its values
    assert r.unplaced_columns == ["Wo", "Mood"] and r.df["Wo"].tolist() == ["calf"]
    mapped = load_diary(data, mapping={"Wo": "location"})
    assert mapped.unplaced_columns == ["Mood"] and mapped.df["location"].tolist() == ["calf"]


def test_mapping_can_name_the_date_column_of_an_unusable_file():
    data = b"Tag,pain\n01.04.2026,5\n"
    assert load_diary(b"Tag,pain\nsoon,5\n").unusable
    assert load_diary(data, mapping={"Tag": "date"}).rows_loaded == 1


def test_explicit_side_wins_over_the_side_word_in_location_and_location_detail_is_kept():
    r = load_diary(b"date,location,side,location_detail\n2026-04-01,left calf,right,\n"
                   b"2026-04-02,behind the ear,,\n2026-04-03,other,,my own words\n")  # the knee is a region since issue 10
    assert r.df["side"].iloc[0] == "right" and r.df["side"].isna().tolist()[1:] == [True, True]
    assert r.df["location"].tolist() == ["calf", "other", "other"]
    assert r.df["location_detail"].tolist()[1:] == ["behind the ear", "my own words"]


def test_demo_diary_loads_without_a_problem_in_canonical_dtypes():
    r = load_diary(DEMO_PATH.read_bytes())
    assert (r.rows_rejected, r.problems, r.unusable) == (0, [], None)
    assert r.df.dtypes.astype(str).to_dict() == {c: str(pd.Series(dtype=DTYPES[c]).dtype) for c in COLUMNS}
    pd.testing.assert_frame_equal(conform(r.df), r.df)


def test_the_shipped_demo_file_is_what_its_generator_makes():
    """`python -m cramplog.diary.demo` rewrites data/demo_diary.csv; the two never drift apart."""
    pd.testing.assert_frame_equal(generate_demo(), load_demo(), check_dtype=False)


def test_formula_safe_export_round_trips_exactly():
    notes = ["=1+2", "'=already", "+49 123", "-5 degrees", "@home", "plain", "it's fine"]
    cells = "\n".join(f'2026-04-01,"{neutralise_text(n)}"' for n in notes)
    r = load_diary(f"date,notes\n{cells}\n".encode())
    assert r.df["notes"].tolist() == notes


def test_to_json_is_the_cli_object():
    r = load("excel_eu.csv")
    j = r.to_json()
    # Issue 10 added how the file was read and the skipped-row accounting to the object.
    assert set(j) == {"rows_read", "rows_loaded", "rows_rejected", "first_date", "last_date", "problems",
                      "format", "summary", "encoding", "delimiter", "columns", "unused_columns", "rows_skipped",
                      "skipped"}
    assert (j["format"], j["delimiter"], j["rows_skipped"], j["skipped"]) == ("diary table", ";", 0, [])
    assert (j["first_date"], j["last_date"]) == ("2026-03-31", "2026-04-05")
    assert j["problems"][1] == {"line": 5, "column": "date", "value": "", "severity": "error",
                                "message": "The date is empty, so this cramp cannot be placed in time."}


def test_a_repeated_column_name_keeps_each_column_once():
    r = load_diary(b"date,notes,notes\n2026-04-01,first,second\n")
    assert r.df["notes"].tolist() == ["first"]
    assert r.unplaced_columns == ["notes"] and r.df["notes (2)"].tolist() == ["second"]
    assert "notes (3)" not in r.df.columns
