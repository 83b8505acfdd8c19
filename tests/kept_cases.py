"""Synthetic exports, written the way Bearable, Flaredown and Daylio write them (formats.md), for diaries kept
on some days only: the three real-world cases of issue 19 and the 40-of-200-days case of its "done when".

`python -m tests.kept_cases` rewrites the fixtures in tests/fixtures/formats/ (a test checks they match).
No real person's data: every value is made up.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

FORMATS = Path(__file__).parent / "fixtures" / "formats"
BEARABLE_HEADER = '"date","weekday","time of day","category","rating/amount","detail","notes"'


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def bearable_date(day: dt.date) -> str:
    """22nd Sep 2020."""
    return f"{_ordinal(day.day)} {day:%b %Y}"


def _quoted(*cells: str) -> str:
    return ",".join('"' + c.replace('"', '""') + '"' for c in cells)


def bearable(kept: list[dt.date], cramps: dict[dt.date, str]) -> str:
    """A Bearable export: on every kept day a mood and a sleep reading (and now and then a headache); on a cramp
    day a "Leg cramps" symptom at the part of the day or the clock time given in `cramps` ("pre+am" is the same
    cramp in two parts of the day, as Bearable writes it). Newest day first, like the app."""
    rows = []
    for n, day in enumerate(sorted(kept, reverse=True)):
        weekday = f"{day:%A}"
        rows.append(_quoted(bearable_date(day), weekday, "am", "Mood", str(4 + n % 5), "Meh | Tired"))
        rows.append(_quoted(bearable_date(day), weekday, "", "Sleep", f"{6 + n % 3}:30", "In bed 23:00 - 06:30"))
        if n % 4 == 1:
            rows.append(_quoted(bearable_date(day), weekday, "mid", "Symptom", "1", "Headache (Mild)"))
        for part in cramps.get(day, "").split("+") if day in cramps else []:
            level = ("Mild", "Moderate", "Severe")[n % 3]
            rows.append(_quoted(bearable_date(day), weekday, part, "Symptom", str(1 + n % 3), f"Leg cramps ({level})",
                                "woke me" if part in ("pre", "03:10") else ""))
    return "\n".join([BEARABLE_HEADER, *rows]) + "\n"


def _days(start: dt.date, offsets) -> list[dt.date]:
    return [start + dt.timedelta(days=o) for o in offsets]


BEARABLE_START = dt.date(2025, 1, 6)


def bearable_71_of_309() -> str:
    """Kept on 71 days spread over 309: a busy first month, a month back, four months without the app, two months
    back, and a last stretch of weekly use; 19 cramps."""
    skip_a, skip_b = {4, 9, 15, 21, 26}, {52, 54, 57, 59, 62, 64, 67, 69, 72, 74, 76, 78}
    offsets = ([o for o in range(0, 30) if o not in skip_a] + [o for o in range(50, 80) if o not in skip_b]
               + [198 + round(i * 2.5) for i in range(20)] + [263, 269, 275, 281, 287, 293, 300, 308])
    kept = _days(BEARABLE_START, offsets)
    # Counted over every day the later weeks hold twice the cramps of the earlier ones ("rising"); over the days
    # the diary was kept, the two halves of its kept weeks differ far less.
    cramp_offsets = [0, 11, 24, 51, 66, 79, 198, 200, 203, 206, 208, 210, 213, 216, 228, 243, 275, 300, 308]
    parts = ("pre+am", "03:10", "pm", "all day", "am")
    cramps = {day: parts[i % len(parts)] for i, day in enumerate(_days(BEARABLE_START, cramp_offsets))}
    assert len(kept) == 71 and set(cramps) <= set(kept)
    return bearable(kept, cramps)


def bearable_40_of_200() -> str:
    """The issue's "done when": kept on 40 of 200 days, 10 cramps; two stretches of use with a gap between."""
    start = dt.date(2025, 3, 3)
    offsets = list(range(0, 40, 2)) + list(range(160, 200, 2))[:19] + [199]
    kept = _days(start, offsets)
    cramps = {day: ("pm", "pre+am")[i % 2] for i, day in enumerate(_days(start, [0, 8, 16, 24, 38, 160, 170, 180,
                                                                                 190, 199]))}
    assert len(kept) == 40 and set(cramps) <= set(kept)
    return bearable(kept, cramps)


FLAREDOWN_HEADER = "user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,trackable_value"
FLAREDOWN_ME = "QEVuQwEAWRNGnuTRqXG2996KSkTIEw=="
FLAREDOWN_OTHER = "QEVuQwEAWJ+yi0pS3hW6PZd8XXhTLg=="


def flaredown_9_over_319() -> str:
    """A research export of two people; one checked in on 9 days over 319, tracking leg cramps (0 on six of them:
    a check-in without a cramp) beside a condition, a treatment and now and then a tag."""
    start = dt.date(2016, 2, 1)
    offsets = [0, 31, 77, 120, 151, 199, 240, 287, 318]
    levels = [2, 0, 0, 0, 3, 0, 0, 0, 1]
    rows = []
    for n, (day, level) in enumerate(zip(_days(start, offsets), levels)):
        rows += [f"{FLAREDOWN_ME},52,female,US,{day},1069,Condition,Fibromyalgia,{1 + n % 3}",
                 f"{FLAREDOWN_ME},52,female,US,{day},4411,Symptom,Leg cramps,{level}",
                 f"{FLAREDOWN_ME},52,female,US,{day},42,Treatment,Magnesium,1 x 400.0 mg"]
        if n % 3 == 0:
            rows.append(f"{FLAREDOWN_ME},52,female,US,{day},88,Tag,walked a lot,")
    for day in _days(start, [3, 4, 10]):
        rows += [f"{FLAREDOWN_OTHER},,,,{day},1356,Symptom,Stomach cramps,2",
                 f"{FLAREDOWN_OTHER},,,,{day},4411,Symptom,Leg cramps,1"]
    return "\n".join([FLAREDOWN_HEADER, *sorted(rows, key=lambda r: r.split(",")[4])]) + "\n"


DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note"


def daylio_25_to_30_may() -> str:
    """Kept every day from 25 to 30 May, one to three entries a day, a leg cramp noted on the 26th, 27th and 29th.
    Newest first, as Daylio writes it."""
    entries = [  # (day of May, time, mood, activities, note)
        (25, "9:10 am", "good", "work | coffee ", ""), (25, "10:40 pm", "meh", "tired ", ""),
        (26, "07:05", "sad ", "leg cramp | bad sleep ", "woke at 5 with a calf cramp"), (26, "6:30 pm", "good", "walk ", ""),
        (27, "10:15 pm", "meh", "leg cramp | tired ", ""), (28, "8:00 am", "good", "work ", ""),
        (28, "9:45 pm", "rad", "friends | music ", ""), (29, "11:20 pm", "meh", "leg cramp ", "stretched"),
        (30, "8:30 am", "good", "clean | music ", ""), (30, "7:50 pm", "good", "walk | cook ", ""),
    ]
    rows = []
    for day, time, mood, activities, note in sorted(entries, key=lambda e: e[0], reverse=True):
        date = dt.date(2024, 5, day)
        quoted_note = f'"{note}"' if note else '""'
        rows.append(f"{date},{day} May,{date:%A},{time},{mood},{activities},\"\",{quoted_note}")
    return "\n".join([DAYLIO_HEADER, *rows]) + "\n"


CASES = {  # fixture file -> what writes it
    "bearable_kept_71_of_309.csv": bearable_71_of_309,
    "flaredown_9_over_319.csv": flaredown_9_over_319,
    "daylio_25_to_30_may.csv": daylio_25_to_30_may,
}

if __name__ == "__main__":
    for name, write in CASES.items():
        (FORMATS / name).write_text(write(), encoding="utf-8")
        print(f"wrote {FORMATS / name}")
