"""A phone in the hand (issue 23): real touch events at 390×844. A swipe that starts on a chart scrolls the
page, a tap on a chart still shows its values, and "a calf cramp last night, severity 6" is logged in a few
taps without scrolling."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.browser.conftest import PHONE, settle

pytestmark = pytest.mark.browser

MAX_TAPS = 6
SCROLL_TOP = "document.querySelector('[data-testid=stMain]').scrollTop"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    yield page, context.new_cdp_session(page)
    context.close()


def _open(page, url: str, path: str) -> None:
    page.goto(f"{url}/{path}")
    settle(page)


def _swipe_up(cdp, page, x: float, y: float, distance: float = 200) -> None:
    """A finger put down at (x, y) and drawn up the screen, as touch events (not a mouse wheel)."""
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for step in range(1, 11):
        page.wait_for_timeout(16)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y - distance * step / 10}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    page.wait_for_timeout(400)


def _trapped_charts(page, cdp) -> list[int]:
    """The charts under which a swipe did not scroll the page."""
    charts = page.locator("[data-testid='stPlotlyChart']")
    trapped = []
    for i in range(charts.count()):
        page.evaluate("el => el.scrollIntoView({block: 'center'})", charts.nth(i).element_handle())
        page.wait_for_timeout(300)
        box = charts.nth(i).bounding_box()
        before = page.evaluate(SCROLL_TOP)
        _swipe_up(cdp, page, box["x"] + box["width"] / 2, min(max(box["y"] + box["height"] / 2, 120), 700))
        if page.evaluate(SCROLL_TOP) - before < 50:
            trapped.append(i)
    return trapped


def test_a_swipe_over_any_chart_scrolls_the_page(phone, server_url):
    """All nine charts of Charts (the Overview draws none). Before issue 23, 7 of the 9 caught the swipe."""
    page, cdp = phone
    _open(page, server_url, "charts")
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 9", timeout=20000)
    assert _trapped_charts(page, cdp) == []
    assert page.get_by_text("Double-click").count() == 0


def test_a_tap_on_a_chart_still_shows_its_values(phone, server_url):
    page, _ = phone
    _open(page, server_url, "charts")
    bars = page.locator("[data-testid='stPlotlyChart']").first.locator(".point path")
    bars.nth(bars.count() // 2).tap(force=True)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=5000)


def test_a_calf_cramp_last_night_severity_6_takes_few_taps_and_no_scroll(phone, server_url):
    page, _ = phone
    _open(page, server_url, "log")
    save = page.get_by_role("button", name="Save this cramp")
    assert save.bounding_box()["y"] + save.bounding_box()["height"] <= PHONE["height"], "Save is below the fold"
    taps = [
        page.get_by_role("radio", name="Last night"),
        page.locator("[data-testid='stSelectbox']").filter(has_text="Where was the cramp?"),
        page.get_by_role("option", name="calf", exact=True),
        page.locator("[data-testid='stButtonGroup']").filter(has_text="How bad").get_by_text("6", exact=True),
        save,
    ]
    scrolled = []  # how far the page had moved before each tap: the person never had to scroll
    for target in taps:
        scrolled.append(page.evaluate(SCROLL_TOP))
        target.tap()  # Playwright would scroll to a target out of view; none was (checked below)
        page.wait_for_timeout(300)
    settle(page)
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    page.get_by_text(f"Saved: calf on {yesterday} (time not noted).").wait_for(timeout=10000)
    print(f"\nLog 'a calf cramp last night, severity 6' at 390x844: {len(taps)} taps, "
          f"{'no scroll' if max(scrolled) <= 2 else f'scrolled {max(scrolled)}px'}")
    assert len(taps) <= MAX_TAPS and max(scrolled) <= 2
