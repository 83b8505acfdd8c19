"""Issue 22: the shared words, the Overview, the doctor panel and the Learn pages in German, French and Spanish."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cramplog.analyse import doctor, guidance, rules
from cramplog.base import lang
from cramplog.base.words import n_of, plural
from cramplog.diary import demo
from cramplog.present import content, doctor_text, key_numbers, wording
from cramplog.schema import make_diary
from tests.catalogue_keys import CONTENT_MODULES
from tests.helpers import page_text

NBSP = "\u00a0"
APP = str(Path(__file__).resolve().parents[1] / "app.py")


@pytest.mark.parametrize(("code", "rate", "day", "share"), [
    ("en", "7.5 a week", "1 Apr 2026", "42%"),
    ("de", "7,5 pro Woche", "1. Apr. 2026", f"42{NBSP}%"),
    ("fr", "7,5 par semaine", "1 avr. 2026", f"42{NBSP}%"),
    ("es", "7,5 por semana", "1 abr 2026", f"42{NBSP}%"),
])
def test_rates_days_and_shares_the_local_way(code, rate, day, share):
    with lang.speaking(code):
        assert wording.rate_text(7.5, 40, 37) == rate
        assert wording.day_text(dt.date(2026, 4, 1)) == day
        assert wording.pct(42, 100) == share


@pytest.mark.parametrize(("code", "one", "two"), [
    ("en", "1 cramp", "2 cramps"), ("de", "1 Krampf", "2 Krämpfe"), ("fr", "1 crampe", "2 crampes"),
    ("es", "1 calambre", "2 calambres"),
])
def test_cramps_are_counted_with_the_plural_of_the_language(code, one, two):
    with lang.speaking(code):
        assert (plural(1, "cramp"), plural(2, "cramp")) == (one, two)


def test_counts_over_days_and_kept_days_read_whole_in_german():
    with lang.speaking("de"):
        assert wording.count_over_days(3, 1) == "3 Krämpfe, verteilt über 1 Tag"
        assert wording.count_over_days(3, 4, short=True) == "3 in 4 Tagen"
        assert n_of(2, 3) == "2 von 3 Einträgen"
        assert wording.counted_over(71, 309, [20, 118, 30]) == (
            "An 71 von 309 Tagen geführt; 3 Lücken (die längste: 118 Tage); "
            "Werte pro Woche beziehen sich auf die geführten Tage.")
        assert wording.and_list(["Wade", "Fuß", "Hand"]) == "Wade, Fuß und Hand"
        assert wording.value_text(None) == "nicht erfasst"
    assert wording.value_text(None) == wording.NOT_RECORDED == "not recorded"  # English stays the canonical text


def test_a_doctor_reason_in_french_keeps_its_numbers():
    """The rules file's sentences go through the catalogue; the placeholders still take the rule's numbers."""
    rule = next(r for r in rules.rules()["rule"] if r["id"] == "long_cramps")
    french = "Des crampes ont duré plus de {above} minutes. Le NHS dit de consulter un médecin traitant."
    with _catalogue("fr", {rule["reason"]: french}), lang.speaking("fr"):
        assert rules.reason_text(rule) == "Des crampes ont duré plus de 10 minutes. Le NHS dit de consulter un médecin traitant."
        reason = next(r for r in doctor.see_a_doctor(demo.load_demo()) if r.id == "long_cramps")
        assert reason.reason.startswith("Des crampes ont duré plus de 10 minutes")
        assert reason.urgency == "at an ordinary appointment"  # the rank stays the guidance file's English
        assert doctor_text.rests_on(reason).startswith("7 entrées dans votre journal · Source :")


def test_a_rule_that_needs_weeks_says_the_days_with_a_proper_plural():
    df = make_diary([{"date": "2026-03-02", "context": "asleep", "time": "02:00"}])
    (sleep,) = [m for m in doctor.not_checked(df) if m.id == "disturbed_sleep"]
    assert sleep.why == "needs at least 2 weeks; your diary covers 1 day"
    with lang.speaking("de"):
        (sleep,) = [m for m in doctor.not_checked(df) if m.id == "disturbed_sleep"]
        assert sleep.why == "braucht mindestens 2 Wochen; Ihr Tagebuch umfasst 1 Tag"


def test_the_key_number_labels_are_translated_where_shown_and_kept_english_in_the_constants():
    assert [m.label for m in key_numbers.MEASURES][:2] == ["Cramps", "Cramps a week"]
    with lang.speaking("es"):
        assert lang.tr(key_numbers.RATE.label) == "Calambres por semana"
        assert key_numbers.change_text(0, 1) == "sin cambios"


def test_content_modules_list_every_shown_text_of_their_files():
    assert {"cramplog.present.content", "cramplog.analyse.guidance", "cramplog.analyse.rules"} <= set(CONTENT_MODULES)
    texts = set(content.shown_texts()) | set(guidance.shown_texts()) | set(rules.shown_texts())
    assert content.section("home", "lead").heading in texts
    assert "Feature" not in texts  # code texts are found in the code, not listed twice
    assert all(urgency in texts for urgency in guidance.URGENCIES)
    assert rules.rules()["wording"]["panel_title"] in texts
    published = content.load_sources().dropna(subset=["address"])["citation"]
    assert not set(published) & texts  # a published reference online stays as published


class _catalogue:
    """A tiny catalogue for one language, on top of the real one, for the length of a `with` block."""

    def __init__(self, code: str, extra: dict[str, str]):
        self.code, self.extra = code, extra

    def __enter__(self):
        self.real = lang.catalogue
        merged = {**self.real(self.code), **self.extra}
        lang.catalogue = lambda code: merged if code == self.code else self.real(code)
        return self

    def __exit__(self, *exc):
        lang.catalogue = self.real


def _open(page: str, code: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["lang"] = code
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def test_the_overview_in_german():
    at = _open("pages/overview.py", "de")
    text = page_text(at)
    assert "Überblick" in text and "Der Median ist der mittlere Wert" in text
    assert "Keine Veränderungswerte: Das Tagebuch reicht nicht vor diese Daten zurück." in text
    labels = [m.label for m in at.metric]
    assert "Krämpfe pro Woche" in labels and "Mediane Stärke (0–10)" in labels
    assert "Cramps a week" not in labels and "A median is the middle value" not in text
    assert "Betrachtete Einträge:" in text  # the doctor panel's scope line


def test_a_learn_page_in_german_with_its_content_text():
    """The page's code texts come from overview.json; a content text from a tiny catalogue (content.json is made
    apart)."""
    heading = content.section("compare", "intro").heading
    with _catalogue("de", {heading: "Tendenzen, keine Regeln"}):
        at = _open("pages/compare.py", "de")
    text = page_text(at)
    assert "ALS- und gewöhnliche Krämpfe" in text
    assert "Tendenzen, keine Regeln" in text and heading not in text
    assert "Merkmal für Merkmal" in text and "Feature by feature" not in text
    tabs = [t.label for t in at.tabs]
    assert tabs[:2] == ["Ein Merkmal nach dem anderen", "Nebeneinander (für breite Bildschirme)"]
    (yours,) = [t.value for t in at.table if "Ihr Tagebuch" in t.value.columns]
    assert list(yours.columns) == ["Merkmal", "Ihr Tagebuch"]


def test_the_sources_page_says_the_sources_are_in_english_only_in_another_language():
    note = "The sources are in English"
    assert note not in page_text(_open("pages/sources.py", "en"))
    assert "Die Quellen sind auf Englisch" in page_text(_open("pages/sources.py", "de"))


def test_the_page_is_told_its_language_only_once_it_is_not_english():
    # <html lang="en"> is where every page starts: an English visit mounts no script to say so (issue 20),
    # a German one does, and so does English after it, so the page is not left marked German.
    def told(at: AppTest) -> list[str]:
        return [e.proto.json for e in at.sidebar.children.values()
                if e.type == "bidi_component" and e.proto.component_name == "cramplog_page_language"]

    english = AppTest.from_file(APP, default_timeout=30)
    english.run()
    assert told(english) == []
    german = _open("pages/home.py", "de")
    assert told(german) == ['{"lang": "de"}']
    german.query_params["lang"] = "en"  # switched back (the picker's click is tested in the browser)
    german.run()
    assert "Welcome to CrampLog" in page_text(german) and told(german) == ['{"lang": "en"}']
