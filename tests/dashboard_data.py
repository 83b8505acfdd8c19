"""Diaries the dashboard tests share: the odd ones that must get messages instead of charts."""
from __future__ import annotations

import pandas as pd

from cramplog.diary.demo import load_demo
from cramplog.schema import empty_diary, make_diary

ENTRY = {"date": "2026-05-01", "time": "02:10", "location": "calf", "side": "left", "severity": 6.0,
         "duration_min": 2.0, "context": "asleep", "trigger": "none", "remedy": "stretching",
         "remedy_helped": "yes", "twitching": False, "weakness": False, "stiffness_after": True}


def one_day() -> pd.DataFrame:
    return make_diary([{**ENTRY, "time": t, "location": loc} for t, loc in
                       (("01:00", "calf"), ("03:30", "foot"), ("14:00", "calf"), ("23:10", "thigh"))])


def no_times() -> pd.DataFrame:
    return load_demo().assign(time=None).astype({"time": "str"})


def no_severity_column() -> pd.DataFrame:
    return load_demo().drop(columns="severity")


# name -> (diary, charts that still draw from it)
ODD_DIARIES = {
    "empty": (empty_diary, set()),
    "one entry": (lambda: make_diary([ENTRY]), set()),
    "all on one day": (one_day, {"hour_weekday", "body", "distributions", "context", "remedies"}),
    "no times": (no_times, {"timeline", "calendar", "body", "distributions", "context", "remedies",
                            "companions", "spread"}),
    "no severity column": (no_severity_column, {"timeline", "calendar", "hour_weekday", "body",
                                                "distributions", "context", "remedies", "companions",
                                                "spread"}),
}
