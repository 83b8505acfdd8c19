"""Issue 12: every number holds at the edges. Each case of the issue with its minimal diary, checked
where a user meets it: the page (AppTest), `python -m cramplog summary` and the doctor report."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from cramplog.analyse.key_numbers import key_numbers as key_numbers_of
from cramplog.analyse.summary import summarise
from cramplog.cli import main
from cramplog.schema import make_diary
from cramplog.write.report import build_report, key_numbers
from tests.helpers import CHARTS, COMPARE, OVERVIEW, REPORT, metrics, own, page_text, set_range, takeaway, tiles

OVERVIEW, CHARTS, COMPARE, REPORT = "pages/overview.py", "pages/charts.py", "pages/compare.py", "pages/report.py"


def days(first: str, last: str, **extra) -> list[dict]:
    """One calf cramp on every day from `first` to `last`."""
    return [{"date": d.date().isoformat(), "location": "calf", **extra} for d in pd.date_range(first, last)]


def cli(capsys, tmp_path, rows: list[dict], *args: str) -> str:
    """`python -m cramplog summary` of the diary, run in-process; what it printed."""
    path = tmp_path / "diary.csv"
    make_diary(rows).assign(date=lambda d: d["date"].dt.strftime("%Y-%m-%d")).to_csv(path, index=False)
    assert main(["summary", str(path), *args]) == 0
    return capsys.readouterr().out


# 1. A steady rate is not "rising" (or "falling") because of partly covered first and last weeks.
STEADY = {"from Sunday": days("2026-01-04", "2026-01-25"), "from Monday": days("2026-01-05", "2026-01-26")}


@pytest.mark.parametrize("name", list(STEADY))
def test_1_a_steady_rate_is_steady_in_cli_report_and_page(name, capsys, tmp_path, open_page):
    rows = STEADY[name]  # before: [1, 7, 7, 7] "rising" from Sunday, [7, 7, 7, 1] "falling" from Monday
    assert json.loads(cli(capsys, tmp_path, rows, "--json"))["trend"] == "steady"
    assert "Weekly counts: steady, from 7 a week in the earlier weeks to 7" in build_report(make_diary(rows))
    at = open_page(COMPARE, own(rows))
    assert any("Weekly counts: steady" in cell for t in at.table for cell in t.value.astype(str).to_numpy().ravel())


# 2. The report's rate is over its period; the Overview, the Charts takeaway and the summary agree.
SPREAD = days("2026-01-01", "2026-01-01") + days("2026-01-10", "2026-01-20") + days("2026-01-31", "2026-01-31")


def test_2_report_rate_is_over_its_period(capsys, tmp_path):
    d = json.loads(cli(capsys, tmp_path, SPREAD, "--from", "2026-01-05", "--to", "2026-01-25", "--json"))
    assert (d["entries"], d["days_covered"], d["cramps_per_week"]) == (11, 21, 3.67)  # before: 7 (11 over 11 days)
    html = build_report(make_diary(SPREAD), start=dt.date(2026, 1, 5), end=dt.date(2026, 1, 25))
    assert tiles(html)["Cramps a week"] == "3.7 a week"
    assert "11 cramps over 21 days, about 3.7 a week" in html  # the timeline's takeaway (before: "about 1 a day")
    assert "every day had the same number" not in html  # 10 of its 21 days had none
    quiet = build_report(make_diary(SPREAD), start=dt.date(2026, 1, 22), end=dt.date(2026, 1, 30))
    assert tiles(quiet)["Cramps a week"] == "0 a week"  # before: "not recorded"
    d = json.loads(cli(capsys, tmp_path, SPREAD, "--from", "2026-01-22", "--to", "2026-01-30", "--json"))
    assert (d["entries"], d["days_covered"], d["cramps_per_week"]) == (0, 9, 0.0)
    outside = json.loads(cli(capsys, tmp_path, SPREAD, "--from", "2025-01-01", "--to", "2025-01-31", "--json"))
    assert (outside["entries"], outside["days_covered"], outside["cramps_per_week"]) == (0, 0, None)
    assert "Entries: 0 (no entries in these dates)" in cli(capsys, tmp_path, SPREAD, "--to", "2025-12-31")


def test_2_overview_charts_and_report_page_show_the_same_rate(open_page):
    at = set_range(open_page(OVERVIEW, own(SPREAD)), "2026-01-05", "2026-01-25")
    assert metrics(at)["Cramps a week"].value == "3.7"
    at.switch_page(CHARTS).run()
    assert "about 3.7 a week" in takeaway(at, "11 cramps over 21 days")
    assert takeaway(at, "Cramps were noted on 11 of 21 days")  # the calendar spans the chosen dates too
    at = open_page(REPORT, own(SPREAD))
    at.date_input[0].set_value(dt.date(2026, 1, 5))
    at.date_input[1].set_value(dt.date(2026, 1, 25)).run()
    shown = at.table[0].value
    assert dict(zip(shown["Key number"], shown["Value"]))["Cramps a week"] == "3.7 a week"  # before: 7


# 3. The Overview compares only with a period the diary covers.
def test_3_overview_does_not_compare_with_days_before_the_diary(open_page):
    at = set_range(open_page(OVERVIEW, own(days("2026-01-10", "2026-01-24"))), "2026-01-15", "2026-01-24")
    cramps = metrics(at)["Cramps"]
    assert cramps.value == "10" and not cramps.delta  # before: "10" with "+5" against 5 covered days of 10
    assert "No change figures: the diary begins on 10 Jan 2026" in page_text(at)


# 4. No "(0%) happened at night", no "weakness with 0%"; shares over the entries that say yes or no.
DAYTIME = [{"date": "2026-01-05", "time": "15:00", "location": "calf", "twitching": True},
           {"date": "2026-01-06", "time": "16:00", "location": "calf", "twitching": False},
           {"date": "2026-01-07", "time": "17:00", "location": "calf"}]


def test_4_wording_of_none_and_of_unrecorded(open_page, capsys, tmp_path):
    at = open_page(CHARTS, own(DAYTIME))
    assert takeaway(at, "None of the 3 cramps with a time happened at night")
    companions = takeaway(at, "Noted alongside, among the entries that answer each question")
    assert "twitching in 50% (1 of 2)" in companions and "weakness not recorded" in companions  # before: 33%, 0%
    d = json.loads(cli(capsys, tmp_path, DAYTIME, "--json"))
    assert d["share_twitching"] == 0.5 and d["bases"]["share_twitching"] == {"n": 1, "of": 2}
    assert "Twitching noted in 1 of 2 entries that say yes or no (50%)" in build_report(make_diary(DAYTIME))


# 5. No rate over fewer than 7 days: the count and the days instead.
def test_5_no_rate_below_a_week(open_page, capsys, tmp_path):
    three = [{"date": "2026-01-05", "location": "calf"}] * 3
    d = json.loads(cli(capsys, tmp_path, three, "--json"))
    assert d["cramps_per_week"] is None and d["days_covered"] == 1  # before: 21.0
    assert "(3 cramps over 1 day)" in cli(capsys, tmp_path, three)
    assert tiles(build_report(make_diary(three)))["Cramps a week"] == "3 cramps over 1 day"
    at = open_page(OVERVIEW, own(three))
    assert metrics(at)["Cramps"].value == "3" and metrics(at)["Days covered"].value == "1"  # before: "21.0",
    assert "Cramps a week" not in metrics(at)  # then "Cramps per week: 3 in 1 day" (issue 23 item 7)
    assert "3 cramps over 1 day" in at.dataframe[0].value["This period"].tolist()


def test_5_large_counts_never_print_in_scientific_notation():
    crowd = make_diary([{"date": "2026-01-05", "location": "calf"}] * 200_000)
    assert summarise(crowd)["cramps_per_week"] is None  # before: 1400000.0, printed "1.4e+06"
    assert dict(key_numbers(key_numbers_of(crowd)))["Cramps a week"] == "200,000 cramps over 1 day"
    week = pd.concat([crowd, crowd.assign(date=pd.Timestamp("2026-01-11"))], ignore_index=True)
    assert dict(key_numbers(key_numbers_of(week)))["Cramps a week"] == "400,000 a week"


# 6. Nights, not entries: three cramps in one night are one night; 01:00 on Monday is Sunday night.
def asleep(*stamps: str) -> list[dict]:
    return [{"date": s[:10], "time": s[11:], "location": "calf", "context": "asleep"} for s in stamps]


ONE_NIGHT_A_WEEK = asleep("2026-01-06 23:00", "2026-01-07 01:00", "2026-01-07 03:00",
                          "2026-01-13 23:30", "2026-01-14 01:00", "2026-01-14 02:00")
SUNDAY_NIGHTS = asleep("2026-01-09 23:00", "2026-01-10 23:00", "2026-01-12 01:00",
                       "2026-01-16 23:00", "2026-01-17 23:00", "2026-01-19 01:00")


def test_6_disturbed_sleep_counts_nights(open_page, capsys, tmp_path):
    def ids(rows):
        return [r["id"] for r in json.loads(cli(capsys, tmp_path, rows, "--json"))["see_a_doctor"]]

    assert "disturbed_sleep" not in ids(ONE_NIGHT_A_WEEK)  # before: it applied (3 entries a week)
    assert "disturbed_sleep" in ids(SUNDAY_NIGHTS)  # before: it did not (Monday 01:00 counted in the next week)
    woke = "Cramps woke you on"
    in_summary = "cramps that disturb sleep, by CrampLog"  # the doctor's summary names the reason in brief, with its count
    assert in_summary in build_report(make_diary(SUNDAY_NIGHTS))
    assert in_summary not in build_report(make_diary(ONE_NIGHT_A_WEEK))
    assert woke in page_text(open_page(OVERVIEW, own(SUNDAY_NIGHTS)))
    assert woke not in page_text(open_page(OVERVIEW, own(ONE_NIGHT_A_WEEK)))


# 7. Small slips.
def test_7_body_regions_is_a_dash_when_no_place_was_recorded(open_page):
    rows = [{"date": d["date"], "severity": 4.0} for d in days("2026-01-01", "2026-01-20")]
    at = set_range(open_page(OVERVIEW, own(rows)), "2026-01-11", "2026-01-20")
    regions = metrics(at)["Body regions"]
    assert regions.value == "–" and not regions.delta  # before: "0" with "no change"


STRETCHING = [{"date": f"2026-01-0{d}", "location": "calf", "remedy": "stretching", "remedy_helped": helped}
              for d, helped in ((5, "yes"), (6, "no"), (7, None), (8, None))]


def test_7_stretching_share_says_what_it_rests_on(capsys, tmp_path):
    text = cli(capsys, tmp_path, STRETCHING)
    assert "50% of entries where stretching was tried and the result noted (1 of 2)" in text
    assert json.loads(cli(capsys, tmp_path, STRETCHING, "--json"))["bases"]["share_stretching_helped"] == \
        {"n": 1, "of": 2}
    assert "Stretching eased 1 of 2 cramps where it was tried and the result noted" in \
        build_report(make_diary(STRETCHING))


TIE = [{"date": f"2026-01-0{d}", "location": where} for d, where in ((5, "calf"), (6, "hand"), (7, "hand"), (8, "calf"))]


def test_7_ties_name_the_same_winner_everywhere(open_page, capsys, tmp_path):
    # The rule: the region earlier in the vocabulary (head to toe) wins a tie: hand before calf.
    assert list(json.loads(cli(capsys, tmp_path, TIE, "--json"))["regions"]) == ["hand", "calf"]
    assert tiles(build_report(make_diary(TIE)))["Most noted places"] == "hand 2, calf 2"
    # A tie is said to be one, naming the tied in that order (before: "Calf had the most", then "Hand had the most").
    assert takeaway(open_page(CHARTS, own(TIE)), "Hand and calf tied for the most cramps (each 50% of 4)")


def test_7_calendar_does_not_single_out_a_day_when_all_tie(open_page):
    at = open_page(CHARTS, own(days("2026-01-05", "2026-01-09")))
    assert takeaway(at, "Cramps were noted on 5 of 5 days").endswith(
        "every day had the same number, 1.")  # before: "the most on one day was 1, on 5 Jan 2026."
    assert takeaway(at, "5 cramps over 5 days").endswith("every day had the same number, 1.")  # the timeline too


def test_summary_takes_the_same_period_options_as_report(tmp_path, capsys):
    path = tmp_path / "diary.csv"
    path.write_text("date,location\n2026-01-05,calf\n")
    assert main(["summary", str(path), "--from", "2026-02-01", "--to", "2026-01-01"]) == 2
    assert "--from 2026-02-01 is after --to 2026-01-01" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad:
        main(["summary", str(path), "--from", "yesterday"])
    assert bad.value.code == 2
