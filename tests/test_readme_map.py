"""The README's map of the code names every package, so a newcomer finds where a thing lives."""
from __future__ import annotations

import re

from tests.helpers import ROOT


def map_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"^## How the code is laid out\n(.*?)(?=^## )", readme, re.S | re.M).group(1)


def packages() -> list[str]:
    """Every package folder under cramplog/ and ui/, as the README writes it ("cramplog/read/formats/")."""
    found = [p.parent for top in ("cramplog", "ui") for p in (ROOT / top).rglob("__init__.py")]
    return sorted(str(p.relative_to(ROOT)) + "/" for p in found)


def test_every_package_is_on_the_map():
    section = map_section()
    assert [p for p in packages() if f"`{p}`" not in section and f"`{p.split('/')[-2]}/`" not in section] == []


def test_the_map_names_no_package_that_is_gone():
    named = set(re.findall(r"`((?:cramplog|ui)/[\w/]+/)`", map_section()))
    assert named - set(packages()) == set()
