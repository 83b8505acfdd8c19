"""Keeping the diary on this device (IndexedDB), if the user switches it on.

- `state`: what the session knows about it, one `KeepState` under one session key, and the `Order` enum;
- `store` (+ `store.js`, read at start): the invisible component that carries orders to the browser's storage;
- `orders`: which order is owed, and the browser's answers turned into the session's diary;
- `controls`: what the user sees (the switch, the notes, the download button, the backup reminder).
"""
from ui.keeping.controls import (
    FORGET_LABEL,
    KEEP_LABEL,
    download_diary_button,
    keep_controls,
    keep_reminder,
    link,
    restored_note,
    where_it_lives,
)
from ui.keeping.orders import WAITING, await_answer, is_on, ready, start_run, sync

__all__ = ["FORGET_LABEL", "KEEP_LABEL", "WAITING", "await_answer", "download_diary_button", "is_on",
           "keep_controls", "keep_reminder", "link", "ready", "restored_note", "start_run", "sync",
           "where_it_lives"]
