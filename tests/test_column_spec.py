"""One column spec: every name a diary column goes by is written in cramplog/schema.py and nowhere else."""
from __future__ import annotations

import pytest

from cramplog.present.dashboard import readable
from cramplog.schema import SPEC
from cramplog.write.report import ENTRY_COLUMNS
from tests.helpers import ROOT
from ui.entry_editor import editor_columns

SOURCES = sorted(p for folder in ("cramplog", "ui", "pages") for p in (ROOT / folder).rglob("*.py")
                 if p != ROOT / "cramplog" / "schema.py")
# Names long enough to be one column's own (short words such as "Side" or "Date" may also be other text).
OWN_NAMES = sorted({text for spec in SPEC for text in (spec.short, spec.question, spec.label) if len(text) > 8})


@pytest.mark.parametrize("name", OWN_NAMES)
def test_a_column_name_is_written_only_in_the_spec(name):
    copies = [str(p.relative_to(ROOT)) for p in SOURCES if f'"{name}"' in p.read_text(encoding="utf-8")]
    assert not copies, f"{name!r} is written again in {copies}; use cramplog.schema instead"


def test_the_editor_and_the_report_head_their_columns_as_the_spec_says():
    EDITOR_COLUMNS = editor_columns()  # noqa: N806 (made per run, in the language in use: English here)
    headings = {spec.name: spec.heading for spec in SPEC}
    assert EDITOR_COLUMNS["stiffness_after"]["label"] == headings["stiffness_after"] == "Stiff after"
    assert EDITOR_COLUMNS["severity"]["label"] == "Severity 0–10"  # a number's scale beside its heading
    assert [h for h, _ in ENTRY_COLUMNS][-4:] == ["Twitching", "Weakness", "Stiff after", "Notes"]
    assert EDITOR_COLUMNS["context"]["type_config"]["options"] == list(next(s.values for s in SPEC if s.name == "context"))


def test_chart_tables_name_diary_columns_as_the_editor_does():
    import pandas as pd

    table = readable(pd.DataFrame({"context": ["asleep"], "count": [1]}))
    assert list(table.columns) == ["When", "Cramps"]


def test_the_log_form_asks_each_question_from_the_spec(open_page):
    at = open_page("pages/log.py")
    shown = {w.label for kind in ("selectbox", "text_input", "number_input", "text_area", "date_input", "time_input")
             for w in getattr(at, kind)} | {w.label for w in at.get("button_group")}
    asked = {spec.prompt for spec in SPEC}
    assert asked <= shown, asked - shown
