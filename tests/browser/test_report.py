"""The doctor summary in a real browser (charts drawn, nothing fetched), and issue 6's "done when" on a phone."""
from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from playwright.sync_api import expect

from cramplog.diary.demo import load_demo
from cramplog.read.load import load_diary
from cramplog.write.report import build_report
from tests.browser.conftest import PHONE, close_nav, goto_page, settle

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("CRAMPLOG_SHOTS")  # a folder: save screenshots there to look at


def _shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, PHONE], ids=["desktop", "phone"])
def test_report_opens_offline_with_its_charts_drawn(browser, tmp_path, size):
    path = tmp_path / "report.html"
    path.write_text(build_report(load_demo(), name="Demo diary"), encoding="utf-8")
    context = browser.new_context(viewport=size)
    dialogs = []
    page, fetched = _open_offline(_watched_page(context, dialogs), path)
    assert page.locator("svg.timeline-svg").count() == 1  # a static SVG: drawn with no script at all
    assert page.locator("svg.timeline-svg rect").count() > 10 and page.locator("svg.timeline-svg polyline").count() == 1
    assert fetched == [] and dialogs == []
    _shot(page, f"report-{size['width']}")
    if size is not PHONE:
        page.emulate_media(media="print")
        page.pdf(path=str(tmp_path / "report.pdf"), format="A4", prefer_css_page_size=True)
        # The summary fits on page 1: everything before the entries ends within the first A4 page.
        summary_bottom = page.evaluate("document.querySelector('.entries-page').getBoundingClientRect().top")
        assert summary_bottom < 297 / 25.4 * 96 - 2 * 12 / 25.4 * 96
    context.close()


def _watched_page(context, dialogs: list[str]):
    """A new page whose every alert, confirm or prompt is recorded (and dismissed): none may ever fire."""
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return page


def _open_offline(page, path):
    """Open a saved report from disk with the network cut off; returns the page and the URLs it asked for."""
    fetched = []

    def outside(route):
        if route.request.url.startswith(("file:", "data:", "blob:", "about:")):
            return route.continue_()
        fetched.append(route.request.url)
        return route.abort()

    page.route("**/*", outside)
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_selector("svg.timeline-svg", timeout=20000)
    return page, fetched


def _log_cramp(page, day: dt.date, where: str, side: str, note: str = "") -> None:
    form = page.locator("[data-testid='stForm']")
    form.locator("[data-testid='stDateInput'] [data-type='year']").click()
    page.keyboard.type(f"{day:%Y%m%d}")  # year, month, day segments advance by themselves
    page.keyboard.press("Escape")  # close the calendar that may pop up; the typed date stays
    form.locator("[data-testid='stSelectbox']").filter(has_text="Where was the cramp?").locator("input").click()
    page.keyboard.type(where)
    page.keyboard.press("Enter")
    form.get_by_role("radiogroup", name="Side").get_by_role("radio", name=side, exact=True).click()
    if note:
        notes = form.get_by_label("Notes (optional)")
        if not notes.is_visible():  # the optional questions are folded under "More details"
            form.get_by_text("More details").click()
        notes.fill(note)
    form.get_by_role("button", name="Save this cramp").click()
    expect(page.get_by_text(f"Saved: {side} {where} on {day.isoformat()}")).to_be_visible(timeout=20000)
    settle(page)


def _download(page, button: str, path):
    """Press a download button and keep the file it sends (made on the click, so one press is enough)."""
    with page.expect_download(timeout=30000) as download:
        page.get_by_role("button", name=button).click()
    download.value.save_as(path)
    return path


def _metric(page, label: str):
    return page.locator("[data-testid='stMetric']").filter(has_text=label).locator("[data-testid='stMetricValue']")


HOSTILE_NOTE = "<img src=x onerror=alert(1)>"


def test_done_when_three_cramps_on_a_phone_charted_kept_loaded_back_and_reported(browser, server_url, tmp_path):
    """Issue 6's "done when", through the UI at phone width: log three cramps (one with a hostile note), see
    them charted, download the CSV, load that file back, download the summary and open it offline."""
    context = browser.new_context(viewport=PHONE, accept_downloads=True)
    dialogs = []
    page = _watched_page(context, dialogs)
    page.goto(server_url)
    settle(page)
    goto_page(page, server_url, "Log a cramp")
    close_nav(page)
    expect(page.get_by_text("nothing is saved on the server").first).to_be_visible()
    cramps = [(dt.date(2026, 3, 2), "calf", "left", ""), (dt.date(2026, 3, 5), "foot", "right", HOSTILE_NOTE),
              (dt.date(2026, 3, 9), "calf", "right", "")]
    for cramp in cramps:
        _log_cramp(page, *cramp)
    assert page.get_by_text("demo diary has been put away").count() == 0  # shown for the first entry only
    expect(page.get_by_text("(3 entries)").first).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the log page is {overflow}px wider than the phone"
    _shot(page, "log-phone-after-three")

    goto_page(page, server_url, "Charts")
    close_nav(page)
    expect(page.get_by_text("(3 entries)").first).to_be_visible()
    expect(page.get_by_text(re.compile(r"^3 cramps over \d+ (day|week)s")).first).to_be_visible()
    assert page.locator(".js-plotly-plot").count() >= 1
    assert page.locator("[data-testid='stException']").count() == 0
    _shot(page, "charts-phone-three")

    goto_page(page, server_url, "Doctor summary & download")
    close_nav(page)
    csv = _download(page, "Download my diary (CSV)", tmp_path / "diary.csv")
    saved = load_diary(csv.read_bytes()).df
    assert [d.date() for d in saved["date"]] == [c[0] for c in cramps]
    assert saved["location"].tolist() == [c[1] for c in cramps]
    assert saved["notes"].iloc[1] == HOSTILE_NOTE  # kept as the user typed it

    goto_page(page, server_url, "Load your diary")
    close_nav(page)
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(csv)
    expect(_metric(page, "Rows loaded")).to_have_text("3", timeout=20000)
    expect(_metric(page, "Rows rejected")).to_have_text("0")
    expect(_metric(page, "Warnings")).to_have_text("0")
    expect(page.get_by_text("Every row was read without a problem.")).to_be_visible()
    page.get_by_text("Replace my diary with this file").click()  # a diary exists: add or replace (issue 11)
    expect(page.get_by_text("Your diary was replaced by this file.")).to_be_visible(timeout=20000)
    settle(page)

    goto_page(page, server_url, "Doctor summary & download")
    close_nav(page)
    expect(page.get_by_text(f"{csv.name} (3 entries)").first).to_be_visible()  # the loaded file, not the log
    summary = _download(page, "Download the summary (HTML)", tmp_path / "summary.html")
    assert page.locator("img[src='x']").count() == 0

    report, fetched = _open_offline(_watched_page(context, dialogs), summary)
    assert report.locator("svg.timeline-svg").count() == 1
    expect(report.get_by_text(HOSTILE_NOTE).first).to_be_visible()  # shown as text, never as an image
    assert report.locator("img[src='x']").count() == 0
    assert fetched == [] and dialogs == []
    _shot(report, "report-phone-from-log")
    context.close()
