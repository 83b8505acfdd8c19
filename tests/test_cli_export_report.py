"""`python -m cramplog export` and `report`: files written, exit codes 0 / 1 / 2, clear messages."""
from __future__ import annotations

import subprocess
import sys

import pytest

from cramplog.base.canonical import to_csv_bytes
from cramplog.diary.demo import DEMO_PATH, load_demo
from cramplog.read.load import load_diary
from tests.helpers import ROOT


def cramplog(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cramplog", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_export_writes_the_canonical_csv(tmp_path):
    messy = tmp_path / "messy.csv"
    messy.write_text("Date;Where;Notes\n31/03/2026;left calf;=HYPERLINK(\"x\")\n01/04/2026;foot;ok\n",
                     encoding="utf-8")
    out = tmp_path / "out.csv"
    done = cramplog("export", str(messy), "-o", str(out), "--day-first")
    assert done.returncode == 0, done.stderr
    assert "2 entries" in done.stdout
    data = out.read_bytes()
    lines = data.decode("utf-8").splitlines()
    assert lines[1].startswith("2026-03-31,,calf,,left,")
    assert lines[1].endswith(',"\'=HYPERLINK(""x"")"')  # quoted CSV cell, formula neutralised
    assert load_diary(data).df["notes"].tolist() == ["=HYPERLINK(\"x\")", "ok"]


def test_export_of_the_demo_is_the_demo(tmp_path):
    out = tmp_path / "demo.csv"
    assert cramplog("export", str(DEMO_PATH), "-o", str(out)).returncode == 0
    assert out.read_bytes() == to_csv_bytes(load_demo())


def test_report_writes_html_for_the_chosen_period(tmp_path):
    out = tmp_path / "report.html"
    done = cramplog("report", str(DEMO_PATH), "-o", str(out), "--from", "2026-05-01", "--to", "2026-05-31")
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert "1 May 2026 to 31 May 2026" in html
    expected = int(((load_demo()["date"] >= "2026-05-01") & (load_demo()["date"] <= "2026-05-31")).sum())
    assert f"All entries ({expected})" in html and f"{expected} entries" in done.stdout


def test_an_unusable_file_exits_1_with_a_reason(tmp_path):
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    for command in ("export", "report"):
        done = cramplog(command, str(bad), "-o", str(tmp_path / "out"))
        assert done.returncode == 1
        assert "picture" in done.stderr and "Traceback" not in done.stderr
        assert not (tmp_path / "out").exists()


def test_a_missing_file_exits_1(tmp_path):
    done = cramplog("export", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "out.csv"))
    assert done.returncode == 1 and "cannot read" in done.stderr


@pytest.mark.parametrize("args", [
    ("export", str(DEMO_PATH)),                                           # no -o
    ("export", str(DEMO_PATH), "-o", "x.csv", "--day-first", "--month-first"),
    ("report", str(DEMO_PATH), "-o", "r.html", "--from", "31/03/2026"),   # not an ISO date
    ("report", str(DEMO_PATH), "-o", "r.html", "--from", "2026-06-01", "--to", "2026-05-01"),
])
def test_usage_errors_exit_2(args, tmp_path):
    done = subprocess.run([sys.executable, "-m", "cramplog", *args], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
