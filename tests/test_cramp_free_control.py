"""The log page's "No cramps on these days": one tap marks a recent day cramp-free, another unmarks it, and the
rates then count over the kept days."""
from __future__ import annotations

import datetime as dt

from cramplog.analyse.summary import summarise
from cramplog.base import days
from cramplog.schema import make_diary
from tests.helpers import page_text
from ui.state import DIARY_KEY, SessionDiary

PAGE = "pages/log.py"
TODAY = dt.date.today()


def _pills(at):
    return next(p for p in at.pills if p.label == "No cramps on these days")


def _own() -> SessionDiary:
    records = [{"date": (TODAY - dt.timedelta(days=n)).isoformat(), "location": "calf"} for n in (3, 20)]
    return SessionDiary(make_diary(records), "mine.csv", False)


def test_marking_days_counts_them_and_a_second_tap_unmarks(open_page):
    at = open_page(PAGE, {DIARY_KEY: _own()})
    before = summarise(at.session_state[DIARY_KEY].df)
    assert before["days_kept"] is None and before["days_covered"] == 18
    offered = _pills(at).options
    assert offered[:2] == ["Today", "Yesterday"] and len(offered) == 6  # the day with a cramp is not offered
    _pills(at).set_value([TODAY, TODAY - dt.timedelta(days=1)]).run()
    assert not at.exception
    df = at.session_state[DIARY_KEY].df
    assert [d.date() for d in days.cramp_free(df)] == [TODAY - dt.timedelta(days=1), TODAY]
    after = summarise(df)
    assert after["days_kept"] == 4 and after["days_covered"] == 21  # the span reaches today
    assert "Kept on 4 of 21 days; 1 gap (16 days)" in summarise_text(df)
    _pills(at).set_value([TODAY]).run()
    assert [d.date() for d in days.cramp_free(at.session_state[DIARY_KEY].df)] == [TODAY]


def test_marking_a_day_on_the_demo_starts_your_own_diary(open_page):
    at = open_page(PAGE)
    assert at.session_state[DIARY_KEY].is_demo
    _pills(at).set_value([TODAY]).run()
    assert not at.exception
    diary = at.session_state[DIARY_KEY]
    assert not diary.is_demo and len(diary.df) == 0 and days.has_kept_days(diary.df)
    assert "demo diary has been put away" in page_text(at)


def summarise_text(df) -> str:
    from cramplog.present.summary_text import format_summary
    return format_summary(summarise(df))
