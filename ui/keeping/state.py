"""What this session knows about keeping its diary on the device: one object under one session key."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

import streamlit as st

KEY = "cramplog.keep"


class Order(enum.Enum):
    """What the session asks the browser's storage to do."""
    READ = "read"
    SAVE = "save"
    FORGET = "forget"
    IDLE = "idle"


@dataclass
class KeepState:
    on: bool = False                     # the user chose to keep the diary on this device
    answered: bool = False               # the browser said what it keeps (or that it can keep nothing)
    page_waited: bool = False            # a page stopped for that answer (`await_answer`)
    redraw: bool = False                 # an answer changed what the page shows: the whole page is drawn again
    epoch: int = 0                       # counts on/off switches, so each one makes a new order
    forget_owed: bool = False            # a forget order is owed to the browser
    confirmed: str | None = None         # the id of the last order the browser carried out
    base: str | None = None              # the `changed` stamp of the copy this session last saw in the browser
    sent: tuple[str, str] | None = None  # (order id, changed stamp) of the save last sent
    since: dt.datetime | None = None     # when keeping was switched on (the stamp of a kept demo-only state)
    downloaded: dt.datetime | None = None  # when the diary was last downloaded (kept with it)
    downloads: int = 0                   # counts downloads, so each one makes a new save order
    restored: tuple[int, dt.datetime | None] | None = None  # what came back, until the note has said so
    problem: object = None               # why the stored value could not be used (words or kept.Unreadable)
    problem_told: bool = False           # a page without the keeping controls has explained the problem
    unavailable: str | None = None       # why this browser cannot keep anything
    save_error: str | None = None        # why the last save or forget failed
    no_room: bool = False                # the last save was refused for lack of space
    persist_asked: int = 0               # counts requests for lasting storage (0: none asked yet)
    persisted: bool | None = None        # the browser's answer: kept until forgotten, or may be cleared
    usage: int | None = None             # bytes this site stores in the browser, as the browser estimates
    quota: int | None = None             # bytes it may store
    asking_forget: bool = False          # the forget confirmation is showing
    reminder_done: bool = False          # the backup reminder was answered this visit


def get() -> KeepState:
    """This session's keeping state (made on first use)."""
    if KEY not in st.session_state:
        st.session_state[KEY] = KeepState()
    return st.session_state[KEY]
