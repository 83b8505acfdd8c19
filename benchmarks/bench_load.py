"""Diary import speed and memory (issue 3): load_diary on a 1M-row canonical diary vs a bare pandas parse.

    python benchmarks/bench_load.py [--rows 1000000] [--repeat 3]

Prints, from the same run: the best load-and-validate time, the best bare `pandas.read_csv` +
`to_datetime` time of the same file, their ratio (bar 2x since issue 10, aim 1.5x), and the peak memory of each.
Both read the file's bytes from disk first. Peak memory is each child process's resource.getrusage
maxrss (tracemalloc would miss pyarrow's buffers), so it includes the interpreter, the imports and
the file's bytes; the baseline shows that share.
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def write_diary(path: Path, rows: int, seed: int = 1) -> None:
    """A canonical diary with realistic variety: several years of dates, times, every column filled."""
    from cramplog.schema import CONTEXTS, HELPED, REMEDIES, SIDES, TRIGGERS

    rng = np.random.default_rng(seed)
    days = pd.date_range("2020-01-01", periods=2500, freq="D").strftime("%Y-%m-%d").to_numpy()
    frame = pd.DataFrame({
        "date": np.sort(rng.choice(days, rows)),
        "time": pd.Series(rng.integers(0, 24, rows)).map("{:02d}".format) + ":"
        + pd.Series(rng.integers(0, 60, rows)).map("{:02d}".format),
        "location": rng.choice(["calf", "foot", "toes", "thigh", "hamstring", "hand"], rows),
        "location_detail": "",
        "side": rng.choice(SIDES, rows),
        "severity": rng.integers(0, 11, rows).astype(float),
        "duration_min": np.round(rng.lognormal(0.6, 0.8, rows), 1),
        "context": rng.choice(CONTEXTS, rows),
        "trigger": rng.choice(TRIGGERS, rows),
        "remedy": rng.choice(REMEDIES, rows),
        "remedy_helped": rng.choice(HELPED, rows),
        "twitching": rng.choice(["yes", "no"], rows),
        "weakness": rng.choice(["yes", "no"], rows),
        "stiffness_after": rng.choice(["yes", "no"], rows),
        "notes": np.where(rng.random(rows) < 0.1, "woke me up", ""),
    })
    frame.to_csv(path, index=False)


def measure(kind: str, path: str) -> dict:
    """One timed run in this (fresh) process, after a warm-up on the small demo diary (as in the app,
    where imports and first-call set-up are long done when someone uploads)."""
    demo = ROOT / "data" / "demo_diary.csv"
    if kind == "load":
        from cramplog.read.load import load_diary
        load_diary(demo.read_bytes())
        start = time.perf_counter()
        result = load_diary(Path(path).read_bytes())
        elapsed = time.perf_counter() - start
        assert result.rows_loaded == result.rows_read and not result.problems, result.problems[:3]
    else:
        pd.to_datetime(pd.read_csv(io.BytesIO(demo.read_bytes()))["date"], format="%Y-%m-%d")
        start = time.perf_counter()
        frame = pd.read_csv(io.BytesIO(Path(path).read_bytes()))
        frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
        elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": elapsed, "peak_mb": peak_mb}


def run_child(kind: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", kind, str(path)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    parser.add_argument("--write", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    if args.write:
        write_diary(Path(args.write), args.rows)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "diary.csv"
        # Written by a child too: Linux carries a parent's peak RSS into the children it starts.
        subprocess.run([sys.executable, __file__, "--write", str(path), "--rows", str(args.rows)], check=True)
        size_mb = path.stat().st_size / 1e6
        runs = {"bare": [], "load": []}
        for _ in range(args.repeat):  # interleaved, so background load on the machine hits both alike
            for kind in runs:
                runs[kind].append(run_child(kind, path))
    best = {kind: min(r["seconds"] for r in rs) for kind, rs in runs.items()}
    peak = {kind: max(r["peak_mb"] for r in rs) for kind, rs in runs.items()}
    ratio = best["load"] / best["bare"]
    print(f"diary: {args.rows:,} rows, {size_mb:.0f} MB; best of {args.repeat} runs, each in a fresh process")
    print(f"bare pandas.read_csv + to_datetime: {best['bare']:.2f} s   peak RSS {peak['bare']:.0f} MB")
    print(f"load_diary (load + validate):      {best['load']:.2f} s   peak RSS {peak['load']:.0f} MB")
    print(f"ratio: {ratio:.2f}x  (bar 2x, aim 1.5x) -> {'within the bar' if ratio <= 2 else 'OVER THE BAR'}")
    print("peak memory: resource.getrusage(RUSAGE_SELF).ru_maxrss of each child process")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
