"""The summary behind `python -m cramplog summary`: its keys, known values, and agreement with the page."""
import json

import pytest

from cramplog.analyse.summary import summarise
from cramplog.diary import demo
from cramplog.present.summary_text import format_summary
from cramplog.present.your_diary import your_column
from cramplog.schema import make_diary

KEYS = {"entries", "first_date", "last_date", "cramps_per_week", "regions", "share_over_10_min",
        "median_duration_min", "median_severity", "share_no_trigger", "share_at_rest_or_asleep",
        "share_twitching", "weakness_entries", "share_stretching_helped", "trend", "see_a_doctor",
        "days_covered", "bases", "days_kept", "gaps", "not_checked"}  # issues 12, 19 and 18 added the last five


@pytest.fixture
def small():
    return make_diary([
        {"date": "2026-01-01", "location": "calf", "severity": 4, "duration_min": 2, "context": "asleep",
         "trigger": "none", "remedy": "stretching", "remedy_helped": "yes", "twitching": False, "weakness": False},
        {"date": "2026-01-05", "location": "calf", "severity": 6, "duration_min": 12, "context": "during activity",
         "trigger": "exercise", "remedy": "stretching", "remedy_helped": "no", "twitching": True},
        {"date": "2026-01-14", "location": "hand", "duration_min": 1, "trigger": "none"},
    ])


def test_keys_are_the_ones_the_issue_lists(small):
    assert set(summarise(small)) == KEYS


def test_known_values(small):
    d = summarise(small)
    assert d["entries"] == 3 and d["first_date"] == "2026-01-01" and d["last_date"] == "2026-01-14"
    assert d["cramps_per_week"] == 1.5  # 3 entries over 14 days
    assert d["regions"] == {"calf": 2, "hand": 1}
    assert d["share_over_10_min"] == 0.333
    assert d["median_duration_min"] == 2.0 and d["median_severity"] == 5.0
    assert d["share_no_trigger"] == 0.667
    assert d["share_at_rest_or_asleep"] == 0.5  # context recorded on 2 entries
    assert d["share_twitching"] == 0.5
    assert d["weakness_entries"] == 0
    assert d["share_stretching_helped"] == 0.5
    assert d["trend"] == "too little data"
    # a hand is not "the arms" (issue 13); twitching (MSD: straight away) comes before the long cramp (a GP visit)
    assert [(r["id"], r["urgency"]) for r in d["see_a_doctor"]] == [
        ("twitching", "straight away"), ("long_not_eased", "straight away"),
        ("long_cramps", "at an ordinary appointment")]
    assert all(set(r) >= {"reason", "entries", "source", "urgency"} for r in d["see_a_doctor"])
    assert {m["id"] for m in d["not_checked"]} == {"numbness", "swelling"}  # 14 days: the weekly rules are checked


def test_minimal_diary_gives_nulls_not_zeros():
    d = summarise(make_diary([{"date": "2026-01-01", "location": "calf"}]))
    for key in ("share_over_10_min", "median_duration_min", "median_severity", "share_no_trigger",
                "share_at_rest_or_asleep", "share_twitching", "weakness_entries", "share_stretching_helped"):
        assert d[key] is None, key
    assert d["cramps_per_week"] is None and d["days_covered"] == 1  # issue 12: no rate over one day
    json.dumps(d, allow_nan=False)


def _plain(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or type(value) in (int, float, str, bool)


def test_demo_summary_is_plain_json():
    d = summarise(demo.load_demo())
    assert _plain(d)  # no numpy or pandas scalars
    assert json.loads(json.dumps(d, allow_nan=False)) == d
    assert d["entries"] == sum(d["regions"].values())


def test_page_and_summary_rest_on_the_same_counts(small):
    cells, d = your_column(small), summarise(small)
    assert "1 of 3 lasted over 10 minutes" in cells["duration"] and d["share_over_10_min"] == round(1 / 3, 3)
    assert "Stretching eased 1 of 2" in cells["stretching"] and d["share_stretching_helped"] == 0.5
    assert "Median 2 minutes" in cells["duration"] and d["median_duration_min"] == 2.0
    assert cells["frequency"].startswith("1.5 cramps a week")


def test_readable_form(small):
    text = format_summary(summarise(small))
    assert "Entries: 3 (2026-01-01 to 2026-01-14)" in text
    assert "Cramps a week: 1.5" in text
    assert "Body regions: calf 2, hand 1" in text
    assert "Over 10 minutes: 33% of entries with a duration" in text
    assert "Weekly counts: too little data" in text
    assert "(1 entries; NHS" not in text and "Some cramps lasted longer than 10 minutes" in text


def test_readable_form_of_a_diary_with_no_reasons_says_so_calmly():
    text = format_summary(summarise(make_diary([{"date": "2026-01-01", "location": "calf"}])))
    assert "None of the reasons CrampLog could check show up" in text  # not "none", when it could not check
    assert "Cramps over 10 minutes: no durations recorded." in text
    assert "needs at least 2 weeks; your diary covers 1 day." in text
    assert "Median duration: not recorded" in text
