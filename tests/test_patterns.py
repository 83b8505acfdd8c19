"""The "your diary" column: each cell's numbers on small diaries whose answers are known in advance."""
import pandas as pd

from cramplog.analyse.periods import Period
from cramplog.present.your_diary import ROW_IDS, framing, your_column
from cramplog.schema import make_diary

NOT_RECORDED = "Not recorded in your diary."


def diary(*rows, start="2026-01-05"):
    """Entries on consecutive days from a Monday unless a row gives its own date."""
    day0 = pd.Timestamp(start)
    return make_diary([{"date": (day0 + pd.Timedelta(days=i)).date().isoformat(), **r} for i, r in enumerate(rows)])


def test_every_row_has_a_cell():
    cells = your_column(diary({"location": "calf"}))
    assert list(cells) == list(ROW_IDS)
    assert all(isinstance(v, str) and v for v in cells.values())


def test_where_counts_calf_and_foot_and_names_the_other_regions():
    cells = your_column(diary({"location": "calf"}, {"location": "toes"}, {"location": "foot"},
                              {"location": "hand"}, {"location": "thigh"}, {"location": "hand"}, {}))
    assert cells["where"] == ("3 of 6 entries with a place noted (50%) were in the calf or foot. "
                              "Elsewhere: hand (2), thigh (1).")


def test_where_keeps_the_users_own_words_out_of_the_cell():
    cells = your_column(diary({"location": "other", "location_detail": "<b>behind the knee</b>"}))
    assert "places described in your own words (1)" in cells["where"]
    assert "knee" not in cells["where"]


def test_widespread_counts_regions_per_week_and_sides():
    # Week 1: calf and hand (2 regions); week 2: calf only.
    df = diary({"date": "2026-01-05", "location": "calf", "side": "left"},
               {"date": "2026-01-06", "location": "hand", "side": "both"},
               {"date": "2026-01-13", "location": "calf", "side": "right"},
               {"date": "2026-01-14", "location": "calf"})
    assert your_column(df)["widespread"] == (
        "On average 1.5 body regions in a week with cramps; at most 2 in one week. "
        "1 of 3 entries with a side noted was on both sides, 2 on one side.")


def test_a_count_of_one_reads_in_the_singular():
    # 6 entries with a side (1 on both sides), 6 with a place (1 in the calf).
    df = diary({"location": "calf", "side": "both"}, *[{"location": "hand", "side": "left"}] * 5)
    cells = your_column(df)
    assert "1 of 6 entries with a side noted was on both sides, 5 on one side." in cells["widespread"]
    assert cells["where"].startswith("1 of 6 entries with a place noted (17%) was in the calf or foot.")
    one = your_column(diary({"location": "foot", "side": "both", "context": "asleep", "trigger": "none",
                             "remedy": "stretching", "remedy_helped": "yes", "twitching": False}))
    assert one["where"] == "1 of 1 entry with a place noted (100%) was in the calf or foot. None were elsewhere."
    assert one["widespread"].endswith("1 of 1 entry with a side noted was on both sides, 0 on one side.")
    assert one["when"].startswith("1 of 1 entry with a setting noted (100%) happened")
    assert one["triggers"] == "1 of 1 entry with a trigger noted (100%) named no trigger."
    assert one["stretching"].startswith("Stretching eased 1 of 1 cramp where it was tried")
    assert one["twitching"] == "Twitching noted in none of the 1 entry that says yes or no."


def test_when_triggers_and_duration():
    df = diary({"context": "asleep", "trigger": "none", "duration_min": 1.0},
               {"context": "at rest", "trigger": "exercise", "duration_min": 12.0},
               {"context": "during activity", "trigger": "none", "duration_min": 10.0},
               {})
    cells = your_column(df)
    assert cells["when"] == "2 of 3 entries with a setting noted (67%) happened asleep or at rest (1 while asleep)."
    assert cells["triggers"] == "2 of 3 entries with a trigger noted (67%) named no trigger."
    # exactly 10 minutes is not "over 10"
    assert cells["duration"] == "Median 10 minutes, from 3 entries with a duration. 1 of 3 lasted over 10 minutes."


def test_duration_says_none_over_ten():
    assert your_column(diary({"duration_min": 0.5}, {"duration_min": 2.5}))["duration"] == (
        "Median 1.5 minutes, from 2 entries with a duration. None of the 2 lasted over 10 minutes.")


def test_stretching_share_counts_only_entries_where_stretching_was_tried_and_rated():
    df = diary({"remedy": "stretching", "remedy_helped": "yes"},
               {"remedy": "stretching", "remedy_helped": "partly"},
               {"remedy": "stretching", "remedy_helped": "no"},
               {"remedy": "stretching"},
               {"remedy": "massage", "remedy_helped": "no"})
    assert your_column(df)["stretching"] == (
        "Stretching eased 2 of 3 cramps where it was tried and the result noted (67%: helped or partly helped).")


def test_stretching_never_tried():
    cell = your_column(diary({"remedy": "massage", "remedy_helped": "yes"}))["stretching"]
    assert cell == "No entry notes trying stretching together with whether it helped."


def test_companions():
    df = diary({"twitching": True, "weakness": False, "stiffness_after": True},
               {"twitching": False, "weakness": True},
               {"twitching": False})
    cells = your_column(df)
    assert cells["twitching"] == "Twitching noted in 1 of 3 entries that say yes or no (33%)."
    # the "Weakness and wasting" row reports weakness only: stiffness after a cramp is not spasticity (issue 18)
    assert cells["weakness"] == "Weakness the next day noted in 1 of 2 entries that say yes or no (50%)."
    assert "tiff" not in your_column(diary({"stiffness_after": True}))["weakness"]
    assert your_column(diary({"twitching": False}, {"twitching": False}))["twitching"] == (
        "Twitching noted in none of the 2 entries that say yes or no.")


def test_frequency_is_entries_per_week_of_the_diary_span_and_median_severity():
    # 7 entries over 14 days (first to last inclusive) = 3.5 a week.
    df = diary(*[{"date": f"2026-01-{d:02d}", "severity": s} for d, s in
                 [(5, 2), (6, 4), (8, 6), (10, 8), (12, None), (15, 3), (18, 5)]])
    assert your_column(df)["frequency"] == (
        "3.5 cramps a week on average: 7 entries over 14 days. "
        "Median severity 4.5 out of 10, from 6 entries with a severity.")


def weekly(counts, location=lambda week: "calf"):
    """A diary with counts[i] entries on the Monday of week i."""
    rows = [{"date": (pd.Timestamp("2026-01-05") + pd.Timedelta(weeks=w)).date().isoformat(),
             "location": location(w)} for w, n in enumerate(counts) for _ in range(n)]
    return make_diary(rows)


def whole_weeks(counts):
    """The course cell of `weekly(counts)` kept for whole weeks, Monday to the last Sunday (issue 12: rates
    are over the days covered, so a diary ending on a Monday would count that Monday as its last week)."""
    period = Period(pd.Timestamp("2026-01-05"), pd.Timestamp("2026-01-04") + pd.Timedelta(weeks=len(counts)))
    return your_column(weekly(counts), period)["course"]


def test_course_rising_falling_steady_and_too_little():
    assert whole_weeks([1, 1, 3, 3]).startswith(
        "Weekly counts: rising, from 1 a week in the earlier weeks to 3 in the later ones (4 weeks).")
    assert whole_weeks([3, 3, 1, 1]).startswith("Weekly counts: falling")
    assert whole_weeks([2, 2, 3, 2]).startswith("Weekly counts: steady")
    assert whole_weeks([5, 5, 5]).startswith("Too little data to see a direction yet")
    assert whole_weeks([1, 1, 1, 1]).startswith("Too little data")  # 4 entries
    # Issue 12: the same diary ending on its last Monday: the later half is 6 cramps over 8 days, 5.25 a week.
    assert your_column(weekly([1, 1, 3, 3]))["course"].startswith(
        "Weekly counts: rising, from 1 a week in the earlier weeks to 5.2 in the later ones (4 weeks).")


def test_course_names_regions_first_seen_after_the_first_month():
    df = weekly([2, 2, 2, 2, 2, 2, 2], location=lambda w: "hand" if w == 6 else "calf")
    assert your_column(df)["course"].endswith("First noted after the first month: hand (16 Feb 2026). "
                                              "A cramp in a new place is not weakness spreading: in ALS, what spreads "
                                              "is weakness, which a clinician finds by examining you (Shefner 2020).")
    assert your_column(weekly([2] * 7))["course"].endswith("No body region first appeared after the first month.")


def test_minimal_diary_date_and_location_only():
    cells = your_column(make_diary([{"date": "2026-01-05", "location": "calf"},
                                    {"date": "2026-01-06", "location": "foot"}]))
    for row in ("when", "triggers", "duration", "stretching", "twitching", "weakness"):
        assert cells[row] == NOT_RECORDED, row
    assert cells["where"].startswith("2 of 2 entries")
    assert cells["frequency"].endswith("Severity not recorded.")


def test_empty_diary():
    assert set(your_column(make_diary([])).values()) == {NOT_RECORDED}


def test_framing_line_says_a_diary_cannot_decide():
    text = framing().lower()
    assert "cannot tell als from common cramps" in text and "weakness" in text and "examin" in text
