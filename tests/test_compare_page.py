"""The comparison page with the user's own column and the doctor panel, for the demo and a minimal diary."""
import pandas as pd

from cramplog.analyse import doctor
from cramplog.diary import demo
from cramplog.present import content
from cramplog.present.your_diary import your_column
from cramplog.schema import make_diary
from tests.conftest import page_text
from ui.state import DIARY_KEY, SessionDiary

PAGE = "pages/compare.py"


def table(at) -> pd.DataFrame:
    return at.table[0].value


def test_demo_diary_gets_three_columns_with_its_own_numbers(open_page):
    at = open_page(PAGE)
    assert not at.exception, at.exception
    shown = table(at)
    for heading in ("Common cramps", "With ALS / motor neuron disease", "Your diary"):
        assert heading in shown.columns
    expected = your_column(demo.load_demo())
    assert list(shown["Your diary"]) == [expected[i] for i in content.COMPARISON_IDS]
    text = page_text(at)
    assert "cannot tell ALS from common cramps" in text
    assert "demo diary" in text  # labelled as synthetic
    for reason in doctor.see_a_doctor(demo.load_demo()):
        assert reason["reason"] in text and reason["source"] in text


def minimal_page(open_page, rows):
    df = make_diary(rows)
    return open_page(PAGE, state={DIARY_KEY: SessionDiary(df, "mine.csv", False)})


def test_minimal_diary_says_what_was_not_recorded(open_page):
    at = minimal_page(open_page, [{"date": "2026-02-02", "location": "calf"},
                                  {"date": "2026-02-03", "location": "foot"}])
    assert not at.exception, at.exception
    yours = dict(zip(content.COMPARISON_IDS, table(at)["Your diary"]))
    assert yours["where"].startswith("2 of 2 entries with a place noted (100%)")
    assert yours["duration"] == yours["twitching"] == "Not recorded in your diary."
    text = page_text(at)
    assert "mine.csv" in text and "demo diary" not in text
    assert doctor.none_apply_text() in text  # nothing in this log meets a rule


def test_doctor_panel_follows_the_log(open_page):
    at = minimal_page(open_page, [{"date": "2026-02-02", "location": "forearm", "duration_min": 14,
                                   "weakness": True}])
    text = page_text(at)
    assert "Some cramps lasted longer than 10 minutes" in text
    assert "You noted weakness" in text
    assert "Some cramps were in the chest, an arm or hand, or the belly" in text
    assert "1 entry in your diary" in text and 'NHS "Leg cramps"' in text
    assert not at.error and not at.success  # neutral styling: no alarm red, no all-clear green
    assert doctor.none_apply_text() not in text
    assert "new medicine" not in text.lower()
