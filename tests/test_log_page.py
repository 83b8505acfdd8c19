"""Log a cramp: the form adds to the session diary, the table corrects and deletes, the diary downloads."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from cramplog.base.canonical import to_csv_bytes
from cramplog.read.load import load_diary
from cramplog.schema import make_diary
from tests.helpers import page_text
from ui import log_form
from ui.keeping.controls import diary_file_name
from ui.state import DIARY_KEY, SessionDiary

PAGE = "pages/log.py"


def _own(n: int = 3) -> SessionDiary:
    records = [{"date": f"2026-03-0{i}", "time": f"0{i}:00", "location": "calf", "side": "left",
                "severity": 5.0, "notes": f"night {i}"} for i in range(1, n + 1)]
    return SessionDiary(make_diary(records), "mine.csv", False)


def _diary(at) -> SessionDiary:
    return at.session_state[DIARY_KEY]


def _fill_and_submit(at, where="calf", side="right", severity=7, minutes=2.5, note=""):
    [s for s in at.selectbox if s.label == "Where was the cramp?"][0].set_value(where)
    [s for s in at.segmented_control if s.label == "Side"][0].set_value(side)
    if severity is not None:
        [p for p in at.pills if p.label.startswith("How bad")][0].set_value(severity)
    at.number_input[0].set_value(minutes)
    [c for c in at.segmented_control if c.label.startswith("Twitching")][0].set_value("yes")
    at.text_area[0].set_value(note)
    at.form_submit_button[0].click().run()
    assert not at.exception, at.exception


def _button(at, label):
    return next(b for b in at.button if b.label == label)


def test_first_entry_replaces_the_demo_and_says_so(open_page):
    at = open_page(PAGE)
    assert _diary(at).is_demo
    assert "nothing is saved on the server" in page_text(at)
    _fill_and_submit(at, note="<script>alert(1)</script>")
    diary = _diary(at)
    assert not diary.is_demo and len(diary.df) == 1
    row = diary.df.iloc[0]
    assert (row["location"], row["side"], row["severity"], row["duration_min"]) == ("calf", "right", 7.0, 2.5)
    assert bool(row["twitching"]) and row["notes"] == "<script>alert(1)</script>"
    assert row[["weakness", "stiffness_after"]].isna().all()  # not asked about: not a "no"
    assert "demo diary has been put away" in page_text(at)
    assert "Saved: right calf" in page_text(at)


def test_only_what_was_noted_is_recorded(open_page):
    at = open_page(PAGE)
    assert [p.value for p in at.pills if p.label.startswith("How bad")] == [None]
    assert [c.value for c in at.segmented_control if c.label in ("Twitching in the muscle", "Stiffness")] == [
        "not noted", "not noted"]
    _fill_and_submit(at, severity=None)
    weakness = [c for c in at.segmented_control if c.label.startswith("Weakness")][0]
    weakness.set_value("no")
    _fill_and_submit(at, severity=0)
    df = _diary(at).df
    assert df["severity"].isna().tolist() == [True, False] and df["severity"].iloc[1] == 0.0
    assert df["weakness"].tolist()[0] is pd.NA and df["weakness"].tolist()[1] is False
    assert df["twitching"].tolist() == [True, True]


def test_date_and_time_default_to_now_on_the_users_clock(open_page, monkeypatch):
    now = dt.datetime(2026, 3, 3, 2, 47)
    monkeypatch.setattr(log_form, "local_now", lambda: now)
    at = open_page(PAGE)
    assert at.date_input[0].value == now.date() and at.time_input[0].value == dt.time(2, 47)


def test_later_entries_are_added_to_the_users_diary(open_page):
    at = open_page(PAGE, {DIARY_KEY: _own(3)})
    _fill_and_submit(at, where="hand", side="left")
    diary = _diary(at)
    assert diary.name == "mine.csv" and len(diary.df) == 4
    assert "hand" in set(diary.df["location"]) and "demo diary" not in page_text(at)


def test_an_entry_corrected_in_the_table_is_saved(open_page):
    at = open_page(PAGE, {DIARY_KEY: _own(3)})
    key = at.data_editor[0].key
    at.session_state[key] = {"edited_rows": {0: {"severity": 9, "notes": "fixed"}}, "added_rows": [],
                             "deleted_rows": []}
    at.run()
    _button(at, "Save changes").click().run()
    df = _diary(at).df
    assert len(df) == 3
    assert df.loc[df["notes"] == "fixed", "severity"].tolist() == [9.0]


def test_a_deleted_entry_is_gone_after_saving(open_page):
    at = open_page(PAGE, {DIARY_KEY: _own(3)})
    at.session_state[at.data_editor[0].key] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [1]}
    at.run()
    _button(at, "Save changes").click().run()
    assert _diary(at).df["notes"].tolist() == ["night 1", "night 3"]


def test_every_entry_can_be_deleted_and_put_back(open_page):
    at = open_page(PAGE, {DIARY_KEY: _own(3)})
    at.session_state[at.data_editor[0].key] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [0, 1, 2]}
    at.run()
    assert not at.error, [e.value for e in at.error]
    _button(at, "Save changes").click().run()
    assert not at.exception and _diary(at).df.empty
    _button(at, "Undo the last deletion (3 entries)").click().run()
    assert _diary(at).df["notes"].tolist() == ["night 1", "night 2", "night 3"]


def test_the_last_deletion_can_be_undone(open_page):
    at = open_page(PAGE, {DIARY_KEY: _own(3)})
    assert not [b for b in at.button if b.label.startswith("Undo")]
    at.session_state[at.data_editor[0].key] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [0, 2]}
    at.run()
    _button(at, "Save changes").click().run()
    assert _diary(at).df["notes"].tolist() == ["night 2"]
    _button(at, "Undo the last deletion (2 entries)").click().run()
    assert _diary(at).df["notes"].tolist() == ["night 1", "night 2", "night 3"]
    assert "2 entries put back." in page_text(at)
    assert not [b for b in at.button if b.label.startswith("Undo")]


def test_an_invalid_edit_is_explained_and_not_saved(open_page):
    at = open_page(PAGE, {DIARY_KEY: _own(3)})
    at.session_state[at.data_editor[0].key] = {"edited_rows": {0: {"time": "25:99"}}, "added_rows": [],
                                               "deleted_rows": []}
    at.run()
    assert not at.exception
    assert any("not a time of day" in e.value for e in at.error)
    assert _button(at, "Save changes").disabled
    assert _diary(at).df["time"].tolist() == ["01:00", "02:00", "03:00"]


def test_a_long_diary_shows_only_the_latest_entries(open_page):
    records = [{"date": f"2026-0{1 + i // 28}-{1 + i % 28:02d}", "severity": 3.0} for i in range(120)]
    at = open_page(PAGE, {DIARY_KEY: SessionDiary(make_diary(records), "long.csv", False)})
    shown = at.data_editor[0].value
    assert len(shown) == 50
    assert str(shown["date"].max())[:10] == "2026-05-08"  # the last entry is among those shown


def test_download_my_diary_gives_the_canonical_csv_that_loads_back(open_page, deferred_downloads):
    at = open_page(PAGE, {DIARY_KEY: _own(3)})
    assert any(b.label == "Download my diary (CSV)" for b in at.download_button)
    data = deferred_downloads[diary_file_name()]()
    assert data == to_csv_bytes(_diary(at).df)
    assert load_diary(data).df["notes"].tolist() == ["night 1", "night 2", "night 3"]


def test_columns_kept_from_the_users_file_survive_an_edit(open_page):
    own = _own(3)
    df = own.df.assign(mood=["tired", "fine", "=odd"]).astype({"mood": "str"})
    at = open_page(PAGE, {DIARY_KEY: SessionDiary(df, "mine.csv", False)})
    at.session_state[at.data_editor[0].key] = {"edited_rows": {1: {"severity": 8}}, "added_rows": [],
                                               "deleted_rows": []}
    at.run()
    _button(at, "Save changes").click().run()
    saved = _diary(at).df
    assert saved["mood"].tolist() == ["tired", "fine", "=odd"] and saved["severity"].tolist() == [5.0, 8.0, 5.0]
