"""Issue 9, one place per rule: a clinician's edit to data/doctor_rules.toml (the long-cramp limit, the
night hours, the shortest span for a rate, a rule's own numbers) changes every output: the Overview, the
Charts takeaways and captions, `summary`, the "your diary" column, the doctor panel's reasons and the report."""
from __future__ import annotations

import json

import pytest

from cramplog.analyse import doctor, rules
from cramplog.analyse.summary import summarise
from cramplog.cli import main
from cramplog.present import dashboard
from cramplog.present.summary_text import format_summary
from cramplog.present.your_diary import your_column
from cramplog.schema import make_diary
from cramplog.write.report import build_report
from tests.helpers import every_rule_diary, page_text
from ui.state import DIARY_KEY, SessionDiary

# Three days, a 6-minute cramp at 21:30 and a 3-minute one; every rule under the edited limits applies.
ROWS = [{"date": "2026-01-05", "time": "21:30", "location": "calf", "duration_min": 6.0, "context": "at rest"},
        {"date": "2026-01-06", "time": "14:00", "location": "calf", "duration_min": 3.0, "context": "at rest"},
        {"date": "2026-01-07", "time": "15:00", "location": "calf", "duration_min": 2.0, "context": "at rest"}]


@pytest.fixture
def edited_rules(tmp_path, monkeypatch):
    """A copy of the rules with the limit at 5 minutes, night from 21:00, rates from 3 days on, and the
    sleep rule at 1 night a week in 1 week, the frequent rule at 4 days a week in 1 week, the widespread rule at
    2 parts of the body."""
    text = rules.RULES_PATH.read_text(encoding="utf-8")
    edits = {"duration_min = { above = 10 }": "duration_min = { above = 5 }",
             "first_hour = 22": "first_hour = 21", "min_span_days = 7": "min_span_days = 3",
             "per_week = 3": "per_week = 4", "per_week = 2": "per_week = 1", "min_weeks = 2": "min_weeks = 1",
             "min_parts = 3": "min_parts = 2"}
    for old, new in edits.items():  # in this order: "per_week = 3" becomes 4 before 2 becomes 1
        assert old in text, old
        text = text.replace(old, new)
    copy = tmp_path / "doctor_rules.toml"
    copy.write_text(text, encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_PATH", copy)
    rules.rules.cache_clear()
    yield
    rules.rules.cache_clear()


def test_the_unedited_rules_give_the_usual_answers():
    d = summarise(make_diary(ROWS))
    assert d["share_over_10_min"] == 0 and d["cramps_per_week"] is None
    assert "Over 10 minutes: 0%" in format_summary(d)


def test_summary_cli_column_and_report_follow_the_edit(edited_rules, tmp_path, capsys):
    diary = make_diary(ROWS)
    d = summarise(diary)
    assert d["share_over_10_min"] == 0.333 and d["bases"]["share_over_10_min"] == {"n": 1, "of": 3}
    assert d["cramps_per_week"] == 7.0  # 3 entries over 3 days, now long enough for a rate
    assert [r["id"] for r in d["see_a_doctor"]] == ["long_cramps"]
    path = tmp_path / "diary.csv"
    diary.assign(date=diary["date"].dt.strftime("%Y-%m-%d")).to_csv(path, index=False)
    assert main(["summary", str(path)]) == 0
    assert "Over 5 minutes: 33% of entries with a duration (1 of 3)" in capsys.readouterr().out
    assert main(["summary", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cramps_per_week"] == 7.0
    assert "1 of 3 lasted over 5 minutes" in your_column(diary)["duration"]
    html = build_report(diary)
    assert "Lasting over 5 min" in html and "33% (1 of 3)" in html and "7 a week" in html


def test_charts_follow_the_edit(edited_rules):
    diary = make_diary(ROWS)
    hours = dashboard.build_chart("hour_weekday", diary).takeaway
    assert "happened at night, between 21:00 and 06:00" in hours  # 21:30 is night now
    assert "lasted longer than 5 minutes" in dashboard.build_chart("distributions", diary).takeaway
    marks = [a.text for a in dashboard.build_chart("distributions", diary).figure.layout.annotations]
    assert "5 min" in marks


def test_pages_follow_the_edit(edited_rules, open_page):
    state = {DIARY_KEY: SessionDiary(make_diary(ROWS), "mine.csv", False)}
    at = open_page("pages/overview.py", state)
    assert {m.label: m.value for m in at.metric}["Cramps a week"] == "7"
    assert "Some cramps lasted longer than" in page_text(at)  # the doctor panel's long-cramp reason
    at.switch_page("pages/charts.py").run()
    assert "between 21:00 and 06:00" in page_text(at)
    at.switch_page("pages/compare.py").run()
    assert any("1 of 3 lasted over 5 minutes" in cell for t in at.table for cell in t.value.astype(str).to_numpy().ravel())


def _caption(key: str) -> str:
    return next(i.caption for i in dashboard.chart_infos() if i.key == key)


# Each reason's numbers, as every surface shows them (the panel, the report and `summary` word it the same).
def reason_phrases(above, per_week, min_weeks, min_parts) -> list[str]:
    return [f"longer than {above} minutes", f"on {per_week} or more nights a week, in {min_weeks} or more weeks",
            f"in {min_parts} or more parts of the body"]


def _shown(capsys, tmp_path) -> list[str]:
    """The doctor reasons' text in the panel's list, the report and the CLI summary, for a diary meeting every rule."""
    diary = every_rule_diary()
    path = tmp_path / "diary.csv"
    diary.assign(date=diary["date"].dt.strftime("%Y-%m-%d")).to_csv(path, index=False)
    assert main(["summary", str(path)]) == 0
    return [" ".join(r.reason for r in doctor.see_a_doctor(diary)), build_report(diary), capsys.readouterr().out]


def test_reasons_and_captions_name_the_rules_numbers(capsys, tmp_path):
    panel, report, cli_text = _shown(capsys, tmp_path)
    assert "{" not in panel  # every placeholder filled
    for text in (panel, cli_text):
        assert all(phrase in text for phrase in reason_phrases(10, 2, 2, 3))
    assert "cramps over 10 minutes (" in report  # the summary names reasons in brief, with the limit
    assert "The dashed line marks 10 minutes" in _caption("distributions")


def test_reasons_and_captions_follow_the_edit(edited_rules, capsys, tmp_path, open_page):
    panel, report, cli_text = _shown(capsys, tmp_path)
    for text in (panel, cli_text):  # before: "10 minutes", "2 or more nights a week", "3 or more parts"
        assert all(phrase in text for phrase in reason_phrases(5, 1, 1, 2))
    assert "cramps over 5 minutes (" in report
    assert "The dashed line marks 5 minutes" in _caption("distributions")
    at = open_page("pages/charts.py", {DIARY_KEY: SessionDiary(make_diary(ROWS), "mine.csv", False)})
    assert any("The dashed line marks 5 minutes" in c.value for c in at.caption)
