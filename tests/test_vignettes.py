"""Issue 18, item 3: every clinical vignette in tests/vignettes/ gives its expected doctor reasons, with how
soon, in the same order on the Overview's panel, in the printed report and in `summary --json`; a diary that
cannot answer a rule names it as not checked, and an ordinary diary gets the calm sentence."""
from __future__ import annotations

import json

import markupsafe as markup
import pytest

from cramplog.analyse import doctor
from cramplog.cli import main
from cramplog.present import doctor_text
from cramplog.write.report import build_report, third_person
from tests.helpers import page_text
from tests.vignettes import Vignette, vignettes
from ui.state import DIARY_KEY, SessionDiary

VIGNETTES = vignettes()


def esc(text: str) -> str:
    """As the report's template writes text (autoescaped)."""
    return str(markup.escape(text))
IDS = [v.name for v in VIGNETTES]


def test_there_are_enough_vignettes_and_each_rule_fires_in_one():
    assert len(VIGNETTES) >= 24
    fired = {rule_id for v in VIGNETTES for rule_id, _ in v.expected}
    assert fired == {r["id"] for r in doctor.indicators.rules()["rule"]}
    assert sum(not v.expected and not v.not_checked for v in VIGNETTES) >= 5  # near misses giving no reason


def _expected_reasons(v: Vignette) -> list[doctor.Reason]:
    reasons = doctor.see_a_doctor(v.diary())
    assert [(r.id, r.urgency) for r in reasons] == v.expected, v.follows
    return reasons


@pytest.mark.parametrize("v", VIGNETTES, ids=IDS)
def test_summary_json_gives_the_reasons_and_urgency(v, tmp_path, capsys):
    path = tmp_path / f"{v.name}.csv"
    path.write_text(v.csv, encoding="utf-8")
    assert main(["summary", str(path), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["urgency"]) for r in d["see_a_doctor"]] == v.expected, v.follows
    assert [m["id"] for m in d["not_checked"]] == v.not_checked
    assert all(v.not_checked_says in m["why"] for m in d["not_checked"])


@pytest.mark.parametrize("v", VIGNETTES, ids=IDS)
def test_the_report_gives_the_reasons_under_how_soon(v):
    """The doctor's summary names each reason briefly, on one line per level of urgency, most urgent first."""
    html = build_report(v.diary())
    reasons = _expected_reasons(v)
    for heading, group in doctor_text.by_urgency(reasons):
        line = html.split(f"<strong>{esc(heading)}:</strong> ", 1)[1].split("</li>", 1)[0]
        places = [line.index(esc(f"{r.title}")) for r in group]
        assert places == sorted(places) and all(r.source in line for r in group)
    headings = [html.index(esc(doctor.urgency_heading(u))) for u in dict.fromkeys(u for _, u in v.expected)]
    assert headings == sorted(headings)  # most urgent first
    if not reasons:
        calm = doctor.none_apply_text(v.diary())
        assert esc(calm) in html and "Reasons to see a doctor" in html
    for line in doctor_text.not_checked_lines(doctor.not_checked(v.diary())):
        assert esc(third_person(line)) in html  # the summary speaks about the patient (issue 23)


@pytest.mark.parametrize("v", VIGNETTES, ids=IDS)
def test_the_overview_panel_gives_the_reasons_under_how_soon(v, open_page):
    at = open_page("pages/overview.py", {DIARY_KEY: SessionDiary(v.diary(), f"{v.name}.csv", False)})
    assert not at.exception, at.exception
    text = page_text(at)
    reasons = _expected_reasons(v)
    for r in reasons:
        assert doctor.urgency_heading(r.urgency) in text and r.reason in text
    places = [text.index(r.reason) for r in reasons]
    assert places == sorted(places)
    if not reasons and not v.not_checked:  # the calm sentence, only when every rule could be checked
        assert doctor.wording("none_apply") in text
    if v.not_checked:
        assert doctor.wording("none_apply") not in text and v.not_checked_says in text
        assert doctor.wording("not_checked_title") in text


def test_twitching_alone_carries_the_reassurance_everywhere(tmp_path, capsys):
    (v,) = [v for v in VIGNETTES if v.name == "twitching_alone"]
    (r,) = doctor.see_a_doctor(v.diary())
    assert "straight away" in r.reason and "usually harmless" in doctor_text.reason_text(r)
    assert "twitching (1 entry; MSD Manual 2023; MedlinePlus)" in build_report(v.diary())
