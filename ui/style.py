"""The app's own stylesheet (ui/style.css): caption contrast, visible focus, touch-sized controls.

It is the CSS of an invisible component rather than an st.html element: the diary's storage link is a component
too, so a page's first drawing waits for one kind of element script fewer (issue 20).
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

CSS_PATH = Path(__file__).resolve().parent / "style.css"
KEY = "cramplog_style"  # its element is hidden by the stylesheet itself: it takes no room in the layout


def _sheet() -> str:
    focus = st.get_option("theme.light.primaryColor") or "#1b6e8a"
    return (f":root {{ --cramplog-focus: {focus}; }}\n.st-key-{KEY} {{ display: none; }}\n"
            + CSS_PATH.read_text(encoding="utf-8"))


# isolate_styles=False: the rules go into the page itself, not a shadow root, so they reach every element.
_stylesheet = st.components.v2.component("cramplog_stylesheet", css=_sheet(), isolate_styles=False)


def apply() -> None:
    """Add the stylesheet to the page: from the sidebar, with the frame's other invisible parts, so the main area
    holds only what is read."""
    with st.sidebar:
        _stylesheet(key=KEY, height=0)
