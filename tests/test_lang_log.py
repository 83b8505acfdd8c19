"""Issue 22 for "Log a cramp": the column spec, the log form, the entry editor and keeping the diary on this
device speak German, French and Spanish, while the diary keeps its English values."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from streamlit.testing.v1 import AppTest

from cramplog import schema
from cramplog.base import lang
from cramplog.base.lang import tr
from cramplog.diary import kept
from cramplog.schema import make_diary
from tests.conftest import APP
from tests.helpers import page_text
from ui import log_form
from ui.entry_editor import editor_columns
from ui.keeping import store
from ui.keeping.state import KEY, KeepState
from ui.state import DIARY_KEY, SessionDiary

PAGE = "pages/log.py"


def _open(language: str, state: dict | None = None) -> AppTest:
    """The log page as a browser set to `language` opens it: ?lang= in the address."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["lang"] = language
    for key, value in (state or {}).items():
        at.session_state[key] = value
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def _own(n: int = 3) -> SessionDiary:
    records = [{"date": f"2026-03-0{i}", "time": f"0{i}:00", "location": "calf", "side": "left", "severity": 5.0}
               for i in range(1, n + 1)]
    return SessionDiary(make_diary(records), "mine.csv", False)


def _labels(at) -> set[str]:
    return {w.label for kind in ("selectbox", "text_input", "number_input", "text_area", "date_input", "time_input",
                                 "pills", "toggle") for w in getattr(at, kind)} | {w.label for w in at.get("button_group")}


def test_the_column_spec_shows_french_labels_and_values():
    with lang.speaking("fr"):
        location = schema.BY_NAME["location"]
        assert (tr(location.label), tr(location.heading), tr(location.prompt)) == (
            "Partie du corps", "Où", "Où était la crampe\u00a0?")
        assert [schema.shown(v) for v in ("calf", "left", "asleep", "heat", "yes")] == [
            "mollet", "gauche", "en dormant", "chaleur", "oui"]
        assert schema.shown(None) == "" and schema.shown("my own words") == "my own words"
    assert schema.shown("calf") == "calf"  # English is the source


def test_every_shown_word_of_the_spec_is_translated_in_each_language():
    for code in ("de", "fr", "es"):
        assert set(schema.shown_texts()) <= set(lang.catalogue(code)), code


@pytest.mark.parametrize(("code", "side", "place", "words"), [
    ("de", "right", "calf", "Wade rechts"), ("de", "both", "foot", "beide Füße"), ("de", None, None, "ein Krampf"),
    ("fr", "left", "hand", "main, côté gauche"), ("fr", "both", "neck", "cou, des deux côtés"),
    ("es", "both", "calf", "ambas pantorrillas"), ("es", None, "thigh", "muslo")])
def test_the_saved_message_names_the_place_in_the_readers_language(code, side, place, words):
    with lang.speaking(code):
        assert log_form.place_words(side, place) == words


def test_the_log_page_asks_in_german_and_saves_the_english_value(monkeypatch):
    monkeypatch.setattr(log_form, "local_now", lambda: dt.datetime(2026, 3, 3, 7, 40))
    at = _open("de")
    assert at.title[0].value == "Krampf eintragen"
    labels = _labels(at)
    assert {"Wo war der Krampf?", "Was haben Sie gerade gemacht?", "Zucken im Muskel", "Wann war es?"} <= labels
    assert not labels & {spec.prompt for spec in schema.SPEC}, "an English question is left"
    where = next(s for s in at.selectbox if s.label == "Wo war der Krampf?")
    assert list(where.options[:3]) == ["Wade", "Fuß", "Oberschenkel"]
    assert next(s for s in at.selectbox if s.label == "Was haben Sie gerade gemacht?").options[0] == "im Schlaf"
    where.set_value("Wade")  # picked as a German reader sees it
    next(s for s in at.segmented_control if s.label == "Seite").set_value("rechts")
    next(s for s in at.segmented_control if s.label == "Zucken im Muskel").set_value("ja")
    at.form_submit_button[0].click().run()
    row = at.session_state[DIARY_KEY].df.iloc[0]
    assert (row["location"], row["side"], bool(row["twitching"])) == ("calf", "right", True)  # canonical English
    text = page_text(at)
    assert "Gespeichert: Wade rechts am 2026-03-03 um 07:40." in text and "Ihr eigenes Tagebuch" in text
    assert "Saved:" not in text and "demo diary" not in text


def test_messages_made_in_a_callback_are_worded_in_the_readers_language():
    """A callback runs before the page chooses its language: its message is worded when shown."""
    at = _open("de", {DIARY_KEY: _own(3)})
    at.session_state[at.data_editor[0].key] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [0, 2]}
    at.run()
    next(b for b in at.button if b.label == "Änderungen speichern").click().run()
    undo = next(b for b in at.button if b.label.startswith("Letztes Löschen rückgängig machen"))
    undo.click().run()
    assert at.session_state[DIARY_KEY].df["time"].tolist() == ["01:00", "02:00", "03:00"]
    assert any(s.value.endswith("wiederhergestellt.") for s in at.success)


def test_the_entry_editor_shows_french_headings_and_options_and_stores_english():
    with lang.speaking("fr"):
        columns = editor_columns()
    assert columns["severity"]["label"] == "Intensité 0–10" and columns["location"]["label"] == "Où"
    options = columns["context"]["type_config"]["options"]
    assert [o["value"] for o in options] == list(schema.CONTEXTS)  # the cell stores the English value
    assert [o["label"] for o in options] == ["en dormant", "au repos", "pendant une activité", "après une activité"]


def test_keeping_the_diary_on_this_device_speaks_spanish():
    at = _open("es", {KEY: KeepState(problem="it is not a CrampLog diary")})
    assert any(t.label == "Guardar mi diario en este dispositivo" for t in at.toggle)
    text = page_text(at)
    assert "Cualquier persona que use este perfil del navegador puede abrirlo" in text
    assert "No se pudo abrir un diario guardado en este navegador: no es un diario de CrampLog." in text
    assert "se queda solo en esta sesión del navegador" in text  # the privacy reminder under the form
    assert any(b.label == "Olvidarlo" for b in at.button)
    assert "Anyone who uses" not in text and "could not be opened" not in text


def test_a_kept_value_that_cannot_be_read_says_why_in_the_language_that_shows_it():
    with pytest.raises(kept.Unreadable) as caught:
        kept.unpack({"format": "cramplog.kept-diary", "version": 99})
    assert str(caught.value) == "it was saved by a newer version of CrampLog"
    with lang.speaking("es"):
        assert store.said(caught.value) == "lo guardó una versión más reciente de CrampLog"
        assert store.said("this browser's storage did not save it within 20 seconds") == (
            "el almacenamiento de este navegador no lo guardó en 20 segundos")
        assert store.said("The quota has been exceeded.") == "The quota has been exceeded."  # the browser's own


def test_store_js_still_gives_the_reasons_the_catalogues_translate():
    js = store.JS_PATH.read_text(encoding="utf-8")
    assert all(reason in js for reason in store.JS_REASONS)
    assert "this browser's storage did not ${what} within ${ms / 1000} seconds" in js
    whats = set(re.findall(r'WAIT_MS\.\w+, "([a-z ]+)"', js))
    assert whats == {"answer", "save it", "forget it"}
