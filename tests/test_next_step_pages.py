"""Issue 18 item 4 and issue 23 item 5: "When to see a doctor" puts what needs a doctor straight away first,
with links to check the diary and to the doctor's summary; "What you can do now" covers self-care, medicines,
getting ready and when not to wait, from the evidence notes, and never suggests a medicine or dose."""
from __future__ import annotations

from cramplog.present import content
from tests.helpers import outline
from ui.notes import NOT_A_DIAGNOSIS


def test_see_a_doctor_puts_straight_away_first_and_links_to_the_diary_and_summary(open_page):
    at = open_page("pages/see_a_doctor.py")
    assert not at.exception, at.exception
    items = [i for i in outline(at) if i[0] != "caption"]
    assert items[0][0] == "title"
    first = items[1:]
    assert first[0] == ("header", "See a doctor straight away if")  # before the base rate, right under the title
    lead = [kind for kind, _ in first].index("info")
    assert first[lead] == ("info", NOT_A_DIAGNOSIS) and first[lead - 2] == ("header", content.section(
        "base_rate", "base_rate").heading)  # then the base rate and the not-a-diagnosis note
    now = first[1][1].lower()
    for sign in ("chest", "arms", "belly", "weakness", "numbness", "twitch", "body fluid"):
        assert sign in now, sign
    assert "usually harmless" in now  # the reassurance beside twitching on its own
    links = [(e.proto.label, e.proto.page) for e in at.get("page_link")]
    assert [label for label, _ in links[:2]] == ["Check my diary", "Make a summary for my doctor"]
    headers = [t for kind, t in first if kind == "header" and "numbers" not in t]
    assert headers[:3] == ["See a doctor straight away if", "See a doctor within a day or two if",
                           "Book an ordinary appointment if"]


def test_the_check_my_diary_link_opens_the_doctor_panel(open_page):
    at = open_page("pages/see_a_doctor.py")
    at.switch_page("pages/overview.py").run()
    assert not at.exception and "When to see a doctor" in [h.value for h in at.header]


def test_what_you_can_do_now_covers_the_next_step(open_page):
    at = open_page("pages/next_step.py")
    assert not at.exception, at.exception
    text = " ".join(t for _, t in outline(at))
    for words in ("Stretch the muscle", "not weakness", "take too long to work while a cramp lasts", "before bed",
                  "Quinine", "serious blood problems", "Magnesium is unlikely", "Mexiletine",
                  "never suggests a medicine or a dose", "Bring your CrampLog summary", "new medication", "alcohol",
                  "strength and reflexes", "wasting", "records the electrical activity of muscles",
                  "Nerve conduction studies", "normal examination is good news", "Don't wait"):
        assert words in text, words
    assert "mg" not in text.split()  # no dose anywhere
    assert [e.proto.label for e in at.get("page_link")] == ["Make a summary for my doctor", "When to see a doctor"]
