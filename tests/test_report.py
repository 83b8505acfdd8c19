"""The doctor summary: what it contains, that diary text stays text, that it loads nothing, its period."""
from __future__ import annotations

import datetime as dt
import inspect
import re

import pytest
from markupsafe import escape

from cramplog.analyse import doctor
from cramplog.diary.demo import load_demo
from cramplog.present import doctor_text, your_diary
from cramplog.schema import make_diary
from cramplog.write import report as report_module
from cramplog.write.report import TEMPLATES, _template, build_report, third_person, wording
from tests.helpers import page_text
from ui.state import DIARY_KEY, SessionDiary

HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "javascript:alert(document.cookie)",
    "=HYPERLINK(\"http://evil.example\",\"x\")",
    "</td></tr></table><h1>fake</h1>",
]


def _without_scripts(html: str) -> str:
    """The document's markup with the (inlined, trusted) plotly library and chart code taken out."""
    return re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S | re.I)


@pytest.fixture(scope="module")
def demo_report() -> str:
    return build_report(load_demo(), name="Demo diary")


def test_summary_parts_in_order_and_entries_after_a_page_break(demo_report):
    w = wording()
    order = [w["not_a_diagnosis"], w["notable"], w["notable_reasons"], w["key_numbers"], w["timeline"], w["body"],
             w["comparison"], w["entries"]]
    positions = [demo_report.index(text) for text in order]
    assert positions == sorted(positions)
    assert "1 April 2026 to 27 September 2026" in demo_report
    assert re.search(r"\.entries-page\s*\{[^}]*break-before:\s*page", demo_report)
    assert demo_report.index('class="entries-page"') > demo_report.index(w["comparison"])


def test_the_median_is_explained_on_the_summary_page(demo_report):
    explained = demo_report.index("A median is the middle value")
    assert demo_report.index("Median severity") < explained < demo_report.index('class="entries-page"')


def test_numbers_and_words_come_from_the_shared_builders(demo_report):
    diary = load_demo()
    for cell in your_diary.your_column(diary).values():
        assert escape(third_person(cell)) in demo_report  # the shared sentences, about the patient
    for heading, group in doctor_text.by_urgency(doctor.see_a_doctor(diary)):  # one line per level, most urgent first
        assert escape(f"{heading}: ") in demo_report.replace("</strong>", "")
        assert escape(doctor_text.in_brief(group)) in demo_report
    assert "All entries (192)" in demo_report
    assert demo_report.count("<tr><td>2026-") == 192


def test_the_timeline_is_a_static_svg_and_nothing_is_loaded_from_the_network(demo_report):
    assert demo_report.count("<svg ") == 1 and "plotly" not in demo_report.lower()  # no charting library
    assert not re.search(r"<script\b", demo_report, flags=re.I)  # nothing runs: it prints as it is
    markup = _without_scripts(demo_report)
    assert not re.search(r"""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", markup, flags=re.I)
    assert not re.search(r"<link\b|@import|url\(|@font-face", markup, flags=re.I)


@pytest.mark.parametrize("text", HOSTILE)
def test_diary_text_is_escaped_everywhere(text):
    diary = make_diary([{"date": "2026-03-01", "location": "other", "location_detail": text, "notes": text},
                        {"date": "2026-03-02", "location": "calf", "notes": "ordinary"}])
    html = build_report(diary, name=text)
    markup = _without_scripts(html)
    assert "<script>alert" not in html and "<img src=x" not in html and "<h1>fake" not in html
    assert 'href="javascript' not in markup.lower() and "onerror=alert" not in markup.replace("onerror=alert(1)&gt;", "")
    assert markup.count("<h1>") == 1 and "<a " not in markup
    assert escape(text) in markup  # shown as the characters typed: &, <, >, " and ' all escaped


def test_only_the_timeline_svg_is_passed_as_markup():
    # The template escapes every value; nothing in it opts out, and the one Markup made in Python wraps
    # the timeline's SVG, drawn from numbers. Diary text can therefore never reach the page unescaped.
    template = (TEMPLATES / "report.html").read_text(encoding="utf-8")
    assert _template().environment.autoescape is True
    assert not re.search(r"\|\s*safe|autoescape\s+false|\{%\s*raw", template)
    source = inspect.getsource(report_module)
    assert source.count("Markup(") == 1 and '"svg": Markup(svg)' in source


def test_the_period_limits_every_part(demo_report):
    diary = load_demo()
    html = build_report(diary, start=dt.date(2026, 5, 1), end=dt.date(2026, 5, 31))
    in_may = diary[(diary["date"] >= "2026-05-01") & (diary["date"] <= "2026-05-31")]
    assert "1 May 2026 to 31 May 2026" in html
    assert f"All entries ({len(in_may)})" in html
    assert html.count("<tr><td>2026-05-") == len(in_may) and "<tr><td>2026-04-" not in html
    assert f'<div class="num">{len(in_may)}</div><div class="lbl">Entries</div>' in html


def test_a_period_without_entries_still_makes_a_calm_report():
    html = build_report(load_demo(), start=dt.date(2020, 1, 1), end=dt.date(2020, 1, 31))
    assert "All entries (0)" in html and wording()["no_entries"] in html
    assert wording()["not_a_diagnosis"] in html


# --- The page ---

def _key_numbers(at) -> dict[str, str]:
    table = at.table[0].value
    return dict(zip(table["Key number"], table["Value"]))


def test_page_previews_the_period_and_downloads_its_report(open_page, deferred_downloads):
    diary = make_diary([{"date": f"2026-03-{d:02d}", "location": "calf", "severity": 4.0, "notes": HOSTILE[0]}
                        for d in range(1, 21)])
    at = open_page("pages/report.py", {DIARY_KEY: SessionDiary(diary, "mine.csv", False)})
    assert not at.exception
    text = page_text(at)
    assert "nothing is saved on the server" in text
    assert any("cannot tell ALS from common cramps" in i.value for i in at.info)
    assert _key_numbers(at)["Entries"] == "20"
    at.date_input[0].set_value(dt.date(2026, 3, 11)).run()
    assert _key_numbers(at)["Entries"] == "10"
    html = deferred_downloads["cramplog-summary-2026-03-11-to-2026-03-20.html"]()
    assert "11 March 2026 to 20 March 2026" in html and "All entries (10)" in html
    assert "mine.csv" in html and "<script>alert" not in html
    assert any(b.label == "Download my diary (CSV)" for b in at.download_button)


def test_page_says_when_the_start_is_after_the_end(open_page):
    at = open_page("pages/report.py")
    at.date_input[0].set_value(dt.date(2026, 9, 1))
    at.date_input[1].set_value(dt.date(2026, 5, 1)).run()
    assert not at.exception
    assert any("start date is after the end date" in e.value for e in at.error)


def test_page_puts_the_optional_details_at_the_top_of_the_summary(open_page, deferred_downloads):
    diary = make_diary([{"date": f"2026-03-{d:02d}", "location": "calf"} for d in range(1, 11)])
    at = open_page("pages/report.py", {DIARY_KEY: SessionDiary(diary, "mine.csv", False)})
    at.text_input(key="report.about.name").input("Ada <b>Lovelace</b>")
    at.text_area(key="report.about.questions").input("Is quinine safe for me?").run()
    assert not at.exception
    html = deferred_downloads["cramplog-summary-2026-03-01-to-2026-03-10.html"]()
    about = html[html.index('class="about"'):html.index('class="notable"')]
    assert "<dt>Name</dt><dd>Ada &lt;b&gt;Lovelace&lt;/b&gt;</dd>" in about
    assert "<dt>What the patient would like to ask</dt><dd>Is quinine safe for me?</dd>" in about
    assert "Date of birth" not in about  # left empty: not printed
