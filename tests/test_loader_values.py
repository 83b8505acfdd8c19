"""How single values are read: dates, times, durations, yes/no, numbers, locations, header names."""
import pandas as pd
import pytest

from cramplog.read.headers import match_headers
from cramplog.read.lexicon.normal import header_key
from cramplog.read.lexicon.values import HELPED_WORDS
from cramplog.read.load import load_diary
from cramplog.read.parse_dates import order_hint, parse_dates, parse_times
from cramplog.read.parse_values import duration_minutes, durations, locations, number, vocabulary, yes_no


def texts(*values):
    return pd.Series(values, dtype="str")


@pytest.mark.parametrize("text,day", [
    ("2026-04-01", "2026-04-01"), ("31.12.2026", "2026-12-31"), ("31/12/2026", "2026-12-31"),
    ("2026/04/01", "2026-04-01"), ("4 March 2026", "2026-03-04"), ("Mar 4, 2026", "2026-03-04"),
    ("31.12.26", "2026-12-31"), ("2026-04-01T22:15:00Z", "2026-04-01"),
])
def test_dates_in_each_written_form(text, day):
    assert parse_dates(texts(text)).date.iloc[0] == pd.Timestamp(day)


@pytest.mark.parametrize("text", ["soon", "2026-02-30", "13/13/2026", "5", "2026-04-01 at dawn"])
def test_not_dates(text):
    assert parse_dates(texts(text)).date.isna().all()


def test_month_first_dates_with_12h_clock():
    parsed = parse_dates(texts("12/31/2026 10:15 PM", "1/2/2026 12:05 AM"))
    assert parsed.order_used == "month-first"
    assert parsed.date.tolist() == [pd.Timestamp("2026-12-31"), pd.Timestamp("2026-01-02")]
    assert parsed.time.tolist() == ["22:15", "00:05"]


def test_times():
    got = parse_times(texts("22:15", "22:15:00", "10:15 PM", "12:05 am", "12 pm", "7.30", "25:00", "noon", ""))
    assert got.tolist()[:6] == ["22:15", "22:15", "22:15", "00:05", "12:00", "07:30"]
    assert got.iloc[6:].isna().all()


@pytest.mark.parametrize("text,minutes", [
    ("3", 3.0), ("2,5", 2.5), ("30 sec", 0.5), ("2 min", 2.0), ("1m30s", 1.5), ("90s", 1.5),
    ("1:30", 1.5), ("3 minutes", 3.0), ("1 min 30 sec", 1.5), ("about 2 min", 2.0), ("1h", 60.0),
])
def test_durations(text, minutes):
    assert duration_minutes(texts(text)).iloc[0] == pytest.approx(minutes)


@pytest.mark.parametrize("text,minutes", [
    ("> 10 min", 11.0), ("over 10 minutes", 11.0), ("> 10", 11.0), ("> 1 hour", 61.0), ("over 2 hours", 121.0),
    ("über 1 Std.", 61.0), ("> 1h 30m", 91.0), ("> 30 sec", 31 / 60), ("more than 90s", 91 / 60), ("> 1:30", 91 / 60),
])
def test_over_a_bound_is_just_longer_than_it(text, minutes):
    # One minute over a bound in minutes or hours, one second over a bound in seconds: never a unit over.
    read = durations(texts(text))
    assert read["rule"].iloc[0] == "over" and read["minutes"].iloc[0] == pytest.approx(minutes, abs=1e-4)


@pytest.mark.parametrize("text", [">= 10 min", "≥10 min", "10+ min", "=> 10 minutes", "10 min+", "10+"])
def test_at_least_and_plus_read_like_over(text):
    # People write these for a cramp that went on past ten minutes: it counts as longer than 10, never as unreadable.
    read = durations(texts(text))
    assert read["rule"].iloc[0] == "over" and read["minutes"].iloc[0] == 11.0


def test_a_form_with_at_least_durations_stores_each_just_over_ten_minutes_with_a_warning():
    from tests.helpers import load

    r = load("google_forms_at_least.csv")
    assert r.df["duration_min"].tolist() == [11.0, 11.0, 11.0, 11.0]
    said = [p.message for p in r.problems if p.column == "duration_min"]
    assert len(said) == 4 and all("stored as 11 minutes" in m and "not a duration" not in m for m in said)


def test_the_range_and_over_warnings_name_the_value_stored_for_that_cell():
    r = load_diary(b"date,duration\n2026-01-01,> 1 hour\n2026-01-02,> 30 sec\n2026-01-03,2-3 hours\n")
    assert r.df["duration_min"].tolist() == [61.0, 0.5167, 150.0]
    said = [p.message for p in r.problems]
    assert "stored as 61 minutes" in said[0] and "stored as 0.5167 minutes (31 seconds)" in said[1]
    assert "the middle of the range, 150 minutes" in said[2]
    assert not any("11 minutes" in m or "2.5 minutes" in m for m in said)  # no fixed example that isn't this cell


@pytest.mark.parametrize("text", ["soon", "-1", "a while", "2-3 min", "+", "1+1 min"])
def test_not_durations(text):
    assert duration_minutes(texts(text)).isna().all()


def test_yes_no_words():
    assert yes_no(texts("y", "N", "true", "False", "1", "0", "Yes", "ja")).tolist() == [
        True, False, True, False, True, False, True, True]
    assert yes_no(texts("maybe", "")).isna().all()


def test_numbers_with_decimal_commas_and_out_of_ten():
    assert number(texts("7", "7,5", "7/10", "high")).tolist()[:3] == [7.0, 7.5, 7.0]
    assert number(texts("high")).isna().all()


def test_vocabulary_synonyms():
    assert vocabulary(texts("Somewhat", "YES", "didn't help"), HELPED_WORDS).tolist() == ["partly", "yes", "no"]


@pytest.mark.parametrize("text,region,side,detail", [
    ("left calf", "calf", "left", None), ("Calf (R)", "calf", "right", None), ("calves", "calf", None, None),
    ("both feet", "foot", "both", None), ("right and left calf", "calf", "both", None),
    # Issue 10: everyday words reach a region; several places keep the first and the whole answer as detail.
    ("behind the knee", "hamstring", None, None), ("calf and foot", "calf", None, "calf and foot"),
    ("Hand, Fingers", "hand", None, "Hand, Fingers"), ("arm", "upper arm", None, None), ("ankle", "foot", None, None),
    ("li. Wade", "calf", "left", None), ("Fußsohle rechts", "foot", "right", None), ("mollet gauche", "calf", "left", None),
    ("big toe", "toes", None, None), ("Quads", "thigh", None, None),
])
def test_locations(text, region, side, detail):
    row = locations(texts(text)).iloc[0]
    assert row["region"] == region
    assert (row["side"] if pd.notna(row["side"]) else None) == side
    assert (row["detail"] if pd.notna(row["detail"]) else None) == detail


def test_header_names_ignore_case_spacing_punctuation_and_units():
    assert header_key(" Duration (min) ") == "duration" and header_key("Body-Part") == "bodypart"
    headers = ["Timestamp", "Body part", "Pain (0-10)", "How long?", "Fasciculations", "Comments", "Mood"]
    assert match_headers(headers) == {"date": 0, "location": 1, "severity": 2, "duration_min": 3,
                                      "twitching": 4, "notes": 5}


@pytest.mark.parametrize("phrase", ["Date of cramp", "Cramp date", "When did it happen (date)", "Day"])
def test_a_date_phrase_takes_the_date_from_a_timestamp(phrase):
    headers = ["Timestamp", "When did it start (time)", phrase, "Time of day"]
    assert match_headers(headers) == {"date": 2, "time": 3}
    assert match_headers(headers, {"Timestamp": "date"})["date"] == 0  # the user's choice still wins


@pytest.mark.parametrize("header,order", [
    ("Date (dd/mm/yyyy)", "day-first"), ("Datum (TT.MM.JJJJ)", "day-first"), ("Date (JJ/MM/AAAA)", "day-first"),
    ("Fecha [DD-MM-AA]", "day-first"), ("Date (mm/dd/yy)", "month-first"), ("Date (m/d/yyyy)", "month-first"),
    ("Date (yyyy-mm-dd)", None), ("Date", None), ("Date (local)", None),
])
def test_order_stated_in_a_date_header(header, order):
    assert order_hint(header) == order


def test_first_matching_header_wins_and_mapping_overrides():
    assert match_headers(["date", "Day"]) == {"date": 0}
    assert match_headers(["date", "Day"], {"Day": "date"}) == {"date": 1}


def test_the_word_other_alone_keeps_no_detail_but_unknown_words_are_kept():
    places = locations(pd.Series(["other", "Other", "left other", "behind the ear"]))
    assert places["region"].tolist() == ["other"] * 4
    assert places["detail"].isna().tolist() == [True, True, True, False]
    assert places.loc[3, "detail"] == "behind the ear" and places.loc[2, "side"] == "left"


def test_a_spanish_yes_is_read_with_or_without_its_accent():
    # Spanish writers type "sí"; the Spanish diary-format help names it, so the reader must take it.
    assert yes_no(texts("sí", "Sí", "si", "no")).tolist() == [True, True, True, False]
