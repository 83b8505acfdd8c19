"""Helpers shared by the browser tests of keeping the diary on this device (and bench_keep): IndexedDB read and
written the way any script on the page could, and a phone user's quick steps."""
from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from tests.browser.conftest import close_nav, goto_page, settle

# The kept record, read the way any script on the page could; never creates the database itself.
KEPT = """async () => {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes("cramplog")) return null;
  return await new Promise((resolve, reject) => {
    const open = indexedDB.open("cramplog");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("kept")) { db.close(); return resolve(null); }
      const get = db.transaction("kept").objectStore("kept").get("diary");
      get.onsuccess = () => { db.close(); resolve(get.result === undefined ? null : get.result); };
      get.onerror = () => reject(get.error);
    };
  });
}"""
DATABASES = "async () => (await indexedDB.databases()).map((d) => d.name)"
# Keeps `value` as store.js's save does: the record, and the cookie that marks it for the server's first run.
PUT = """async (value) => await new Promise((resolve, reject) => {
  const open = indexedDB.open("cramplog");
  open.onupgradeneeded = () => open.result.createObjectStore("kept");
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction("kept", "readwrite");
    tx.objectStore("kept").put(value, "diary");
    tx.oncomplete = () => {
      open.result.close();
      document.cookie = "cramplog_kept=1; path=/; max-age=3600; SameSite=Strict";
      resolve(true);
    };
    tx.onerror = () => reject(tx.error);
  };
})"""


def open_page_of(context, url: str, title: str):
    page = context.new_page()
    page.goto(url)
    settle(page)
    goto_page(page, url, title)
    close_nav(page)
    return page


def kept_entries(page, count: int, timeout_s: float = 20) -> dict:
    """Wait until IndexedDB holds a diary of `count` entries (saving is asynchronous), and return it."""
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        record = page.evaluate(KEPT)
        if record and record.get("entries") == count:
            return record
        page.wait_for_timeout(200)
    raise AssertionError(f"IndexedDB never held {count} entries; last seen: {str(page.evaluate(KEPT))[:200]}")


def quick_log(page, where: str, severity: int, kept: int | None = None) -> int:
    """Log date, time, place and severity as a thumb would; returns the taps it took (Save not counted).

    With `kept`, wait until the browser holds that many entries (its confirmation reruns the page)."""
    form = page.locator("[data-testid='stForm']")
    taps = 0
    form.locator("[data-testid='stSelectbox']").filter(has_text="Where was the cramp?").locator("input").tap()
    taps += 1
    page.get_by_role("option").filter(has_text=re.compile(f"^{where}$")).tap()
    taps += 1
    form.get_by_role("radiogroup", name=re.compile("^How bad")).get_by_role(
        "radio", name=str(severity), exact=True).tap()
    taps += 1
    form.get_by_role("button", name="Save this cramp").click()
    expect(page.get_by_text(f"Saved: {where} on")).to_be_visible(timeout=20000)
    settle(page)
    if kept is not None:
        kept_entries(page, kept)
        settle(page)
    return taps


def switch(page, label: str, on: bool) -> None:
    switch = page.get_by_role("switch", name=label)
    if switch.is_checked() != on:
        page.get_by_text(label, exact=True).click()
        settle(page)
    expect(switch).to_be_checked(checked=on)
    if on:  # the browser confirms the first save with a rerun: let it pass
        deadline = time.time() + 20
        while page.evaluate(KEPT) is None and time.time() < deadline:
            page.wait_for_timeout(200)
        settle(page)
