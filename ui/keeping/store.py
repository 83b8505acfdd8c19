"""The browser's own storage (IndexedDB), reached through a tiny inline Streamlit component.

The component has no visible part. Python tells it, through its `data`, one thing to do:
- "read": send back whatever this browser keeps (once per session, before any page draws data);
- "save": store this value (after every change, while keeping is on);
- "forget": delete the stored value (the whole database, so nothing of CrampLog's stays).
The JS answers a read with the trigger value `found` (a trigger, so a long diary crosses the wire once
and is not re-sent with every later rerun) and a save or forget with the state value `done` (the id of
the last order carried out), so an order is repeated until the browser confirms it.
Nothing here is written on the server: the value goes from the session to the browser and back.
"""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

STORE_KEY = "cramplog.device_store"

# One database, one object store, one record: the kept diary.
JS = """
const DB = "cramplog", STORE = "kept", RECORD = "diary";
const OTHER_TAB = "another tab or window of this browser changed the kept diary after this page opened";

function openDb(version) {
  return new Promise((resolve, reject) => {
    const request = version ? indexedDB.open(DB, version) : indexedDB.open(DB);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      if (db.objectStoreNames.contains(STORE)) return resolve(db);
      db.close();  // a database of that name without our store: add it in a new version
      openDb(db.version + 1).then(resolve, reject);
    };
    request.onerror = () => reject(request.error);
  });
}

async function inStore(mode, act) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error("the browser refused to store it"));
    });
  } finally {
    db.close();
  }
}

async function exists() {
  if (!indexedDB.databases) return true;  // cannot tell without opening (and so creating) it
  return (await indexedDB.databases()).some((d) => d.name === DB);
}

async function read() {
  // Never create the database just to look: with keeping off, this browser holds nothing of CrampLog's.
  return (await exists()) ? inStore("readonly", (s) => s.get(RECORD)) : undefined;
}

async function save(value, base) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, "readwrite");
      const store = tx.objectStore(STORE);
      let outcome = null;
      const held = store.get(RECORD);
      held.onsuccess = () => {
        const stamp = held.result === undefined ? null : held.result && held.result.changed;
        if (base !== "*" && stamp !== (base === undefined ? null : base)) {
          outcome = OTHER_TAB;  // saved from another tab since this one last looked: keep theirs
          return;
        }
        store.put(value, RECORD);
      };
      tx.oncomplete = () => (outcome ? reject(new Error(outcome)) : resolve());
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error("the browser refused to store it"));
    });
  } finally {
    db.close();
  }
}

function forget() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB);  // the whole database: nothing of CrampLog's is left
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

// A storage that never answers (a blocked upgrade, a broken profile) must not keep the app waiting.
const READ_WAIT_MS = 8000;
const answered = (promise) => Promise.race([promise, new Promise((_, reject) => setTimeout(
  () => reject(new Error("this browser's storage did not answer within 8 seconds")), READ_WAIT_MS))]);

const reason = (error) => String((error && (error.message || error.name)) || error || "unknown error");

export default function (component) {
  const { data, setStateValue, setTriggerValue } = component;
  if (!data || !data.op || data.op === "idle") return;
  if (typeof indexedDB === "undefined") {
    const error = "this browser offers no storage to web pages";
    if (data.op === "read") setTriggerValue("found", { id: data.id, stored: null, error });
    else setStateValue("done", { id: data.id, error });
    return;
  }
  if (data.op === "read") {
    answered(read())
      .then((v) => setTriggerValue("found", { id: data.id, stored: v === undefined ? null : v, error: null }))
      .catch((e) => setTriggerValue("found", { id: data.id, stored: null, error: reason(e) }));
  } else {
    const act = data.op === "save" ? save(data.value, data.base) : forget();
    act
      .then(() => setStateValue("done", { id: data.id, error: null }))
      .catch((e) => setStateValue("done", { id: data.id, error: reason(e) }));
  }
}
"""

_component = st.components.v2.component("cramplog_device_store", js=JS)


def found() -> dict | None:
    """The browser's answer to a read, during the rerun it arrives with: {id, stored, error}."""
    return (st.session_state.get(STORE_KEY) or {}).get("found")


def done() -> dict | None:
    """The last save or forget the browser confirmed: {id, error}."""
    return (st.session_state.get(STORE_KEY) or {}).get("done")


def order(op: str, order_id: str, value: dict | None, on_found: Callable[[], None],
          on_done: Callable[[], None], base: str | None = None) -> None:
    """Mount the (invisible) component with one order for the browser.

    A save overwrites the stored value only if its `changed` stamp is `base` (nothing stored: None;
    anything: "*"), so a tab never silently overwrites what another tab of this browser saved meanwhile.
    """
    _component(key=STORE_KEY, data={"op": op, "id": order_id, "value": value, "base": base}, height=0,
               on_found_change=on_found, on_done_change=on_done)
