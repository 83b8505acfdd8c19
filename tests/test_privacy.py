"""Private by design: an uploaded diary is used in the session and written nowhere."""
import tempfile
import time
import uuid

from tests.helpers import ROOT, files_containing
from ui.state import DIARY_KEY


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
    assert files_containing(marker.encode(), [ROOT, tempfile.gettempdir()], start) == []
