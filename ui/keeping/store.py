"""The browser's own storage (IndexedDB), reached through a tiny Streamlit component (`store.js`, read at start).

The component has no visible part. Python gives it, through its `data`, one order (`Order`) to carry out:
- READ: send back whatever this browser keeps (once per visit, while the first page draws);
- SAVE: store this value (after every change, while keeping is on);
- FORGET: delete the whole database, so nothing of CrampLog's stays.
It answers a read with the trigger value `found` (a trigger, so a long diary crosses the wire once and is not
re-sent with every later rerun), a save or forget with the state value `done`, and a request for lasting
storage (`navigator.storage.persist()`) with the state value `lasting`. Each answer carries the id of its
order, so an order is repeated until the browser confirms it. Nothing here is written on the server.
Why an order failed comes back in words: store.js's own (listed here for the catalogues, and `said` shows them
in the language in use) or the browser's own message, shown as it came.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from cramplog.base import lang
from cramplog.base.lang import tr, tr_later
from ui.keeping.state import Order

COMPONENT_KEY = "cramplog.keep.store"  # the component's own widget state: its answers
JS_PATH = Path(__file__).resolve().parent / "store.js"
OVERWRITE = "*"  # a save `base` that replaces whatever is stored (a value that could not be read)

# store.js's reasons, word for word (tests/test_lang_log.py checks they are still in store.js).
JS_REASONS = (
    tr_later("another tab or window of this browser changed the kept diary after this page opened"),
    tr_later("another tab or window of this browser is holding CrampLog's storage open: close it and try again"),
    tr_later("the browser refused to store it"),
    tr_later("this browser offers no storage to web pages"),
    tr_later("unknown error"),
)
# store.js's "this browser's storage did not <what> within <n> seconds", one text per `what`.
_TIMED_OUT = re.compile(r"this browser's storage did not (answer|save it|forget it) within ([\d.]+) seconds")
_TIMEOUTS = {"answer": tr_later("this browser's storage did not answer within {seconds} seconds"),
             "save it": tr_later("this browser's storage did not save it within {seconds} seconds"),
             "forget it": tr_later("this browser's storage did not forget it within {seconds} seconds")}


def said(reason: object) -> str:
    """Why keeping failed, in the language in use: a kept value that could not be read says it itself
    (`kept.Unreadable.shown`), store.js's words are looked up, and a browser's own message is shown as it came."""
    if callable(getattr(reason, "shown", None)):
        return reason.shown()
    text = str(reason)
    timed = _TIMED_OUT.fullmatch(text)
    if timed:
        return tr(_TIMEOUTS[timed[1]], seconds=lang.number(float(timed[2])))
    return tr(text)


_component = st.components.v2.component("cramplog_device_store", js=JS_PATH.read_text(encoding="utf-8"))


def _answer(name: str) -> dict | None:
    return (st.session_state.get(COMPONENT_KEY) or {}).get(name)


def found() -> dict | None:
    """The browser's answer to a read, during the rerun it arrives with: {id, stored, error, persisted, usage,
    quota}."""
    return _answer("found")


def done() -> dict | None:
    """The last save or forget the browser carried out: {id, op, error, no_room, usage, quota}."""
    return _answer("done")


def lasting() -> dict | None:
    """The browser's answer to a request for lasting storage: {id, persisted: True, False or None}."""
    return _answer("lasting")


def order(op: Order, order_id: str, callbacks: dict[str, Callable[[], None]], value: dict | None = None,
          base: str | None = None, persist_id: str | None = None) -> None:
    """Mount the (invisible) component with one order for the browser.

    A save overwrites the stored value only if its `changed` stamp is `base` (nothing stored: None; anything:
    OVERWRITE). `persist_id`, when given, also asks the browser to keep this site's storage lastingly.
    `callbacks` maps each answer ("found", "done", "lasting") to what runs when it arrives.
    """
    _component(key=COMPONENT_KEY, height=0,
               data={"op": op.value, "id": order_id, "value": value, "base": base, "persist_id": persist_id},
               **{f"on_{name}_change": callback for name, callback in callbacks.items()})
