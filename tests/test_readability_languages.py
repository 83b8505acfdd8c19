"""Issue 22: the Learn pages, the comparison and the doctor's guidance read as plainly in German, French and
Spanish as in English. Issue 18's rule is US grade 8, which is 60 or more on Flesch's reading-ease scale (60-70:
plain language); each language is measured with its own formula on that scale (tests/readability.py: Amstad,
Kandel & Moles, Szigriszt-Pazos). The scores are printed (run with -s) so a translator sees where a text stands."""
from __future__ import annotations

import json
import tomllib

import pandas as pd
import pytest

from cramplog import paths
from cramplog.base import lang
from tests.readability import ease

PLAIN = 60.0
OTHERS = [c for c in lang.LANGUAGES if c != lang.SOURCE]
LEARN = json.loads(paths.data_file("learn.json").read_text(encoding="utf-8"))
RULES = tomllib.loads(paths.data_file("doctor_rules.toml").read_text(encoding="utf-8"))


def _groups() -> dict[str, list[str]]:
    groups = {page: [p["text"] for s in sections for p in s["points"]] for page, sections in LEARN.items()}
    table = pd.read_csv(paths.data_file("comparison.csv"), dtype=str, keep_default_na=False)
    groups["comparison"] = [v for col in ("common", "als", "article_says", "evidence_says") for v in table[col]]
    groups["doctor rules"] = [r["reason"] for r in RULES["rule"]] + list(RULES["wording"].values())
    return groups


@pytest.mark.parametrize("code", OTHERS)
@pytest.mark.parametrize("group", sorted(_groups()))
def test_translated_guidance_reads_plainly(code, group):
    texts = _groups()[group]
    catalogue = lang.catalogue(code)
    assert all(t in catalogue for t in texts), "a text lacks a translation (see test_catalogues.py)"
    english, translated = ease(" ".join(texts), "en"), ease(" ".join(catalogue[t] for t in texts), code)
    print(f"\nreading ease of {group}: en {english}, {code} {translated}")
    assert translated >= PLAIN


def test_each_formula_tells_easy_from_hard_text():
    easy = {"de": "Der Hund läuft. Die Katze schläft. Es ist warm.", "fr": "Le chat dort. Il fait chaud. Le chien court.",
            "es": "El gato duerme. Hace calor. El perro corre."}
    hard = {"de": "Elektromyographische Untersuchungsergebnisse erfordern neurophysiologische Interpretationskompetenz.",
            "fr": "L'électromyographie nécessite une interprétation neurophysiologique particulièrement approfondie.",
            "es": "La electromiografía necesita una interpretación neurofisiológica particularmente exhaustiva."}
    for code in OTHERS:
        assert ease(hard[code], code) < PLAIN < ease(easy[code], code)
