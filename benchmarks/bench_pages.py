"""How the dashboard pages cope with a 100,000-entry diary.

Prints, for each dashboard page, the server-side script time with the diary already in the session
(bar: 1 s) and the bytes the page sends to the browser (bar: 1 MB), whatever the diary's size.

Time: the median of several `AppTest.run()` calls after a warm run, so imports and first-run costs
are left out, as they are for a user who is already looking at the app. "rerun" is a rerun with the
session's chart cache filled (any click that leaves the filters alone); "new filter" empties the
cache before each run, which is what a changed filter costs (all charts rebuilt).
Bytes: the serialized size of every element the page sends (Streamlit's protobuf messages, which
hold the plotly figure JSON and the dataframes' Arrow bytes). This is the payload of the websocket
messages, without their small framing.

Run: python benchmarks/bench_pages.py [--rows 100000]
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

from cramplog.diary.demo import load_demo  # noqa: E402
from ui.state import DIARY_KEY, SessionDiary  # noqa: E402

PAGES = ("pages/overview.py", "pages/charts.py")
TIME_BAR_S, BYTES_BAR = 1.0, 1_000_000


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


def main() -> None:
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # bare-mode warnings are noise here
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    diary = SessionDiary(big_diary(args.rows), f"benchmark diary ({args.rows:,} entries)", False)
    print(f"diary: {len(diary.df):,} entries, {diary.df['date'].nunique()} days")
    print(f"{'page':<20}{'rerun':>9}{'new filter':>12}{'bytes sent':>13}{'charts':>8}  verdict")
    for page in PAGES:
        rerun, fresh, size, figures = measure(page, diary, args.repeats)
        ok = max(rerun, fresh) <= TIME_BAR_S and size <= BYTES_BAR
        print(f"{page:<20}{rerun:>7.3f} s{fresh:>10.3f} s{size / 1e6:>10.3f} MB{figures:>8}  "
              f"{'within' if ok else 'OVER'} the bars ({TIME_BAR_S:g} s, {BYTES_BAR / 1e6:g} MB)")


if __name__ == "__main__":
    main()
