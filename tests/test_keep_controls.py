"""Keep my diary on this device, as AppTest sees it (AppTest runs no browser JS: tests/browser/test_keep.py
checks what IndexedDB really holds)."""
from __future__ import annotations

import datetime as dt

import pytest

from cramplog.diary import kept
from cramplog.present.wording import day_text
from cramplog.schema import make_diary
from tests.helpers import page_text
from ui.keeping import FORGET_LABEL, KEEP_LABEL
from ui.keeping.controls import KEPT_LASTING, LARGE_DIARY, MAY_BE_CLEARED, diary_file_name
from ui.keeping.state import KEY, KeepState
from ui.state import DIARY_KEY, SessionDiary


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


def test_switching_on_asks_the_browser_to_keep_it_lastingly(open_page):
    at = open_page("pages/log.py")
    _toggle(at).set_value(True).run()
    keep = at.session_state[KEY]
    assert keep.persist_asked == 1 and keep.persisted is None
    assert "Asking this browser to keep it…" in page_text(at)


@pytest.mark.parametrize("persisted, said", [(True, KEPT_LASTING), (False, MAY_BE_CLEARED)])
def test_the_browsers_answer_is_said_beside_the_switch(open_page, persisted, said):
    text = page_text(open_page("pages/my_diary.py", {KEY: KeepState(on=True, persist_asked=1, persisted=persisted)}))
    assert said in text and (MAY_BE_CLEARED if persisted else KEPT_LASTING) not in text


NOW = dt.datetime.now(dt.UTC)


def _own(entries: int = 2, changed: dt.datetime = NOW) -> SessionDiary:
    df = make_diary([{"date": "2026-03-01"}] * entries)
    return SessionDiary(df, "mine.csv", False, changed)


@pytest.mark.parametrize("page", ["pages/log.py", "pages/my_diary.py"])
def test_a_kept_diary_changed_since_an_old_download_suggests_a_backup_once(open_page, page):
    downloaded = NOW - dt.timedelta(days=15)
    at = open_page(page, {KEY: KeepState(on=True, answered=True, downloaded=downloaded), DIARY_KEY: _own()})
    assert f"Your diary was last downloaded on {day_text(downloaded.date())} and has changed since" in page_text(at)
    next(b for b in at.button if b.label == "Not now").click().run()
    assert "Time for a backup?" not in page_text(at)
    at.switch_page("pages/my_diary.py" if page == "pages/log.py" else "pages/log.py").run()
    assert "Time for a backup?" not in page_text(at)  # once a visit


@pytest.mark.parametrize("keep, diary", [
    (KeepState(on=True, downloaded=NOW - dt.timedelta(days=3)), _own()),            # a recent download
    (KeepState(on=True, downloaded=NOW - dt.timedelta(days=15)),
     _own(changed=NOW - dt.timedelta(days=16))),                                     # no change since
    (KeepState(on=False), _own()),                                                   # not kept here
    (KeepState(on=True), None),                                                      # the demo
], ids=["recent", "unchanged", "not-kept", "demo"])
def test_no_backup_reminder_otherwise(open_page, keep, diary):
    state = {KEY: keep} | ({DIARY_KEY: diary} if diary else {})
    assert "Time for a backup?" not in page_text(open_page("pages/log.py", state))


def test_a_never_downloaded_kept_diary_says_so(open_page):
    at = open_page("pages/log.py", {KEY: KeepState(on=True), DIARY_KEY: _own()})
    assert "Your diary has never been downloaded and has changed since" in page_text(at)


def test_a_save_refused_for_lack_of_space_is_explained_and_the_diary_stays(open_page):
    keep = KeepState(on=True, save_error="The quota has been exceeded.", no_room=True)
    at = open_page("pages/log.py", {KEY: keep, DIARY_KEY: _own(5)})
    assert any("no room left for your diary" in e.value and "complete in this tab" in e.value for e in at.error)
    assert "(5 entries)" in page_text(at)


@pytest.mark.parametrize("entries, shown", [(LARGE_DIARY, True), (LARGE_DIARY - 1, False)])
def test_the_storage_estimate_is_in_the_privacy_details_for_large_diaries(open_page, entries, shown):
    keep = KeepState(on=True, usage=7_740_000, quota=10_700_000_000)
    text = page_text(open_page("pages/log.py", {KEY: keep, DIARY_KEY: _own(entries)}))
    assert ("CrampLog uses 7.7 MB here, of the 10.7 GB it allows this site" in text) is shown
    assert "delete what a site stored after 7 days of using the browser without a visit" in text


def test_the_downloaded_file_name_carries_the_date(open_page, deferred_downloads):
    open_page("pages/log.py", {DIARY_KEY: _own()})
    assert f"cramplog-diary-{dt.date.today().isoformat()}.csv" in deferred_downloads


def test_a_download_is_remembered_when_its_file_is_made(open_page, deferred_downloads):
    at = open_page("pages/log.py", {KEY: KeepState(on=True, downloaded=NOW - dt.timedelta(days=15)), DIARY_KEY: _own()})
    assert "Time for a backup?" in page_text(at)
    deferred_downloads[diary_file_name()]()  # the user pressed a download button: the file is made
    at.run()
    keep = at.session_state[KEY]
    assert dt.datetime.now(dt.UTC) - keep.downloaded < dt.timedelta(minutes=1) and keep.downloads == 1
    assert "Time for a backup?" not in page_text(at)
