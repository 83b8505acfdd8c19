"""Every source label CrampLog shows is a key of data/sources.csv, and every listed source is used.

Labels are read from every surface that shows one: the Learn content (learn.json, comparison.csv), the
doctor rules (doctor_rules.toml: panel, report, CLI summary), chart captions (dashboard_charts.csv), the
report's wording (report.json) and any string in the code. The rendered pages and report are checked too.
"""
from __future__ import annotations

import ast
import json
import re
import tomllib

import pandas as pd
import pytest

from cramplog.analyse import doctor
from cramplog.present import dashboard
from cramplog.write.report import build_report
from tests.helpers import ROOT, every_rule_diary, page_text
from ui.state import DIARY_KEY, SessionDiary

DATA = ROOT / "data"
SOURCES = pd.read_csv(DATA / "sources.csv", dtype="str", keep_default_na=False)
KEYS = set(SOURCES["key"])
WEB = ["NHS Leg cramps", "NHS inform", "Mayo Clinic", "MedlinePlus", "BMJ Best Practice 2023", "MSD Manual 2023"]

# What a source label looks like in running text: an author and a year, or a health service's name.
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
LABEL_LIKE = re.compile(rf"\b(?!{MONTH})[A-Z][A-Za-z-]+(?: et al\.?)? (?:19|20)\d\d\b|\b(?:NHS|MSD|MedlinePlus|Mayo|BMJ)\b"
                        r"|Source article|evidence review")


def split(labels: str) -> list[str]:
    return [k.strip() for k in labels.split(";") if k.strip()]


def labels_in_text(text: str) -> list[str]:
    """Labels shown in brackets in free text ("... (NHS Leg cramps)", "(3 entries; MSD Manual 2023)")."""
    return [part for group in re.findall(r"\(([^()]*)\)", text) for part in split(group)
            if LABEL_LIKE.search(part)]


def learn_labels() -> list[str]:
    learn = json.loads((DATA / "learn.json").read_text(encoding="utf-8"))
    return [k for page in learn.values() for s in page for p in s["points"] for k in p["cite"]]


def comparison_labels() -> list[str]:
    return [k for c in pd.read_csv(DATA / "comparison.csv", dtype="str")["citation"] for k in split(c)]


def rule_labels() -> list[str]:
    """The doctor reasons' sources (guidance.csv, per guidance item) and their reassurance's (doctor_rules.toml)."""
    rules = tomllib.loads((DATA / "doctor_rules.toml").read_text(encoding="utf-8"))
    items = pd.read_csv(DATA / "guidance.csv", dtype="str", keep_default_na=False)
    return [k for s in items["source"] for k in split(s)] + [k for r in rules["rule"] for k in split(r.get("also_source", ""))]


def caption_labels() -> list[str]:
    """Every chart caption as shown: dashboard_charts.csv's caption and caveat, placeholders filled."""
    return [k for info in dashboard.chart_infos() for k in labels_in_text(info.caption)]


def report_labels() -> list[str]:
    wording = json.loads((DATA / "report.json").read_text(encoding="utf-8"))
    return [k for text in wording.values() for k in labels_in_text(text)]


SURFACES = {"learn.json": learn_labels, "comparison.csv": comparison_labels, "guidance.csv": rule_labels,
            "dashboard_charts.csv": caption_labels, "report.json": report_labels}


def code_strings() -> dict[str, list[str]]:
    """Every string literal in cramplog/, pages/ and ui/ (docstrings left out: nobody sees them)."""
    found = {}
    for path in [*ROOT.glob("cramplog/**/*.py"), *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py"), ROOT / "app.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef))
                and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        found[str(path.relative_to(ROOT))] = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
                                              and isinstance(n.value, str) and id(n) not in docs]
    return found


def test_the_label_finder_catches_a_label_that_is_not_a_key():
    caption = 'Health services list cramps over 10 minutes (NHS "Leg cramps"; Caress 2016).'
    assert labels_in_text(caption) == ['NHS "Leg cramps"', "Caress 2016"]
    assert set(labels_in_text(caption)) - KEYS == {'NHS "Leg cramps"'}
    assert labels_in_text("Bars count cramps (per day or week), the most in one month (Jan 2026).") == []


@pytest.mark.parametrize("surface", SURFACES)
def test_every_label_shown_is_a_key_of_sources_csv(surface):
    shown = SURFACES[surface]()
    assert not set(shown) - KEYS, sorted(set(shown) - KEYS)


def test_every_surface_that_cites_does_cite_something():
    for surface in ("learn.json", "comparison.csv", "guidance.csv", "dashboard_charts.csv"):
        assert SURFACES[surface](), surface


def test_no_source_label_is_written_into_the_code():
    hard_coded = {f: [s for s in strings if LABEL_LIKE.search(s)] for f, strings in code_strings().items()}
    assert not {f: s for f, s in hard_coded.items() if s}


def test_every_listed_source_is_cited_somewhere_or_under_further_reading():
    cited = {k for labels in SURFACES.values() for k in labels()}
    further = set(SOURCES.loc[SOURCES["further_reading"].str.strip() != "", "key"])
    assert not KEYS - cited - further, sorted(KEYS - cited - further)
    assert not further & cited, "a source cited beside a fact belongs in the main list"


def test_web_references_carry_their_address_and_a_date():
    web = SOURCES.set_index("key").loc[WEB]
    assert web["address"].str.startswith("https://").all()
    assert (web["date"].str.len() > 3).all()
    assert (SOURCES.loc[SOURCES["address"] != "", "date"] != "").all()


def test_each_comparison_row_credits_the_article_for_what_the_article_says():
    rows = pd.read_csv(DATA / "comparison.csv", dtype="str")
    assert all("Source article" in split(c) for c in rows["citation"])


def test_the_fluids_point_has_a_source():
    learn = json.loads((DATA / "learn.json").read_text(encoding="utf-8"))
    (fluids,) = [p for s in learn["compare"] for p in s["points"] if "fluid" in p["text"].lower()]
    assert fluids["cite"] and set(fluids["cite"]) <= KEYS


def test_the_every_rule_diary_meets_every_rule():
    rules = tomllib.loads((DATA / "doctor_rules.toml").read_text(encoding="utf-8"))["rule"]
    assert {r.id for r in doctor.see_a_doctor(every_rule_diary())} == {r["id"] for r in rules}


def rendered_labels(text: str) -> list[str]:
    """Every source a page names: a fact's citation, "(Stephens 2017; Xu 2020)" at the end of its line, and
    the doctor panel's "Source: MSD Manual 2023" (in small type, inside Streamlit's :small[...]). Sources are
    names, so a lower-case part of a closing parenthesis ("within a day or two", "fasciculations") is not one."""
    ends = [k for group in re.findall(r" \(([^()]*)\)$", text, flags=re.M) for k in split(group)]
    cites = [k for k in ends if k[:1].isupper()]
    panel = [k for group in re.findall(r"Source: ([^*\]\n]+)", text) for k in split(group)]
    return cites + panel + labels_in_text(text)


@pytest.mark.parametrize("page", ["pages/compare.py", "pages/overview.py", "pages/charts.py", "pages/home.py",
                                  "pages/als_cramps.py", "pages/other_signs.py", "pages/see_a_doctor.py"])
def test_labels_on_the_rendered_pages_are_keys(open_page, page):
    at = open_page(page, state={DIARY_KEY: SessionDiary(every_rule_diary(), "mine.csv", False)})
    assert not at.exception, at.exception
    shown = rendered_labels(page_text(at))
    assert shown and not set(shown) - KEYS, sorted(set(shown) - KEYS)


def test_labels_in_the_report_are_keys():
    html = re.sub(r"<script\b[^>]*>.*?</script>", "", build_report(every_rule_diary(), name="mine.csv"), flags=re.S)
    shown = labels_in_text(re.sub(r"<[^>]+>", " ", html))
    assert shown and not set(shown) - KEYS, sorted(set(shown) - KEYS)
