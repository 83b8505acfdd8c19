"""The Learn pages and home, rendered through the real app: key content, citations, the body figure."""
import html
import json

import pytest

from cramplog.present import body_map, content
from tests.helpers import outline, page_text
from ui.notes import NOT_A_DIAGNOSIS

LEARN = ["pages/home.py", "pages/als_cramps.py", "pages/compare.py", "pages/other_signs.py",
         "pages/see_a_doctor.py", "pages/next_step.py", "pages/sources.py"]

# Each fact of the source article, as words a reader finds on some page (in our own wording).
ARTICLE_FACTS = [
    "brain and the spinal cord", "control over the muscles", "first things people with ALS notice",
    "severe and painful", "held contraction", "knife", "stiff or tight", "Any muscle a person moves at will",
    "legs", "feet", "hands", "tongue", "sitting or lying still", "exercise", "wake someone",
    "differs widely from one person", "electrolyte", "overworked muscles", "no obvious cause",
    "more persistent and more frequent", "fasciculations", "Twitches alone can be harmless",
    "stretching or a drink", "get worse or spread", "wider set of changes", "starts quietly in one part",
    "tripping", "dropping things", "tires far sooner", "atrophy", "shrink", "Spasticity", "resist being moved",
    "speaking and swallowing", "keep coming back", "unusually severe", "many parts of the body",
    "other changes in how your nerves and muscles work", "deserve a professional look",
    "examines you", "EMG", "no known cure", "supportive care",
]


ABOUT_ALS = ["pages/als_cramps.py", "pages/compare.py", "pages/other_signs.py", "pages/next_step.py"]
# "When to see a doctor" opens with what needs a doctor straight away, then the base rate (tests/test_next_step_pages.py)


def all_text(at) -> str:
    tables = "\n".join(t.value.to_string() for t in at.table)
    return page_text(at) + "\n" + tables


@pytest.mark.parametrize("page", LEARN)
def test_learn_page_renders_with_its_citations(open_page, page):
    at = open_page(page)
    assert not at.exception, at.exception
    assert at.title
    if page not in ("pages/home.py", "pages/sources.py"):
        assert "(Source article" in page_text(at)  # the article's facts are credited where shown


def test_every_article_fact_is_on_some_learn_page(open_page):
    text = "\n".join(all_text(open_page(p)) for p in LEARN).lower()
    assert not [f for f in ARTICLE_FACTS if f.lower() not in text]


def test_comparison_table_has_every_row_each_with_a_citation(open_page):
    at = open_page("pages/compare.py")
    shown = at.table[0].value
    features = content.load_comparison().set_index("id")["feature"]
    assert list(shown["Feature"]) == [features[i] for i in content.COMPARISON_IDS]
    for col in ("Common cramps", "With ALS / motor neuron disease", "The article says", "The evidence says"):
        assert shown[col].str.len().min() > 10
    known = set(content.load_sources()["key"])
    for cell in shown["Sources"]:
        keys = content.split_keys(cell)
        assert keys and set(keys) <= known
    text = page_text(at)
    assert "Weaker than the article" in at.table[0].value.to_string()
    assert "EMG" in text and "Shefner 2020" in text  # a clinician's examination decides


def test_comparison_is_also_readable_one_feature_at_a_time(open_page):
    at = open_page("pages/compare.py")
    cards = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert len(cards) == len(content.COMPARISON_IDS)
    assert all("**Sources:**" in c and "**The evidence says:**" in c for c in cards)


def test_sources_page_lists_every_citation_used_in_full(open_page):
    at = open_page("pages/sources.py")
    text = page_text(at)
    full = content.load_sources().set_index("key")["citation"]
    for key in content.citation_keys_used():
        published = f'<span lang="en">{html.escape(full[key], quote=False)}</span>'  # a title stays English
        assert f"**{key}**: {full[key]}" in text or f"**{key}**: {published}" in text


def test_home_promises_privacy_says_not_a_diagnosis_and_links_to_start(open_page):
    at = open_page("pages/home.py")
    text = page_text(at)
    assert "nothing is saved on the server" in text
    assert "gives no diagnosis" in text
    learn = {s["id"]: s for s in json.loads(content.LEARN_PATH.read_text())["home"]}
    labels = [link["label"] for link in learn["start"]["links"]]  # the demo's way in (tests/test_home_page.py)
    shown = [e.proto.label for e in at.get("page_link")]
    assert labels and shown[-len(labels):] == labels


def test_feel_like_page_shows_the_body_figure_of_the_articles_places(open_page):
    at = open_page("pages/als_cramps.py")
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    traces = [t for t in spec["data"] if t.get("meta") == body_map.HIGHLIGHT_META]
    assert {row[0] for row in traces[0]["customdata"]} == {"thigh", "calf", "foot", "hand", "tongue"}


@pytest.mark.parametrize("page", ABOUT_ALS)  # Home leads with its own box: tests/test_home_page.py
def test_pages_about_als_lead_with_the_base_rate_then_the_not_a_diagnosis_note(open_page, page):
    at = open_page(page)
    assert not at.exception, at.exception
    items = [i for i in outline(at) if i[0] != "caption"]  # Home has a one-line caption under its title
    assert items[0][0] == "title"
    base_rate = content.section("base_rate", "base_rate")
    assert items[1] == ("header", base_rate.heading)  # the first thing after the title
    assert "95%" in items[2][1] and "4 in every 100,000" in items[2][1]
    assert items[3] == ("info", NOT_A_DIAGNOSIS)


def test_plain_words_are_explained_where_they_first_appear(open_page):
    """EMG and benign fasciculation syndrome are explained the first time a reader meets them,
    reading the Learn pages in the navigation's order."""
    text = "\n".join(t for p in LEARN for _, t in outline(open_page(p)))
    assert text.index("EMG") == text.index("electromyography (EMG:") + len("electromyography (")
    assert text.index("benign fasciculation syndrome") == text.index("benign fasciculation syndrome (frequent")
    charts = [t for _, t in outline(open_page("pages/charts.py")) if "median" in t.lower()]
    assert "the middle value" in charts[0]  # the first mention of a median on the Charts page explains it


def test_a_cramp_is_never_called_a_twitch_or_a_flicker():
    """Those words mean fasciculations elsewhere in the app: a cramp is a held contraction."""
    texts = [p["text"] for page in json.loads(content.LEARN_PATH.read_text()).values() for s in page
             for p in s["points"] if "cramp" in p["text"].lower() and "contraction" in p["text"].lower()]
    texts += list(content.load_comparison().set_index("id").loc["duration"])
    assert texts and not [t for t in texts if "flicker" in t.lower() or "twitch" in t.lower()]
