"""The real app in a real browser: `streamlit run app.py` on a free local port, driven by Chromium.

On a machine without Chromium these tests skip, saying how to enable them; in CI (`CI` set) a
missing browser fails the run, so browser coverage can never vanish silently.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from cramplog.base import lang
from cramplog.base.lang import tr
from ui.keeping import WAITING
from ui.keeping.controls import LIVES_IN_SESSION, LIVES_KEPT

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CRAMPLOG_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LOADED = "performance.getEntriesByType('resource').map((e) => e.name.split('/').pop())"  # every file fetched
# Scripts no page's first drawing needs for the frame every page shares (issue 20): the radio widget's (the language
# picker is native radio buttons in a component) and st.html's (the stylesheet is a component's CSS).
UNUSED_BY_THE_FRAME = ("Radio", "Html", "purify")


def _missing_browser(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(f"{reason}. To run the browser tests: `sudo apt-get install chromium` "
                "(or set CRAMPLOG_CHROMIUM to a Chromium binary) and `pip install -r requirements-dev.txt`.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(script: str = "app.py", cwd: Path = ROOT):
    """A fresh `streamlit run app.py` (or another `script`, such as a benchmark's plain app) in `cwd` on a
    free local port; yields its URL and stops it afterwards."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"streamlit run exited early:\n{proc.stdout.read()[-3000:]}")
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read().strip() == b"ok":
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("streamlit run did not answer its health check within 60 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def server_url():
    with running_server() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing_browser("playwright is not installed")
    if not Path(CHROMIUM).exists():
        _missing_browser(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def viewport(request):
    return request.param


@pytest.fixture
def page(browser, viewport):
    context = browser.new_context(viewport=viewport)
    pg = context.new_page()
    yield pg
    context.close()


def settle(page, timeout_ms: int = 20000, code: str = lang.SOURCE) -> None:
    """Wait until Streamlit has finished running the script and every chart container holds a plot (the page
    speaking `code`)."""
    with lang.speaking(code):
        waiting, kept, in_session = tr(WAITING), tr(LIVES_KEPT), tr(LIVES_IN_SESSION)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout_ms)
    # A page that shows the diary waits where it needs it until the browser has said what it keeps.
    page.wait_for_function(f"!document.body.innerText.includes({waiting!r})", timeout=timeout_ms)
    # ... and every page's sidebar says where the diary lives once the browser has answered (Home included).
    page.wait_for_function(f"""() => {{
      const side = document.querySelector("[data-testid='stSidebar']");
      return side && [{kept!r}, {in_session!r}].some((t) => side.textContent.includes(t));
    }}""", timeout=timeout_ms)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout_ms)
    page.wait_for_timeout(300)
    deadline = time.time() + 10
    while time.time() < deadline:
        if page.locator(".js-plotly-plot").count() >= page.locator("[data-testid='stPlotlyChart']").count():
            return
        page.wait_for_timeout(200)


def open_nav(page) -> None:
    """On a phone the sidebar starts collapsed: open it so the navigation links are reachable."""
    if page.locator("[data-testid='stSidebar'][data-collapsed='true']").count() == 0:
        return
    page.locator("[data-testid='stExpandSidebarButton']").click()
    page.wait_for_selector("[data-testid='stSidebar'][data-collapsed='false']")
    page.wait_for_timeout(300)


def close_nav(page) -> None:
    """On a phone the open sidebar covers the page: fold it away, as a user would (desktop keeps it)."""
    if page.viewport_size["width"] < 700 and page.locator("[data-testid='stSidebar'][data-collapsed='false']").count():
        page.locator("[data-testid='stSidebarCollapseButton'] button").click()
        page.wait_for_selector("[data-testid='stSidebar'][data-collapsed='true']", state="attached")
        page.wait_for_timeout(500)  # it slides away


def nav_labels(page) -> list[str]:
    """The sidebar's page titles (a material icon's ligature name is the first line of a link's text)."""
    return [t.strip().splitlines()[-1].strip() for t in page.locator("[data-testid='stSidebarNavLink']").all_inner_texts()]


def goto_page(page, url: str, title: str, code: str = lang.SOURCE) -> None:
    """Open `title` through the sidebar navigation, as a user would (exact label, not a substring)."""
    open_nav(page)
    index = nav_labels(page).index(title)
    link = page.locator("[data-testid='stSidebarNavLink']").nth(index)
    if page.evaluate("href => new URL(href, location.href).pathname === location.pathname", link.get_attribute("href")):
        settle(page, code=code)  # already there
        return
    before = page.locator("h1").first.inner_text() if page.locator("h1").count() else ""
    link.click()
    # The old page still reads as "not running" until the new run starts: wait for its heading to go.
    page.wait_for_function(
        "before => { const h = document.querySelector('h1'); return h && h.innerText !== before; }",
        arg=before, timeout=20000)
    settle(page, code=code)


def upload_demo_as_own(page, url: str, name: str = "my_cramps.csv", timeout_ms: int = 30000) -> None:
    """Upload a copy of the demo diary on "Load your diary" and wait until every page shows it as the user's."""
    goto_page(page, url, "Load your diary")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": (ROOT / "data" / "demo_diary.csv").read_bytes()}])
    page.get_by_text(f"Showing your diary: {name}").first.wait_for(timeout=timeout_ms)
    settle(page)
