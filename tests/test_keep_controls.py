"""Keep my diary on this device, as AppTest sees it (AppTest runs no browser JS: tests/browser/test_keep.py
checks what IndexedDB really holds)."""
from __future__ import annotations

import datetime as dt

import pytest

from cramplog.diary import kept
from cramplog.schema import make_diary
from tests.conftest import page_text
from ui.keeping import FORGET_LABEL, KEEP_LABEL
from ui.keeping.state import KEY, KeepState


def _toggle(at):
    return next(t for t in at.toggle if t.label == KEEP_LABEL)


@pytest.mark.parametrize("page", ["pages/log.py", "pages/my_diary.py"])
def test_keeping_is_off_by_default_and_says_who_can_see_it(open_page, page):
    at = open_page(page)
    assert _toggle(at).value is False
    text = page_text(at)
    assert "Anyone who uses this browser profile can open it" in text and "erases it" in text
    assert "nothing is saved on the server" in text


def test_switching_off_asks_before_forgetting(open_page):
    at = open_page("pages/log.py")
    _toggle(at).set_value(True).run()
    assert at.session_state[KEY].on and not at.exception
    assert "kept in this browser's own storage" in page_text(at)
    _toggle(at).set_value(False).run()
    assert at.session_state[KEY].on  # not yet: a confirmation first
    next(b for b in at.button if b.label == "No, keep it").click().run()
    assert at.session_state[KEY].on and _toggle(at).value is True
    next(b for b in at.button if b.label == FORGET_LABEL).click().run()
    next(b for b in at.button if b.label == "Yes, forget it").click().run()
    assert not at.session_state[KEY].on and at.session_state[KEY].forget_owed
    assert "Your diary was forgotten on this device." in page_text(at)


def test_a_stored_value_that_cannot_be_read_is_explained_with_a_way_to_forget_it(open_page):
    at = open_page("pages/log.py", {KEY: KeepState(problem="it is not a CrampLog diary")})
    assert any("could not be opened: it is not a CrampLog diary. Nothing was loaded" in e.value for e in at.error)
    assert any(b.label == "Forget it" for b in at.button)


def test_the_restore_note_names_the_count_and_the_day(open_page):
    changed = dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.UTC)
    value = kept.unpack(kept.pack(make_diary([{"date": "2026-03-01"}] * 2), "mine", changed))
    at = open_page("pages/home.py", {KEY: KeepState(restored=(len(value.df), value.changed))})
    assert "Restored 2 entries kept in this browser, last changed 3 Mar 2026." in page_text(at)


def test_home_says_where_the_diary_lives_now(open_page):
    """Home's privacy box: gone with the tab unless kept, and, once kept, kept in this browser."""
    text = page_text(open_page("pages/home.py"))
    assert "gone when you close the tab, unless you download it or switch on “Keep my diary on this device”" in text
    kept_here = page_text(open_page("pages/home.py", {KEY: KeepState(on=True)}))
    assert "kept in this browser's own storage on this device" in kept_here and "gone when you close" not in kept_here


def test_a_kept_diary_that_cannot_be_read_is_explained_on_any_first_page(open_page):
    at = open_page("pages/home.py", {KEY: KeepState(problem="it is not a CrampLog diary")})
    told = [w.value for w in at.warning if "could not be opened: it is not a CrampLog diary" in w.value]
    assert len(told) == 1 and "demo diary is showing" in told[0]
    at.run()  # once is enough: the next run of the page does not repeat it
    assert not [w for w in at.warning if "could not be opened" in w.value]
