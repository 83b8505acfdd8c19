"""Fixtures shared by all tests: a fresh Streamlit cache and AppTest pages of the real app."""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")


@pytest.fixture(autouse=True)
def _fresh_streamlit_cache():
    # AppTest instances share st.cache_data; a test must never see another test's cached diary.
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.fixture
def open_page():
    """open_page("pages/x.py") -> an AppTest of the whole app (frame included) showing that page."""

    def _open(page: str, state: dict | None = None, timeout: float = 30) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=timeout)
        for key, value in (state or {}).items():
            at.session_state[key] = value
        at.run()
        if page != "pages/home.py":
            at.switch_page(page).run()
        return at

    return _open


def upload_to(open_page, page: str, name: str, data: bytes) -> AppTest:
    """Open `page` and upload `data` as the file `name`; the page must not raise."""
    at = open_page(page)
    at.file_uploader[0].upload(name, data, "text/csv").run()
    assert not at.exception, at.exception
    return at


def page_text(at: AppTest) -> str:
    """All the text a user reads on the page: markdown, headings, captions, alerts."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "success", "error"):
        parts += [str(getattr(e, "value", "")) for e in getattr(at, kind)]
    return "\n".join(parts)
