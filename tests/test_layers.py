"""House guards: the core stays pure, imports run one way (pages -> ui -> cramplog, and down the pipeline inside
cramplog), and ruff passes."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"cramplog": {"streamlit", "ui", "pages"}, "ui": {"pages"}}
# The pipeline inside cramplog, bottom first: a module imports only its own stage and the stages below it.
PIPELINE = [{"base", "schema", "paths"}, {"read"}, {"diary"}, {"analyse"}, {"present"}, {"write"}, {"cli"}, {"__main__"}]
STAGE = {name: level for level, names in enumerate(PIPELINE) for name in names}


def imported_roots(path: Path) -> set[str]:
    """Top-level names a file imports, wherever the import statement sits (functions included)."""
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def cramplog_imports(path: Path) -> set[str]:
    """The cramplog stages a file imports ("read" for `from cramplog.read.load import ...`)."""
    stages = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] if node.module != "cramplog" else [f"cramplog.{a.name}" for a in node.names]
        stages |= {n.split(".")[1] for n in names if n.startswith("cramplog.")}
    return stages


def stage_of(path: Path) -> str:
    return path.relative_to(ROOT / "cramplog").parts[0].removesuffix(".py")


def pipeline_violations(paths) -> list[str]:
    return [f"{path.relative_to(ROOT)} ({stage_of(path)}) imports cramplog.{name}"
            for path in sorted(paths) if stage_of(path) != "__init__"
            for name in sorted(cramplog_imports(path)) if STAGE[name] > STAGE[stage_of(path)]]


def test_every_module_sits_in_a_stage_of_the_pipeline():
    assert {stage_of(p) for p in (ROOT / "cramplog").rglob("*.py")} - {"__init__"} <= set(STAGE)


def test_imports_run_down_the_pipeline():
    assert pipeline_violations((ROOT / "cramplog").rglob("*.py")) == []


def test_the_pipeline_guard_sees_an_import_back_up(tmp_path):
    (ROOT / "cramplog" / "read" / "_probe_up.py").write_text("def f():\n    from cramplog.present import wording\n")
    try:
        assert pipeline_violations([ROOT / "cramplog" / "read" / "_probe_up.py"]) == [
            "cramplog/read/_probe_up.py (read) imports cramplog.present"]
    finally:
        (ROOT / "cramplog" / "read" / "_probe_up.py").unlink()


def layer_violations(package: str) -> list[str]:
    return [f"{path.relative_to(ROOT)} imports {name}"
            for path in sorted((ROOT / package).rglob("*.py"))
            for name in sorted(imported_roots(path) & FORBIDDEN[package])]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_run_one_way(package):
    assert layer_violations(package) == []


def test_the_guard_sees_an_import_inside_a_function(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def f():\n    import streamlit as st\n    from ui.state import get_diary\n")
    assert imported_roots(sneaky) >= {"streamlit", "ui"}


def test_every_cramplog_package_says_what_lives_there():
    for init in (ROOT / "cramplog").rglob("__init__.py"):
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{init} has no docstring"


def test_ruff_passes():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
