"""Which language this visit reads: the address's ?lang=, else the one picked in the sidebar, else the
browser's. Kept in the session and written back to the address on every page, so a shared link opens in
the same language and a page change (which clears the address's parameters) keeps it."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from cramplog.base import lang
from cramplog.base.lang import tr

# Tells the page itself which language it is in (<html lang>), so a screen reader reads German as German.
_page_language = st.components.v2.component(
    "cramplog_page_language", js="export default function (c) { document.documentElement.lang = c.data.lang; }")
KEY = "cramplog.lang"  # non-widget key: survives page changes
PICKER = "cramplog.lang_picker"
PARAM = "lang"
TOLD = "cramplog.lang_told"  # the page was told a language other than English: it is told each one since


def _kept() -> str | None:
    try:
        return st.session_state.get(KEY)
    except Exception:  # no session at all (a script outside `streamlit run`): English
        return None


lang.ask(_kept)


def choose() -> str:
    """Set the language of this run (call first, before any text is made) and return its code."""
    asked = st.query_params.get(PARAM)
    if asked in lang.LANGUAGES:
        st.session_state[KEY] = asked
    elif KEY not in st.session_state:
        st.session_state[KEY] = lang.code(st.context.locale)
    if asked != st.session_state[KEY]:
        st.query_params[PARAM] = st.session_state[KEY]
    return st.session_state[KEY]


def _picked() -> None:
    code = (st.session_state.get(PICKER) or {}).get("picked")
    if code in lang.LANGUAGES:
        st.session_state[KEY] = code
        st.query_params[PARAM] = code


# Native radio buttons drawn by a component, not st.radio: the stylesheet and the diary's storage link are
# components too, so no page's first drawing waits for the radio widget's scripts (issue 20). Its looks are in
# ui/style.css, beside the other controls'.
PICKER_JS = Path(__file__).resolve().parent / "language_picker.js"
_picker = st.components.v2.component("cramplog_language_picker", js=PICKER_JS.read_text(encoding="utf-8"),
                                     isolate_styles=False)


def picker() -> None:
    """The sidebar's choice of language: four radio buttons, all in view (one click to switch), each language
    named in itself."""
    options = [[code, name] for code, name in lang.LANGUAGES.items()]
    with st.sidebar:
        _picker(key=PICKER, height="content", on_picked_change=_picked,
                data={"legend": tr("Language"), "chosen": st.session_state[KEY], "options": options})
    if st.session_state[KEY] != lang.SOURCE:
        st.session_state[TOLD] = True
    if st.session_state.get(TOLD):  # the page starts as <html lang="en">: nothing to tell an English visit
        with st.sidebar:
            _page_language(key="cramplog.page_language", data={"lang": st.session_state[KEY]}, height=0)
