"""Shared by the per-format tests: load a fixture and check the row accounting."""
from pathlib import Path

from cramplog.read.load import load_diary

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def load(name: str, **choices):
    return load_diary((FORMATS / name).read_bytes(), **choices)


def accounted(r) -> bool:
    return (r.rows_read == r.rows_loaded + r.rows_rejected + r.rows_skipped
            and r.rows_skipped == sum(r.skipped.values()) and len(r.df) == r.rows_loaded == len(r.lines))
