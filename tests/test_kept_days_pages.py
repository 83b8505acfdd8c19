"""Issue 19 on the pages: a diary that marks cramp-free days, and one that holds nothing but such days, render on
every page; the Overview and Charts say which days the numbers are over."""
from __future__ import annotations

import pytest

from cramplog.base import days
from cramplog.read.load import load_diary
from cramplog.schema import make_diary
from tests import kept_cases
from tests.helpers import PAGES, page_text
from ui.state import DIARY_KEY, SessionDiary


def _forty() -> SessionDiary:
    return SessionDiary(load_diary(kept_cases.bearable_40_of_200().encode()).df, "bearable.csv", False)


def _only_free_days() -> SessionDiary:
    return SessionDiary(days.mark(make_diary([]), "2026-03-02"), "mine", False)


@pytest.mark.parametrize("path", [p for p, _ in PAGES])
@pytest.mark.parametrize("diary", [_forty, _only_free_days], ids=["40 of 200", "cramp-free days only"])
def test_pages_render_with_kept_days(open_page, path, diary):
    at = open_page(path, {DIARY_KEY: diary()})
    assert not at.exception, at.exception


def test_overview_says_which_days_it_counted(open_page):
    text = page_text(open_page("pages/overview.py", {DIARY_KEY: _forty()}))
    assert "Kept on 40 of 200 days; 1 gap (121 days); rates are over the kept days." in text
    assert "Counted over every day from your first to your last entry" in page_text(open_page("pages/overview.py"))


def test_charts_count_over_kept_days(open_page):
    at = open_page("pages/charts.py", {DIARY_KEY: _forty()})
    assert "10 cramps over 40 kept days, about 1.8 a week" in page_text(at)
    assert "Cramps were noted on 10 of 40 kept days" in page_text(at)
