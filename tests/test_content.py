"""The Learn content data: valid, every citation resolves, and written in the project's own words."""
import json
import re

import pandas as pd
import pytest

from cramplog.present import content, dashboard, wording
from tests.helpers import ROOT, source_text

LEARN_PAGES = ["home.py", "als_cramps.py", "compare.py", "other_signs.py", "see_a_doctor.py", "next_step.py",
               "sources.py"]
COPY_RUN = 8  # this many words in a row shared with the source texts counts as copying
COPY_CHECK = "checks that no run of 8 words is copied from the source texts"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def runs(text: str, n: int = COPY_RUN) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def our_texts() -> dict[str, str]:
    """Every piece of prose we show: the content data files and the Learn page sources."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in (content.LEARN_PATH,)}
    for name, frame in (("comparison.csv", content.load_comparison()), ("sources.csv", content.load_sources())):
        for col in frame.columns:
            for i, value in enumerate(frame[col]):
                texts[f"{name}:{col}:{i}"] = str(value)
    for page in LEARN_PAGES:
        texts[page] = (ROOT / "pages" / page).read_text(encoding="utf-8")
    return texts


def test_the_copy_detector_catches_a_copied_sentence():
    article = source_text("article.txt", COPY_CHECK)
    sentence = article.split(". ")[3]
    assert runs(sentence) & runs(article)
    assert not runs("Cramps are very common in healthy adults, and a diary cannot tell them apart.") & runs(article)


@pytest.mark.parametrize("source", ["article.txt", "evidence.md"])
def test_no_run_of_eight_words_is_copied_from_the_sources(source):
    theirs = runs(source_text(source, COPY_CHECK))
    copied = {name: [" ".join(r) for r in runs(text) & theirs] for name, text in our_texts().items()}
    assert not {k: v for k, v in copied.items() if v}


def test_comparison_has_exactly_the_agreed_rows_each_complete():
    rows = content.load_comparison()
    assert list(rows["id"]) == list(content.COMPARISON_IDS)
    for col in ["id", "feature", "common", "als", "article_says", "evidence_says", "citation"]:
        assert col in rows.columns
        assert rows[col].notna().all() and (rows[col].str.strip() != "").all(), col


def test_comparison_says_plainly_where_the_evidence_is_weaker():
    said = content.load_comparison().set_index("id")["evidence_says"]
    for row in ["triggers", "course"]:
        assert "Weaker than the article" in said[row]
    assert "no evidence" in said["stretching"].lower()  # hydration


def test_sources_have_unique_keys_and_full_citations():
    src = content.load_sources()
    assert src["key"].is_unique
    assert src["citation"].str.len().min() > 40  # a full reference, not just the short key
    assert src["key"].notna().all()


def test_every_citation_key_used_in_the_data_resolves_to_a_source():
    used = content.citation_keys_used()
    known = set(content.load_sources()["key"])
    assert used, "no citations found at all"
    assert used <= known, sorted(used - known)
    # and the evidence notes' key studies are among them
    assert {"Caress 2016", "Stephens 2017", "Grandner 2017", "Naylor 1994", "Shefner 2020",
            "Blexrud 1993", "Filippakis 2018", "Mattiuzzi 2024", "Dijkstra 2023"} <= used


def test_learn_json_points_all_have_text_and_a_cite_list():
    learn = json.loads(content.LEARN_PATH.read_text(encoding="utf-8"))
    for page, sections in learn.items():
        for s in sections:
            assert s["points"], (page, s["id"])
            for p in s["points"]:
                assert p["text"].strip() and isinstance(p["cite"], list), (page, s["id"])


def test_facts_from_the_evidence_carry_their_citation_next_to_them():
    md = content.section("als_cramps", "vary").markdown
    line = next(line for line in md.splitlines() if "282 people" in line)
    assert line.endswith("(Stephens 2017)") and not line.endswith("*")


def test_comparison_table_without_and_with_the_users_column():
    plain = content.comparison_table()
    assert list(plain.columns) == list(content.TABLE_COLUMNS.values())
    assert len(plain) == len(content.COMPARISON_IDS)
    mine = content.comparison_table(yours={"where": "calf, 12 of 14", "when": ""})
    assert mine.columns[1] == content.YOURS_COLUMN
    cells = dict(zip(content.COMPARISON_IDS, mine[content.YOURS_COLUMN]))
    assert cells["where"] == "calf, 12 of 14"
    assert cells["when"] == cells["course"] == wording.NOT_RECORDED


def test_no_diagnostic_language_in_the_content():
    banned = ["probabilit", "likelihood", "risk score", "consistent with als", "als score", "chance of als"]
    text = "\n".join(our_texts().values()).lower() + (ROOT / "cramplog" / "present" / "body_map.py").read_text().lower()
    assert not [b for b in banned if b in text]


def test_sources_frame_reads_as_text():
    assert all(pd.api.types.is_string_dtype(t) for t in content.load_sources().dtypes)


def test_body_regions_chart_says_a_new_place_is_not_weakness_spreading():
    captions = {info.key: info.caption for info in dashboard.chart_infos()}  # as shown, its caveat included
    assert "not weakness spreading" in captions["spread"]
