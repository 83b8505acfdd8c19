"""Helpers shared by test modules: where things are, what a page says, small diaries and the source texts.

Fixtures live in conftest.py; everything a test module imports from another lives here, so no test
module imports another.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from cramplog.read.load import load_diary
from cramplog.schema import make_diary
from ui.filters import FOLD_KEY
from ui.state import DIARY_KEY, SessionDiary

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "tests" / "fixtures" / "formats"
OVERVIEW, CHARTS, COMPARE, REPORT = "pages/overview.py", "pages/charts.py", "pages/compare.py", "pages/report.py"

# The app's pages as the navigation lists them: (file, title).
PAGES = [
    ("pages/home.py", "Home"),
    ("pages/als_cramps.py", "What ALS cramps feel like"),
    ("pages/compare.py", "ALS cramps vs common cramps"),
    ("pages/other_signs.py", "Other signs of ALS"),
    ("pages/see_a_doctor.py", "When to see a doctor"),
    ("pages/next_step.py", "What you can do now"),
    ("pages/my_diary.py", "Load your diary"),
    ("pages/log.py", "Log a cramp"),
    ("pages/overview.py", "Overview"),
    ("pages/charts.py", "Charts"),
    ("pages/report.py", "Doctor summary & download"),
    ("pages/sources.py", "Sources"),
]

# --- the source texts (not part of the repository) ---------------------------------------------------
SOURCES_VARIABLE = "CRAMPLOG_SOURCES"
DEFAULT_SOURCES = ROOT.parent / "shared" / "source"


def sources_dir() -> Path:
    """The folder holding the source article and evidence notes: $CRAMPLOG_SOURCES, else ../shared/source."""
    return Path(os.environ.get(SOURCES_VARIABLE) or DEFAULT_SOURCES)


def source_text(name: str, checks: str) -> str:
    """A source text's content. Where it is absent the calling test skips, saying what it `checks` and how
    to enable it; under CI (`CI` set) an absent source is a failure, so these checks never vanish silently."""
    path = sources_dir() / name
    if path.is_file():
        return path.read_text(encoding="utf-8")
    reason = (f"{name} not found in {sources_dir()}: this test {checks}. To run it, point "
              f"{SOURCES_VARIABLE} at the folder that holds article.txt and evidence.md.")
    if os.environ.get("CI"):
        pytest.fail(f"source texts must be present in CI: {reason}")
    pytest.skip(reason)


# --- what a page shows ----------------------------------------------------------------------------------
def page_text(at: AppTest) -> str:
    """All the text a user reads on the page: markdown, headings, captions, alerts."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "success", "error"):
        parts += [str(getattr(e, "value", "")) for e in getattr(at, kind)]
    return as_read("\n".join(parts))


def as_read(markdown: str) -> str:
    """Markdown as the reader sees it: an escaped colon (ui.notes.markdown_text) shows as ":"."""
    return markdown.replace("\\:", ":")


def outline(at) -> list[tuple[str, str]]:
    """The main area in reading order: (kind, text) for every element, tabs and their contents included."""
    items = []

    def walk(node):
        kids = getattr(node, "children", None)
        if kids is None:
            value = getattr(node, "value", "")
            text = value.to_string() if hasattr(value, "to_string") else str(value)
            items.append((type(node).__name__.lower(), text))
            return
        if getattr(node, "type", "") == "tab":
            items.append(("tab", node.label))
        for key in sorted(kids):
            walk(kids[key])

    walk(at.main)
    return items


def upload_to(open_page, page: str, name: str, data: bytes) -> AppTest:
    """Open `page` and upload `data` as the file `name`; the page must not raise."""
    at = open_page(page)
    at.file_uploader[0].upload(name, data, "text/csv").run()
    assert not at.exception, at.exception
    return at


def tiles(html: str) -> dict[str, str]:
    """The report's key-number tiles, {label: value}."""
    pairs = re.findall(r'class="num">\s*(.*?)\s*</div>\s*<div class="lbl">\s*(.*?)\s*</div>', html)
    return {label: value for value, label in pairs}


def takeaway(at, starts: str) -> str:
    """The bold one-line takeaway on the Charts page that starts with `starts`."""
    shown = [as_read(m.value) for m in at.markdown]
    found = [value.strip("*") for value in shown if value.startswith("**" + starts)]
    assert len(found) == 1, [m.value for m in at.markdown if m.value.startswith("**")]
    return found[0]


def metrics(at) -> dict:
    return {m.label: m for m in at.metric}


def open_filters(at):
    """Unfold the dashboard's filters, as a click on them does (folded, their pickers are not drawn). AppTest
    does not carry a fold's state from run to run, so this holds for the next run only."""
    at.session_state[FOLD_KEY] = True
    return at.run()


def refilter(at, regions: list[str] | None = None, dates: tuple | None = None, button: str | None = None):
    """Choose body regions, dates or press a button in the dashboard's filters, unfolding them first."""
    open_filters(at)
    if regions is not None:
        at.multiselect(key="dashboard_regions").set_value(regions)
    if dates is not None:
        at.date_input(key="dashboard_range").set_value(dates)
    if button is not None:
        next(b for b in at.button if b.label == button).click()
    at.session_state[FOLD_KEY] = True
    return at.run()


def set_range(at, first: str, last: str):
    return refilter(at, dates=(dt.date.fromisoformat(first), dt.date.fromisoformat(last)))


# --- small diaries ----------------------------------------------------------------------------------------
def own(rows: list[dict]) -> dict:
    """Session state holding `rows` as the user's own diary (not the demo)."""
    return {DIARY_KEY: SessionDiary(make_diary(rows), "mine.csv", False)}


def every_rule_diary() -> pd.DataFrame:
    """A diary that meets every doctor rule, so every rule's source is shown: two weeks of five cramps each."""
    mon = pd.Timestamp("2026-01-05")
    rows = [{"date": mon, "location": "calf", "duration_min": 12, "context": "asleep", "trigger": "new medication",
             "remedy_helped": "no", "severity": 9},
            {"date": mon + pd.Timedelta(days=1), "location": "forearm", "context": "asleep", "trigger": "alcohol",
             "twitching": True, "weakness": True, "numbness": True, "swelling": True, "remedy": "stretching",
             "remedy_helped": "no", "severity": 9},
            {"date": mon + pd.Timedelta(days=2), "location": "back", "context": "asleep", "trigger": "dehydration",
             "remedy": "stretching", "remedy_helped": "no", "severity": 9},
            {"date": mon + pd.Timedelta(days=3), "location": "calf", "context": "at rest", "trigger": "none"},
            {"date": mon + pd.Timedelta(days=4), "location": "calf", "context": "at rest", "trigger": "none"}]
    rows += [{**r, "date": r["date"] + pd.Timedelta(weeks=1)} for r in rows]
    return make_diary([{**r, "date": r["date"].date().isoformat()} for r in rows])


# --- other apps' exports -------------------------------------------------------------------------------
def load(name: str, **choices):
    """A format fixture from tests/fixtures/formats, loaded."""
    return load_diary((FORMATS / name).read_bytes(), **choices)


def accounted(r) -> bool:
    """Every row read is loaded, rejected or skipped, and the skips add up."""
    return (r.rows_read == r.rows_loaded + r.rows_rejected + r.rows_skipped
            and r.rows_skipped == sum(r.skipped.values()) and len(r.df) == r.rows_loaded == len(r.lines))


# --- files --------------------------------------------------------------------------------------------------
def files_containing(marker: bytes, roots, since: float) -> list[str]:
    """Files under `roots` changed since `since` whose bytes hold `marker` (.git left out)."""
    hits = []
    for root in roots:
        for folder, _, names in os.walk(root):
            if ".git" in Path(folder).parts:
                continue
            for name in names:
                path = Path(folder, name)
                try:
                    if path.stat().st_mtime >= since and marker in path.read_bytes():
                        hits.append(str(path))
                except OSError:
                    continue
    return hits
