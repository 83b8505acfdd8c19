"""Keep deep links inside the router.

With a `pages/` folder, Streamlit starts every server in its legacy multipage mode: until the first
run of app.py calls `st.navigation`, a deep link such as /charts runs pages/charts.py on its own,
without the frame and with an auto-generated sidebar of file names. Each page calls `through_router()`
first; in that mode it runs app.py in place (the frame, then `st.navigation`, which draws this same
page) and stops the bare run. Running in place rather than rerunning keeps the run's widget events:
a click that arrived with it is not lost.
"""
from __future__ import annotations

import runpy
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

APP = Path(__file__).resolve().parent.parent / "app.py"


def through_router() -> None:
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        runpy.run_path(str(APP), run_name="__main__")
        st.stop()
