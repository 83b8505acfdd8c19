"""Spreadsheet workbooks (.xlsx, .ods) read directly: first sheet with data, or the one chosen; sheet rows named."""
import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

from cramplog.read.load import load_diary
from tests.helpers import ROOT, accounted
from tests.workbooks import ods, xlsx

ROWS = [["Datum", "Uhrzeit", "Körperstelle", "Stärke", "Dauer"],
        [dt.date(2026, 3, 4), "22:15", "li. Wade", 6, "2 Min"],
        [dt.datetime(2026, 3, 5, 23, 0), None, "Fuß", 7.5, 1.5],
        [],
        ["sometime", None, "Oberschenkel", 3, None],
        ["2026-03-07", "07:00", "Zehen", "hoch", "> 10 Min"]]
OTHER = [["date", "location"], ["2026-01-01", "calf"]]


@pytest.mark.parametrize("write", [xlsx, ods])
def test_first_sheet_with_data_is_read_with_the_same_validation(write):
    r = load_diary(write([("Empty", []), ("Krämpfe", ROWS), ("Other", OTHER)]))
    assert (r.sheet, r.sheets) == ("Krämpfe", ["Empty", "Krämpfe", "Other"]) and accounted(r)
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (4, 3, 1)
    assert r.df["date"].tolist() == [pd.Timestamp("2026-03-04"), pd.Timestamp("2026-03-05"), pd.Timestamp("2026-03-07")]
    assert r.df["location"].tolist() == ["calf", "foot", "toes"] and r.df["severity"].tolist()[:2] == [6.0, 7.5]
    assert r.df["duration_min"].tolist() == [2.0, 1.5, 11.0]
    # Problems name the sheet's own row (the blank row 4 is counted, as the spreadsheet shows it).
    assert [(p.line, p.column) for p in r.problems] == [(5, "date"), (6, "severity"), (6, "duration_min")]
    assert r.to_json()["sheet"] == "Krämpfe" and "delimiter" not in r.to_json()


def test_a_chosen_sheet_and_an_unknown_one():
    book = xlsx([("Krämpfe", ROWS), ("Other", OTHER)])
    assert load_diary(book, sheet="Other").df["location"].tolist() == ["calf"]
    assert "no sheet named" in load_diary(book, sheet="Nope").unusable


def test_every_sheet_empty_or_damaged_or_protected_gets_a_clear_message():
    assert "Every sheet" in load_diary(xlsx([("A", []), ("B", [])])).unusable
    damaged = xlsx([("A", OTHER)])[:300]
    assert "could not be opened" in load_diary(damaged).unusable
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)  # what a password-protected .xlsx is wrapped in
    assert "password" in load_diary(ole).unusable


def test_cli_reads_a_workbook_and_exits_1_on_a_damaged_one(tmp_path):
    good, bad = tmp_path / "diary.xlsx", tmp_path / "bad.xlsx"
    good.write_bytes(xlsx([("Krämpfe", ROWS)]))
    bad.write_bytes(b"PK\x03\x04" + bytes(100))
    run = [sys.executable, "-m", "cramplog", "check"]
    out = subprocess.run([*run, str(good)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "sheet “Krämpfe”" in out.stdout and "row 5, date (error)" in out.stdout
    failed = subprocess.run([*run, str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1 and "could not be opened" in failed.stderr and "Traceback" not in failed.stderr
