"""Keeping the diary, as the user sees it: on this device or not, the one download button, the notes."""
from __future__ import annotations

import streamlit as st

from cramplog.present.wording import n_entries
from cramplog.write.csv_export import to_csv_bytes
from ui import keeping
from ui.clock import local_day
from ui.notes import KEPT_PRIVACY, PRIVACY
from ui.state import SessionDiary

DIARY_FILE_NAME = "cramplog-diary.csv"
KEEP_LABEL = "Keep my diary on this device"
FORGET_LABEL = "Forget my diary on this device"
_TOGGLE = "keep.toggle"
_ASK = "keep.ask_forget"
_FORGOTTEN = "keep.forgotten"
WHO_CAN_SEE = (
    "Saved in this browser's own storage after every change, never on CrampLog's server. Anyone who uses "
    "this browser profile can open it. Clearing this browser's data (history, cookies and site data) erases "
    "it, so a downloaded copy is your backup."
)


def keep_reminder() -> None:
    """Shown wherever entries are added: where the diary lives, and that a download keeps a copy."""
    if keeping.is_on():
        st.info(KEPT_PRIVACY + " Download a copy now and then as a backup.", icon=":material/save:")
    else:
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


_PROBLEM_TOLD = "keep.problem_told"
KEEP_PAGES = ("log", "my_diary")  # the pages with the keeping controls, which explain a problem themselves


def restored_note(page_path: str = "") -> None:
    """Once, on the first page after a visit's restore: what came back from this browser, or why nothing did."""
    problem = st.session_state.get(keeping.PROBLEM)
    if problem and not st.session_state.get(_PROBLEM_TOLD):
        st.session_state[_PROBLEM_TOLD] = True
        if page_path not in KEEP_PAGES:
            st.warning(f"A diary kept in this browser could not be opened: {problem}. Nothing was loaded from it, "
                       "so the demo diary is showing. *Load your diary* or *Log a cramp* can forget it or replace "
                       "it.", icon=":material/warning:")
    restored = st.session_state.pop(keeping.RESTORED, None)
    if restored:
        count, changed = restored
        when = f", last changed {local_day(changed)}" if changed else ""
        st.success(f"Restored {n_entries(count)} kept in this browser{when}.", icon=":material/history:")


def _toggled() -> None:
    if st.session_state[_TOGGLE]:
        keeping.turn_on()
    else:
        st.session_state[_ASK] = True  # switching off deletes the kept copy: ask first


def _forget() -> None:
    keeping.forget()
    st.session_state[_ASK] = False
    st.session_state[_FORGOTTEN] = True


def _confirm_forget() -> None:
    box = st.container(border=True)
    box.markdown("**Forget the diary kept on this device?** It is deleted from this browser. The diary stays "
                 "open in this tab until you close it; download it first if you want a copy.")
    yes, no = box.columns(2)
    yes.button("Yes, forget it", type="primary", width="stretch", on_click=_forget, icon=":material/delete:")
    no.button("No, keep it", width="stretch", on_click=lambda: st.session_state.update({_ASK: False}))


def keep_controls() -> None:
    """The opt-in switch, who can see a kept diary, and forgetting it (after a confirmation)."""
    if st.session_state.pop(_FORGOTTEN, False):
        st.success("Your diary was forgotten on this device.", icon=":material/delete:")
    problem = st.session_state.get(keeping.PROBLEM)
    if problem:
        st.error(f"A diary kept in this browser could not be opened: {problem}. Nothing was loaded from it. "
                 "Forget it, or switch keeping on to replace it with the diary shown now.", icon=":material/error:")
        st.button("Forget it", key="keep.forget_broken", on_click=lambda: st.session_state.update({_ASK: True}))
    unavailable = st.session_state.get(keeping.UNAVAILABLE)
    st.session_state[_TOGGLE] = keeping.is_on()
    st.toggle(KEEP_LABEL, key=_TOGGLE, on_change=_toggled, disabled=bool(unavailable))
    st.caption(f"This browser cannot keep it: {unavailable}." if unavailable else WHO_CAN_SEE)
    if st.session_state.get(keeping.SAVE_ERROR):
        st.warning(f"The last change could not be kept in this browser: {st.session_state[keeping.SAVE_ERROR]}. "
                   "Download your diary now to keep it; reloading the page shows the kept diary.",
                   icon=":material/warning:")
    if st.session_state.get(_ASK):
        _confirm_forget()
    elif keeping.is_on():
        st.button(FORGET_LABEL, icon=":material/delete_forever:",
                  on_click=lambda: st.session_state.update({_ASK: True}))
