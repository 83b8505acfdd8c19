"""The overview's doctor panel looks at the entries the dashboard filters chose."""
from cramplog.analyse import doctor
from cramplog.diary import demo
from cramplog.schema import make_diary
from tests.helpers import page_text
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
    at.multiselect(key="dashboard_regions").set_value(["foot"]).run()
    assert not at.exception, at.exception
    text = page_text(at)
    assert LONG not in text  # the calf entries are filtered out
    assert "Entries looked at:" in text and "foot" in text


def test_panel_with_a_quiet_diary_says_so_calmly(open_page):
    df = make_diary([{"date": "2026-03-02", "location": "calf", "duration_min": 2}])
    at = open_page(PAGE, state={DIARY_KEY: SessionDiary(df, "mine.csv", False)})
    assert not at.exception, at.exception
    assert doctor.none_apply_text() in page_text(at)
    assert not at.error and not at.success
