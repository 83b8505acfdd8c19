"""The doctor summary on a phone and on paper: it reflows at 390 px and its summary prints on one page."""
from __future__ import annotations

import os
import re

import pytest

from cramplog.analyse import doctor, indicators
from cramplog.diary.demo import load_demo
from cramplog.write.report import build_report
from tests.browser.conftest import PHONE

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("CRAMPLOG_SHOTS")  # a folder: save screenshots there to look at
WIDER_THAN_ITS_BOX = """sel => [...document.querySelectorAll(sel)]
    .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.className.baseVal ?? e.className)"""


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(build_report(load_demo(), name="Demo diary"), encoding="utf-8")
    return path


def _open(browser, path, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_selector("svg.timeline-svg", timeout=20000)
    return context, page


def test_the_report_reflows_on_a_phone(browser, report_file):
    context, page = _open(browser, report_file, PHONE)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    # Nothing inside scrolls sideways either: not the timeline, not the entries, not the comparison.
    assert page.evaluate(WIDER_THAN_ITS_BOX, ".chart, .timeline-svg, table, tr, td, .tiles") == []
    timeline = page.locator("svg.timeline-svg").bounding_box()
    assert timeline["x"] >= 0 and timeline["x"] + timeline["width"] <= PHONE["width"]
    # Each entry reads as a card of "heading value" lines: each cell shows its column's heading.
    first = page.locator(".entries tbody tr").first
    assert first.bounding_box()["width"] <= PHONE["width"]
    headings = first.evaluate("tr => [...tr.cells].map(td => getComputedStyle(td, '::before').content)")
    assert headings[:3] == ['"Date"', '"Time"', '"Where"'] and headings[-1] == '"Notes"'
    # And axe finds nothing serious in the report's own markup.
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    assert [(v["id"], v["impact"]) for v in found if v["impact"] in ("serious", "critical")] == []
    if SHOTS:
        page.set_viewport_size({"width": PHONE["width"], "height": 2600})  # the summary and the first entries
        page.screenshot(path=os.path.join(SHOTS, "report-phone-390.png"))
    context.close()


@pytest.fixture(scope="module")
def every_rule_file(tmp_path_factory):
    """The longest summary: a diary meeting every doctor rule (each rule made to count 12 entries)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(doctor, "rule_entries", lambda df, rule: 12)
        html = build_report(load_demo(), name="My diary (logged in CrampLog)")
    assert html.count("12 entries;") == len(indicators.rules()["rule"])
    path = tmp_path_factory.mktemp("report") / "every-rule.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("diary", ["demo", "every rule met"])
def test_the_summary_prints_on_one_page(browser, report_file, every_rule_file, tmp_path, paper, diary):
    path = report_file if diary == "demo" else every_rule_file
    context, page = _open(browser, path, {"width": 1280, "height": 900})
    page.emulate_media(media="print")
    whole = page.pdf(format=paper)
    # The same document without the entries: what is left, the summary, must be exactly one page.
    page.add_style_tag(content=".entries-page, footer { display: none !important; }")
    summary = page.pdf(format=paper, path=str(tmp_path / f"summary-{paper}.pdf"))
    context.close()
    assert _pages(summary) == 1
    assert _pages(whole) > 1  # the entries follow on pages of their own
    assert page_is_readable(path, browser, paper)


READABLE = """() => {
  const table = document.querySelector('.entries'), main = document.querySelector('main');
  const cut = [...table.querySelectorAll('th, td')].filter(c => c.scrollWidth > c.clientWidth + 1)
    .map(c => c.innerText);
  return {cut, tableWidth: table.getBoundingClientRect().width, mainWidth: main.clientWidth};
}"""


def page_is_readable(path, browser, paper: str) -> bool:
    """On paper the entries table fits the page and no heading or value runs into the next cell or breaks
    mid-word (a heading wraps only between words; a word too long would overflow its cell, caught here)."""
    width = {"A4": 210, "Letter": 215.9}[paper] - 24  # mm inside the 12 mm margins
    context = browser.new_context(viewport={"width": round(width / 25.4 * 96), "height": 1000})
    page = context.new_page()
    page.goto(path.as_uri(), wait_until="load")
    page.emulate_media(media="print")
    found = page.evaluate(READABLE)
    context.close()
    assert found["cut"] == [] and found["tableWidth"] <= found["mainWidth"] + 1, found
    return True


def _pages(pdf: bytes) -> int:
    """Pages in a PDF that Chromium wrote (its page objects are plain "/Type /Page" dictionaries)."""
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_each_chart_is_described_by_its_takeaway(browser, report_file):
    context, page = _open(browser, report_file, PHONE)
    for chart in page.locator("figure.chart").all():
        assert chart.get_attribute("role") == "img" and chart.get_attribute("aria-label")
        takeaway = page.locator(f"#{chart.get_attribute('aria-describedby')}")
        assert takeaway.inner_text().strip()
    described = page.evaluate("""() => [...document.querySelectorAll('figure.chart')].map(f =>
        f.getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id).innerText).join(' '))""")
    assert any(re.search(r"192 cramps over \d+ days, about [\d.]+ a week", d) for d in described)
    context.close()
