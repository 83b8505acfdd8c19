"""Say how values were read (issue 23 item 12): an import that turns words into numbers says so on the import
screen and in the summary's footnote."""
from __future__ import annotations

from pathlib import Path

from cramplog.present.values_read import values_read
from cramplog.read.formats import bearable
from tests.helpers import upload_to

BEARABLE = (Path(__file__).parent / "fixtures" / "formats" / "bearable.csv").read_bytes()


def test_each_mapping_is_said_from_the_adapters_own_table():
    said = values_read(bearable.NAME)
    assert "Mild → 3, Moderate → 6, Severe → 9" in said and "original level is kept in the notes" in said
    assert "Flaredown's 0–4 levels" in values_read("Flaredown") and "1 → 2.5" in values_read("Flaredown")
    assert "Mild → 3" in values_read("Symptom Shark")
    assert values_read("diary table") == "" and values_read("Daylio") == ""  # nothing mapped: nothing said


def test_the_import_screen_and_the_summary_say_how_bearable_levels_were_read(open_page, deferred_downloads):
    at = upload_to(open_page, "pages/my_diary.py", "bearable.csv", BEARABLE)
    said = values_read(bearable.NAME)
    assert any(i.value == said for i in at.info)
    at.switch_page("pages/report.py").run()
    html = next(make for name, make in deferred_downloads.items() if name.startswith("cramplog-summary"))()
    assert "How values were read:</strong> " + said.replace("'", "&#39;") in html


def test_a_plain_diary_table_adds_no_footnote(open_page, deferred_downloads):
    upload_to(open_page, "pages/my_diary.py", "mine.csv", b"date,location,severity\n2026-03-01,calf,4\n"
              b"2026-03-02,calf,5\n").switch_page("pages/report.py").run()
    html = next(make for name, make in deferred_downloads.items() if name.startswith("cramplog-summary"))()
    assert "How values were read" not in html
