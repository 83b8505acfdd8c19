// The browser's own storage for CrampLog: one IndexedDB database, one object store, one record (the kept diary).
// ui/keeping/store.py reads this file at start and mounts its default export as an invisible Streamlit component;
// the named exports are there so tests/browser/test_store_js.py can drive each operation on a blank page.
// Every operation has a time limit: a storage that never answers (a blocked upgrade, a broken profile, another
// tab holding the database open) ends in an error the page can explain, never in a wait without end.

export const DB = "cramplog", STORE = "kept", RECORD = "diary";
export const WAIT_MS = { read: 8000, save: 20000, forget: 8000, persist: 10000, estimate: 3000 };
export const OTHER_TAB = "another tab or window of this browser changed the kept diary after this page opened";
export const BLOCKED = "another tab or window of this browser is holding CrampLog's storage open: close it and try again";
export const NO_ROOM = "QuotaExceededError";

// `watch` follows one operation: whether another connection blocked it, and whether it was given up on.
const newWatch = () => ({ blocked: false, over: false });

export function within(promise, ms, what, watch = newWatch()) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => {
      watch.over = true;
      reject(new Error(watch.blocked ? BLOCKED : `this browser's storage did not ${what} within ${ms / 1000} seconds`));
    }, ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

// Opens the database. With `create` false a browser that holds nothing of CrampLog's is left without a database:
// the upgrade that would create it is aborted, and null comes back.
function openDb(create, watch, version) {
  return new Promise((resolve, reject) => {
    const request = version ? indexedDB.open(DB, version) : indexedDB.open(DB);
    request.onupgradeneeded = (event) => {
      if (!create && event.oldVersion === 0) return request.transaction.abort();
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onblocked = () => { watch.blocked = true; };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();  // never hold up another tab's upgrade or forget
      if (watch.over) return db.close();  // given up on: do nothing late
      if (db.objectStoreNames.contains(STORE)) return resolve(db);
      db.close();  // a database of that name without our store: add it in a new version
      if (!create) return resolve(null);
      openDb(create, watch, db.version + 1).then(resolve, reject);
    };
    request.onerror = (event) => {
      if (!create && request.error && request.error.name === "AbortError") {
        event.preventDefault();
        return resolve(null);
      }
      reject(request.error);
    };
  });
}

function transaction(db, mode, act) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const outcome = { value: undefined, refusal: null };
    act(tx.objectStore(STORE), outcome);
    const refused = () => (typeof outcome.refusal === "string" ? new Error(outcome.refusal) : outcome.refusal);
    tx.oncomplete = () => (outcome.refusal ? reject(refused()) : resolve(outcome.value));
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(outcome.refusal ? refused() : tx.error || new Error("the browser refused to store it"));
  });
}

async function withDb(create, watch, mode, act) {
  const db = await openDb(create, watch);
  if (!db) return undefined;
  try {
    return await transaction(db, mode, act);
  } finally {
    db.close();
  }
}

async function anythingKept() {
  if (!indexedDB.databases) return true;  // cannot tell without opening: openDb(false) then creates nothing
  return (await indexedDB.databases()).some((d) => d.name === DB);
}

async function readNow(watch) {
  if (!(await anythingKept())) return undefined;
  return withDb(false, watch, "readonly", (store, outcome) => {
    const get = store.get(RECORD);
    get.onsuccess = () => { outcome.value = get.result; };
  });
}

// What this browser keeps (undefined: nothing). Never creates the database just to look.
export function read() {
  const watch = newWatch();
  return within(readNow(watch), WAIT_MS.read, "answer", watch);
}

// Stores `value` only if the stored copy's `changed` stamp is `base` (nothing stored: null or undefined;
// anything: "*"), so a tab never silently overwrites what another tab of this browser saved meanwhile.
export function save(value, base) {
  const watch = newWatch();
  const act = (store, outcome) => {
    const held = store.get(RECORD);
    held.onsuccess = () => {
      const stamp = held.result === undefined ? null : (held.result && held.result.changed) || null;
      if (base !== "*" && stamp !== (base === undefined ? null : base)) {
        outcome.refusal = OTHER_TAB;  // saved from another tab since this one last looked: keep theirs
        return;
      }
      try {
        store.put(value, RECORD);
      } catch (error) {  // refused at once (a full disk may say so here, or when the transaction ends)
        outcome.refusal = error;
        store.transaction.abort();
      }
    };
  };
  return within(withDb(true, watch, "readwrite", act), WAIT_MS.save, "save it", watch);
}

// Deletes the whole database: nothing of CrampLog's is left in this browser.
export function forget() {
  const watch = newWatch();
  const deleting = new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onblocked = () => { watch.blocked = true; };
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  return within(deleting, WAIT_MS.forget, "forget it", watch);
}

// Asks the browser to keep this site's storage until the user clears it: true, false, or null (cannot ask).
export function persist() {
  if (!navigator.storage || !navigator.storage.persist) return Promise.resolve(null);
  return within(navigator.storage.persist(), WAIT_MS.persist, "answer").catch(() => null);
}

export function persisted() {
  if (!navigator.storage || !navigator.storage.persisted) return Promise.resolve(null);
  return within(navigator.storage.persisted(), WAIT_MS.estimate, "answer").catch(() => null);
}

// How much this site stores and may store, in bytes: {usage, quota}, or nulls where the browser does not say.
export function estimate() {
  const none = { usage: null, quota: null };
  if (!navigator.storage || !navigator.storage.estimate) return Promise.resolve(none);
  return within(navigator.storage.estimate(), WAIT_MS.estimate, "answer")
    .then((e) => ({ usage: e.usage ?? null, quota: e.quota ?? null }), () => none);
}

export const reason = (error) => String((error && (error.message || error.name)) || error || "unknown error");
const noRoom = (error) => Boolean(error && error.name === NO_ROOM);

// A mark beside the kept diary, in a cookie, so the server knows on a visit's first run whether anything is kept
// (a new visitor's pages then draw at once, without waiting for this component). It holds no data: "1" or nothing.
export const MARK = "cramplog_kept";
export function mark(kept) {
  const age = kept ? 400 * 24 * 3600 : 0;  // 400 days: the longest a browser keeps a cookie; renewed on every visit
  document.cookie = `${MARK}=${kept ? "1" : ""}; path=/; max-age=${age}; SameSite=Strict`;
}

async function answerRead(id) {
  const [found, lasting, space] = await Promise.all([
    read().then((stored) => { mark(stored !== undefined); return { stored: stored === undefined ? null : stored, error: null }; },
      (e) => ({ stored: null, error: reason(e) })),
    persisted(), estimate()]);
  return { id, ...found, persisted: lasting, ...space };
}

async function answerOrder(data) {
  const act = data.op === "save" ? save(data.value, data.base) : forget();
  const outcome = await act.then(() => { mark(data.op === "save"); return { error: null, no_room: false }; },
    (e) => ({ error: reason(e), no_room: noRoom(e) }));
  return { id: data.id, op: data.op, ...outcome, ...(await estimate()) };
}

const started = new Set();  // orders already carried out by this page: a rerun mounts the same order again

export default function (component) {
  const { data, setStateValue, setTriggerValue } = component;
  if (!data) return;
  if (data.persist_id && !started.has(`persist:${data.persist_id}`)) {
    started.add(`persist:${data.persist_id}`);
    persist().then((answer) => setStateValue("lasting", { id: data.persist_id, persisted: answer }));
  }
  if (!data.op || data.op === "idle" || started.has(`${data.op}:${data.id}`)) return;
  started.add(`${data.op}:${data.id}`);
  if (typeof indexedDB === "undefined") {
    const error = "this browser offers no storage to web pages";
    if (data.op === "read") setTriggerValue("found", { id: data.id, stored: null, error, persisted: null });
    else setStateValue("done", { id: data.id, op: data.op, error, no_room: false });
    return;
  }
  if (data.op === "read") answerRead(data.id).then((answer) => setTriggerValue("found", answer));
  else answerOrder(data).then((answer) => setStateValue("done", answer));
}
