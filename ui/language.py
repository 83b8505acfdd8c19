"""Which language this visit reads: the address's ?lang=, else the one picked in the sidebar, else the
browser's. Kept in the session and written back to the address on every page, so a shared link opens in
the same language and a page change (which clears the address's parameters) keeps it."""
from __future__ import annotations

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
    st.session_state[KEY] = st.session_state[PICKER]
    st.query_params[PARAM] = st.session_state[KEY]


def picker() -> None:
    """The sidebar's choice of language: a button ("Language: English", with the translate icon) that opens four
    radio buttons, each language named in itself. Folded away they are not drawn, so no page's first drawing
    waits for the radio's scripts (issue 20); a first visit already reads the browser's language."""
    codes = list(lang.LANGUAGES)
    st.session_state[PICKER] = st.session_state[KEY]
    label = f"{tr('Language')}: {lang.LANGUAGES[st.session_state[KEY]]}"
    with st.sidebar.popover(label, icon=":material/translate:", width="stretch"):
        st.radio(tr("Language"), codes, key=PICKER, format_func=lang.LANGUAGES.get, on_change=_picked)
    if st.session_state[KEY] != lang.SOURCE:
        st.session_state[TOLD] = True
    if st.session_state.get(TOLD):  # the page starts as <html lang="en">: nothing to tell an English visit
        with st.sidebar:
            _page_language(key="cramplog.page_language", data={"lang": st.session_state[KEY]}, height=0)
