"""Other apps' exports and workbooks (issue 10): how fast a format is recognised and a big export loads.

    python benchmarks/bench_formats.py [--rows 100000] [--repeat 3]

Prints, best of `--repeat` runs in this process (after a warm-up on a small file):
- recognising the format of each app's header (budget < 50 ms; the stage of reading the header and choosing the
  adapter, without reading the rows);
- loading a Bearable-layout export of `--rows` readings, a fifth of them symptoms (budget <= 2 s);
- loading an .xlsx workbook of `--rows` diary rows (budget <= 10 s).
The machine's other work makes these figures noisy: compare runs on a quiet machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.timing import best  # noqa: E402


def bearable_bytes(rows: int, seed: int = 1) -> bytes:
    rng = np.random.default_rng(seed)
    days = pd.date_range("2020-01-01", periods=1500, freq="D")
    day = rng.choice(days, rows)
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
    dates = [f"{d.day}{ordinal.get(d.day, 'th')} {d:%b %Y}" for d in pd.DatetimeIndex(day)]
    category = rng.choice(["Symptom", "Mood", "Factors", "Meds/Supplements", "Sleep"], rows)
    names = rng.choice(["Leg cramps", "Headache", "Stomach cramps", "Back (lower) pain", "Fatigue"], rows)
    levels = rng.choice(["Mild", "Moderate", "Severe"], rows)
    frame = pd.DataFrame({
        "date": dates, "weekday": pd.DatetimeIndex(day).day_name(),
        "time of day": rng.choice(["pre", "am", "mid", "pm", "all day", "03:00", "23:32", ""], rows),
        "category": category, "rating/amount": rng.integers(1, 4, rows).astype(str),
        "detail": np.where(category == "Symptom", pd.Series(names) + " (" + levels + ")", "Meh | Anxious"),
        "notes": np.where(rng.random(rows) < 0.05, "woke me", ""),
    })
    return frame.to_csv(index=False, quoting=1).encode()


def xlsx_bytes(rows: int, seed: int = 1) -> bytes:
    from tests.workbooks import xlsx

    rng = np.random.default_rng(seed)
    start = dt.date(2020, 1, 1)
    body = [[start + dt.timedelta(days=int(d)), f"{h:02d}:{m:02d}", loc, int(s), float(dur)]
            for d, h, m, loc, s, dur in zip(rng.integers(0, 2000, rows), rng.integers(0, 24, rows),
                                            rng.integers(0, 60, rows), rng.choice(["calf", "foot", "thigh"], rows),
                                            rng.integers(0, 11, rows), np.round(rng.lognormal(0.6, 0.8, rows), 1))]
    return xlsx([("Diary", [["date", "time", "location", "severity", "duration_min"], *body])])


def recognition(repeat: int) -> float:
    from cramplog.read import formats
    from cramplog.read.source import read_source

    heads = [b'"date","weekday","time of day","category","rating/amount","detail","notes"\n'
             b'"1st Jan 2020","a","am","Mood","1","x",""\n',
             b"user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,trackable_value\nu,,,,2020-01-01,1,Tag,x,\n",
             b"full_date,date,weekday,time,mood,activities,note_title,note\n2020-01-01,1 January,Monday,18:52,meh,x,,\n",
             b"ParticipantID,ParticipantIdentifier,Date,Symptom,Severity\np,p,2020-01-01,x,\n",
             b"date,location,severity\n2020-01-01,calf,5\n"]
    return max(best(lambda h=h: formats.recognise(read_source(h).headers), repeat) for h in heads)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from cramplog.read.load import load_diary

    load_diary((ROOT / "data" / "demo_diary.csv").read_bytes())  # warm-up: imports and first-call set-up
    print(f"format recognition (slowest of 5 headers, read + recognise): {recognition(args.repeat) * 1000:.1f} ms "
          "(budget < 50 ms)")
    bearable = bearable_bytes(args.rows)
    seconds = best(lambda: load_diary(bearable), args.repeat)
    r = load_diary(bearable)
    print(f"Bearable export, {args.rows:,} readings ({len(bearable) / 1e6:.1f} MB): {seconds:.2f} s (budget <= 2 s); "
          f"{r.rows_loaded:,} loaded, {r.rows_rejected:,} rejected, {r.rows_skipped:,} skipped")
    book = xlsx_bytes(args.rows)
    seconds = best(lambda: load_diary(book), args.repeat)
    r = load_diary(book)
    print(f".xlsx workbook, {args.rows:,} rows ({len(book) / 1e6:.1f} MB): {seconds:.2f} s (budget <= 10 s); "
          f"{r.rows_loaded:,} loaded, {r.rows_rejected:,} rejected")
    print("best of", args.repeat, "runs; figures are noisy on a shared machine")


if __name__ == "__main__":
    main()
