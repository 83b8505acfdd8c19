"""The doctor summary read as a GP reads it (issue 23 items 9-11): a clinician-shaped checklist. Titled with
the period, the person's optional details, a Notable box first (what changed, with bases, and the reasons to
see a doctor with a spot for how soon), written in the third person, every count with its base, entries by
date and time, and small enough to mail."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from cramplog.analyse import doctor
from cramplog.diary.demo import load_demo
from cramplog.schema import make_diary
from cramplog.write.report import build_report, wording

MAX_BYTES = 1_500_000  # "small enough to mail"


def _rising() -> list[dict]:
    """Four weeks of 2 cramps a week, then four of 6; a hand cramp in the last weeks; twitching on half."""
    rows = []
    for week in range(8):
        monday = dt.date(2026, 1, 5) + dt.timedelta(weeks=week)
        for i in range(2 if week < 4 else 6):
            rows.append({"date": (monday + dt.timedelta(days=i)).isoformat(), "time": f"0{i}:30",
                         "location": "hand" if week == 7 and i == 0 else "calf", "twitching": i % 2 == 0,
                         "weakness": False})
    return rows


@pytest.fixture(scope="module")
def rising() -> str:
    return build_report(make_diary(_rising()), name="bearable-export.csv")


def _text(html: str) -> str:
    """What a reader reads: the markup's text, the entries table (the person's own words) left out."""
    html = re.sub(r'<section class="entries-page">.*?</section>', "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_titled_cramp_diary_summary_with_the_period_not_the_file(rising):
    assert "<h1>Cramp diary summary</h1>" in rising
    assert "<title>Cramp diary summary, 5 January 2026 to" in rising
    head = rising[:rising.index('class="note"')]
    assert "5 January 2026 to" in head and "bearable-export.csv" not in head
    assert "Diary file: bearable-export.csv." in rising  # named once, in the footnote


def test_the_optional_details_head_the_summary_and_only_those_given():
    about = {"name": "Ada Lovelace", "born": "64", "medicines": "", "questions": "Is this ALS?"}
    html = build_report(load_demo(), about=about)
    box = html[html.index('class="about"'):html.index('class="note"')]
    assert "<dt>Name</dt><dd>Ada Lovelace</dd>" in box and "<dt>Date of birth or age</dt><dd>64</dd>" in box
    assert "Current medicines" not in box and "Is this ALS?" in box
    assert 'class="about"' not in build_report(load_demo())  # none given: no empty box


def test_notable_comes_first_with_what_changed_and_its_bases(rising):
    box = _text(rising[rising.index('class="notable"'):rising.index(wording()["key_numbers"])])
    assert "Cramps a week: rising, 2 → 6.2 (the earlier against the later half of 8 weeks)." in box
    assert "New place after the first month: hand (first 23 Feb 2026)." in box
    assert "Twitching noted in 16 of 32 entries that say yes or no (50%)." in box
    assert "Weakness the next day noted in 0 of 32 entries that say yes or no (0%)." in box
    assert rising.index('class="notable"') < rising.index('class="tiles"') < rising.index('class="charts"')


def test_notable_lists_the_reasons_to_see_a_doctor_under_how_soon():
    demo = build_report(load_demo())
    box = _text(demo[demo.index('class="notable"'):demo.index(wording()["key_numbers"])])
    for reason in doctor.see_a_doctor(load_demo()):
        assert reason.title in box and reason.source in box
    soonest = box.index(doctor.urgency_heading("straight away"))
    assert soonest < box.index(doctor.urgency_heading("at an ordinary appointment"))  # most urgent first


def test_written_in_the_third_person(rising):
    for html in (rising, build_report(load_demo())):
        spoken_to = re.findall(r"\b(?:you|your|yours)\b", _text(html), flags=re.I)
        assert spoken_to == []


def test_every_count_has_its_base():
    html = build_report(load_demo())
    tiles = _text(html[html.index('class="tiles"'):html.index('class="charts"')])
    assert "Median severity (0–10) of 192 entries with one" in tiles
    assert "0 of 192 Entries noting weakness of those that say yes or no" in tiles
    assert "4% (7 of 192)" in tiles and "86% (165 of 192)" in tiles


def test_entries_run_by_date_and_time():
    rows = [{"date": "2026-03-02", "time": "23:00"}, {"date": "2026-03-02", "time": "01:15"},
            {"date": "2026-03-01", "time": "22:00"}, {"date": "2026-03-02"}]
    cells = re.findall(r"<tr><td>(2026-03-0\d)</td><td>([\d:]*)</td>", build_report(make_diary(rows)))
    assert cells == [("2026-03-01", "22:00"), ("2026-03-02", ""), ("2026-03-02", "01:15"), ("2026-03-02", "23:00")]


def test_where_the_cramps_were_prints_as_a_table_by_side():
    html = build_report(load_demo())
    start = html.index("<thead>", html.index('<table class="body">'))
    body = _text(html[start:html.index("</table>", start)])
    assert body.split()[:6] == ["Place", "Left", "Right", "Both", "No", "side"]
    assert "calf 60 56 8 124 (65%)" in body


def test_small_enough_to_mail_and_fully_offline():
    html = build_report(load_demo())
    size = len(html.encode("utf-8"))
    print(f"\ndemo summary: {size:,} bytes (was 4.9 MB with plotly inlined)")
    assert size <= MAX_BYTES
    assert not re.search(r"<script|<link|@import|url\(|(?:src|href)\s*=", html, flags=re.I)
