"""Keep deep links inside the router.

With a `pages/` folder, Streamlit starts every server in its legacy multipage mode: until the first
run of app.py calls `st.navigation`, a deep link such as /charts runs pages/charts.py on its own,
without the frame and with an auto-generated sidebar of file names. Each page calls `through_router()`
first; in that mode it switches Streamlit to `st.navigation` mode and reruns, so app.py runs.
"""
from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def through_router() -> None:
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
