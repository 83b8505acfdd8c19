"""The app's own stylesheet (ui/style.css): caption contrast, visible focus, touch-sized controls."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

CSS_PATH = Path(__file__).resolve().parent / "style.css"


def apply() -> None:
    """Add the stylesheet to the page; a style-only st.html takes no room in the layout."""
    st.html(CSS_PATH)
