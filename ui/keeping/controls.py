"""Keeping the diary, as the user sees it: on this device or not, the one download button, the notes."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from cramplog.base.canonical import to_csv_bytes
from cramplog.base.words import n_entries
from ui import flash
from ui.clock import local_day, local_now
from ui.keeping import orders
from ui.keeping.state import get
from ui.notes import KEPT_PRIVACY, PRIVACY
from ui.state import SessionDiary, get_diary

KEEP_LABEL = "Keep my diary on this device"
FORGET_LABEL = "Forget my diary on this device"
SWITCH_KEY = "cramplog.keep.switch"
BACKUP_AFTER = dt.timedelta(days=14)  # a kept diary changed since a download older than this: suggest one
LARGE_DIARY = 10_000                  # entries from which the privacy details say how much the browser stores
WHO_CAN_SEE = (
    "Saved in this browser's own storage after every change, never on CrampLog's server. Anyone who uses "
    "this browser profile can open it. Clearing this browser's data (history, cookies and site data) erases "
    "it, so a downloaded copy is your backup."
)
KEPT_LASTING = "This browser agreed to keep it until you forget it here or clear the browser's data."
MAY_BE_CLEARED = ("This browser may clear it when space runs low or after a while without a visit: download a "
                  "copy now and then.")
# WebKit's tracking prevention deletes a site's script-written storage (IndexedDB included) after 7 days of
# browser use without an interaction with that site; a web app added to the Home Screen is counted apart
# (webkit.org/tracking-prevention, "7-Day Cap on All Script-Writeable Storage").
WEBKIT_RULE = ("Safari and other browsers built on WebKit delete what a site stored after 7 days of using the "
               "browser without a visit to that site, unless the site was added to the Home Screen.")


# Where the diary lives, said in the sidebar once the browser has answered (browser tests wait for it).
LIVES_KEPT = "Your diary is kept in this browser only."
LIVES_IN_SESSION = "Your data stays in this browser session only."


def where_it_lives() -> str:
    """The sidebar's word on where the diary lives; empty until the browser has said what it keeps."""
    if not orders.ready():
        return ""
    return LIVES_KEPT if orders.is_on() else LIVES_IN_SESSION


def keep_reminder() -> None:
    """Shown wherever entries are added: where the diary lives, and that a download keeps a copy."""
    orders.await_answer()
    if orders.is_on():
        st.info(KEPT_PRIVACY + " Download a copy now and then as a backup.", icon=":material/save:")
    else:
        st.warning(PRIVACY, icon=":material/save:")


def diary_file_name() -> str:
    """The download's file name carries the user's date, so copies made on different days stay apart."""
    return f"cramplog-diary-{local_now().date().isoformat()}.csv"


def download_diary_button(diary: SessionDiary, key: str = "download_diary", label: str = "Download my diary (CSV)") -> None:
    """The diary as canonical CSV; loading that file back gives the same diary.

    The file is made when the button is pressed (so a long diary costs nothing on every rerun), and the button
    reruns nothing: a rerun would drop the file's placeholder while the browser may still be fetching it. The
    download is remembered when the file is made; the kept copy carries its day from the next save on.
    """
    df, keep = diary.df, get()

    def made() -> bytes:  # runs on the server's own thread when the button is pressed: no Streamlit calls here
        orders.downloaded_now(keep)
        return to_csv_bytes(df)

    st.download_button(
        label, data=made, file_name=diary_file_name(), mime="text/csv", on_click="ignore",
        icon=":material/download:", type="primary", width="stretch", key=key,
    )


def _backup_due(diary: SessionDiary) -> bool:
    keep = get()
    if not keep.on or diary.is_demo or keep.reminder_done:
        return False
    last = keep.downloaded
    changed_since = last is None or (diary.changed is not None and diary.changed > last)
    return changed_since and (last is None or dt.datetime.now(dt.UTC) - last > BACKUP_AFTER)


def backup_reminder() -> None:
    """Once a visit (until answered), where entries are added: a kept diary changed since its last download,
    more than 14 days ago or never, is worth downloading, as the browser may clear its storage."""
    diary = get_diary()
    if not _backup_due(diary):
        return
    last = get().downloaded
    box = st.container(border=True)
    when = f"was last downloaded on {local_day(last)}" if last else "has never been downloaded"
    box.markdown(f":material/backup: **Time for a backup?** Your diary {when} and has changed since. If this "
                 "browser clears its storage, a downloaded copy is the one you still have.")
    download, later = box.columns(2)
    with download:
        download_diary_button(diary, key="download_reminder", label="Download a copy now")
    later.button("Not now", width="stretch", on_click=lambda: setattr(get(), "reminder_done", True))


_PROBLEM_PAGES = ("log", "my_diary")  # the pages with the keeping controls, which explain a problem themselves


def restored_note(page_path: str = "") -> None:
    """Once, on the first page after a visit's restore: what came back from this browser, or why nothing did."""
    keep = get()
    if keep.problem and not keep.problem_told:
        keep.problem_told = True
        if page_path not in _PROBLEM_PAGES:
            st.warning(f"A diary kept in this browser could not be opened: {keep.problem}. Nothing was loaded from "
                       "it, so the demo diary is showing. *Load your diary* or *Log a cramp* can forget it or "
                       "replace it.", icon=":material/warning:")
    if keep.restored:
        count, changed = keep.restored
        keep.restored = None
        when = f", last changed {local_day(changed)}" if changed else ""
        st.success(f"Restored {n_entries(count)} kept in this browser{when}.", icon=":material/history:")


def _toggled() -> None:
    if st.session_state[SWITCH_KEY]:
        orders.turn_on()
    else:
        get().asking_forget = True  # switching off deletes the kept copy: ask first


def _forget() -> None:
    orders.forget()
    get().asking_forget = False
    flash.add("success", "Your diary was forgotten on this device.", ":material/delete:")


def _ask_forget() -> None:
    get().asking_forget = True


def _confirm_forget() -> None:
    box = st.container(border=True)
    box.markdown("**Forget the diary kept on this device?** It is deleted from this browser. The diary stays "
                 "open in this tab until you close it; download it first if you want a copy.")
    yes, no = box.columns(2)
    yes.button("Yes, forget it", type="primary", width="stretch", on_click=_forget, icon=":material/delete:")
    no.button("No, keep it", width="stretch", on_click=lambda: setattr(get(), "asking_forget", False))


def _lasting_note() -> str:
    """Beside the switch: what the browser answered when asked to keep the diary lastingly."""
    keep = get()
    if keep.unavailable:
        return f"This browser cannot keep it: {keep.unavailable}."
    if not keep.on or keep.persisted is None:
        return "Asking this browser to keep it…" if keep.on and keep.persist_asked else ""
    return KEPT_LASTING if keep.persisted else MAY_BE_CLEARED


def _size(count: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:,.1f} {unit}"
    return f"{count:,} bytes"


def privacy_details() -> None:
    """How a kept diary is stored and what may clear it; for a large diary, how much room the browser gives."""
    keep, diary = get(), get_diary()
    with st.expander("Privacy details: how a kept diary is stored"):
        st.markdown("The diary is kept as a CSV file inside a small labelled envelope, in one IndexedDB database "
                    "named “cramplog” in this browser profile. Nothing of it reaches CrampLog's server between "
                    f"visits. {WEBKIT_RULE}")
        if keep.on and keep.usage is not None and len(diary.df) >= LARGE_DIARY:
            room = f", of the {_size(keep.quota)} it allows this site" if keep.quota else ""
            st.markdown(f"This browser estimates that CrampLog uses {_size(keep.usage)} here{room}.")


def _save_problem() -> None:
    keep = get()
    if keep.no_room:
        st.error("This browser has no room left for your diary, so the last change was not kept here (the copy "
                 "kept before it is unchanged). Your diary is complete in this tab: download it now to keep a "
                 "copy. Once space is freed, the next change is kept again.", icon=":material/storage:")
    elif keep.save_error:
        st.warning(f"The last change could not be kept in this browser: {keep.save_error}. Download your diary "
                   "now to keep it; reloading the page shows the kept diary.", icon=":material/warning:")


def keep_controls() -> None:
    """The opt-in switch, what the browser promised, who can see a kept diary, and forgetting it (after a
    confirmation); then, once a visit, a reminder to download a backup."""
    orders.await_answer()
    keep = get()
    if keep.problem:
        st.error(f"A diary kept in this browser could not be opened: {keep.problem}. Nothing was loaded from it. "
                 "Forget it, or switch keeping on to replace it with the diary shown now.", icon=":material/error:")
        st.button("Forget it", on_click=_ask_forget)
    st.session_state[SWITCH_KEY] = keep.on
    st.toggle(KEEP_LABEL, key=SWITCH_KEY, on_change=_toggled, disabled=bool(keep.unavailable))
    st.caption(" ".join(part for part in (_lasting_note(), WHO_CAN_SEE) if part) if not keep.unavailable
               else _lasting_note())
    privacy_details()
    _save_problem()
    if keep.asking_forget:
        _confirm_forget()
    elif keep.on:
        st.button(FORGET_LABEL, icon=":material/delete_forever:", on_click=_ask_forget)
    backup_reminder()
