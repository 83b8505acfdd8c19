"""The doctor's summary and the command line in German, French and Spanish (issue 22): made in the language
chosen, numbers and dates the local way, JSON keys always English, English unchanged by default."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from cramplog.base import lang
from cramplog.diary.demo import load_demo
from cramplog.schema import make_diary
from cramplog.write import notable
from cramplog.write.report import build_report, key_numbers, third_person, words
from tests.catalogue_keys import template_keys
from tests.conftest import APP
from tests.helpers import ROOT, page_text
from ui.state import DIARY_KEY, SessionDiary

DEMO = str(ROOT / "data" / "demo_diary.csv")
FIXTURES = ROOT / "tests" / "fixtures"


def cli(*args: str, env_lang: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LANGUAGE")}
    if env_lang:
        env["LANG"] = env_lang
    return subprocess.run([sys.executable, "-m", "cramplog", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


# --- the command line ---------------------------------------------------------------------------------------

def test_summary_in_spanish_writes_numbers_the_spanish_way():
    out = cli("summary", DEMO, "--lang", "es")
    assert out.returncode == 0, out.stderr
    assert ": 7,5" in out.stdout and ": 7.5" not in out.stdout  # the weekly rate, with a decimal comma


def test_check_speaks_the_language_asked_for():
    out = cli("check", str(FIXTURES / "ragged.csv"), "--lang", "es")
    assert out.returncode == 0, out.stderr
    assert "ragged.csv: 5 filas leídas (cargadas: 3, rechazadas: 2, omitidas: 0), 0 advertencias." in out.stdout
    assert "línea 3 (error):" in out.stdout and "rows read" not in out.stdout


def test_the_language_defaults_to_the_lang_environment_variable():
    french = cli("check", str(FIXTURES / "ragged.csv"), env_lang="fr_FR.UTF-8")
    assert "5\u00a0lignes lues" in french.stdout or "5 lignes lues" in french.stdout
    assert "Colonnes utilisées" in french.stdout
    told = cli("check", str(FIXTURES / "ragged.csv"), "--lang", "en", env_lang="fr_FR.UTF-8")
    assert "5 rows read, 3 loaded, 2 rejected, 0 skipped, 0 warnings." in told.stdout  # --lang wins
    unknown = cli("check", str(FIXTURES / "ragged.csv"), env_lang="it_IT.UTF-8")
    assert "5 rows read" in unknown.stdout  # a language CrampLog does not speak: English


def test_failures_are_said_in_the_language():
    out = cli("summary", str(FIXTURES / "not_there.csv"), "--lang", "de")
    assert out.returncode == 1 and "kann nicht gelesen werden" in out.stderr
    backwards = cli("summary", DEMO, "--lang", "fr", "--from", "2026-05-01", "--to", "2026-04-01")
    assert backwards.returncode == 2 and "est après --to" in backwards.stderr


@pytest.mark.parametrize("command", ["check", "summary"])
def test_json_keys_stay_english(command):
    english = json.loads(cli(command, DEMO, "--json", "--lang", "en").stdout)
    for code in ("de", "fr", "es"):
        other = json.loads(cli(command, DEMO, "--json", "--lang", code).stdout)
        assert _keys(other) == _keys(english), code


def _keys(value) -> set[str]:
    """Every key of a JSON value, nested ones with their path."""
    if isinstance(value, dict):
        return set(value) | {f"{k}.{sub}" for k, v in value.items() for sub in _keys(v)}
    if isinstance(value, list):
        return set().union(*map(_keys, value)) if value else set()
    return set()


def test_report_in_german(tmp_path):
    out_file = tmp_path / "bericht.html"
    out = cli("report", DEMO, "--lang", "de", "-o", str(out_file))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{out_file} geschrieben (192 Einträge)"
    html = out_file.read_text(encoding="utf-8")
    assert '<html lang="de">' in html
    assert "180 Tage erfasst" in html and "erstellt am " in html
    assert "7,1 → 7,8" in html and "Hälfte von 26 Wochen" in html  # numbers the German way
    assert ">Sept. 2026<" in html  # the timeline's months
    assert "<td>15,2</td>" in html and "<td>2026-04-01</td>" in html  # minutes local, the date as written


def test_english_check_loads_neither_babel_nor_a_catalogue():
    # `check` of a million rows starts fast (issue 20): English never pays for the other languages.
    probe = ("import sys\nfrom cramplog import cli\nfrom cramplog.base import lang\n"
             "assert cli.main(['check', sys.argv[1], '--json', '--lang', 'en']) == 0\n"
             "print('babel' in sys.modules, lang.catalogue.cache_info().currsize, file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", probe, DEMO], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stderr.split()[-2:] == ["False", "0"]


# --- the report, made in the language in use -----------------------------------------------------------------

def test_report_words_and_tiles_follow_the_language():
    demo = load_demo()
    with lang.speaking("fr"):
        tiles = dict(key_numbers_of(demo))
        lines = notable.changes(demo, None)
        html = build_report(demo)
    assert tiles["Entrées"] == "192" and "Endroits les plus notés" in tiles
    assert any("noté dans 12 sur 192 entrées qui répondent oui ou non" in line for line in lines)
    assert '<html lang="fr">' in html and "jours couverts" in html
    assert '<html lang="en">' in build_report(demo)  # English stays the default


def key_numbers_of(diary):
    from cramplog.analyse.key_numbers import key_numbers as period_key_numbers

    return key_numbers(period_key_numbers(diary, None, None))


def test_canonical_values_are_shown_translated_and_the_persons_words_as_written():
    diary = make_diary([{"date": "2026-03-02", "location": "calf", "remedy": "stretching", "remedy_helped": "partly",
                         "duration_min": 1.5, "notes": "after the long walk"}])
    with lang.speaking("de"):
        html = build_report(diary)
    assert "<td>1,5</td>" in html and "after the long walk" in html
    assert "(geholfen:\u00a0" in html


def test_report_words_are_the_data_files_in_the_language():
    with lang.speaking("es"):
        translated = words()
    assert set(translated) >= {"title", "entries", "body_columns"}  # the same keys, whatever the language


@pytest.mark.parametrize("code, said, meant", [
    ("de", "Ihre Krämpfe stehen nicht in Ihrem Tagebuch.", "Die Krämpfe stehen nicht in dem Tagebuch."),
    ("fr", "Non noté dans votre journal ; vos crampes.", "Non noté dans le journal ; ses crampes."),
    ("es", "Usted anotó debilidad en su diario.", "El paciente anotó debilidad en el diario."),
    ("en", "Cramps woke you; your diary says so.", "Cramps woke the patient; the diary says so."),
])
def test_the_report_speaks_about_the_patient_in_every_language(code, said, meant):
    with lang.speaking(code):
        assert third_person(said) == meant


def test_the_key_finder_reads_the_templates_tr_calls():
    keys = template_keys()
    assert keys["made {day}"] is None and keys["{n} day covered"] == "{n} days covered"


# --- the page -------------------------------------------------------------------------------------------------

def test_report_page_in_french(deferred_downloads):
    diary = make_diary([{"date": f"2026-03-{d:02d}", "location": "calf", "severity": 4.5} for d in range(1, 21)])
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["lang"] = "fr"
    at.session_state[DIARY_KEY] = SessionDiary(diary, "mine.csv", False)
    at.run()
    at.switch_page("pages/report.py").run()
    assert not at.exception
    text = page_text(at)
    assert "Un résumé d’une page pour un rendez-vous" in text and "Chiffres clés de cette période" in text
    for english in ("A one-page summary", "Key numbers for this period", "Choose the period", "Keep your diary",
                    "The file works offline"):
        assert english not in text
    table = at.table[0].value
    assert list(table.columns)[0] == "Chiffre clé"
    assert dict(zip(table["Chiffre clé"], table.iloc[:, 1]))["Entrées"] == "20"
    assert [d.label for d in at.date_input] == ["Du", "Au"]
    html = deferred_downloads["cramplog-summary-2026-03-01-to-2026-03-20.html"]()  # made after the run ended
    assert '<html lang="fr">' in html and re.search(r"20\s+jours couverts", html)
