"""Keyboard only, and big enough to hit, in Chromium on the real server at desktop and phone width.

With Tab, Shift+Tab, Enter, Space and arrows alone a user opens the navigation, logs a cramp, opens
Charts and a chart's data, and downloads the doctor summary; every stop shows a visible focus ring.
On a phone the log form's controls and the navigation links are at least 44x44 CSS px.
"""
from __future__ import annotations

import os

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, ROOT, close_nav, goto_page, open_nav, running_server, settle
from tests.helpers import PAGES

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("CRAMPLOG_SHOTS")  # a folder: save screenshots there to look at
MIN_TARGET = 44

# What has focus, its accessible name, and whether a ring shows: a 2px+ outline (or Streamlit's own
# focus shadow) on the focused element or, when that element is hidden (the real <input> behind a
# checkbox or a slider), on the nearest visible box around it; the ring must be on the screen.
FOCUSED = """() => {
  const a = document.activeElement;
  if (!a || a === document.body) return {name: '', ring: true, body: true};
  const control = a.matches('a, button, summary, input, textarea, [role]');  // not a container such as <main>
  const name = (a.getAttribute('aria-label') || (control ? a.innerText : '') || '').trim().split('\\n').pop().trim();
  const where = a.closest('[data-testid]');
  const info = {name, ring: false, tag: a.tagName, role: a.getAttribute('role') || '',
                widget: where ? where.getAttribute('data-testid') : '', covered_by: ''};
  const grid = a.closest('[data-testid=stDataFrameResizable]');  // a data table: ringed as a whole
  for (let e = a, i = 0; e && (i < 6 || (grid && grid.contains(e))); e = e.parentElement, i++) {
    const r = e.getBoundingClientRect();
    if (r.width < 8 || r.height < 8) continue;
    const s = getComputedStyle(e);
    const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    if (!outlined && !(e === a && s.boxShadow !== 'none')) continue;
    // On the screen and not wholly covered (say, by an open sidebar): what shows at its centre or
    // near one of its corners is part of it.
    const [left, right] = [Math.max(r.left, 0) + 3, Math.min(r.right, innerWidth) - 3];
    const [top, bottom] = [Math.max(r.top, 0) + 3, Math.min(r.bottom, innerHeight) - 3];
    const points = [[(left + right) / 2, (top + bottom) / 2], [left, top], [right, top], [left, bottom], [right, bottom]];
    const hits = left < right && top < bottom ? points.map(([x, y]) => document.elementFromPoint(x, y)) : [];
    if (hits.some(hit => hit && (e.contains(hit) || hit.contains(e)))) return {...info, ring: true};
    info.covered_by = hits.map(h => h ? (h.getAttribute('data-testid') || h.tagName) : 'off-screen').join();
  }
  return info;
}"""


def tab_to(page, name: str, *, back: bool = False, limit: int = 150, ring: bool = True) -> dict:
    """Press Tab (or Shift+Tab) until the control called `name` has focus, checking the ring at every stop
    (unless `ring` is False)."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        page.wait_for_timeout(40)
        focus = page.evaluate(FOCUSED)
        assert focus["ring"] or not ring, f"no visible focus ring on {focus} (after {seen[-8:]})"
        if focus["name"] == name:
            return focus
        seen.append(focus["name"])
    pytest.fail(f"{name!r} never took the focus in {limit} presses of {'Shift+' if back else ''}Tab: {seen[:40]}")


def open_page_by_keyboard(page, title: str) -> None:
    """Reach the navigation by keyboard (opening it first on a phone) and follow the link to `title`."""
    folded = page.locator("[data-testid='stSidebar'][data-collapsed='true']").count() > 0
    if folded:
        tab_to(page, "Expand sidebar")
        page.keyboard.press("Enter")
        page.wait_for_selector("[data-testid='stSidebar'][data-collapsed='false']")
        page.wait_for_timeout(500)  # it slides in: until then its links are off the screen
    before = page.locator("h1").first.inner_text()
    # The opened sidebar comes before its button in the page, so Shift+Tab walks into it (Streamlit
    # leaves the focus on the button; Tab would go on into the page behind the sidebar).
    tab_to(page, title, back=folded)
    page.keyboard.press("Enter")
    page.wait_for_function("b => { const h = document.querySelector('h1'); return h && h.innerText !== b; }",
                           arg=before, timeout=20000)
    settle(page)
    expect(page.locator("h1").first).to_have_text(title)
    if page.viewport_size["width"] < 700:  # on a phone the open navigation covers the page: fold it away
        # Known limit of Streamlit's phone sidebar: it is an overlay that does not hold the focus, and
        # after a page change the focus may sit in the page underneath it, hidden until the sidebar is
        # folded. So on the way to its fold button the ring is not checked.
        lost = page.evaluate("!document.activeElement || document.activeElement === document.body")
        tab_to(page, "Collapse sidebar", back=not lost, ring=False)
        page.keyboard.press("Enter")
        page.wait_for_selector("[data-testid='stSidebar'][data-collapsed='true']", state="attached")
        page.wait_for_timeout(500)  # it slides away


@pytest.fixture(scope="module")
def kb_server():
    with running_server() as url:
        yield url


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_log_chart_and_download_with_the_keyboard_alone(browser, kb_server, size, tmp_path):
    context = browser.new_context(viewport=size, accept_downloads=True)
    page = context.new_page()
    page.goto(kb_server)
    settle(page)
    # Set-up, not part of the keyboard flow: a diary of one's own, so the new cramp joins it and the
    # charts have enough entries to draw (one logged cramp alone would leave them "not enough data").
    goto_page(page, kb_server, "Load your diary")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(
        files=[{"name": "my_cramps.csv", "mimeType": "text/csv", "buffer": (ROOT / "data" / "demo_diary.csv").read_bytes()}])
    page.get_by_text("Showing your diary: my_cramps.csv").first.wait_for(timeout=30000)
    settle(page)
    close_nav(page)
    open_page_by_keyboard(page, "Log a cramp")
    _log_by_keyboard(page, size)
    open_page_by_keyboard(page, "Charts")
    tab_to(page, "Show data")
    page.keyboard.press("Enter")
    expect(page.locator("details:has(summary:focus) [data-testid='stDataFrame']").first).to_be_visible(timeout=20000)
    open_page_by_keyboard(page, "Doctor summary & download")
    tab_to(page, "Download the summary (HTML)")
    with page.expect_download(timeout=30000) as download:
        page.keyboard.press("Enter")
    summary = download.value.path().read_text(encoding="utf-8")
    assert "Cramp diary summary" in summary
    assert "<td>2026-03-02</td><td>07:15</td><td>calf</td><td>right</td><td>2</td>" in summary  # as keyed in
    context.close()


def _log_by_keyboard(page, size) -> None:
    """Date, time, place, side, severity, save: typed, tabbed and pressed, never clicked."""
    tab_to(page, "year, Date")
    page.keyboard.type("20260302")  # year, month and day: each segment moves on by itself
    page.keyboard.press("Escape")  # close the calendar that may pop up; the typed date stays
    tab_to(page, "hour, Time")
    page.keyboard.type("0715")
    tab_to(page, "Where was the cramp?")
    page.keyboard.type("calf")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    # A group of buttons (Side, then the severity pills 0-10) is one Tab stop: arrows move in it, Space chooses.
    focus = tab_to(page, "left")
    assert focus["tag"] == "BUTTON"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Space")
    tab_to(page, "0")
    for _ in range(2):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Space")
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"focus-severity-{size['width']}.png"))
    tab_to(page, "Save this cramp")
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"focus-save-{size['width']}.png"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Saved: right calf on 2026-03-02 at 07:15")).to_be_visible(timeout=20000)
    settle(page)


# The boxes a finger aims at. A control whose own element is hidden or tiny (the <input> behind a
# checkbox, the segments of a date) is hit through the nearest of these around it.
TARGET_BOXES = ", ".join([
    "[data-testid=stDateInputField]", "[data-testid=stTimeInputTimeDisplay]", "[data-testid=stTextInputRootElement]",
    "[data-testid=stNumberInputContainer]", "[data-testid=stSelectbox] [role=group]", "[data-baseweb=textarea]",
    "[data-testid=stCheckbox] label", "[data-testid=stRadio] label", "[data-testid=stSlider] [role=group] > div",
])
SIZES = """([form, boxes]) => {
  const out = [];
  for (const el of document.querySelector(form).querySelectorAll('input, button, textarea, [tabindex], label')) {
    if (el.type === 'hidden' || el.closest('[aria-hidden=true]') || el.matches('[data-testid=stWidgetLabel]')) continue;
    const r0 = el.getBoundingClientRect();
    const box = (r0.width >= 44 && r0.height >= 44) || el.tagName === 'BUTTON' ? el : (el.closest(boxes) || el);
    const r = box.getBoundingClientRect();
    const name = (el.getAttribute('aria-label') || el.innerText || el.tagName).trim().split('\\n').pop();
    out.push({name, width: r.width, height: r.height});
  }
  return out;
}"""


def test_log_form_and_navigation_are_big_enough_to_hit_on_a_phone(browser, kb_server):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(kb_server)
    settle(page)
    open_nav(page)
    links = page.locator("[data-testid='stSidebarNavLink']")
    sizes = [links.nth(i).bounding_box() for i in range(links.count())]
    assert len(sizes) == len(PAGES)
    assert all(b["height"] >= MIN_TARGET and b["width"] >= MIN_TARGET for b in sizes), sizes
    goto_page(page, kb_server, "Log a cramp")
    close_nav(page)
    page.wait_for_function("document.querySelectorAll('[data-testid=stForm] input, [data-testid=stForm] button')"
                           ".length >= 15", timeout=20000)
    toggle = page.locator("[data-testid='stExpandSidebarButton']").bounding_box()
    assert toggle["width"] >= MIN_TARGET and toggle["height"] >= MIN_TARGET, toggle
    controls = page.evaluate(SIZES, ["[data-testid=stForm]", TARGET_BOXES])
    assert len(controls) >= 15  # date, time, place, side, severity, ... and the save button
    small = [c for c in controls if c["width"] < MIN_TARGET - 0.5 or c["height"] < MIN_TARGET - 0.5]
    assert small == [], f"controls smaller than {MIN_TARGET}x{MIN_TARGET} px on a phone: {small}"
    context.close()
