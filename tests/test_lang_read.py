"""Loading a diary in German, French and Spanish: every row problem, count and question in the language in use,
the diary's values still the canonical ones, and the English unchanged."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from cramplog.base import lang
from cramplog.read.load import load_diary
from cramplog.read.problems import Severity
from tests.helpers import FORMATS, ROOT, page_text
from ui.state import DIARY_KEY

FIXTURES = Path(__file__).parent / "fixtures"
BAD_ROWS = b"date,location,severity,duration_min\n2026-04-01,calf,12,2\nsoon,foot,3,1\n2026-04-03,calf,4,1-2 min\n"


def test_a_bad_row_is_reported_by_line_and_reason_in_french():
    with lang.speaking("fr"):
        r = load_diary(BAD_ROWS)
    said = {(p.line, p.severity): p.message for p in r.problems}
    assert said[(3, Severity.ERROR)] == "'soon' n'est pas une date que CrampLog sait lire (utilisez 2026-04-01, " \
                                        "01.04.2026 ou 04/01/2026)."
    assert said[(2, Severity.WARNING)] == "12 est en dehors de l'échelle de 0 à 10 ; la valeur a été laissée vide."
    assert "1,5 minute" in said[(4, Severity.WARNING)]  # the stored value in words, the number the French way
    assert r.df["location"].tolist() == ["calf", "calf"]  # the diary's values stay canonical


def test_the_same_file_reads_in_english_as_before():
    r = load_diary(BAD_ROWS)
    assert [p.message for p in r.problems] == [
        "12 is outside the 0 to 10 scale; it was left empty.",
        "'soon' is not a date CrampLog can read (use 2026-04-01, 01.04.2026 or 04/01/2026).",
        "'1-2 min' is a range; it was read as the middle of the range, 1.5 minutes."]


def test_skipped_rows_and_the_summary_speak_german():
    with lang.speaking("de"):
        r = load_diary((FORMATS / "bearable.csv").read_bytes())
        skipped = r.skipped_text()
    assert r.summary.startswith("Ein Bearable-Export: ")
    assert skipped.startswith("8 Zeilen übersprungen: 3 — ") and "ein Messwert der Art „Mood“ (kein Symptom)" in skipped


def test_an_unusable_file_says_why_in_spanish():
    with lang.speaking("es"):
        assert load_diary(b"").unusable.startswith("El archivo está vacío.")
        json_export = load_diary((FORMATS / "symptom_shark_export.json").read_bytes()).unusable
    assert "CrampLog no lee exportaciones JSON" in json_export


def test_no_cramp_names_are_listed_in_german_quotes():
    with lang.speaking("de"):
        r = load_diary((FORMATS / "bearable.csv").read_bytes(), names=["Nothing like this"])
    assert r.unusable is not None and "„Nothing like this“" in r.unusable and "Gefundene Namen:" in r.unusable


def _diary_page(code: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["lang"] = code
    at.run()
    at.switch_page("pages/my_diary.py").run()
    return at


def test_the_upload_page_in_german_counts_and_lists_problems_in_german():
    at = _diary_page("de")
    assert at.title[0].value == "Tagebuch laden"
    assert at.get("download_button")[0].proto.label == "Vorlage herunterladen (CSV)"
    at.file_uploader[0].upload("excel.csv", (FIXTURES / "excel_eu.csv").read_bytes(), "text/csv").run()
    assert not at.exception, at.exception
    assert {m.label: m.value for m in at.metric} == {"Geladene Zeilen": "4", "Abgelehnte Zeilen": "1", "Warnungen": "1"}
    problems = at.dataframe[1].value
    assert problems["severity"].tolist() == ["Warnung", "Fehler"]
    assert problems["message"].iloc[1].startswith("Das Datum ist leer")
    text = page_text(at)
    assert "Was nicht verwendet werden konnte" in text and "Zeilennummern sind die der Datei" in text
    for english in ("Rows loaded", "What could not be used", "Line numbers are", "Your diary as CrampLog reads it"):
        assert english not in text
    assert at.session_state[DIARY_KEY].df["location"].iloc[0] == "calf"  # stored canonical


def test_a_cached_read_is_not_served_in_another_language():
    at = _diary_page("fr")
    at.file_uploader[0].upload("empty.csv", b"", "text/csv").run()
    assert at.error[0].value.startswith("Le fichier est vide.")
    at.query_params["lang"] = "en"
    at.run()
    assert at.error[0].value.startswith("The file is empty.")
