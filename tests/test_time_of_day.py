"""One answer for time of day (issue 23 item 13): Charts, the comparison and the summary say the same
sentence, with its base and how many entries have no time."""
from __future__ import annotations

from cramplog.present import dashboard
from cramplog.present.your_diary import your_column
from cramplog.schema import make_diary
from cramplog.write.report import build_report

# 32 entries like a Bearable import: 12 with a clock time, all at night; 20 with only a part of the day.
ROWS = ([{"date": f"2026-02-{d:02d}", "time": "02:30", "location": "calf"} for d in range(1, 13)]
        + [{"date": f"2026-03-{d:02d}", "location": "calf"} for d in range(1, 21)])
SAID = ("Most cramps with a time happened at night, between 22:00 and 06:00: 12 of 12 (100%) "
        "(20 of 32 entries have no time)")


def test_charts_give_the_night_share_with_its_base_and_the_entries_without_a_time():
    assert dashboard.build_chart("hour_weekday", make_diary(ROWS)).takeaway.startswith(SAID + ";")


def test_the_summary_and_the_comparison_say_the_same():
    diary = make_diary(ROWS)
    assert your_column(diary)["when"].startswith(SAID)
    html = build_report(diary)
    assert SAID in html and "Time of day</th><td>Not recorded" not in html  # before: "Not recorded"
