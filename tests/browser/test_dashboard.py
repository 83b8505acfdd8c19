"""The dashboard in a real browser: all nine charts draw, the key numbers show, nothing raises."""
import pytest

from tests.browser.conftest import ROOT, goto_page, settle

pytestmark = pytest.mark.browser


def test_dashboard_pages_draw_their_charts(page, server_url, viewport):
    # With the demo diary (loaded on first open).
    page.goto(server_url)
    settle(page)
    goto_page(page, server_url, "Charts")
    assert page.locator("[data-testid='stException']").count() == 0
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 9", timeout=20000)
    assert page.locator(".js-plotly-plot").count() == 9
    assert page.get_by_text("Show data").count() == 9
    assert page.get_by_text("Not enough data").count() == 0
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"Charts is {overflow}px wider than the screen"

    goto_page(page, server_url, "Overview")
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stMetric']").count() == 6
    assert page.locator("[data-testid='stMetricValue']").first.inner_text().strip() == "192"


def test_an_uploaded_diary_draws_on_the_dashboard(page, server_url, viewport):
    page.goto(server_url)
    settle(page)
    goto_page(page, server_url, "Load your diary")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(
        files=[{"name": "my_cramps.csv", "mimeType": "text/csv",
                "buffer": (ROOT / "data" / "demo_diary.csv").read_bytes()}])
    page.get_by_text("Showing your diary: my_cramps.csv").first.wait_for(timeout=20000)
    settle(page)

    goto_page(page, server_url, "Charts")
    assert page.get_by_text("Showing your diary: my_cramps.csv").count() == 1  # not the demo any more
    assert page.locator("[data-testid='stException']").count() == 0
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 9", timeout=20000)
    assert page.locator(".js-plotly-plot").count() == 9
    goto_page(page, server_url, "Overview")
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stMetric']").count() == 6
