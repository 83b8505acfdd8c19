"""Keeping the diary on this device: what the session asks the browser to read, save or forget.

The app frame calls `ready()` before a page runs and `sync()` after it. On a session's first run the
browser is asked what it keeps; its answer arrives with the next rerun and is restored in a callback,
i.e. before any page draws data. While keeping is on, every change to the diary (a new revision) is
sent to the browser until it confirms it. Turning keeping off deletes the stored copy.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from cramplog.diary import kept
from ui import device_store, flash, state

ON = "cramplog.keep.on"              # the user chose to keep the diary on this device
ANSWERED = "cramplog.keep.answered"  # the browser said what it keeps (or that it can keep nothing)
EPOCH = "cramplog.keep.epoch"        # counts on/off switches, so each one makes a new order
FORGET = "cramplog.keep.forget"      # a forget order is owed to the browser
CONFIRMED = "cramplog.keep.confirmed"  # the id of the last order the browser carried out
RESTORED = "cramplog.keep.restored"  # the one-time note saying what was restored
PROBLEM = "cramplog.keep.problem"    # why the stored value could not be used
UNAVAILABLE = "cramplog.keep.unavailable"  # why this browser cannot keep anything
SAVE_ERROR = "cramplog.keep.save_error"
BASE = "cramplog.keep.base"          # the `changed` stamp of the copy this session last saw in the browser
SENT = "cramplog.keep.sent"          # (order id, changed stamp) of the save last sent
SINCE = "cramplog.keep.since"        # when keeping was switched on (the stamp of a kept demo-only state)
OVERWRITE = "*"                      # a base that replaces whatever is stored (a value that could not be read)
OPENING = "Opening CrampLog…"  # shown while a new visit waits for the browser's answer


def is_on() -> bool:
    return bool(st.session_state.get(ON))


def browser_attached() -> bool:
    # Only a browser sends its page URL; AppTest runs no browser (and no component JS) and sends none.
    return st.context.url is not None


def ready() -> bool:
    """True once the browser has said what it keeps, so pages may draw the diary."""
    return bool(st.session_state.get(ANSWERED)) or not browser_attached()


def _epoch() -> int:
    return st.session_state.get(EPOCH, 0)


def _wanted() -> tuple[str, str]:
    """The order the browser should carry out now, with its id."""
    if not ready():
        return "read", "read"
    if is_on():
        return "save", f"save-{_epoch()}-{state.revision()}"
    if st.session_state.get(FORGET):
        return "forget", f"forget-{_epoch()}"
    return "idle", "idle"


def _value() -> dict:
    diary = state.get_diary()
    changed = diary.changed or st.session_state.get(SINCE) or dt.datetime.now(dt.UTC)
    return kept.pack(None if diary.is_demo else diary.df, diary.name, changed)


def sync() -> None:
    """Give the browser the order it still owes (a save or forget repeats until confirmed).

    A save carries the stamp of the copy this session last saw: if another tab of this browser has saved
    since, the browser refuses to overwrite that copy (see `device_store`).
    """
    op, order_id = _wanted()
    if op != "read" and st.session_state.get(CONFIRMED) == order_id:
        op = "idle"
    value = _value() if op == "save" else None
    if value is not None:
        st.session_state[SENT] = (order_id, value["changed"])
    device_store.order(op, order_id, value, _restore, _confirmed, base=st.session_state.get(BASE))


def _restore() -> None:
    """Callback: the browser's answer to the read, turned into the session's diary."""
    answer = device_store.found()
    if not answer or st.session_state.get(ANSWERED):
        return
    st.session_state[ANSWERED] = True
    if answer.get("error"):
        st.session_state[UNAVAILABLE] = answer["error"]
        return
    if answer.get("stored") is None:
        return
    try:
        value = kept.unpack(answer["stored"])
    except kept.Unreadable as err:
        st.session_state[PROBLEM] = str(err)
        return
    st.session_state[ON] = True
    st.session_state[BASE] = answer["stored"].get("changed")
    if value.df is not None:
        state.set_diary(value.df, value.name, value.changed)
        st.session_state[RESTORED] = (len(value.df), value.changed)
    st.session_state[CONFIRMED] = _wanted()[1]  # what the browser holds is what the session holds


def _confirmed() -> None:
    flash.quiet_rerun()
    answer = device_store.done() or {}
    st.session_state[SAVE_ERROR] = answer.get("error")
    if not answer.get("error"):
        st.session_state[CONFIRMED] = answer.get("id")
        sent_id, stamp = st.session_state.get(SENT) or (None, None)
        st.session_state[BASE] = stamp if answer.get("id") == sent_id else st.session_state.get(BASE)
        if str(answer.get("id")).startswith("forget"):
            st.session_state.pop(FORGET, None)
            st.session_state[BASE] = None


def turn_on() -> None:
    st.session_state[ON] = True
    st.session_state[EPOCH] = _epoch() + 1
    st.session_state[SINCE] = dt.datetime.now(dt.UTC)
    if st.session_state.pop(PROBLEM, None):
        st.session_state[BASE] = OVERWRITE  # the next save replaces the stored value that could not be read


def forget() -> None:
    """Stop keeping and delete the stored copy; the diary stays open in this tab."""
    st.session_state[ON] = False
    st.session_state[FORGET] = True
    st.session_state[EPOCH] = _epoch() + 1
    st.session_state.pop(PROBLEM, None)
    st.session_state.pop(RESTORED, None)
