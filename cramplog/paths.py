"""Where CrampLog's shipped files live: the one place that knows the path to data/."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def data_file(name: str) -> Path:
    """A file shipped in data/ (content, rules, the demo diary, the template)."""
    return DATA / name
