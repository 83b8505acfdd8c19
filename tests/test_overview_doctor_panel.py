"""The overview's doctor panel looks at the entries the dashboard filters chose."""
from cramplog.analyse import doctor
from cramplog.diary import demo
from cramplog.schema import make_diary
from tests.helpers import page_text, refilter
from ui.state import DIARY_KEY, SessionDiary

PAGE = "pages/overview.py"
LONG = "Some cramps lasted longer than 10 minutes"  # the demo's long cramps are all in the calf


def test_panel_lists_the_demo_reasons_and_follows_the_region_filter(open_page):
    at = open_page(PAGE)
    assert not at.exception, at.exception
    text = page_text(at)
    for reason in doctor.see_a_doctor(demo.load_demo()):
        assert reason.reason in text
    assert LONG in text
    refilter(at, regions=["foot"])
    assert not at.exception, at.exception
    text = page_text(at)
    assert LONG not in text  # the calf entries are filtered out
    assert "Entries looked at:" in text and "foot" in text


QUIET = {"location": "calf", "duration_min": 2, "severity": 4, "context": "after activity", "trigger": "exercise",
         "remedy": "stretching", "remedy_helped": "yes", "twitching": False, "weakness": False, "numbness": False,
         "swelling": False}


def test_panel_with_a_quiet_diary_says_so_calmly(open_page):
    df = make_diary([{**QUIET, "date": d} for d in ("2026-03-02", "2026-03-09", "2026-03-16")])
    at = open_page(PAGE, state={DIARY_KEY: SessionDiary(df, "mine.csv", False)})
    assert not at.exception, at.exception
    assert doctor.wording("none_apply") in page_text(at)
    assert doctor.wording("not_checked_title") not in page_text(at)
    assert not at.error and not at.success


def test_panel_says_what_it_could_not_check_and_why(open_page):
    """Issue 23, item 6: three night cramps in four days, no durations: not "none of the usual reasons"."""
    rows = [{**QUIET, "date": d, "context": "asleep", "duration_min": None} for d in ("2026-03-02", "2026-03-03",
                                                                                   "2026-03-05")]
    at = open_page(PAGE, state={DIARY_KEY: SessionDiary(make_diary(rows), "mine.csv", False)})
    text = page_text(at)
    assert doctor.wording("none_apply") not in text and doctor.wording("none_checked") in text
    assert "Cramps that disturb sleep: needs at least 2 weeks; your diary covers 4 days." in text
    assert "Cramps over 10 minutes: no durations recorded." in text
