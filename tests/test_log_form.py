"""The quick log form (issue 23 item 4): common places first, a Last night shortcut, the optional questions
folded away, future dates refused, and the saved message in plain words."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import page_text
from ui import log_form
from ui.state import DIARY_KEY

PAGE = "pages/log.py"
NOW = dt.datetime(2026, 3, 3, 7, 40)


@pytest.fixture
def log_page(open_page, monkeypatch):
    monkeypatch.setattr(log_form, "local_now", lambda: NOW)
    return open_page(PAGE)


def _pick(widgets, label_start, value):
    next(w for w in widgets if w.label.startswith(label_start)).set_value(value)


def _saved(at):
    return at.session_state[DIARY_KEY].df


def test_common_places_head_the_list(log_page):
    where = next(s for s in log_page.selectbox if s.label == "Where was the cramp?")
    assert list(where.options[:5]) == ["calf", "foot", "thigh", "toes", "hand"]
    assert sorted(where.options) == sorted(log_form.schema.REGIONS)  # every region still there, once


def test_last_night_saves_yesterday_evenings_night_without_a_time(log_page):
    at = log_page
    _pick(at.segmented_control, "When was it?", "Last night")
    _pick(at.selectbox, "Where was the cramp?", "calf")
    _pick(at.pills, "How bad", 6)
    at.form_submit_button[0].click().run()
    row = _saved(at).iloc[0]
    assert row["date"] == dt.datetime(2026, 3, 2) and _saved(at)["time"].isna().all()
    assert (row["location"], row["severity"]) == ("calf", 6.0)
    assert "Saved: calf on 2026-03-02 (time not noted)." in page_text(at)


def test_now_saves_the_date_and_time_in_the_fields(log_page):
    at = log_page
    at.time_input[0].set_value(dt.time(6, 15))
    at.form_submit_button[0].click().run()
    row = _saved(at).iloc[0]
    assert row["date"] == dt.datetime(2026, 3, 3) and row["time"] == "06:15"


def test_a_time_still_to_come_is_refused_and_nothing_is_saved(log_page):
    at = log_page
    at.time_input[0].set_value(dt.time(23, 0))
    at.form_submit_button[0].click().run()
    assert any("Not saved: 2026-03-03 at 23:00 is still to come" in e.value for e in at.error)
    assert at.session_state[DIARY_KEY].is_demo  # nothing was added


def test_the_date_field_ends_today(log_page):
    assert log_page.date_input[0].proto.max == NOW.date().isoformat()  # a later day cannot be picked


def test_optional_questions_are_folded_under_more_details(log_page):
    folded = next(e for e in log_page.expander if e.label == log_form.MORE_DETAILS)
    inside = {w.label for kind in ("number_input", "selectbox", "segmented_control", "text_area", "text_input")
              for w in getattr(folded, kind)}
    assert {"How long, in minutes", "What were you doing?", "Twitching in the muscle", "Notes (optional)"} <= inside
    assert "Where was the cramp?" not in inside and not any(label.startswith("How bad") for label in inside)


@pytest.mark.parametrize(("side", "place", "words"), [
    ("both", "calf", "both calves"), ("both", "foot", "both feet"), ("left", "calf", "left calf"),
    (None, "calf", "calf"), ("both", "neck", "neck, both sides"), (None, None, "a cramp")])
def test_the_saved_message_names_the_place_in_plain_words(side, place, words):
    assert log_form.place_words(side, place) == words
