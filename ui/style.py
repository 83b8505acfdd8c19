"""The app's own stylesheet (ui/style.css): caption contrast, visible focus, touch-sized controls."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

CSS_PATH = Path(__file__).resolve().parent / "style.css"


def apply() -> None:
    """Add the stylesheet to the page; style-only st.html takes no room in the layout."""
    focus = st.get_option("theme.light.primaryColor") or "#1b6e8a"
    st.html(f"<style>:root {{ --cramplog-focus: {focus}; }}\n{CSS_PATH.read_text(encoding='utf-8')}</style>")
