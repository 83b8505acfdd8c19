"""Every page opened through the sidebar of the real server, at desktop and phone width."""
import pytest

from tests.browser.conftest import goto_page, nav_labels, open_nav, running_server, settle
from tests.helpers import PAGES

pytestmark = pytest.mark.browser


def test_every_page_through_the_navigation(page, server_url, viewport):
    # Private by design: a visit asks nothing of any other host (no fonts, icons or telemetry).
    elsewhere = []
    page.on("request", lambda r: r.url.startswith(("http:", "https:", "ws:", "wss:"))
            and not r.url.split("//", 1)[1].startswith(server_url.split("//", 1)[1]) and elsewhere.append(r.url))
    page.goto(server_url)
    settle(page)
    open_nav(page)
    labels = nav_labels(page)
    # Each page appears exactly once: the legacy pages/ auto-discovery adds nothing.
    assert sorted(labels) == sorted(title for _, title in PAGES)
    for _, title in PAGES:
        goto_page(page, server_url, title)
        assert page.locator("[data-testid='stException']").count() == 0, f"exception on {title}"
        heading = page.locator("h1").first
        assert heading.is_visible(), f"no visible heading on {title}"
        assert heading.inner_text().strip(), f"empty heading on {title}"
        # Nothing wider than the screen: a phone user never has to scroll sideways to read.
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{title} is {overflow}px wider than the {viewport['width']}px screen"
    assert elsewhere == [], f"requests left the machine: {elsewhere}"


@pytest.mark.parametrize("path,title", [("charts", "Charts"), ("compare", "ALS cramps vs common cramps")])
def test_a_deep_link_on_a_fresh_server_gets_the_apps_navigation(browser, path, title):
    # Streamlit starts in its legacy pages/ mode until app.py first runs; a bookmarked page opened
    # first must still get the app's own sidebar (titles, once each), not a list of file names.
    with running_server() as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        try:
            page.goto(f"{url}/{path}")
            settle(page)
            assert page.locator("h1").first.inner_text().strip() == title
            assert sorted(nav_labels(page)) == sorted(t for _, t in PAGES)
            assert page.locator("[data-testid='stException']").count() == 0
        finally:
            page.close()
