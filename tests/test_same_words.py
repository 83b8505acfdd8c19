"""Issue 12: a number, a count and a tie read the same on every surface a user meets them: the Overview,
the Charts takeaways, `python -m cramplog summary`, the comparison's "your diary" column and the report."""
from __future__ import annotations

import pandas as pd

from cramplog.base.words import plural
from cramplog.cli import main
from cramplog.diary.entries import check_edits
from cramplog.present import dashboard, key_numbers
from cramplog.present.wording import MEDIAN_NOTE
from cramplog.present.your_diary import your_column
from cramplog.schema import make_diary
from cramplog.write.report import build_report, third_person
from tests.helpers import CHARTS, COMPARE, OVERVIEW, metrics, own, page_text, set_range, takeaway, tiles

# Fourteen days, one cramp each: 7 a week exactly, and a median severity of 5.75 (half 5.5, half 6).
EVEN = [{"date": d.date().isoformat(), "location": "calf", "severity": 5.5 if i % 2 else 6.0, "duration_min": 2.0}
        for i, d in enumerate(pd.date_range("2026-01-05", "2026-01-18"))]


def cli_text(capsys, tmp_path, rows: list[dict]) -> str:
    path = tmp_path / "diary.csv"
    make_diary(rows).assign(date=lambda d: d["date"].dt.strftime("%Y-%m-%d")).to_csv(path, index=False)
    assert main(["summary", str(path)]) == 0
    return capsys.readouterr().out


def test_a_number_reads_the_same_on_every_surface(open_page, capsys, tmp_path):
    diary = make_diary(EVEN)
    at = open_page(OVERVIEW, own(EVEN))
    shown = metrics(at)
    assert shown["Cramps a week"].value == "7"  # before: "7.0"
    assert shown["Median severity (0–10)"].value == "5.8"
    text = cli_text(capsys, tmp_path, EVEN)
    assert "Cramps a week: 7\n" in text
    assert "Median severity (0-10): 5.8\n" in text  # before: 5.75
    report = tiles(build_report(diary))
    assert report["Cramps a week"] == "7 a week" and report["Median severity (0–10)"] == "5.8"
    assert "7 cramps a week on average" in your_column(diary)["frequency"]
    assert "Median severity 5.8 out of 10" in your_column(diary)["frequency"]
    assert "Median severity was 5.8 out of 10" in dashboard.build_chart("distributions", diary).takeaway
    at.switch_page(CHARTS).run()
    assert "about 7 a week" in takeaway(at, "14 cramps over 14 days")


# The report has no filters: its chart messages must not send the reader to widen them.
def test_chart_messages_hold_in_the_report_and_the_charts_page_points_to_its_filters(open_page):
    one = [{"date": "2026-01-05", "time": "03:00", "location": "calf", "severity": 4}]
    html = build_report(make_diary(one))
    assert "filter" not in html.lower()  # before: "Widen the filters", "these filters leave 1"
    assert "it needs at least 2 entries with a body region, and there is only 1." in html
    at = set_range(open_page(CHARTS, own(EVEN)), "2026-01-05", "2026-01-05")
    assert any("These dates and body regions leave 1 of 14 entries. Widen the filters" in i.value for i in at.info)
    assert not any("filter" in i.value for i in at.info if "Not enough data" in i.value or "No entries" in i.value)


# Plurals agree with their number, on every surface, through the wording helpers.
def test_one_reads_as_one():
    two_weeks = make_diary([{"date": "2026-01-05", "location": "calf", "duration_min": 1.0},
                            {"date": "2026-01-18", "location": "calf", "duration_min": 1.0}])
    cells = your_column(two_weeks)
    assert cells["frequency"].startswith("1 cramp a week on average: 2 entries over 14 days.")  # before: "1 cramps"
    assert cells["duration"].startswith("Median 1 minute, from 2 entries")  # before: "Median 1 minutes"
    assert cells["widespread"].startswith("On average 1 body region in a week")
    assert "Median duration 1 minute;" in dashboard.build_chart("distributions", two_weeks).takeaway
    assert key_numbers.comparison_note("2026-01-10", "2026-01-10", "2026-01-01").endswith(
        "the change against the 1 day just before.")  # before: "the 1 days"
    edited = two_weeks.astype(object)
    edited.loc[len(edited)] = [None] * len(edited.columns)  # a blank row the loader cannot keep
    assert check_edits(edited) == (None, ["1 entry could not be read back."])  # before: "1 entries"


def test_plural_words_a_number_as_number_does():
    assert [plural(n, "cramp") for n in (1, 1.0, 1.04, 1.5, 2, 1200)] == \
        ["1 cramp", "1 cramp", "1 cramp", "1.5 cramps", "2 cramps", "1,200 cramps"]


# A tie is said to be one, naming the tied in vocabulary order, never a winner picked by position.
HALVES = [{"date": "2026-01-05", "time": "02:00", "location": "hand", "context": "asleep", "trigger": "heat",
           "remedy": "massage", "remedy_helped": "yes"},
          {"date": "2026-01-06", "time": "15:00", "location": "calf", "context": "at rest", "trigger": "exercise",
           "remedy": "stretching", "remedy_helped": "no"}]


def test_ties_are_said_to_be_ties(open_page, capsys, tmp_path):
    at = open_page(CHARTS, own(HALVES))
    hours = takeaway(at, "Night and the other hours tied: 1 of 2 cramps with a time (50%) happened at night")
    assert hours.endswith("the busiest hours tied, with 1 cramp each, beginning at 02:00 and 15:00.")
    assert takeaway(at, "Hand and calf tied for the most cramps (each 50% of 2)")  # before: "Calf had the most"
    assert takeaway(at, "Cramps started while asleep and at rest equally often (50% each)").endswith(
        "100% had a named trigger, most often exercise and heat (tied).")
    assert takeaway(at, "Stretching and massage were tried equally often (1 time each)").endswith(
        "of the tries with an answer: stretching 0%, massage 100%.")  # before: "Stretching was tried most often (1 times)"
    text = page_text(at)
    assert "largest group" not in text and "had the most cramps" not in text and "tried most often" not in text
    assert "Body regions: hand 1, calf 1" in cli_text(capsys, tmp_path, HALVES)
    assert tiles(build_report(make_diary(HALVES)))["Most noted places"] == "hand 1, calf 1"
    three = HALVES + [{"date": "2026-01-07", "location": "foot"}]
    assert tiles(build_report(make_diary(three)))["Most noted places"] == "hand 1, calf 1, foot 1"  # before: "hand 1, calf 1"


def test_fewer_than_half_at_night_is_not_called_the_largest_group():
    thirds = make_diary([{"date": "2026-01-05", "time": t} for t in ("02:00", "12:00", "13:00")])
    assert dashboard.build_chart("hour_weekday", thirds).takeaway.startswith(
        # before: "The largest group"
        "Fewer than half of the cramps with a time happened at night, between 22:00 and 06:00: 1 of 3 (33%)")


# Next to the ALS column's "the weakness spreads", a new place is said not to be weakness spreading, in the
# words of the regions chart's caption.
NEW_PLACE = [{"date": "2026-01-05", "location": "calf"}, {"date": "2026-03-05", "location": "hand"}]


def test_a_new_place_is_not_called_weakness_spreading_where_the_diary_lists_one(open_page):
    caveat = next(i.caveat for i in dashboard.chart_infos() if i.key == "spread")
    assert caveat.startswith("A cramp in a new place is not weakness spreading")
    assert next(i.caption for i in dashboard.chart_infos() if i.key == "spread").endswith(caveat)
    course = your_column(make_diary(NEW_PLACE))["course"]
    assert course.endswith(f"First noted after the first month: hand (5 Mar 2026). {caveat}")
    at = open_page(COMPARE, own(NEW_PLACE))
    assert any(caveat in cell for t in at.table for cell in t.value.astype(str).to_numpy().ravel())
    assert third_person(caveat) in build_report(make_diary(NEW_PLACE))  # the report speaks about the patient
    assert caveat not in your_column(make_diary(NEW_PLACE[:1]))["course"]  # no new place, nothing to explain


def test_summary_says_it_does_not_diagnose_even_for_an_empty_period(capsys, tmp_path):
    path = tmp_path / "diary.csv"
    make_diary(NEW_PLACE).assign(date=lambda d: d["date"].dt.strftime("%Y-%m-%d")).to_csv(path, index=False)
    assert main(["summary", str(path), "--to", "2025-12-31"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Entries: 0 (no entries in these dates)",
                                                    "CrampLog describes patterns; it does not diagnose."]


# "Median" is explained by one sentence (wording.MEDIAN_NOTE) wherever it is explained.
def test_median_is_explained_in_one_sentence_everywhere(open_page):
    pages = {page: page_text(open_page(page, own(EVEN))) for page in (OVERVIEW, CHARTS, COMPARE)}
    for page, text in pages.items():
        assert MEDIAN_NOTE in text, page
        assert "the middle value" not in text.replace(MEDIAN_NOTE, ""), page  # before: three different sentences
        assert "{" not in text, page  # every placeholder filled
    report = build_report(make_diary(EVEN))
    assert MEDIAN_NOTE in report and "the middle value" not in report.replace(MEDIAN_NOTE, "")


def test_a_rate_too_small_to_round_says_under_a_tenth_everywhere():
    """Two cramps in almost eight years are not "0 a week": the tile, the report and the takeaway agree."""
    import datetime as dt

    from cramplog.analyse.key_numbers import key_numbers as key_numbers_of
    from cramplog.present import dashboard
    from cramplog.schema import make_diary
    from cramplog.write.report import key_numbers

    diary = make_diary([{"date": "2026-01-05"}, {"date": "2033-09-05"}])
    numbers = key_numbers_of(diary)
    assert dict(key_numbers(numbers))["Cramps a week"] == "under 0.1 a week"
    assert "2 cramps over 2,801 days, under 0.1 a week;" in dashboard.build_chart("timeline", diary).takeaway
    empty = key_numbers_of(diary, dt.date(2027, 1, 1), dt.date(2027, 6, 30))
    assert dict(key_numbers(empty))["Cramps a week"] == "0 a week"  # none noted: a true zero
