"""Keeping the diary on this device: what the session asks the browser to read, save or forget.

On a visit's first run the app frame asks the browser what it keeps, and the page draws at once. If a cookie
(`MARK`, set by store.js beside the kept diary) says nothing is kept, every page draws in full and the answer
only confirms it. Otherwise a page that shows no diary draws in full, one that shows the diary stops where it
first needs it (`await_answer`) and is drawn in full by the rerun the answer brings, after `_restore` (a
callback) has made a kept diary the session's diary, so the demo never flashes by. The answer reruns only the
frame's `link` fragment, and the whole page only if it changes what the page shows.
While keeping is on, every change to the diary (a new revision) and every download is sent to the browser until
it confirms it. Turning keeping off deletes the stored copy.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from cramplog.base.lang import tr, tr_later
from cramplog.diary import kept
from ui import flash
from ui import state as diary_state
from ui.keeping import store
from ui.keeping.state import KeepState, Order, get

MARK = "cramplog_kept"  # store.js's cookie: "1" while this browser keeps a diary
WAITING = tr_later("Looking for a diary kept in this browser…")  # where a page waits for the browser's answer


def is_on() -> bool:
    return get().on


def browser_attached() -> bool:
    # Only a browser sends its page URL; AppTest runs no browser (and no component JS) and sends none.
    return st.context.url is not None


def marked() -> bool:
    """The browser's cookie says it keeps a diary (sent with the page's request, so known from the first run)."""
    return st.context.cookies.get(MARK) == "1"


def ready() -> bool:
    """True once the browser has said what it keeps, or its cookie says it keeps nothing: pages may draw the
    diary."""
    return get().answered or not browser_attached() or not marked()


def start_run() -> bool:
    """Called by the frame at the start of every whole-page run (which draws whatever an answer changed): True
    once pages may draw the diary."""
    get().redraw = False
    return ready()


def await_answer() -> None:
    """Where a page first needs the diary: until the browser has answered, stop here with a note (the rerun
    its answer brings draws the rest), so nobody whose diary is kept sees the demo first."""
    if not ready():
        get().page_waited = True
        st.caption(tr(WAITING))
        st.stop()


def _wanted() -> tuple[Order, str]:
    """The order the browser should carry out now, with its id."""
    keep = get()
    if not keep.answered and browser_attached():  # asked even when the cookie says nothing is kept
        return Order.READ, "read"
    if keep.on:
        return Order.SAVE, f"save-{keep.epoch}-{diary_state.revision()}-{keep.downloads}"
    if keep.forget_owed:
        return Order.FORGET, f"forget-{keep.epoch}"
    return Order.IDLE, "idle"


def _value() -> dict:
    keep, diary = get(), diary_state.get_diary()
    changed = diary.changed or keep.since or dt.datetime.now(dt.UTC)
    return kept.pack(None if diary.is_demo else diary.df, diary.name, changed, keep.downloaded)


def sync() -> None:
    """Give the browser the order it still owes (a save or forget repeats until confirmed).

    A save carries the stamp of the copy this session last saw: if another tab of this browser has saved
    since, the browser refuses to overwrite that copy (see `store.js`).
    """
    keep = get()
    op, order_id = _wanted()
    if op is not Order.READ and keep.confirmed == order_id:
        op = Order.IDLE
    value = _value() if op is Order.SAVE else None
    if value is not None:
        keep.sent = (order_id, value["changed"])
    persist_id = f"persist-{keep.persist_asked}" if keep.persist_asked else None
    store.order(op, order_id, {"found": _restore, "done": _confirmed, "lasting": _lasting}, value, keep.base,
                persist_id)


def _space(answer: dict) -> None:
    keep = get()
    keep.usage, keep.quota = answer.get("usage"), answer.get("quota")


def _restore() -> None:
    """Callback: the browser's answer to the read, turned into the session's diary."""
    answer, keep = store.found(), get()
    if not answer or keep.answered:
        return
    keep.answered, keep.persisted = True, answer.get("persisted")
    if keep.page_waited or answer.get("error") or answer.get("stored") is not None:
        _redraw()  # else it confirms what the page already shows (nothing kept)
    _space(answer)
    if answer.get("error"):
        keep.unavailable = answer["error"]
        return
    if answer.get("stored") is None:
        return
    try:
        value = kept.unpack(answer["stored"])
    except kept.Unreadable as err:
        keep.problem = err  # says itself in the language of the page that shows it (store.said)
        return
    keep.on, keep.base, keep.downloaded = True, answer["stored"].get("changed"), value.downloaded
    if value.df is not None:
        diary_state.set_diary(value.df, value.name, value.changed)
        keep.restored = (len(value.df), value.changed)
    keep.confirmed = _wanted()[1]  # what the browser holds is what the session holds


def _redraw() -> None:
    """The browser's answer changes what the page shows: the whole page is drawn again, and that run is not a
    user action."""
    flash.quiet_rerun()
    get().redraw = True


def _confirmed() -> None:
    _redraw()
    answer, keep = store.done() or {}, get()
    _space(answer)
    keep.save_error, keep.no_room = answer.get("error"), bool(answer.get("no_room"))
    if answer.get("error"):
        return
    keep.confirmed = answer.get("id")
    sent_id, stamp = keep.sent or (None, None)
    if answer.get("id") == sent_id:
        keep.base = stamp
    if Order(answer.get("op", Order.IDLE.value)) is Order.FORGET:
        keep.forget_owed, keep.base = False, None


def _lasting() -> None:
    """Callback: the browser's answer to the request for lasting storage (None: it cannot be asked)."""
    _redraw()
    answer, keep = store.lasting() or {}, get()
    if answer.get("id") == f"persist-{keep.persist_asked}":
        keep.persisted = bool(answer.get("persisted"))


def turn_on() -> None:
    keep = get()
    keep.on, keep.epoch, keep.since = True, keep.epoch + 1, dt.datetime.now(dt.UTC)
    keep.persist_asked, keep.persisted = keep.persist_asked + 1, None  # ask the browser to keep it lastingly
    if keep.problem:
        keep.problem, keep.base = None, store.OVERWRITE  # the next save replaces the value that could not be read


def forget() -> None:
    """Stop keeping and delete the stored copy; the diary stays open in this tab."""
    keep = get()
    keep.on, keep.forget_owed, keep.epoch = False, True, keep.epoch + 1
    keep.problem = keep.restored = keep.persisted = None


def downloaded_now(keep: KeepState) -> None:
    """The diary was just downloaded: remember when, with the kept copy (the next save carries the date).

    Called while the file is made, outside the script run, so it is given the session's state object."""
    keep.downloaded, keep.downloads, keep.reminder_done = dt.datetime.now(dt.UTC), keep.downloads + 1, True
