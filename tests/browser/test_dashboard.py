"""The dashboard in a real browser: all nine charts draw, the key numbers show, nothing raises."""
import json

import pytest

from cramplog.paths import data_file
from tests.browser import chart_font
from tests.browser.conftest import DESKTOP, LOADED, PHONE, UNUSED_BY_THE_FRAME, close_nav, goto_page, settle, upload_demo_as_own

pytestmark = pytest.mark.browser


def _open(page, server_url, title: str, plots: int = 0) -> None:
    """Open a page through the navigation, wait for its charts, and fold a phone's sidebar away again."""
    goto_page(page, server_url, title)
    if plots:
        page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot').length >= {plots}", timeout=20000)
    close_nav(page)


def test_dashboard_pages_draw_their_charts(page, server_url, viewport):
    # With the demo diary (loaded on first open).
    page.goto(server_url)
    settle(page)
    _open(page, server_url, "Charts", plots=9)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator(".js-plotly-plot").count() == 9
    assert page.get_by_text("Show data").count() == 9
    assert page.get_by_text("Not enough data").count() == 0
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"Charts is {overflow}px wider than the screen"

    _open(page, server_url, "Overview")
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stMetric']").count() == 6
    assert page.locator("[data-testid='stMetricValue']").first.inner_text().strip() == "192"

    # Narrow to one region: the filter panel stays open, and the choice follows to Charts.
    page.locator("[data-testid='stExpander'] summary").first.click()
    page.locator("[data-testid='stMultiSelect']").first.wait_for(state="visible")
    page.wait_for_timeout(400)  # let the panel finish opening before using the box inside it
    page.locator("[data-testid='stMultiSelect']").first.click()
    page.get_by_role("option", name="calf").click()
    settle(page)
    page.keyboard.press("Escape")
    assert page.locator("[data-testid='stMultiSelect']").first.is_visible()
    assert page.locator("[data-testid='stMetricValue']").first.inner_text().strip() == "124"
    _open(page, server_url, "Charts", plots=9)
    assert "calf" in page.locator("[data-testid='stExpander'] summary").first.inner_text()
    assert page.get_by_text("Calf had the most cramps (100% of 124)").count() == 1


def test_an_uploaded_diary_draws_on_the_dashboard(page, server_url, viewport):
    page.goto(server_url)
    settle(page)
    upload_demo_as_own(page, server_url)

    goto_page(page, server_url, "Charts")
    assert page.get_by_text("Showing your diary: my_cramps.csv").count() == 1  # not the demo any more
    assert page.locator("[data-testid='stException']").count() == 0
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 9", timeout=20000)
    assert page.locator(".js-plotly-plot").count() == 9
    goto_page(page, server_url, "Overview")
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stMetric']").count() == 6


# Scripts a new visitor's Charts page has no use for (issue 20): the date and region pickers (their fold is closed),
# the emoji library (no emoji code in any text), the table viewer (every "Show data" is closed), and the frame's.
UNUSED_ON_CHARTS = ("DateInput", "Multiselect", "remark-emoji", "Table.", "DataFrame", *UNUSED_BY_THE_FRAME)


def test_charts_loads_only_the_scripts_it_shows(page, server_url):
    page.goto(f"{server_url}/charts")
    settle(page)
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 9", timeout=20000)
    loaded = page.evaluate(LOADED)
    assert any(name.startswith("PlotlyChart") for name in loaded)  # the list is the page's own
    assert [name for name in loaded if name.startswith(UNUSED_ON_CHARTS)] == []
    page.locator("[data-testid='stExpander'] summary").first.click()  # opened, the pickers come
    page.locator("[data-testid='stMultiSelect']").first.wait_for(state="visible")
    loaded = page.evaluate(LOADED)
    assert any(name.startswith("Multiselect") for name in loaded)


# Each chart's margins as the figure asks for them and as plotly drew them (issue 20). Plotly widens a margin too
# small for its labels, legend or colour bar, and then draws the whole chart again: equal means drawn once.
MARGINS = """[...document.querySelectorAll('.js-plotly-plot')].map((d) => {
  const asked = d.layout.margin, drawn = d._fullLayout._size;
  return ['l', 'r', 't', 'b'].map((side) => [asked[side], drawn[side]]);
})"""
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0.0.0 Mobile Safari/537.36")


@pytest.mark.parametrize("code", ["en", "es"])  # Spanish has the longest words for the regions and the triggers
@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_every_chart_is_drawn_in_margins_that_already_hold_its_labels(browser, server_url, code, screen):
    phone = dict(viewport=PHONE, user_agent=PHONE_AGENT, is_mobile=True, has_touch=True)
    context = browser.new_context(**(phone if screen == "phone" else dict(viewport=DESKTOP)))
    page = context.new_page()
    page.goto(f"{server_url}/charts?lang={code}")
    settle(page, code=code)
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 27", timeout=20000)
    page.wait_for_timeout(500)  # Streamlit draws each chart a second time just after the first
    margins = page.evaluate(MARGINS)
    context.close()
    assert len(margins) == 9
    widened = [(i, sides) for i, sides in enumerate(margins) if any(asked != drawn for asked, drawn in sides)]
    assert widened == [], f"charts plotly had to widen ([asked, drawn] for l, r, t, b): {widened}"


def test_the_chart_font_widths_shipped_are_the_fonts_the_browser_draws(browser, server_url):
    # The margins above are sized from data/chart_font.json: a Streamlit upgrade that changes the chart font
    # shows here first. Regenerate with `python -m tests.browser.chart_font`.
    page = browser.new_page()
    page.goto(f"{server_url}/charts")
    settle(page)
    measured = chart_font.measure(page)
    page.close()
    shipped = json.loads(data_file("chart_font.json").read_text(encoding="utf-8"))["em"]
    off = {ch: (shipped.get(ch), em) for ch, em in measured.items() if abs(shipped.get(ch, -1) - em) > 0.011}
    assert off == {}, f"characters whose width changed (shipped, measured): {off}"
