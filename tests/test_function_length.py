"""House rules for the numbers and the words (cramplog/analyse, cramplog/present): short functions, one-way imports."""
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


def test_the_numbers_never_import_their_wording():
    """analyse/ computes; present/ and write/ word and draw. The arrow runs one way."""
    for path in sorted((ROOT / "cramplog" / "analyse").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("cramplog.present", "cramplog.write")), f"{path.name}: {node.module}"
