"""Private by design: an uploaded diary is used in the session and written nowhere."""
import os
import tempfile
import time
import uuid
from pathlib import Path

from tests.conftest import ROOT
from ui.state import DIARY_KEY


def _files_containing(marker: bytes, roots, since: float) -> list[str]:
    hits = []
    for root in roots:
        for folder, _, names in os.walk(root):
            if ".git" in Path(folder).parts:
                continue
            for name in names:
                path = Path(folder, name)
                try:
                    if path.stat().st_mtime >= since and marker in path.read_bytes():
                        hits.append(str(path))
                except OSError:
                    continue
    return hits


def test_an_uploaded_diary_reaches_the_session_but_no_file(open_page):
    marker = f"private-{uuid.uuid4().hex}"
    diary = f"date,location,notes\n2026-02-01,calf,{marker}\n2026-02-02,foot,{marker}\n".encode()
    start = time.time() - 1
    at = open_page("pages/my_diary.py")
    at.file_uploader[0].upload("mine.csv", diary, "text/csv").run()
    for page in ("pages/overview.py", "pages/charts.py", "pages/compare.py", "pages/report.py"):
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
    # The diary is the session's: every page used it...
    assert at.session_state[DIARY_KEY].df["notes"].eq(marker).all()
    # ...and no file in the project or the temp folder holds it.
    assert _files_containing(marker.encode(), [ROOT, tempfile.gettempdir()], start) == []
