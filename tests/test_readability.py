"""Issue 18, item 5: every Learn page and the doctor panel read at US grade 8 or below (Flesch-Kincaid, our
own small implementation in tests/readability.py), measured on the text a reader sees; the grades are printed
(run with -s, or see the captured output) so a writer sees where a page stands."""
from __future__ import annotations

import json

import pytest

from cramplog.analyse import doctor
from cramplog.present import content, doctor_text
from tests.helpers import every_rule_diary, page_text
from tests.readability import grade, longest_sentence
from ui.state import DIARY_KEY, SessionDiary

LEARN = ["pages/als_cramps.py", "pages/compare.py", "pages/other_signs.py", "pages/see_a_doctor.py",
         "pages/next_step.py"]
MAX_GRADE = 8.0
MAX_WORDS = 35  # no sentence of 55 words again


def test_the_measure_tells_easy_from_hard_text():
    easy = "The cat sat on the mat. It was warm. The dog ran to the door."
    hard = ("Electromyographic investigation of fasciculation potentials demonstrates considerable "
            "heterogeneity, necessitating comprehensive neurophysiological interpretation.")
    assert grade(easy) < 3 < MAX_GRADE < grade(hard)


def _main_text(at) -> str:
    """What the page shows below the frame, without tables (the comparison table is read cell by cell)."""
    return page_text(at)


@pytest.mark.parametrize("page", LEARN)
def test_learn_pages_read_at_grade_8_or_below(open_page, page):
    at = open_page(page)
    assert not at.exception, at.exception
    text = _main_text(at)
    level, longest = grade(text), longest_sentence(text)
    print(f"\nreading level {page}: grade {level}, longest sentence {longest} words")
    assert level <= MAX_GRADE and longest <= MAX_WORDS


@pytest.mark.parametrize("page", ["base_rate", "als_cramps", "compare", "other_signs", "see_a_doctor", "next_step"])
def test_the_prose_of_each_learn_page_reads_at_grade_8_or_below(page):
    """The points alone, without headings and link labels (which would make the page look easier than it reads)."""
    learn = json.loads(content.LEARN_PATH.read_text(encoding="utf-8"))
    text = " ".join(p["text"] for s in learn[page] for p in s["points"])
    level, longest = grade(text), longest_sentence(text)
    print(f"\nreading level of the {page} prose: grade {level}, longest sentence {longest} words")
    assert level <= MAX_GRADE and longest <= MAX_WORDS


def test_the_comparison_cards_read_at_grade_8_or_below():
    cards = "\n".join(content.comparison_cards(content.comparison_table()))
    level, longest = grade(cards), longest_sentence(cards)
    print(f"\nreading level of the comparison cards: grade {level}, longest sentence {longest} words")
    assert level <= MAX_GRADE and longest <= MAX_WORDS


def test_the_doctor_panel_reads_at_grade_8_or_below():
    diary = every_rule_diary()
    reasons = doctor.see_a_doctor(diary)
    lines = [doctor.wording(k) for k in ("panel_title", "panel_intro", "none_apply", "none_checked",
                                         "not_checked_title", "yourself_title", "always")]
    lines += [doctor_text.reason_text(r) for r in reasons] + [r.ours for r in reasons if r.ours]
    lines += doctor_text.check_yourself_lines() + doctor_text.not_checked_lines(doctor.not_checked(diary.iloc[:1]))
    text = "\n".join(lines)
    level, longest = grade(text), longest_sentence(text)
    print(f"\nreading level doctor panel ({len(reasons)} reasons): grade {level}, longest sentence {longest} words")
    assert level <= MAX_GRADE and longest <= MAX_WORDS


def test_the_doctor_panel_on_the_overview_reads_at_grade_8_or_below(open_page):
    at = open_page("pages/overview.py", {DIARY_KEY: SessionDiary(every_rule_diary(), "mine.csv", False)})
    panel = page_text(at).split(doctor.wording("panel_title"), 1)[1]
    print(f"\nreading level Overview doctor panel as shown: grade {grade(panel)}")
    assert grade(panel) <= MAX_GRADE
