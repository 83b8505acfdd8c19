"""Download and report cost (issue 6): to_csv_bytes and build_report on diaries of growing size.

    python benchmarks/bench_export_report.py [--sizes 200 2000 20000 100000] [--repeat 3]

Prints one line per size: the best time of each over `--repeat` runs and the size of what the user
downloads. The diaries repeat the shipped demo diary, so every column is filled the way a real one is.
The report's fixed part is small since issue 23 (a static SVG timeline, no plotly inlined: about 55 kB for the
demo); the rest grows with the entries table.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import best  # noqa: E402
from cramplog.base.canonical import to_csv_bytes  # noqa: E402
from cramplog.diary.demo import load_demo  # noqa: E402
from cramplog.write.report import build_report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 20000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    demo = load_demo()
    print(f"{'entries':>8} {'csv s':>7} {'csv KiB':>8} {'report s':>9} {'report KiB':>11}")
    for n in args.sizes:
        diary = pd.concat([demo] * (n // len(demo) + 1), ignore_index=True).iloc[:n]
        csv_s, csv_b = best(lambda diary=diary: to_csv_bytes(diary), args.repeat), len(to_csv_bytes(diary))
        report = build_report(diary).encode("utf-8")
        rep_s, rep_b = best(lambda diary=diary: build_report(diary), args.repeat), len(report)
        print(f"{n:>8} {csv_s:>7.2f} {csv_b // 1024:>8} {rep_s:>9.2f} {rep_b // 1024:>11}")


if __name__ == "__main__":
    main()
