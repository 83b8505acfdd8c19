"""The comparison page: what decides before the table, cards first, the user's diary in its own block."""
import pandas as pd

from cramplog.analyse import doctor
from cramplog.diary import demo
from cramplog.present import content
from cramplog.present.your_diary import your_column
from cramplog.schema import make_diary
from tests.helpers import outline, page_text
from ui.notes import NOT_A_DIAGNOSIS
from ui.state import DIARY_KEY, SessionDiary

PAGE = "pages/compare.py"


def comparison(at) -> pd.DataFrame:
    (table,) = [t.value for t in at.table if "Common cramps" in t.value.columns]
    return table


def yours_table(at) -> pd.DataFrame:
    (table,) = [t.value for t in at.table if content.YOURS_COLUMN in t.value.columns]
    return table


def position(items: list[tuple[str, str]], kind: str, text: str) -> int:
    return next(i for i, (k, t) in enumerate(items) if k == kind and t.startswith(text))


def test_what_decides_and_the_weaker_evidence_come_before_the_table_and_cards_open_first(open_page):
    at = open_page(PAGE)
    assert not at.exception, at.exception
    items = outline(at)
    base_rate = content.section("base_rate", "base_rate").heading
    tabs = [t for k, t in items if k == "tab"]
    assert tabs[0] == "One feature at a time"  # the first tab is the one that opens, on a phone too
    first_tab = position(items, "tab", "One feature at a time")
    assert position(items, "header", base_rate) < position(items, "info", NOT_A_DIAGNOSIS[:40]) < first_tab
    assert position(items, "header", "What decides") < first_tab
    assert position(items, "header", "Where the evidence is weaker") < first_tab
    # the cards sit in the first tab, the wide table in the second
    cards = [i for i, (k, t) in enumerate(items) if k == "markdown" and t.startswith("### ")]
    table_at = next(i for i, (k, t) in enumerate(items) if k == "table" and "Common cramps" in t)
    assert len(cards) == len(content.COMPARISON_IDS) and first_tab < cards[0] < cards[-1] < table_at
    # "Your diary" is a block of its own after the evidence, not a column beside "With ALS"
    assert content.YOURS_COLUMN not in comparison(at).columns
    yours_at = position(items, "header", content.YOURS_COLUMN)
    assert yours_at > table_at
    # the median is explained before the diary's cells use the word
    yours_table_at = next(i for i, (k, t) in enumerate(items) if k == "table" and content.YOURS_COLUMN in t)
    assert yours_at < position(items, "caption", "Your own numbers") < yours_table_at


def test_demo_diary_gets_its_own_block_with_its_own_numbers(open_page):
    at = open_page(PAGE)
    assert not at.exception, at.exception
    shown = yours_table(at)
    assert list(shown.columns) == ["Feature", content.YOURS_COLUMN]
    expected = your_column(demo.load_demo())
    assert list(shown[content.YOURS_COLUMN]) == [expected[i] for i in content.COMPARISON_IDS]
    text = page_text(at)
    assert "cannot tell ALS from common cramps" in text
    assert "demo diary" in text  # labelled as synthetic
    assert "A median is the middle value" in text  # the your-diary cells say "Median ..."
    for reason in doctor.see_a_doctor(demo.load_demo()):
        assert reason.reason in text and reason.source in text


def minimal_page(open_page, rows):
    df = make_diary(rows)
    return open_page(PAGE, state={DIARY_KEY: SessionDiary(df, "mine.csv", False)})


def test_minimal_diary_says_what_was_not_recorded(open_page):
    at = minimal_page(open_page, [{"date": "2026-02-02", "location": "calf"},
                                  {"date": "2026-02-03", "location": "foot"}])
    assert not at.exception, at.exception
    yours = dict(zip(content.COMPARISON_IDS, yours_table(at)[content.YOURS_COLUMN]))
    assert yours["where"].startswith("2 of 2 entries with a place noted (100%)")
    assert yours["duration"] == yours["twitching"] == "Not recorded in your diary."
    text = page_text(at)
    assert "mine.csv" in text and "demo diary" not in text
    # nothing in this log meets a rule, but it cannot answer most: never "none of the usual reasons" (issue 23)
    assert doctor.wording("none_checked") in text and doctor.wording("none_apply") not in text
    assert "Cramps over 10 minutes: no durations recorded." in text


def test_doctor_panel_follows_the_log(open_page):
    at = minimal_page(open_page, [{"date": "2026-02-02", "location": "forearm", "duration_min": 14,
                                   "weakness": True}])
    text = page_text(at)
    assert "Some cramps lasted longer than 10 minutes" in text
    assert "You noted weakness that was still there the next day" in text
    assert "Some cramps were in the chest, an arm or the belly" in text
    assert "1 entry in your diary" in text and "Source: NHS Leg cramps" in text
    assert not at.error and not at.success  # neutral styling: no alarm red, no all-clear green
    assert doctor.wording("none_apply") not in text and doctor.wording("none_checked") not in text
    assert "Some cramps came after starting a new medication" not in text
    # most urgent first: the arm and the weakness (straight away) before the long cramp (a GP visit)
    assert "See a doctor straight away" in text and "Book an ordinary appointment" in text
    assert text.index("the belly") < text.index("Some cramps lasted longer than 10 minutes")


def test_widespread_cramps_are_a_reason_in_the_panel(open_page):
    at = minimal_page(open_page, [{"date": "2026-02-02", "location": "calf"}, {"date": "2026-02-03", "location": "hand"},
                                  {"date": "2026-02-04", "location": "back"}])
    text = page_text(at)
    assert "3 or more parts of the body" in text and "3 entries in your diary" in text
