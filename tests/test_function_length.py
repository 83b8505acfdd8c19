"""House rules for the core (cramplog/): short functions everywhere, and numbers that never import their wording."""
import ast

import pytest

from tests.helpers import ROOT

LIMIT = 40
FILES = sorted((ROOT / "cramplog").rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT / "cramplog")))
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
