"""The German, French and Spanish catalogues: nothing missing, placeholders kept, nothing left in English."""
from __future__ import annotations

import json

import pytest

from cramplog.base import lang
from tests.catalogue_keys import all_keys, code_keys

OTHERS = [c for c in lang.LANGUAGES if c != lang.SOURCE]
# Texts that read the same in a language: names, units and words the languages share.
# data/lang/same.json: {"all": [...], "de": [...], ...}.
SAME_IN: dict[str, list[str]] = json.loads((lang.CATALOGUES / "same.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", OTHERS)
def test_every_shown_text_has_a_translation(code):
    missing = sorted(set(all_keys()) - set(lang.catalogue(code)))
    assert missing == [], f"{len(missing)} texts lack a {code} translation; `python -m tests.catalogue_keys {code}`"


@pytest.mark.parametrize("code", OTHERS)
def test_translations_fill_the_same_placeholders(code):
    wrong = []
    for key, value in lang.catalogue(code).items():
        for text in value.values() if isinstance(value, dict) else [value]:
            if lang.placeholders(text) != lang.placeholders(key):
                wrong.append((key, text))
    assert wrong == []


@pytest.mark.parametrize("code", OTHERS)
def test_plurals_give_the_forms_the_language_needs(code):
    from babel import Locale

    needed = {"one", "other"} | ({"many"} if Locale.parse(code).plural_form(1_000_000) == "many" else set())
    keys = all_keys()
    bad = [k for k, v in lang.catalogue(code).items()
           if keys.get(k) is not None and not (isinstance(v, dict) and needed <= set(v))]
    assert bad == []


@pytest.mark.parametrize("code", OTHERS)
def test_nothing_is_left_in_english(code):
    same = set(SAME_IN.get("all", [])) | set(SAME_IN.get(code, []))
    left = [k for k, v in lang.catalogue(code).items() if v == k and k not in same]
    assert left == []


def test_the_catalogues_hold_no_stale_texts():
    """A text no longer shown is dropped from every catalogue, so translators never work on dead words."""
    keys = set(all_keys())
    assert {c: sorted(set(lang.catalogue(c)) - keys)[:5] for c in OTHERS} == {c: [] for c in OTHERS}


def test_the_key_finder_sees_tr_plural_and_marked_constants(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('x = tr("Hello {name}", name=n)\ny = plural(3, "cramp")\nZ = tr_later("Calf")\n'
                     'w = tr_n(2, "{n} day", "{n} days")\n', encoding="utf-8")
    assert code_keys([probe]) == {"Hello {name}": None, "{n} cramp": "{n} cramps", "Calf": None,
                                  "{n} day": "{n} days"}


def test_a_missing_translation_falls_back_to_english_and_fills_placeholders():
    with lang.speaking("de"):
        assert lang.tr("A text nobody translated: {n}", n=3) == "A text nobody translated: 3"
