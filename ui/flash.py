"""One-time messages ("Saved: ...") that outlive the quiet rerun in which the browser confirms a save.

Keeping the diary on this device makes the browser answer each save, which reruns the script; a message
shown only in the run of the click would vanish a moment later. Messages live until the user's next action.
A message may be given as a function that words it: it is then worded when shown, in the language of that
run (a callback runs before the page has chosen its language, and the reader may switch language meanwhile).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import streamlit as st

MESSAGES = "cramplog.flash"
QUIET = "cramplog.flash.quiet"  # this run was caused by the browser, not by the user


@dataclass(frozen=True)
class Message:
    kind: str          # the st function that draws it: "success", "info", "warning", "error"
    text: str | Callable[[], str]  # the words, or what words them when shown
    icon: str
    place: str = ""    # a page's own name for a spot on it ("" = the page's top)
    shown: bool = False


def quiet_rerun() -> None:
    """Called from the browser's callbacks: the coming run is not a user action."""
    st.session_state[QUIET] = True


def start_run() -> None:
    """Before the page: a user action clears the messages already shown (not those its callbacks just added)."""
    if not st.session_state.pop(QUIET, False):
        st.session_state[MESSAGES] = [m for m in st.session_state.get(MESSAGES, []) if not m.shown]


def end_run() -> None:
    """After the page: every message has been on screen once."""
    st.session_state[MESSAGES] = [replace(m, shown=True) for m in st.session_state.get(MESSAGES, [])]


def add(kind: str, text: str | Callable[[], str], icon: str, place: str = "") -> None:
    st.session_state.setdefault(MESSAGES, []).append(Message(kind, text, icon, place))


def show(where=st, place: str = "") -> None:
    """Draw the messages meant for `place` (a page's own name for a spot on it)."""
    for m in st.session_state.get(MESSAGES, []):
        if m.place == place:
            getattr(where, m.kind)(m.text() if callable(m.text) else m.text, icon=m.icon)
