"""The demo diary: synthetic entries so the app is useful on first open. Not a real person's data.

`python -m cramplog.diary.demo` rewrites data/demo_diary.csv from a fixed seed.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from cramplog import paths
from cramplog.base.lang import tr_later
from cramplog.base.words import n_entries
from cramplog.read.load import load_diary
from cramplog.schema import COLUMNS, make_diary

DEMO_NAME = tr_later("Demo diary (synthetic)")  # kept in English; tr() where shown
DEMO_PATH = paths.data_file("demo_diary.csv")


def _cramp_days(rng: np.random.Generator, start: str, months: int) -> np.ndarray:
    """One date per cramp. Cramps cluster: some weeks have several, some none."""
    days = pd.date_range(start, periods=months * 30, freq="D")
    weekly_rate = rng.gamma(2.0, 0.9, size=len(days) // 7 + 1)
    counts = rng.poisson(weekly_rate[np.arange(len(days)) // 7] / 7 * 5.0)
    return np.repeat(days.values, counts)


def generate_demo(seed: int = 7, start: str = "2026-04-01", months: int = 6) -> pd.DataFrame:
    """A made-up half year of mostly ordinary night calf cramps, with a few entries a doctor would ask about."""
    rng = np.random.default_rng(seed)
    dates = _cramp_days(rng, start, months)
    n = len(dates)
    night = rng.random(n) < 0.72
    hours = np.where(night, rng.choice([0, 1, 2, 3, 4, 5, 23], n), rng.integers(7, 22, n))
    minutes = rng.integers(0, 60, n)
    region = rng.choice(["calf", "foot", "toes", "thigh", "hamstring", "hand"], n,
                        p=[0.62, 0.14, 0.08, 0.07, 0.05, 0.04])
    side = rng.choice(["left", "right", "both"], n, p=[0.47, 0.47, 0.06])
    severity = np.clip(np.round(rng.normal(5.5, 1.8, n)), 1, 10)
    duration = np.round(np.clip(rng.lognormal(0.6, 0.8, n), 0.2, 25), 1)
    context = np.where(night, "asleep", rng.choice(["at rest", "during activity", "after activity"], n))
    trigger = rng.choice(["none", "exercise", "dehydration", "heat", "alcohol"], n,
                         p=[0.55, 0.2, 0.12, 0.08, 0.05])
    remedy = rng.choice(["stretching", "massage", "fluids", "none"], n, p=[0.6, 0.2, 0.1, 0.1])
    helped = np.where(remedy == "none", None, rng.choice(["yes", "partly", "no"], n, p=[0.65, 0.25, 0.1]))
    twitch = rng.random(n) < 0.1
    stiff = rng.random(n) < 0.35
    notes = np.where(rng.random(n) < 0.15,
                     rng.choice(["woke me up", "after a long walk", "hot day", "couldn't get back to sleep"], n),
                     None)
    records = [
        {
            "date": pd.Timestamp(d).date().isoformat(),
            "time": f"{h:02d}:{m:02d}",
            "location": r, "side": s, "severity": sev, "duration_min": dur,
            "context": c, "trigger": t, "remedy": rem, "remedy_helped": hp,
            "twitching": bool(tw), "weakness": False, "stiffness_after": bool(st), "notes": nt,
        }
        for d, h, m, r, s, sev, dur, c, t, rem, hp, tw, st, nt in zip(
            dates, hours, minutes, region, side, severity, duration, context, trigger, remedy,
            helped, twitch, stiff, notes)
    ]
    df = make_diary(records)
    return df.sort_values(["date", "time"], kind="stable").reset_index(drop=True)[list(COLUMNS)]


def load_demo() -> pd.DataFrame:
    """The shipped demo diary, read by the same loader as any user's file."""
    result = load_diary(DEMO_PATH.read_bytes())
    if result.unusable or result.rows_rejected:
        raise ValueError(f"data/demo_diary.csv no longer loads cleanly: {result.unusable or result.problems[:3]}")
    return result.df


if __name__ == "__main__":
    from cramplog.base.canonical import to_csv_bytes

    frame = generate_demo()
    DEMO_PATH.write_bytes(to_csv_bytes(frame))
    print(f"wrote {n_entries(len(frame))} to {DEMO_PATH}")
