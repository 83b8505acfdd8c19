"""`python -m cramplog summary`: the same numbers as the comparison page, as JSON or readable lines."""
import json
import subprocess
import sys

from cramplog.analyse.summary import summarise
from cramplog.diary import demo
from cramplog.present.summary_text import format_summary
from tests.helpers import ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "cramplog", "summary", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_json_matches_summarise_of_the_loaded_demo():
    out = run("data/demo_diary.csv", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == summarise(demo.load_demo())


def test_readable_lines_are_the_formatted_summary():
    out = run("data/demo_diary.csv", "--day-first")
    assert out.returncode == 0, out.stderr
    assert format_summary(summarise(demo.load_demo())) in out.stdout
    assert "Entries: 192 (2026-04-01 to 2026-09-27)" in out.stdout
    assert "When to see a doctor:" in out.stdout


def test_minimal_diary_prints_nulls(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("date,location\n2026-02-02,calf\n2026-02-09,left forearm\n")  # an arm: MSD's "arms" rule
    out = run(str(path), "--json")
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)
    assert d["entries"] == 2 and d["regions"] == {"calf": 1, "forearm": 1}
    assert d["share_twitching"] is None and d["median_severity"] is None and d["cramps_per_week"] == 1.75
    assert [r["entries"] for r in d["see_a_doctor"]] == [1]


def test_unusable_file_is_a_clear_message_not_a_traceback(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("")
    out = run(str(path), "--json")
    assert out.returncode == 1
    assert out.stderr.strip() and "Traceback" not in out.stderr
