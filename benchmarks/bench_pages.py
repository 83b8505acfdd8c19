"""How fast CrampLog's pages draw beside plain Streamlit apps (issue 20), and what the dashboard costs the server.

1. In the browser (the default): CrampLog's Home and Charts pages and two plain apps
   (`benchmarks/plain_apps/`: a page of text, a page of nine plotly charts) are served side by side and
   opened alternately in the same headless Chromium, each visit in a fresh browser context (a new visitor:
   nothing cached, nothing kept). A script in the page notes, from the start of navigation:
   - first chart: when the first plotly chart has drawn its SVG;
   - drawn and idle: when the page last changed, once every chart is drawn (or the words are), the script
     has finished and nothing has changed for a second;
   and the websocket bytes the visit received. Printed: the median of `--repeat` visits each, and the
   ratios CrampLog / plain app (the median of the paired visits' ratios), against the issue's aims, with
   how long Streamlit took to find its server from the deep link /charts (the plain apps open at /).
2. With `--server` (also the only part with `--server-only`): the server-side script time of the
   Overview and Charts pages with a 100,000-entry diary already in the session (bar: 1 s) and the bytes
   they send (bar: 1 MB), via AppTest: "rerun" keeps the session's chart cache, "new filter" empties it.

Run: python benchmarks/bench_pages.py [--repeat 25] [--server] [--rows 100000]
"""
from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.timing import median_range  # noqa: E402
from cramplog.diary.demo import load_demo  # noqa: E402
from ui.state import DIARY_KEY, SessionDiary  # noqa: E402

PAGES = ("pages/overview.py", "pages/charts.py")
TIME_BAR_S, BYTES_BAR = 1.0, 1_000_000
PLAIN_APPS = ROOT / "benchmarks" / "plain_apps"
CHARTS = 9
# (what is compared, CrampLog's page, the plain app, charts on the page, the mark compared, the aim)
COMPARISONS = (
    ("Home, words drawn and idle", "", "text_page.py", 0, "idle", 1.2),
    ("Charts, 9 charts drawn and idle", "charts", "nine_charts.py", CHARTS, "idle", 1.15),
    ("Charts, first chart drawn", "charts", "nine_charts.py", CHARTS, "first", 1.2),
)
# Marks, in ms from navigation start: the first plotly SVG drawn, and the last element added to or removed
# from the page. Only added and removed nodes are watched: plotly sets thousands of attributes as it draws,
# and an observer of those would slow the very drawing it times.
MARKS_JS = """
window.__marks = {first: null, last: 0};
new MutationObserver(() => {
  const now = performance.now();
  window.__marks.last = now;
  if (window.__marks.first === null && document.querySelector('.js-plotly-plot .main-svg')) {
    window.__marks.first = now;
  }
}).observe(document, {subtree: true, childList: true});
"""
DRAWN_JS = """([charts, quietMs]) => {
  const app = document.querySelector("[data-testid='stApp']");
  const main = document.querySelector("[data-testid='stMain']");
  const drawn = document.querySelectorAll('.js-plotly-plot .main-svg').length >= charts;
  const words = main && main.querySelector('h1') && !main.innerText.includes('Opening CrampLog');
  const done = app && app.dataset.testScriptState === 'notRunning';
  return drawn && words && done && performance.now() - window.__marks.last > quietMs;
}"""
QUIET_MS = 1000
HEALTH_JS = ("performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/_stcore/health'))"
             ".map((e) => e.startTime)")


def big_diary(rows: int, days: int = 730, seed: int = 1) -> pd.DataFrame:
    """`rows` entries resampled from the demo diary, spread over `days` days (canonical dtypes kept)."""
    rng = np.random.default_rng(seed)
    demo = load_demo()
    df = demo.sample(rows, replace=True, random_state=seed).reset_index(drop=True)
    df["date"] = (pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, days, rows), unit="D")).astype(
        "datetime64[us]")
    return df.sort_values(["date", "time"], kind="stable").reset_index(drop=True)


def sent_bytes(at: AppTest) -> int:
    """Sum of the serialized size of every element and block on the page."""
    total, stack = 0, [at._tree]
    while stack:
        node = stack.pop()
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "ByteSize"):
            total += proto.ByteSize()
        children = getattr(node, "children", {})
        stack.extend(children.values() if isinstance(children, dict) else children)
    return total


def _timed_run(at: AppTest, cached: bool) -> float:
    if not cached:
        st.cache_data.clear()
    start = time.perf_counter()
    at.run()
    return time.perf_counter() - start


def measure(page: str, diary: SessionDiary, repeats: int) -> tuple[float, float, int, int]:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[DIARY_KEY] = diary
    at.run()
    at.switch_page(page).run()  # warm run
    if at.exception:
        raise SystemExit(f"{page} raised: {at.exception}")
    rerun = statistics.median(_timed_run(at, cached=True) for _ in range(repeats))
    fresh = statistics.median(_timed_run(at, cached=False) for _ in range(repeats))
    return rerun, fresh, sent_bytes(at), len(at.get("plotly_chart"))


def deep_link_probe(page) -> float:
    """Seconds the page spent finding its server: from its first health check to its last. A page opened at a
    deep link (/charts) asks /charts/_stcore/health first, gets a 404 and asks the root 100 ms later; one
    opened at / asks once (0)."""
    starts = page.evaluate(HEALTH_JS)
    return (max(starts) - min(starts)) / 1000 if starts else 0.0


def visit(browser, url: str, charts: int) -> dict:
    """One fresh visitor opening `url`: ms to the first chart and to drawn-and-idle, and bytes received."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(MARKS_JS)
        received = [0]
        page.on("websocket", lambda ws: ws.on("framereceived", lambda frame: received.__setitem__(
            0, received[0] + len(frame))))
        page.goto(url)
        page.wait_for_function(DRAWN_JS, arg=[charts, QUIET_MS], timeout=120_000, polling=100)
        marks = page.evaluate("window.__marks")
        return {"first": marks["first"] / 1000 if marks["first"] else None, "idle": marks["last"] / 1000,
                "bytes": received[0], "probe": deep_link_probe(page)}
    finally:
        context.close()


def compare_in_browser(repeat: int, app: Path = ROOT) -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, FLAGS, running_server

    with (running_server(cwd=app) as ours, running_server(str(PLAIN_APPS / "text_page.py")) as text,
          running_server(str(PLAIN_APPS / "nine_charts.py")) as charts, sync_playwright() as p):
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        targets = {"": (f"{ours}/", 0), "charts": (f"{ours}/charts", CHARTS),
                   "text_page.py": (text, 0), "nine_charts.py": (charts, CHARTS)}
        for url, charts_on_page in targets.values():
            visit(browser, url, charts_on_page)  # warm-up: each server's first run imports what visits share
        runs = {name: [] for name in targets}
        pairs = (("", "text_page.py"), ("charts", "nine_charts.py"))
        for i in range(repeat):
            for pair in pairs:  # CrampLog and its plain app alternately, taking turns at going first
                for name in (pair if i % 2 == 0 else pair[::-1]):
                    runs[name].append(visit(browser, *targets[name]))
        browser.close()
    _print_browser(runs, repeat)


def _print_browser(runs: dict, repeat: int) -> None:
    med = statistics.median
    print(f"In Chromium, fresh visitor each time; medians of {repeat} visits, CrampLog and plain app alternately")
    print("(range: where the median ratio lies, with the confidence the number of visits allows)")
    print(f"{'page or job':<34}{'CrampLog':>10}{'plain app':>11}{'ratio':>8}  {'range':<18}{'aim':>5}  "
          "paired ratios")
    for label, ours, plain, _, mark, aim in COMPARISONS:
        ratios = sorted(a[mark] / b[mark] for a, b in zip(runs[ours], runs[plain]))
        ratio, (low, high, sure) = med(ratios), median_range(ratios)
        print(f"{label:<34}{med(r[mark] for r in runs[ours]):>8.2f} s{med(r[mark] for r in runs[plain]):>9.2f} s"
              f"{ratio:>7.2f}x  {f'{low:.2f}-{high:.2f} ({sure:.0%})':<18}{aim:>4g}x  "
              f"{'met' if ratio <= aim else 'NOT MET':<8}" + ", ".join(f"{r:.2f}" for r in ratios))
    _print_probe(runs["charts"], runs["nine_charts.py"])
    for ours, plain in (("", "text_page.py"), ("charts", "nine_charts.py")):
        print(f"bytes received: CrampLog /{ours} {med(r['bytes'] for r in runs[ours]) / 1e3:,.0f} kB, "
              f"plain {plain} {med(r['bytes'] for r in runs[plain]) / 1e3:,.0f} kB")


def _print_probe(ours: list[dict], plain: list[dict]) -> None:
    """How much of the Charts ratio is Streamlit finding its server from the deep link /charts (the plain app is
    opened at /): for reference only; the aims are for the visit as a visitor has it."""
    med = statistics.median
    net = med((a["idle"] - a["probe"]) / b["idle"] for a, b in zip(ours, plain))
    print(f"of which Streamlit's deep-link probe (/charts/_stcore/health: 404, then the root): median "
          f"{med(r['probe'] for r in ours) * 1000:.0f} ms for CrampLog's Charts, {med(r['probe'] for r in plain) * 1000:.0f}"
          f" ms for the plain app at /; Charts drawn and idle without it: {net:.2f}x (for reference)")


def server_figures(rows: int, repeats: int) -> None:
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # bare-mode warnings are noise here
    diary = SessionDiary(big_diary(rows), f"benchmark diary ({rows:,} entries)", False)
    print(f"diary: {len(diary.df):,} entries, {diary.df['date'].nunique()} days")
    print(f"{'page':<20}{'rerun':>9}{'new filter':>12}{'bytes sent':>13}{'charts':>8}  verdict")
    for page in PAGES:
        rerun, fresh, size, figures = measure(page, diary, repeats)
        ok = max(rerun, fresh) <= TIME_BAR_S and size <= BYTES_BAR
        print(f"{page:<20}{rerun:>7.3f} s{fresh:>10.3f} s{size / 1e6:>10.3f} MB{figures:>8}  "
              f"{'within' if ok else 'OVER'} the bars ({TIME_BAR_S:g} s, {BYTES_BAR / 1e6:g} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=25, help="paired visits per page (25: a median to about "
                        "±0.02; 5 moves by about ±0.05 from run to run on a 2-core machine)")
    parser.add_argument("--server", action="store_true", help="also the server-side figures (AppTest)")
    parser.add_argument("--server-only", action="store_true", help="only the server-side figures")
    parser.add_argument("--rows", type=int, default=100_000, help="entries in the server-side figures' diary")
    parser.add_argument("--app", type=Path, default=ROOT, help="the CrampLog checkout to serve (e.g. an older "
                        "commit's, for a before-and-after)")
    args = parser.parse_args()
    if not args.server_only:
        compare_in_browser(args.repeat, args.app.resolve())
    if args.server or args.server_only:
        server_figures(args.rows, args.repeat)


if __name__ == "__main__":
    main()
