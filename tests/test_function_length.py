"""House rule: functions in the numbers and the words (cramplog/analyse, cramplog/present) stay short."""
import ast

import pytest

from tests.conftest import ROOT

LIMIT = 40
FILES = sorted(p for package in ("analyse", "present") for p in (ROOT / "cramplog" / package).glob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_function_is_longer_than_the_limit(path):
    long = [f"{node.name}: {node.end_lineno - node.lineno + 1} lines"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno + 1 > LIMIT]
    assert not long, long
