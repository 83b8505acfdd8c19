"""Issue 19 in a real browser at phone size: three recent days marked cramp-free, one tap each, and the
Overview's rate a week falls, since it now counts over the days the diary was kept."""
from __future__ import annotations

import datetime as dt

import pytest

from cramplog.present.wording import day_text
from tests.browser.conftest import PHONE, close_nav, goto_page, settle

pytestmark = pytest.mark.browser


def _diary(today: dt.date) -> bytes:
    """A cramp on each of the seven days ending three days ago: 7 a week, counted over every day."""
    days = [today - dt.timedelta(days=n) for n in range(3, 10)]
    return ("date,time,location\n" + "".join(f"{d.isoformat()},22:30,calf\n" for d in days)).encode()


def _rate(page) -> str:
    goto_page(page, "", "Overview")
    close_nav(page)
    return page.locator("[data-testid='stMetricValue']").nth(1).inner_text().strip()


def test_three_days_marked_cramp_free_lower_the_rate(browser, server_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    today = dt.date.today()
    page.goto(server_url)
    settle(page)
    goto_page(page, server_url, "Load your diary")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(
        files=[{"name": "week.csv", "mimeType": "text/csv", "buffer": _diary(today)}])
    page.get_by_text("Showing your diary: week.csv").first.wait_for(timeout=30000)
    settle(page)
    assert _rate(page) == "7"

    goto_page(page, server_url, "Log a cramp")
    close_nav(page)
    third = today - dt.timedelta(days=2)
    for label in ("Today", "Yesterday", f"{third:%a} {day_text(third)}"):
        pill = page.locator("[data-testid='stButtonGroup'] button").filter(has_text=label).first
        pill.scroll_into_view_if_needed()
        pill.click()  # one tap marks the day
        settle(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert _rate(page) == "4.9"  # 7 cramps over 10 kept days
    assert page.get_by_text("Kept on 10 of 10 days; no gaps").count() == 1
    context.close()
