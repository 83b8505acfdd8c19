"""Keeping the diary, as the user sees it: on this device or not, the one download button, the notes."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from cramplog.base import lang
from cramplog.base.canonical import to_csv_bytes
from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.base.words import n_entries
from ui import flash
from ui.clock import local_day, local_now
from ui.keeping import orders
from ui.keeping.state import get
from ui.keeping.store import said
from ui.notes import KEPT_PRIVACY, PRIVACY
from ui.state import SessionDiary, get_diary

KEEP_LABEL = tr_later("Keep my diary on this device")  # the texts below are shown with tr()
FORGET_LABEL = tr_later("Forget my diary on this device")
SWITCH_KEY = "cramplog.keep.switch"
BACKUP_AFTER = dt.timedelta(days=14)  # a kept diary changed since a download older than this: suggest one
LARGE_DIARY = 10_000                  # entries from which the privacy details say how much the browser stores
WHO_CAN_SEE = tr_later(
    "Saved in this browser's own storage after every change, never on CrampLog's server. Anyone who uses "
    "this browser profile can open it. Clearing this browser's data (history, cookies and site data) erases "
    "it, so a downloaded copy is your backup."
)
KEPT_LASTING = tr_later("This browser agreed to keep it until you forget it here or clear the browser's data.")
MAY_BE_CLEARED = tr_later("This browser may clear it when space runs low or after a while without a visit: "
                          "download a copy now and then.")
# WebKit's tracking prevention deletes a site's script-written storage (IndexedDB included) after 7 days of
# browser use without an interaction with that site; a web app added to the Home Screen is counted apart
# (webkit.org/tracking-prevention, "7-Day Cap on All Script-Writeable Storage").
WEBKIT_RULE = tr_later("Safari and other browsers built on WebKit delete what a site stored after 7 days of using the "
               "browser without a visit to that site, unless the site was added to the Home Screen.")


# Where the diary lives, said in the sidebar once the browser has answered (browser tests wait for it).
LIVES_KEPT = tr_later("Your diary is kept in this browser only.")
LIVES_IN_SESSION = tr_later("Your data stays in this browser session only.")


def where_it_lives() -> str:
    """The sidebar's word on where the diary lives; empty until the browser has said what it keeps."""
    if not orders.ready():
        return ""
    return tr(LIVES_KEPT if orders.is_on() else LIVES_IN_SESSION)


@st.fragment
def link() -> None:
    """The sidebar's word on where the diary lives, and the invisible link to the browser's storage.

    A fragment: an answer reruns only this, and this reruns the whole page only if the answer changed what it
    shows, so a new visitor with nothing kept is drawn once."""
    keep = get()
    if keep.redraw:  # still owed: this is the answer's own run of the fragment, not a whole-page run
        keep.redraw = False
        st.rerun(scope="app")
    st.caption(tr("CrampLog describes cramp patterns; it never diagnoses.") + " " + where_it_lives())
    orders.sync()


def keep_reminder() -> None:
    """Shown wherever entries are added: where the diary lives, and that a download keeps a copy."""
    orders.await_answer()
    if orders.is_on():
        st.info(tr(KEPT_PRIVACY) + " " + tr("Download a copy now and then as a backup."), icon=":material/save:")
    else:
        st.warning(tr(PRIVACY), icon=":material/save:")


def diary_file_name() -> str:
    """The download's file name carries the user's date, so copies made on different days stay apart."""
    return f"cramplog-diary-{local_now().date().isoformat()}.csv"


def download_diary_button(diary: SessionDiary, key: str = "download_diary", label: str | None = None) -> None:
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
        label or tr("Download my diary (CSV)"), data=made, file_name=diary_file_name(), mime="text/csv", on_click="ignore",
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
    if last:
        said_so = tr("**Time for a backup?** Your diary was last downloaded on {day} and has changed since. If this "
                     "browser clears its storage, a downloaded copy is the one you still have.", day=local_day(last))
    else:
        said_so = tr("**Time for a backup?** Your diary has never been downloaded and has changed since. If this "
                     "browser clears its storage, a downloaded copy is the one you still have.")
    box.markdown(":material/backup: " + said_so)
    download, later = box.columns(2)
    with download:
        download_diary_button(diary, key="download_reminder", label=tr("Download a copy now"))
    later.button(tr("Not now"), width="stretch", on_click=lambda: setattr(get(), "reminder_done", True))


_PROBLEM_PAGES = ("log", "my_diary")  # the pages with the keeping controls, which explain a problem themselves


def restored_note(page_path: str = "") -> None:
    """Once, on the first page after a visit's restore: what came back from this browser, or why nothing did."""
    keep = get()
    if keep.problem and not keep.problem_told:
        keep.problem_told = True
        if page_path not in _PROBLEM_PAGES:
            st.warning(tr("A diary kept in this browser could not be opened: {reason}. Nothing was loaded from it, so "
                          "the demo diary is showing. *{load}* or *{log}* can forget it or replace it.",
                          reason=said(keep.problem), load=tr("Load your diary"), log=tr("Log a cramp")),
                       icon=":material/warning:")
    if keep.restored:
        count, changed = keep.restored
        keep.restored = None
        st.success(tr("Restored {entries} kept in this browser, last changed {day}.", entries=n_entries(count),
                      day=local_day(changed)) if changed else
                   tr("Restored {entries} kept in this browser.", entries=n_entries(count)), icon=":material/history:")


def _toggled() -> None:
    if st.session_state[SWITCH_KEY]:
        orders.turn_on()
    else:
        get().asking_forget = True  # switching off deletes the kept copy: ask first


def _forget() -> None:
    orders.forget()
    get().asking_forget = False
    flash.add("success", lambda: tr("Your diary was forgotten on this device."), ":material/delete:")


def _ask_forget() -> None:
    get().asking_forget = True


def _confirm_forget() -> None:
    box = st.container(border=True)
    box.markdown(tr("**Forget the diary kept on this device?** It is deleted from this browser. The diary stays "
                    "open in this tab until you close it; download it first if you want a copy."))
    yes, no = box.columns(2)
    yes.button(tr("Yes, forget it"), type="primary", width="stretch", on_click=_forget, icon=":material/delete:")
    no.button(tr("No, keep it"), width="stretch", on_click=lambda: setattr(get(), "asking_forget", False))


def _lasting_note() -> str:
    """Beside the switch: what the browser answered when asked to keep the diary lastingly."""
    keep = get()
    if keep.unavailable:
        return tr("This browser cannot keep it: {reason}.", reason=said(keep.unavailable))
    if not keep.on or keep.persisted is None:
        return tr("Asking this browser to keep it…") if keep.on and keep.persist_asked else ""
    return tr(KEPT_LASTING if keep.persisted else MAY_BE_CLEARED)


_SIZES = ((tr_later("{size} GB"), 1e9), (tr_later("{size} MB"), 1e6), (tr_later("{size} kB"), 1e3))


def _size(count: int) -> str:
    """"7.7 MB", "7,7 Mo": a number of bytes the local way."""
    for unit, scale in _SIZES:
        if count >= scale:
            return tr(unit, size=lang.number(count / scale, 1))
    return tr_n(count, "{n} byte", "{n} bytes")


def privacy_details() -> None:
    """How a kept diary is stored and what may clear it; for a large diary, how much room the browser gives."""
    keep, diary = get(), get_diary()
    with st.expander(tr("Privacy details: how a kept diary is stored")):
        st.markdown(tr("The diary is kept as a CSV file inside a small labelled envelope, in one IndexedDB database "
                       "named “cramplog” in this browser profile. Nothing of it reaches CrampLog's server between "
                       "visits.") + " " + tr(WEBKIT_RULE))
        if keep.on and keep.usage is not None and len(diary.df) >= LARGE_DIARY:
            st.markdown(tr("This browser estimates that CrampLog uses {used} here, of the {room} it allows this site.",
                           used=_size(keep.usage), room=_size(keep.quota)) if keep.quota else
                        tr("This browser estimates that CrampLog uses {used} here.", used=_size(keep.usage)))


def _save_problem() -> None:
    keep = get()
    if keep.no_room:
        st.error(tr("This browser has no room left for your diary, so the last change was not kept here (the copy "
                    "kept before it is unchanged). Your diary is complete in this tab: download it now to keep a "
                    "copy. Once space is freed, the next change is kept again."), icon=":material/storage:")
    elif keep.save_error:
        st.warning(tr("The last change could not be kept in this browser: {reason}. Download your diary now to keep "
                      "it; reloading the page shows the kept diary.", reason=said(keep.save_error)),
                   icon=":material/warning:")


def keep_controls() -> None:
    """The opt-in switch, what the browser promised, who can see a kept diary, and forgetting it (after a
    confirmation); then, once a visit, a reminder to download a backup."""
    orders.await_answer()
    keep = get()
    if keep.problem:
        st.error(tr("A diary kept in this browser could not be opened: {reason}. Nothing was loaded from it. Forget "
                    "it, or switch keeping on to replace it with the diary shown now.", reason=said(keep.problem)),
                 icon=":material/error:")
        st.button(tr("Forget it"), on_click=_ask_forget)
    st.session_state[SWITCH_KEY] = keep.on
    st.toggle(tr(KEEP_LABEL), key=SWITCH_KEY, on_change=_toggled, disabled=bool(keep.unavailable))
    st.caption(" ".join(part for part in (_lasting_note(), tr(WHO_CAN_SEE)) if part) if not keep.unavailable
               else _lasting_note())
    privacy_details()
    _save_problem()
    if keep.asking_forget:
        _confirm_forget()
    elif keep.on:
        st.button(tr(FORGET_LABEL), icon=":material/delete_forever:", on_click=_ask_forget)
    backup_reminder()
