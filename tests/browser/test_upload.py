"""Upload a diary in Chromium on the real server and see the counts, at desktop and phone width."""
from pathlib import Path

import pytest

from tests.browser.conftest import goto_page, settle

pytestmark = pytest.mark.browser
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_upload_shows_counts_and_problem_lines(page, server_url, viewport):
    page.goto(server_url)
    settle(page)
    goto_page(page, server_url, "Load your diary")
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(FIXTURES / "excel_eu.csv")
    page.wait_for_selector("[data-testid='stMetric']", timeout=30000)
    settle(page)
    assert page.locator("[data-testid='stException']").count() == 0
    metrics = page.locator("[data-testid='stMetric']").all_inner_texts()
    assert [m.split("\n")[-1].strip() for m in metrics] == ["4", "1", "1"]
    assert "Rows loaded" in metrics[0] and "Rows rejected" in metrics[1]
    assert page.get_by_text("Showing your diary: excel_eu.csv").is_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page is {overflow}px wider than the {viewport['width']}px screen"
