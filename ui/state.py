"""The session's diary: one place that says where the diary lives and how pages get it.

The diary is kept in `st.session_state` under a non-widget key, so it survives page switches and
is visible only to this browser session. Nothing is written to disk.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from cramplog.base.lang import tr
from cramplog.diary import demo

DIARY_KEY = "cramplog.diary"  # non-widget key: Streamlit never clears it on page switches
REVISION_KEY = "cramplog.diary_revision"  # counts changes, so the copy kept in the browser can follow


@dataclass(frozen=True)
class SessionDiary:
    df: pd.DataFrame
    name: str  # what the user sees: "Demo diary (synthetic)" or the file name
    is_demo: bool
    changed: dt.datetime | None = None  # when the user last changed it (UTC)

    @property
    def shown_name(self) -> str:
        """The name as the reader reads it: the app's own names ("Demo diary (synthetic)", "My diary (logged in
        CrampLog)") in the language in use, a file's name as it is. `name` stays English, as it is kept."""
        return tr(self.name)


@st.cache_data(show_spinner=False)
def _demo_frame() -> pd.DataFrame:
    # The demo is shipped, synthetic and the same for everyone, so a global cache is fine.
    return demo.load_demo()


def get_diary() -> SessionDiary:
    """The diary every page shows: the user's own, or the demo until they load one.

    On a visit's first run the browser may not have said yet whether it keeps a diary: the page stops here
    and is drawn in full by the rerun its answer brings (see ui/keeping), so the demo never flashes by."""
    from ui.keeping import await_answer  # here, not at the top: ui.keeping itself reads the diary from here

    await_answer()
    if DIARY_KEY not in st.session_state:
        st.session_state[DIARY_KEY] = SessionDiary(_demo_frame(), demo.DEMO_NAME, True)
    return st.session_state[DIARY_KEY]


def revision() -> int:
    return st.session_state.get(REVISION_KEY, 0)


def set_diary(df: pd.DataFrame, name: str, changed: dt.datetime | None = None) -> None:
    """Make `df` the session's diary; `changed` is given when restoring, otherwise it is now."""
    st.session_state[DIARY_KEY] = SessionDiary(df, name, False, changed or dt.datetime.now(dt.UTC))
    st.session_state[REVISION_KEY] = revision() + 1


def clear_diary() -> None:
    """Forget the user's data in this session and go back to the demo."""
    st.session_state.pop(DIARY_KEY, None)
    st.session_state[REVISION_KEY] = revision() + 1
