"""Fixtures shared by all tests: a fresh Streamlit cache and AppTest pages of the real app."""
from __future__ import annotations

import pytest
import streamlit as st
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from tests.helpers import ROOT

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


@pytest.fixture
def deferred_downloads(monkeypatch):
    """{file name: the function a download button calls on click to make its file}."""
    seen = {}
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        seen[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return seen
