"""Every page of the real app renders through the router with no exception and a heading."""
import ast

import pytest

from tests.helpers import PAGES, ROOT


@pytest.mark.parametrize("path,title", PAGES, ids=[p for p, _ in PAGES])
def test_page_renders_without_exception(open_page, path, title):
    at = open_page(path)
    assert not at.exception, at.exception
    assert at.title, f"{path} shows no heading"


def test_router_lists_every_page_file_once():
    # Each file in pages/ is registered exactly once, so the sidebar has no duplicates or orphans.
    source = (ROOT / "app.py").read_text()
    registered = [node.args[0].value for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page"]
    files = sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py") if not p.name.startswith("_"))
    assert sorted(registered) == files
    assert len(registered) == len(set(registered))
    assert sorted(registered) == sorted(p for p, _ in PAGES)


@pytest.mark.parametrize("path", [p for p, _ in PAGES])
def test_each_page_goes_through_the_router_before_drawing_anything(path):
    # Without this first call, a deep link opened before app.py's first run skips the frame (ui/router.py).
    body = ast.parse((ROOT / path).read_text()).body
    statements = [n for n in body if not isinstance(n, (ast.Import, ast.ImportFrom))
                  and not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    first = statements[0]
    assert isinstance(first, ast.Expr) and getattr(first.value.func, "id", "") == "through_router", path
