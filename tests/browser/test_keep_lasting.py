"""Issue 21 in Chromium: a kept diary that lasts. Lasting storage is asked for on switching keeping on and the
answer is said; a kept diary changed since a download more than 14 days old is worth a backup, said once a
visit; a save refused for lack of space is explained and loses nothing."""
from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from playwright.sync_api import expect

from cramplog.diary import kept
from cramplog.present.wording import day_text
from cramplog.schema import make_diary
from tests.browser.conftest import PHONE, settle
from tests.browser.keep_helpers import KEPT, PUT, kept_entries, open_page_of, quick_log, switch
from ui.keeping.controls import KEEP_LABEL, KEPT_LASTING, MAY_BE_CLEARED

pytestmark = pytest.mark.browser
# Counts the requests for lasting storage and answers as `window.lasting` says (true unless told otherwise).
PERSIST = ("window.persistAsked = 0; navigator.storage.persist = async () => { window.persistAsked += 1; "
           "return window.lasting !== false; };")
REMINDER = "Time for a backup?"


@pytest.mark.parametrize("granted", [True, False], ids=["granted", "refused"])
def test_lasting_storage_is_asked_for_on_switching_on_and_the_answer_said(browser, server_url, granted):
    context = browser.new_context(viewport=PHONE, has_touch=True)
    context.add_init_script(PERSIST + f"window.lasting = {str(granted).lower()};")
    page = open_page_of(context, server_url, "Log a cramp")
    assert page.evaluate("window.persistAsked") == 0  # a visit alone asks the browser for nothing
    switch(page, KEEP_LABEL, True)
    expect(page.get_by_text(KEPT_LASTING if granted else MAY_BE_CLEARED).first).to_be_visible()
    assert page.get_by_text(MAY_BE_CLEARED if granted else KEPT_LASTING).count() == 0
    quick_log(page, "calf", 4, kept=1)  # later saves do not ask again
    assert page.evaluate("window.persistAsked") == 1
    context.close()


def _kept_value(entries: int, changed: dt.datetime, downloaded: dt.datetime | None) -> dict:
    df = make_diary([{"date": f"2026-01-{1 + i:02d}", "location": "calf"} for i in range(entries)])
    return kept.pack(df, "mine.csv", changed, downloaded)


def _visit_with(browser, server_url, value: dict):
    context = browser.new_context(viewport=PHONE, has_touch=True, timezone_id="UTC", accept_downloads=True)
    page = open_page_of(context, server_url, "Log a cramp")
    page.evaluate(PUT, value)
    page.close()
    return context, open_page_of(context, server_url, "Log a cramp")


@pytest.mark.parametrize("downloaded_days_ago, changed_after", [(3, True), (15, False)],
                         ids=["recent-download", "no-change-since"])
def test_no_backup_reminder_without_an_old_download_and_changes_since(browser, server_url, downloaded_days_ago,
                                                                      changed_after):
    now = dt.datetime.now(dt.UTC)
    downloaded = now - dt.timedelta(days=downloaded_days_ago)
    changed = downloaded + dt.timedelta(days=1 if changed_after else -1)
    context, page = _visit_with(browser, server_url, _kept_value(3, changed, downloaded))
    expect(page.get_by_text("(3 entries)").first).to_be_visible()
    assert page.get_by_text(REMINDER).count() == 0
    context.close()


def test_a_15_day_old_download_and_new_entries_bring_the_reminder_once_a_visit(browser, server_url):
    downloaded = dt.datetime.now(dt.UTC) - dt.timedelta(days=15)
    context, page = _visit_with(browser, server_url, _kept_value(3, downloaded - dt.timedelta(hours=1), downloaded))
    expect(page.get_by_text("(3 entries)").first).to_be_visible()
    assert page.get_by_text(REMINDER).count() == 0  # downloaded after its last change: the copy is complete
    quick_log(page, "foot", 5, kept=4)  # a new entry: the 15-day-old copy lacks it
    expect(page.get_by_text(f"was last downloaded on {day_text(downloaded.date())} and has changed since")
           ).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download a copy now").click()
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert download.value.suggested_filename == f"cramplog-diary-{today}.csv"  # the file name carries the date
    assert len(pd.read_csv(io.StringIO(download.value.path().read_text(encoding="utf-8")))) == 4
    quick_log(page, "hand", 3, kept=5)  # the next change: the reminder is answered, the copy carries the day
    expect(page.get_by_text(REMINDER)).to_have_count(0)
    assert kept_entries(page, 5)["downloaded"].startswith(today)
    context.close()


def test_not_now_puts_the_reminder_away_for_the_rest_of_the_visit(browser, server_url):
    context, page = _visit_with(browser, server_url, _kept_value(3, dt.datetime.now(dt.UTC), None))
    expect(page.get_by_text("has never been downloaded and has changed since")).to_be_visible()
    page.get_by_role("button", name="Not now").click()
    settle(page)
    assert page.get_by_text(REMINDER).count() == 0
    page.goto(server_url + "/my_diary")  # a new visit: a new session, so the reminder comes back once
    settle(page)
    expect(page.get_by_text(REMINDER)).to_be_visible()
    context.close()


# A storage that fills up on request: every put after `window.full = true` is refused for lack of space.
FULL = """const put = IDBObjectStore.prototype.put;
IDBObjectStore.prototype.put = function (...args) {
  if (window.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  return put.apply(this, args);
};"""


def test_a_save_refused_for_lack_of_space_is_explained_and_nothing_is_lost(browser, server_url):
    context = browser.new_context(viewport=PHONE, has_touch=True, accept_downloads=True)
    context.add_init_script(FULL)
    page = open_page_of(context, server_url, "Log a cramp")
    switch(page, KEEP_LABEL, True)
    quick_log(page, "calf", 4, kept=1)
    page.evaluate("window.full = true")
    quick_log(page, "foot", 6)
    expect(page.get_by_text("This browser has no room left for your diary").first).to_be_visible(timeout=20000)
    expect(page.get_by_text("(2 entries)").first).to_be_visible()  # the session's diary is whole
    assert page.evaluate(KEPT)["entries"] == 1  # the copy kept before is untouched
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my diary (CSV)").click()
    assert len(pd.read_csv(download.value.path())) == 2
    assert page.locator("[data-testid='stException']").count() == 0
    context.close()
