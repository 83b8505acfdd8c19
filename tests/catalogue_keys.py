"""Every English text CrampLog shows, found in the code and the content files, for the catalogue tests.

Run `python -m tests.catalogue_keys de` to print what German's catalogue still lacks, as JSON to fill in.
"""
from __future__ import annotations

import ast
import importlib
import json
import re
import sys
from pathlib import Path

from cramplog.base import lang

ROOT = Path(__file__).resolve().parents[1]
CODE = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "ui").rglob("*.py")),
        *sorted((ROOT / "cramplog").rglob("*.py"))]
TEMPLATES = sorted((ROOT / "cramplog").rglob("*.html"))  # Jinja2 templates: their tr("...") and tr_n(n, "...", "...")
# call name -> (argument index of the English text, is it a plural, prefix added to the text)
CALLS = {"tr": (0, False, ""), "tr_later": (0, False, ""), "tr_n": (1, True, ""), "plural": (1, True, "{n} ")}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _other(node: ast.Call, name: str, text: str) -> str:
    """A plural's English general form: tr_n's third argument, plural's `many` or its noun + "s"."""
    index = 2 if name in ("tr_n", "plural") else None
    arg = node.args[index] if index is not None and len(node.args) > index else None
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return ("{n} " if name == "plural" else "") + arg.value
    return text + "s"


def code_keys(paths=CODE) -> dict[str, str | None]:
    """English text -> its English plural form (None when it is no plural), for every literal passed to tr,
    tr_n, tr_later or plural."""
    keys: dict[str, str | None] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in CALLS:
                index, is_plural, prefix = CALLS[_name(node.func)]
                arg = node.args[index] if len(node.args) > index else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    text = prefix + arg.value
                    keys[text] = _other(node, _name(node.func), text) if is_plural else None
    return keys


_QUOTED = r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')"""
_TEMPLATE_TR = re.compile(r"\btr\(\s*" + _QUOTED)
_TEMPLATE_TR_N = re.compile(r"\btr_n\([^,()]+,\s*" + _QUOTED + r"\s*,\s*" + _QUOTED)


def template_keys(paths=TEMPLATES) -> dict[str, str | None]:
    """The same for the templates: every literal passed to tr or tr_n in a {{ ... }}."""
    keys: dict[str, str | None] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        keys.update(dict.fromkeys(a or b for a, b in _TEMPLATE_TR.findall(text)))
        keys.update({a or b: c or d for a, b, c, d in _TEMPLATE_TR_N.findall(text)})
    return keys


# Modules that read a content file from data/; each has `shown_texts()`, the English texts of it a person reads.
CONTENT_MODULES: list[str] = ["cramplog.schema", "cramplog.present.dashboard", "cramplog.present.diary_format",
                             "cramplog.present.content", "cramplog.analyse.guidance", "cramplog.analyse.rules",
                             "cramplog.write.report"]


def content_keys() -> dict[str, str | None]:
    keys: dict[str, str | None] = {}
    for name in CONTENT_MODULES:
        keys.update(dict.fromkeys(importlib.import_module(name).shown_texts()))
    return keys


def all_keys() -> dict[str, str | None]:
    return {**content_keys(), **template_keys(), **code_keys()}


def missing(language: str) -> dict[str, str | dict]:
    have = lang.catalogue(language)
    return {k: ({"one": k, "other": other} if other else k) for k, other in all_keys().items() if k not in have}


if __name__ == "__main__":
    print(json.dumps(missing(sys.argv[1]), ensure_ascii=False, indent=1))
