"""Keeping the diary: the reminder that nothing is stored, and the one "Download my diary" button."""
from __future__ import annotations

import streamlit as st

from cramplog.write.csv_export import to_csv_bytes
from ui.notes import PRIVACY
from ui.state import SessionDiary

DIARY_FILE_NAME = "cramplog-diary.csv"


def keep_reminder() -> None:
    """Shown wherever entries are added: the server keeps nothing, a download does."""
    st.warning(PRIVACY, icon=":material/save:")


def download_diary_button(diary: SessionDiary, key: str = "download_diary") -> None:
    """The diary as canonical CSV; loading that file back gives the same diary.

    The file is made when the button is pressed, so a long diary costs nothing on every rerun.
    """
    df = diary.df
    st.download_button(
        "Download my diary (CSV)", data=lambda: to_csv_bytes(df), file_name=DIARY_FILE_NAME,
        mime="text/csv", on_click="ignore", icon=":material/download:", type="primary",
        width="stretch", key=key,
    )
