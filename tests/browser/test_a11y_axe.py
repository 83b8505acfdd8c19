"""axe-core scans every page in Chromium, at desktop and phone width, with the demo and an uploaded diary.

No serious or critical violation may be found in what the project controls. The few that sit inside
Streamlit's own widgets, which no app can change, are listed in ALLOWED with the reason; a violation is
excused only when its rule and every element it names match an entry there.
Set CRAMPLOG_A11Y_RESULTS to a file path to keep every violation found (any impact) as JSON.
"""
from __future__ import annotations

import json
import os

import pytest

from tests.browser.conftest import DESKTOP, PHONE, close_nav, goto_page, settle, upload_demo_as_own
from tests.helpers import PAGES

pytestmark = pytest.mark.browser
BLOCKING = {"serious", "critical"}
# (axe rule, CSS selector the element sits inside, why the project cannot fix it).
ALLOWED = (
    ("list", "[data-testid='stSidebarNavItems']",
     "Streamlit's sectioned sidebar navigation puts its section headers straight into the <ul>; "
     "the markup is Streamlit's own and st.navigation has no option to change it."),
    ("listitem", "[data-testid='stSidebarNavItems']",
     "The same sectioned navigation list: its <li> items sit in a <div> per section, not directly in the <ul>."),
    ("scrollable-region-focusable", "[data-testid='stTable']",
     "st.table scrolls a wide table sideways on a phone inside its own <div>, which Streamlit gives no "
     "tabindex (no option for it). Sideways scrolling is allowed for data tables; the comparison page offers "
     "the same rows as one card per feature in the tab beside the table."),
)
RESULTS = os.environ.get("CRAMPLOG_A11Y_RESULTS")


def _axe(page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    return Axe().run(page).response["violations"]


def _allowed(page, violation: dict) -> bool:
    """True when every element of the violation lies inside a Streamlit widget allowed for its rule."""
    selectors = [sel for rule, sel, _ in ALLOWED if rule == violation["id"]]
    if not selectors:
        return False
    targets = [node["target"][0] for node in violation["nodes"] if len(node["target"]) == 1]
    if len(targets) != len(violation["nodes"]):
        return False  # inside an iframe or shadow root: not Streamlit's markup we know
    return page.evaluate(
        """([targets, selectors]) => targets.every(t => {
               const el = document.querySelector(t);
               return el && selectors.some(s => el.closest(s)); })""", [targets, selectors])


def _scan(page, record: dict, scan: str) -> list[str]:
    """Run axe on what the page shows now; keep every violation, return the blocking ones in words."""
    found = _axe(page)
    record[scan] = [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"]), "allowed": _allowed(page, v),
                     "targets": [n["target"] for n in v["nodes"]][:5], "help": v["help"]} for v in found]
    return [f"{scan}: {v['id']} ({v['impact']}) on {[n['target'] for n in v['nodes']][:3]}"
            for v in found if v["impact"] in BLOCKING and not _allowed(page, v)]


def _scan_every_page(page, server_url: str, record: dict, label: str) -> list[str]:
    """Open each page through the navigation and scan it; on Charts, also with a chart's data table shown."""
    problems = []
    for _, title in PAGES:
        goto_page(page, server_url, title)
        close_nav(page)
        problems += _scan(page, record, f"{label} | {title}")
        if title == "Charts":
            page.get_by_text("Show data").first.click()
            page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=20000)
            problems += _scan(page, record, f"{label} | {title} (data shown)")
    return problems


@pytest.fixture(scope="module")
def record():
    found: dict = {}
    yield found
    if RESULTS:
        with open(RESULTS, "w", encoding="utf-8") as f:
            json.dump(found, f, indent=1)


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_or_critical_violation_on_any_page(browser, server_url, record, size):
    context = browser.new_context(viewport=size)
    page = context.new_page()
    page.goto(server_url)
    settle(page)
    width = size["width"]
    problems = _scan_every_page(page, server_url, record, f"{width} demo")
    upload_demo_as_own(page, server_url)
    problems += _scan_every_page(page, server_url, record, f"{width} uploaded")
    context.close()
    assert not problems, "axe found:\n" + "\n".join(problems)


def test_the_dark_theme_has_no_serious_or_critical_violation(browser, server_url, record):
    """The app follows a dark system setting: its colours must keep their contrast there too."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="dark")
    page = context.new_page()
    page.goto(server_url)
    settle(page)
    assert page.evaluate("getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor") \
        != "rgb(255, 255, 255)", "the dark system setting did not give the dark theme"
    problems = _scan_every_page(page, server_url, record, "1280 dark demo")
    context.close()
    assert not problems, "axe found:\n" + "\n".join(problems)


def test_each_chart_is_named_by_its_takeaway(browser, server_url):
    """A screen reader meets each chart as a figure named by its title and its one-line takeaway."""
    from cramplog.diary.demo import load_demo
    from cramplog.present.dashboard import build_chart, chart_infos

    demo = load_demo()
    expected = [f"{info.title}: {build_chart(info.key, demo).takeaway}" for info in chart_infos()]
    page = browser.new_page(viewport=DESKTOP)
    page.goto(server_url)
    settle(page)
    goto_page(page, server_url, "Charts")
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 9", timeout=30000)
    charts = page.get_by_role("figure")
    assert [charts.nth(i).get_attribute("aria-label") for i in range(charts.count())] == expected
    for text in expected:  # the same words are on the screen, just above the chart
        assert page.get_by_text(text.split(": ", 1)[1], exact=True).count() == 1, text
    page.close()


# Text whose box clips it (overflow hidden or an ellipsis) while it is wider than the box. Data tables
# and the charts' drawing are left out: a table may scroll sideways, and plotly sizes its own text.
CLIPPED_TEXT = """() => [...document.querySelectorAll('[data-testid=stMain] *')]
  .filter(e => !e.closest('[data-testid=stDataFrameResizable], [data-testid=stTable], .js-plotly-plot'))
  .filter(e => { const s = getComputedStyle(e);
                 return ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis'; })
  .filter(e => e.scrollWidth > e.clientWidth + 1 && e.innerText.trim())
  .map(e => (e.getAttribute('data-testid') || e.tagName) + ': ' + e.innerText.trim().slice(0, 60))"""


def test_at_200_percent_zoom_nothing_is_cut_off_or_scrolls_sideways(browser, server_url):
    """A 1280 px window zoomed to 200% lays pages out at 640 CSS px with two device pixels to each."""
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    page.goto(server_url)
    settle(page)
    problems = []
    for _, title in PAGES:
        goto_page(page, server_url, title)
        close_nav(page)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 1:
            problems.append(f"{title}: {overflow}px of sideways scrolling")
        problems += [f"{title}: cut off: {text}" for text in page.evaluate(CLIPPED_TEXT)]
    context.close()
    assert not problems, "\n".join(problems)
