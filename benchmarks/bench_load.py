"""Diary import speed and memory (issues 3, 20): a 1M-row canonical diary against a bare pandas parse.

    python benchmarks/bench_load.py [--rows 1000000] [--repeat 5]

Two comparisons, each run as pairs in fresh processes, CrampLog and the bare parse alternately so that
background load on a shared machine hits both alike; the ratio printed is the median of the pairs' ratios.
- whole process (issue 20, aim 1.5x, memory aim 1.3x): `python -m cramplog check --json FILE` against
  `python -c` of `pandas.read_csv(FILE)` + `to_datetime` of its dates, start-up and imports included,
  wall time from start to exit; peak memory is each child's maxrss from os.wait4.
- in process (issue 3, bar 2x): `load_diary` of the file's bytes against `read_csv` + `to_datetime` of the
  same bytes, each after a warm-up on the demo diary (as in the app, where imports are long done).
Peak memory (resource maxrss: tracemalloc would miss pyarrow's buffers) includes the interpreter, the
imports and the file's bytes; the bare parse shows that share.
"""
from __future__ import annotations

import argparse
import compileall
import io
import json
import os
import resource
import statistics
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


WHOLE_AIM, MEMORY_AIM, IN_PROCESS_BAR = 1.5, 1.3, 2.0
BARE_SCRIPT = ("import sys, pandas as pd; frame = pd.read_csv(sys.argv[1]); "
               "frame['date'] = pd.to_datetime(frame['date'], format='%Y-%m-%d')")


def whole_process(kind: str, path: Path) -> dict:
    """Wall time and peak memory of one whole process: CrampLog's `check --json` or the bare parse."""
    command = ([sys.executable, "-m", "cramplog", "check", str(path), "--json"] if kind == "check"
               else [sys.executable, "-c", BARE_SCRIPT, str(path)])
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{kind} failed: {proc.stderr.read().decode()[-2000:]}")
    return {"seconds": elapsed, "peak_mb": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime}


def paired(measure_one, kinds: tuple[str, str], repeat: int) -> dict:
    """`repeat` pairs, the two kinds alternately (the first kind first in even pairs, second in odd)."""
    runs = {kind: [] for kind in kinds}
    for i in range(repeat):
        for kind in (kinds if i % 2 == 0 else kinds[::-1]):
            runs[kind].append(measure_one(kind))
    ours, bare = kinds
    return {
        "median_s": {k: statistics.median(r["seconds"] for r in rs) for k, rs in runs.items()},
        "peak_mb": {k: statistics.median(r["peak_mb"] for r in rs) for k, rs in runs.items()},
        "ratio": statistics.median(a["seconds"] / b["seconds"] for a, b in zip(runs[ours], runs[bare])),
        "ratios": [a["seconds"] / b["seconds"] for a, b in zip(runs[ours], runs[bare])],
        "cpu_ratio": statistics.median(a["cpu_s"] / b["cpu_s"] for a, b in zip(runs[ours], runs[bare]))
        if "cpu_s" in runs[ours][0] else None,
    }


def report(title: str, figures: dict, names: tuple[str, str], aim: float, memory_aim: float | None) -> None:
    from benchmarks.timing import median_range

    (ours, bare), (label_ours, label_bare) = figures["median_s"], names
    spread = ", ".join(f"{r:.2f}" for r in sorted(figures["ratios"]))
    print(f"{title}")
    print(f"  {label_bare:<44}{figures['median_s'][bare]:6.2f} s   peak {figures['peak_mb'][bare]:5.0f} MB")
    print(f"  {label_ours:<44}{figures['median_s'][ours]:6.2f} s   peak {figures['peak_mb'][ours]:5.0f} MB")
    ratio, memory = figures["ratio"], figures["peak_mb"][ours] / figures["peak_mb"][bare]
    low, high, sure = median_range(figures["ratios"])
    print(f"  time ratio {ratio:.2f}x, {sure:.0%} range {low:.2f}-{high:.2f} (aim {aim:g}x: "
          f"{'met' if ratio <= aim else 'NOT MET'}; pairs: {spread})")
    if figures["cpu_ratio"]:  # CPU seconds (user + system) are less shaken by other work on the machine
        print(f"  CPU time ratio {figures['cpu_ratio']:.2f}x (user + system seconds of the two processes)")
    if memory_aim:
        print(f"  memory ratio {memory:.2f}x (aim {memory_aim:g}x: {'met' if memory <= memory_aim else 'NOT MET'})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    parser.add_argument("--write", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    if args.write:
        write_diary(Path(args.write), args.rows)
        return
    # CrampLog's modules compiled once, as an installed app has them (pandas's are): where PYTHONDONTWRITEBYTECODE
    # is set, every `check` would otherwise compile the modules changed since their bytecode was last written.
    compileall.compile_dir(ROOT / "cramplog", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "diary.csv"
        # Written by a child too: Linux carries a parent's peak RSS into the children it starts.
        subprocess.run([sys.executable, __file__, "--write", str(path), "--rows", str(args.rows)], check=True)
        size_mb = path.stat().st_size / 1e6
        whole = paired(lambda kind: whole_process(kind, path), ("check", "bare"), args.repeat)
        inner = paired(lambda kind: run_child(kind, path), ("load", "bare"), args.repeat)
    print(f"diary: {args.rows:,} rows, {size_mb:.0f} MB; {args.repeat} pairs of fresh processes, medians")
    report("whole process, start-up and imports included:", whole,
           ("python -m cramplog check --json", "python -c read_csv + to_datetime"), WHOLE_AIM, MEMORY_AIM)
    report("in process, after a warm-up (load only):", inner,
           ("load_diary (load + validate)", "read_csv + to_datetime"), IN_PROCESS_BAR, None)
    print("peak memory: each child process's maxrss (os.wait4 / resource.getrusage)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
