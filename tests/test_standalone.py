"""A stranger's clone passes its own tests: nothing in tests/ reads outside the repository, except the
source texts, which are looked for at $CRAMPLOG_SOURCES and skipped (saying why) where they are absent."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.helpers import ROOT, SOURCES_VARIABLE, source_text

# Ways a path leaves the repository: a parent of the root, a relative climb, or an absolute folder.
LEAVING = re.compile(r"ROOT\.parent|\.parent\.parent|['\"]\.\./|['\"]/(?:work|home|tmp|root)/")
ALLOWED = {"tests/helpers.py": "DEFAULT_SOURCES = ROOT.parent"}  # the one door to the source texts


def leaving_lines(path) -> list[str]:
    rel = str(path.relative_to(ROOT))
    text = path.read_text(encoding="utf-8")
    hits = [line.strip() for line in text.splitlines() if LEAVING.search(line)]
    hits = [h for h in hits if not h.startswith(ALLOWED.get(rel, "\0"))]
    depth = len(path.relative_to(ROOT).parts) - 1  # parents[depth] of the file is the repository root
    hits += [m.group(0) for m in re.finditer(r"parents\[(\d+)\]", text) if int(m.group(1)) > depth]
    return hits


def test_no_test_reads_outside_the_repository():
    scanned = [p for p in sorted((ROOT / "tests").rglob("*.py")) if p != ROOT / "tests" / "test_standalone.py"]
    found = {str(p.relative_to(ROOT)): leaving_lines(p) for p in scanned}  # this file spells the patterns
    assert {k: v for k, v in found.items() if v} == {}


def test_the_scan_sees_a_path_that_leaves(tmp_path):
    sneaky = ROOT / "tests" / "browser" / "sneaky_probe.py"
    sneaky.write_text('A = ROOT.parent / "shared"\nB = Path(__file__).parents[3]\nC = open("../x")\n')
    try:
        assert len(leaving_lines(sneaky)) == 3
    finally:
        sneaky.unlink()


def test_absent_sources_skip_with_a_reason_that_says_how_to_enable_them(tmp_path, monkeypatch):
    monkeypatch.setenv(SOURCES_VARIABLE, str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        source_text("article.txt", "checks the copy detector")
    assert "checks the copy detector" in str(skipped.value) and SOURCES_VARIABLE in str(skipped.value)


def test_absent_sources_fail_under_ci(tmp_path, monkeypatch):
    monkeypatch.setenv(SOURCES_VARIABLE, str(tmp_path))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must be present in CI"):
        source_text("evidence.md", "checks the rules' citations")


def test_a_clone_without_the_sources_skips_those_checks_and_passes(tmp_path):
    clone = tmp_path / "clone"
    clone.mkdir()
    for part in ("app.py", "pytest.ini", "cramplog", "data", "ui", "pages", "tests", ".streamlit"):
        copy = shutil.copytree if (ROOT / part).is_dir() else shutil.copy
        copy(ROOT / part, clone / part)
    env = {k: v for k, v in os.environ.items() if k not in ("CI", SOURCES_VARIABLE)}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                          "tests/test_content.py", "tests/test_doctor.py"],
                         cwd=clone, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "4 skipped" in run.stdout and "failed" not in run.stdout, run.stdout[-2000:]
    assert "no run of 8 words is copied" in run.stdout and SOURCES_VARIABLE in run.stdout
