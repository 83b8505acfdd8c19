"""The downloaded diary: canonical, spreadsheet-safe CSV that loads back unchanged."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd
import pytest

from cramplog.base.canonical import neutralise_text, restore_text, to_csv_bytes
from cramplog.schema import COLUMNS, make_diary


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_canonical_columns_and_value_formats():
    diary = make_diary([{
        "date": "2026-03-05", "time": "02:15", "location": "calf", "side": "left",
        "severity": 6.0, "duration_min": 2.5, "twitching": True, "weakness": False, "notes": "woke me up",
    }])
    data = to_csv_bytes(diary)
    assert data.decode("utf-8").splitlines()[0] == ",".join(COLUMNS)
    row = _rows(data)[0]
    assert row["date"] == "2026-03-05" and row["time"] == "02:15"
    assert row["severity"] == "6" and row["duration_min"] == "2.5"  # no trailing .0
    assert (row["twitching"], row["weakness"], row["stiffness_after"]) == ("yes", "no", "")
    assert row["notes"] == "woke me up"


@pytest.mark.parametrize("note", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_cells_are_prefixed_so_a_spreadsheet_shows_text(note):
    diary = make_diary([{"date": "2026-03-05", "location": "other", "location_detail": note, "notes": note}])
    row = _rows(to_csv_bytes(diary))[0]
    assert row["notes"] == "'" + note
    assert row["location_detail"] == "'" + note


def test_ordinary_text_and_numbers_are_left_alone():
    diary = make_diary([{"date": "2026-03-05", "severity": 0.0, "notes": "a - b = c, said \"she\""}])
    row = _rows(to_csv_bytes(diary))[0]
    assert row["notes"] == "a - b = c, said \"she\"" and row["severity"] == "0"


def test_line_breaks_inside_a_note_stay_inside_one_row():
    diary = make_diary([{"date": "2026-03-05", "notes": "line one\r\nline two\rthree"},
                        {"date": "2026-03-06", "notes": "next"}])
    rows = _rows(to_csv_bytes(diary))
    assert [r["notes"] for r in rows] == ["line one\r\nline two\rthree", "next"]


@pytest.mark.parametrize("text", ["=1", "'=1", "''@x", "'plain", "plain", "-", "'", "''"])
def test_restore_undoes_neutralise(text):
    assert restore_text(neutralise_text(text)) == text


# --- Round trip: export, load back with the app's own loader, same diary. ---
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from cramplog import schema  # noqa: E402
from cramplog.read.load import load_diary  # noqa: E402

HOSTILE = ["'=1", "''@x", "=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "<script>alert(1)</script>",
           "<img src=x onerror=alert(1)>", "[link](javascript:alert(1))", "a,b", "say \"hi\"",
           "line\nbreak", "cr\r\nlf", " padded ", "'quoted'", "é ü 中 🙂", "NA", "none", "-"]
# Text as people type or paste it; C0 control characters other than tab/CR/LF make the loader
# (rightly) judge a file binary, so they are not part of a diary.
_typed = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\r\n"),
                 min_size=1, max_size=40)
_text = st.one_of(st.sampled_from(HOSTILE), _typed)


def _maybe(strategy):
    return st.one_of(st.none(), strategy)


_record = st.fixed_dictionaries({
    "date": st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)).map(dt.date.isoformat),
    "time": _maybe(st.times().map(lambda t: t.strftime("%H:%M"))),
    "location": _maybe(st.sampled_from(schema.REGIONS)),
    "location_detail": _maybe(_text),
    "side": _maybe(st.sampled_from(schema.SIDES)),
    "severity": _maybe(st.integers(0, 20).map(lambda n: n / 2)),
    "duration_min": _maybe(st.floats(0, 600, allow_nan=False).map(lambda x: round(x, 2))),
    "context": _maybe(st.sampled_from(schema.CONTEXTS)),
    "trigger": _maybe(st.sampled_from(schema.TRIGGERS)),
    "remedy": _maybe(st.sampled_from(schema.REMEDIES)),
    "remedy_helped": _maybe(st.sampled_from(schema.HELPED)),
    "twitching": _maybe(st.booleans()),
    "weakness": _maybe(st.booleans()),
    "stiffness_after": _maybe(st.booleans()),
    "notes": _maybe(_text),
})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_record, min_size=1, max_size=12))
def test_export_then_load_gives_the_same_diary(records):
    diary = schema.make_diary(records)
    result = load_diary(to_csv_bytes(diary))
    assert result.unusable is None and result.problems == []
    pd.testing.assert_frame_equal(result.df, diary)


def test_demo_diary_round_trips():
    from cramplog.diary.demo import load_demo

    diary = load_demo()
    result = load_diary(to_csv_bytes(diary))
    pd.testing.assert_frame_equal(result.df, diary)


@pytest.mark.parametrize("note", ["'=not a formula", "''+x", "'plain"])
def test_text_that_already_starts_with_an_apostrophe_round_trips(note):
    diary = schema.make_diary([{"date": "2026-01-01", "notes": note}])
    assert load_diary(to_csv_bytes(diary)).df["notes"].iloc[0] == note


def test_blank_trigger_and_remedy_stay_blank():
    diary = schema.make_diary([{"date": "2026-01-01", "notes": "x"}])
    loaded = load_diary(to_csv_bytes(diary)).df
    assert loaded["trigger"].isna().all() and loaded["remedy"].isna().all()


def test_other_place_without_words_stays_without_words():
    diary = schema.make_diary([{"date": "2026-01-01", "location": "other"}])
    assert load_diary(to_csv_bytes(diary)).df["location_detail"].isna().all()


def test_columns_kept_from_the_users_file_are_downloaded_too():
    loaded = load_diary(b"date,where,mood\n2026-01-01,calf,tired\n2026-01-02,foot,=SUM(A1)\n").df
    data = to_csv_bytes(loaded)
    assert data.decode("utf-8").splitlines()[0] == ",".join(COLUMNS) + ",mood"
    assert _rows(data)[1]["mood"] == "'=SUM(A1)"
    pd.testing.assert_frame_equal(load_diary(data).df, loaded)
