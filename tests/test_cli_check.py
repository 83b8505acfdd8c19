"""`python -m cramplog check`: counts and problems as JSON, exit 0 / 1 / 2."""
import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args):
    return subprocess.run([sys.executable, "-m", "cramplog", "check", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_json_object_with_line_exact_problems():
    out = run(FIXTURES / "excel_eu.csv", "--json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert {k: got[k] for k in ("rows_read", "rows_loaded", "rows_rejected", "first_date", "last_date")} == {
        "rows_read": 5, "rows_loaded": 4, "rows_rejected": 1, "first_date": "2026-03-31", "last_date": "2026-04-05"}
    assert [(p["line"], p["column"], p["value"], p["severity"]) for p in got["problems"]] == [
        (4, "severity", "hoch", "warning"), (5, "date", "", "error")]


def test_readable_report_lists_counts_and_problems():
    out = run(FIXTURES / "ragged.csv")
    assert out.returncode == 0
    assert "5 rows read, 3 loaded, 2 rejected, 0 skipped, 0 warnings." in out.stdout  # skipped: issue 10
    assert "line 3 (error): This row has more cells" in out.stdout


def test_ambiguous_dates_assume_month_first_with_a_warning_unless_day_first():
    out = run(FIXTURES / "ambiguous.csv", "--json")
    assert out.returncode == 0 and "month-first" in out.stderr and "--day-first" in out.stderr
    assert json.loads(out.stdout)["first_date"] == "2026-03-04"
    told = run(FIXTURES / "ambiguous.csv", "--json", "--day-first")
    assert told.returncode == 0 and told.stderr == ""
    assert json.loads(told.stdout)["first_date"] == "2026-04-03"


def test_plain_check_says_the_assumed_date_order_once():
    out = run(FIXTURES / "ambiguous.csv")
    assert out.returncode == 0 and "--day-first" in out.stdout
    assert (out.stdout + out.stderr).count("can be read two ways") == 1


def test_unusable_file_exits_1_with_the_reason_on_stderr():
    out = run(FIXTURES / "no_date.csv", "--json")
    assert out.returncode == 1 and out.stdout == ""
    assert "No column holds dates" in out.stderr and "Traceback" not in out.stderr
    missing = run(FIXTURES / "not_there.csv")
    assert missing.returncode == 1 and "cannot read" in missing.stderr


def test_usage_errors_exit_2():
    assert run().returncode == 2
    assert run(FIXTURES / "ambiguous.csv", "--day-first", "--month-first").returncode == 2
    assert run(FIXTURES / "ambiguous.csv", "--bogus").returncode == 2


# What `check` has no use for: charts, the report's template engine, the app, and the stages after reading.
NOT_ON_CHECKS_PATH = ("plotly", "jinja2", "streamlit", "cramplog.analyse", "cramplog.diary", "cramplog.present",
                      "cramplog.write")


def test_check_imports_only_what_reading_a_diary_needs():
    # A million-row check is timed as a whole process (issue 20): every module it imports is start-up time
    # and memory that a bare parse does not pay. Run as `python -m cramplog check` runs, then list the modules.
    probe = ("import runpy, sys\n"
             "sys.argv = ['cramplog', 'check', sys.argv[1], '--json']\n"
             "try:\n    runpy.run_module('cramplog', run_name='__main__')\n"
             "except SystemExit as done:\n    assert not done.code, done.code\n"
             "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", probe, str(ROOT / "data" / "demo_diary.csv")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(out.stdout)["rows_loaded"] > 0  # it did check the diary
    loaded = out.stderr.split()
    assert "cramplog.read.load" in loaded
    unwanted = [m for m in loaded if any(m == name or m.startswith(name + ".") for name in NOT_ON_CHECKS_PATH)]
    assert not unwanted, f"`check` imports {unwanted}"
