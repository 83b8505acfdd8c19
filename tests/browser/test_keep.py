"""Issue 11 in Chromium: a diary kept in this browser comes back on the next visit, and only there.

One browser context is one browser profile: pages closed and opened in it share IndexedDB, a second
context does not. What is stored is read straight from IndexedDB with page.evaluate, not only from the page.
"""
from __future__ import annotations

import datetime as dt
import tempfile
import time
import uuid
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, ROOT, close_nav, goto_page, settle
from tests.browser.keep_helpers import DATABASES, PUT, kept_entries, open_page_of, quick_log, switch
from tests.helpers import files_containing

pytestmark = pytest.mark.browser
ZONE = "Pacific/Auckland"  # far from the server's UTC: the form's "now" must be the user's

def test_a_diary_kept_on_this_device_comes_back_only_here_until_forgotten(browser, server_url):
    marker = f"kept-{uuid.uuid4().hex[:12]}"
    start = time.time() - 1
    context = browser.new_context(viewport=PHONE, timezone_id=ZONE, has_touch=True)  # a phone: taps
    outside = []
    context.on("request", lambda r: outside.append(r.url) if r.url.startswith(("http", "ws")) and not r.url.startswith(
        (server_url, server_url.replace("http", "ws"))) else None)

    page = open_page_of(context, server_url, "Log a cramp")
    assert "cramplog" not in page.evaluate(DATABASES)  # keeping is off by default: nothing stored, not even a database
    switch(page, "Keep my diary on this device", True)
    expect(page.get_by_text("Anyone who uses this browser profile can open it").first).to_be_visible()
    expect(page.get_by_text("Clearing this browser's data").first).to_be_visible()
    before = dt.datetime.now(ZoneInfo(ZONE))
    taps = [quick_log(page, where, sev, kept=n) for n, (where, sev) in enumerate((("calf", 6), ("foot", 3), ("hand", 0)), 1)]
    assert max(taps) <= 4, f"date, time, place and severity took {taps} taps"
    # Date and time default to now on the user's clock (Auckland), not the server's.
    saved_at = page.get_by_text("Saved: hand on").inner_text().split(" on ")[1].rstrip(".")
    day, clock = saved_at.split(" at ")
    logged = dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZoneInfo(ZONE))
    assert before - dt.timedelta(minutes=6) <= logged <= dt.datetime.now(ZoneInfo(ZONE)) + dt.timedelta(minutes=1)
    page.get_by_text("More details").click()  # the optional questions are folded away (issue 23)
    page.get_by_label("Notes (optional)").fill(marker)
    page.get_by_role("button", name="Save this cramp").click()  # a fourth entry, carrying the privacy marker
    expect(page.get_by_text("Saved: a cramp on")).to_be_visible(timeout=20000)
    record = kept_entries(page, 4)
    assert record["version"] == 1 and marker in record["csv"]
    page.close()

    # A new page of the same browser profile: the four entries are back before the page draws, and charted.
    page = open_page_of(context, server_url, "Charts")
    expect(page.get_by_text("(4 entries)").first).to_be_visible()
    assert page.locator(".js-plotly-plot").count() >= 1
    assert page.get_by_text("demo diary").count() == 0
    page.close()
    page = context.new_page()
    page.goto(server_url + "/log")
    settle(page)
    expect(page.get_by_text("Restored 4 entries kept in this browser, last changed")).to_be_visible()
    assert page.get_by_role("switch", name="Keep my diary on this device").is_checked()

    # Another browser profile sees the demo, and has nothing stored.
    other = browser.new_context(viewport=PHONE, has_touch=True)
    stranger = open_page_of(other, server_url, "Log a cramp")
    expect(stranger.get_by_text("demo diary").first).to_be_visible()
    assert "cramplog" not in stranger.evaluate(DATABASES)
    other.close()

    # Forget (after a confirmation): the store is empty and the next page shows the demo.
    close_nav(page)
    page.get_by_role("button", name="Forget my diary on this device").click()
    page.get_by_role("button", name="Yes, forget it").click()
    expect(page.get_by_text("Your diary was forgotten on this device.")).to_be_visible()
    deadline = time.time() + 20
    while "cramplog" in page.evaluate(DATABASES) and time.time() < deadline:
        page.wait_for_timeout(200)
    assert "cramplog" not in page.evaluate(DATABASES)  # forgetting leaves nothing of CrampLog's behind
    page.close()
    page = open_page_of(context, server_url, "Overview")
    expect(page.get_by_text("demo diary").first).to_be_visible()

    # With keeping off, logging stores nothing in this browser.
    page = open_page_of(context, server_url, "Log a cramp")
    quick_log(page, "calf", 5)
    page.wait_for_timeout(1500)
    assert "cramplog" not in page.evaluate(DATABASES)
    context.close()

    assert outside == [], f"requests left the machine: {outside}"
    assert files_containing(marker.encode(), [ROOT, tempfile.gettempdir()], start) == []


def test_a_damaged_kept_value_is_explained_and_loads_nothing(browser, server_url):
    context = browser.new_context(viewport=PHONE)
    page = open_page_of(context, server_url, "Log a cramp")
    page.evaluate(PUT, {"format": "cramplog.kept-diary", "version": 1, "name": "x", "entries": 3,
                        "csv": "date\nnot a date\n"})
    page.close()
    page = open_page_of(context, server_url, "Log a cramp")
    expect(page.get_by_text("A diary kept in this browser could not be opened").first).to_be_visible()
    assert page.locator("[data-testid='stException']").count() == 0
    expect(page.get_by_text("demo diary").first).to_be_visible()  # nothing loaded from it
    page.get_by_role("button", name="Forget it").click()
    page.get_by_role("button", name="Yes, forget it").click()
    expect(page.get_by_text("Your diary was forgotten on this device.")).to_be_visible()
    page.wait_for_timeout(1000)
    assert "cramplog" not in page.evaluate(DATABASES)
    context.close()


def _upload(page, path) -> None:
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(path)


def test_a_100k_diary_is_kept_and_restored_and_files_add_or_replace(browser, server_url, tmp_path):
    import pandas as pd

    from benchmarks.bench_pages import big_diary
    from cramplog.base.canonical import to_csv_bytes

    big = big_diary(100_000)
    (tmp_path / "big.csv").write_bytes(to_csv_bytes(big))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = open_page_of(context, server_url, "Load your diary")
    switch(page, "Keep my diary on this device", True)
    _upload(page, tmp_path / "big.csv")
    expect(page.get_by_text("Showing your diary: big.csv (100,000 entries)")).to_be_visible(timeout=60000)
    kept_entries(page, 100_000, timeout_s=60)
    page.close()

    page = open_page_of(context, server_url, "Load your diary")
    expect(page.get_by_text("(100,000 entries)").first).to_be_visible(timeout=60000)
    page.close()
    page = context.new_page()
    page.goto(server_url + "/my_diary")
    settle(page, timeout_ms=60000)
    expect(page.get_by_text("Restored 100,000 entries kept in this browser")).to_be_visible()

    # Three entries already there and one new: adding counts the three and keeps only the new one.
    more = pd.concat([big.tail(3), big.tail(1).assign(notes="a new one")], ignore_index=True)
    (tmp_path / "more.csv").write_bytes(to_csv_bytes(more))
    _upload(page, tmp_path / "more.csv")
    page.get_by_text("Add these entries to my diary").click()
    expect(page.get_by_text("Added 1 entry to your diary; 3 were already in it and skipped.")).to_be_visible(
        timeout=60000)
    kept_entries(page, 100_001, timeout_s=60)
    (tmp_path / "again.csv").write_bytes(to_csv_bytes(more))
    _upload(page, tmp_path / "again.csv")  # the same entries again, now replacing the diary
    page.get_by_text("Replace my diary with this file").click()
    expect(page.get_by_text("Your diary was replaced by this file.")).to_be_visible(timeout=60000)
    assert kept_entries(page, 4, timeout_s=60)["name"] == "again.csv"
    assert page.locator("[data-testid='stException']").count() == 0
    context.close()


def test_a_tab_never_overwrites_what_another_tab_kept_meanwhile(browser, server_url):
    context = browser.new_context(viewport=PHONE, has_touch=True)
    first = open_page_of(context, server_url, "Log a cramp")
    switch(first, "Keep my diary on this device", True)
    quick_log(first, "calf", 4, kept=1)
    second = open_page_of(context, server_url, "Log a cramp")  # a second tab: it restores the same one entry
    expect(second.get_by_text("(1 entry)").first).to_be_visible()
    quick_log(first, "foot", 5, kept=2)
    quick_log(second, "hand", 6)
    expect(second.get_by_text("another tab or window of this browser changed the kept diary").first).to_be_visible(
        timeout=20000)
    record = kept_entries(second, 2)  # the first tab's two entries stay; the second tab's change was not forced
    assert "foot" in record["csv"] and "hand" not in record["csv"]
    context.close()


def test_a_storage_that_never_answers_does_not_keep_the_app_waiting(browser, server_url):
    context = browser.new_context(viewport=PHONE)
    # Storage that never answers: every request's events stay silent.
    context.add_init_script("indexedDB.open = () => ({}); indexedDB.databases = () => new Promise(() => {});")
    page = context.new_page()
    start = time.time()
    page.goto(server_url)
    # Home shows no diary: it draws at once, long before the read gives up (8 s).
    expect(page.get_by_role("heading", name="Welcome to CrampLog")).to_be_visible(timeout=6000)
    assert time.time() - start < 6
    goto_page(page, server_url, "Log a cramp")  # nothing is marked kept: the page draws at once, usable
    # ... and once the read has waited its 8 seconds, says why nothing can be kept.
    expect(page.get_by_text("This browser cannot keep it: this browser's storage did not answer").first).to_be_visible(
        timeout=15000)
    assert page.get_by_role("switch", name="Keep my diary on this device").is_disabled()
    context.close()


# Everything the page has shown since it opened: a phrase that appears even for a moment is caught.
EVER_SHOWN = """window.everShown = "";
new MutationObserver(() => { window.everShown += document.body ? document.body.innerText : ""; })
  .observe(document, { childList: true, subtree: true, characterData: true });"""


@pytest.mark.parametrize("path", ["/overview", "/compare", "/log"])
def test_a_kept_diary_comes_back_with_no_flash_of_the_demo(browser, server_url, path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = open_page_of(context, server_url, "Log a cramp")
    page.evaluate(PUT, kept_value := _three_entries())
    page.close()
    context.add_init_script(EVER_SHOWN)
    page = context.new_page()
    page.goto(server_url + path)
    settle(page)
    expect(page.get_by_text(f"({kept_value['entries']} entries)").first).to_be_visible()
    shown = page.evaluate("window.everShown")
    assert "demo diary" not in shown and "Restored 3 entries" in shown
    context.close()


def _three_entries() -> dict:
    from cramplog.diary import kept
    from cramplog.schema import make_diary

    df = make_diary([{"date": f"2026-03-0{day}", "location": "calf", "severity": 5.0} for day in (1, 2, 3)])
    return kept.pack(df, "mine.csv", dt.datetime(2026, 3, 3, tzinfo=dt.UTC))
