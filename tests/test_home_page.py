"""Home answers the question people come with (issue 23 item 2, issue 18 item 5) and speaks about the diary
actually shown (issue 23 item 3)."""
from __future__ import annotations

from cramplog.present import content
from cramplog.schema import make_diary
from tests.helpers import outline, page_text
from ui.keeping.state import KEY, KeepState
from ui.notes import NOT_A_DIAGNOSIS
from ui.state import DIARY_KEY, SessionDiary

DEMO_WORDS = ("A made-up demo diary is already loaded", "Look around with the demo diary")


def _own(name: str = "mine.csv") -> dict:
    return {DIARY_KEY: SessionDiary(make_diary([{"date": "2026-03-01"}] * 3), name, False)}


def test_home_opens_with_the_base_rate_then_two_ways_on(open_page):
    at = open_page("pages/home.py")
    assert not at.exception, at.exception
    items = [i for i in outline(at) if i[0] != "caption"]
    lead = content.section("home", "lead")
    assert items[0][0] == "title" and items[1] == ("header", lead.heading)
    first_box = items[2][1]
    assert "1 in 4" in first_box and "4 in every 100,000" in first_box
    assert "95%" not in first_box  # the ALS figure comes after the base rate, never first
    assert [kind for kind, _ in items[3:5]] == ["pagelink", "pagelink"]  # straight under the first box
    assert items[5] == ("info", NOT_A_DIAGNOSIS)
    links = [(e.proto.page, e.proto.label) for e in at.get("page_link")]
    assert [label for _, label in links[:2]] == ["Should I see a doctor?", "Log a cramp"]
    assert "see_a_doctor" in links[0][0] and "log" in links[1][0]


def test_the_95_percent_comes_after_with_the_registry_figure_explained(open_page):
    text = page_text(open_page("pages/home.py"))
    assert text.index("4 in every 100,000") < text.index("95%") < text.index("56.7%")
    registry = text[text.index("56.7%"):][:300]
    assert "different" in registry and "question" in registry and "(Raymond 2019)" in registry


def test_als_is_explained_on_home_before_its_figures(open_page):
    text = page_text(open_page("pages/home.py"))
    explained = text.index("ALS (amyotrophic lateral sclerosis")
    assert "motor neurone disease" in text[explained:explained + 200]
    assert explained < text.index("95%")


def test_home_with_the_demo_invites_a_look_around_the_demo(open_page):
    text = page_text(open_page("pages/home.py"))
    assert DEMO_WORDS[0] in text
    assert DEMO_WORDS[1] in [e.proto.label for e in open_page("pages/home.py").get("page_link")]


def test_home_with_the_persons_own_diary_speaks_about_it_not_the_demo(open_page):
    at = open_page("pages/home.py", _own())
    text = page_text(at)
    labels = [e.proto.label for e in at.get("page_link")]
    assert not any(words in text or words in labels for words in DEMO_WORDS)
    assert "Your own diary is loaded (mine.csv, 3 entries)" in text
    assert "See your diary's overview" in labels and "Make a summary for your doctor" in labels


def test_home_after_a_kept_diary_came_back_says_it_is_the_kept_one(open_page):
    text = page_text(open_page("pages/home.py", {**_own("My diary (kept)"), KEY: KeepState(on=True, answered=True)}))
    assert "Your own diary is loaded (kept in this browser, 3 entries)" in text
    assert DEMO_WORDS[0] not in text


def test_the_note_on_every_page_reads_right_to_someone_already_diagnosed():
    """Issue 23 item 8: "Most cramps are harmless" alone reads wrongly to a person living with ALS."""
    assert "Most cramps are harmless." not in NOT_A_DIAGNOSIS
    assert "For most people cramps are harmless" in NOT_A_DIAGNOSIS
    assert "if you already have a diagnosis, your care team can help with cramps too" in NOT_A_DIAGNOSIS
