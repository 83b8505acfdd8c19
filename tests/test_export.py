"""The downloaded diary: canonical, spreadsheet-safe CSV that loads back unchanged."""
from __future__ import annotations

import csv
import io

import pytest

from cramplog.export import neutralise_text, restore_text, to_csv_bytes
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
