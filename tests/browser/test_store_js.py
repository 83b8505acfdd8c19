"""ui/keeping/store.js on its own, in Chromium, on a blank page of a made-up origin (no Streamlit, no server).

Each test drives the module's operations as the component does: open (by reading), save, read, forget, a
storage blocked by another tab, one that never answers, one that is full, and a browser without
indexedDB.databases(). What the browser holds is checked with IndexedDB itself.
"""
from __future__ import annotations

import pytest

from ui.keeping.store import JS_PATH

pytestmark = pytest.mark.browser
ORIGIN = "http://localhost:8765"  # localhost: a secure context, as navigator.storage needs
SHORT_WAIT = "m.WAIT_MS.read = m.WAIT_MS.save = m.WAIT_MS.forget = 700;"
NAMES = "async () => (await indexedDB.databases()).map((d) => d.name)"
VALUE = {"format": "cramplog.kept-diary", "version": 1, "changed": "2026-03-03T21:15:00.000+00:00",
         "name": "mine", "entries": 1, "csv": "date\n2026-03-01\n"}


@pytest.fixture
def blank(browser):
    """A context whose origin serves an empty page and the module; yields a function making a new tab."""
    context = browser.new_context()

    def serve(route):
        if route.request.url.endswith("/store.js"):
            route.fulfill(body=JS_PATH.read_text(encoding="utf-8"), content_type="text/javascript")
        else:
            route.fulfill(body="<!doctype html><title>blank</title>", content_type="text/html")

    context.route(f"{ORIGIN}/**", serve)

    def tab(init: str = ""):
        page = context.new_page()
        if init:
            page.add_init_script(init)
        page.goto(f"{ORIGIN}/")
        return page

    yield tab
    context.close()


def run(page, body: str, arg=None):
    """Run `body` with the module as `m` (and `arg`); returns its value, or {error, name} if it throws."""
    return page.evaluate(f"""async (arg) => {{
      const m = await import("/store.js");
      try {{ {body} }} catch (e) {{ return {{ error: String(e.message || e), name: e.name }}; }}
    }}""", arg)


def test_open_read_save_read_forget(blank):
    page = blank()
    assert run(page, "return (await m.read()) === undefined;") is True
    assert "cramplog" not in page.evaluate(NAMES)  # looking creates nothing
    assert run(page, "await m.save(arg, null); return await m.read();", VALUE) == VALUE
    assert "cramplog" in page.evaluate(NAMES)
    newer = {**VALUE, "changed": "2026-03-04T08:00:00.000+00:00", "entries": 2}
    assert run(page, "await m.save(arg.newer, arg.base); return await m.read();",
               {"newer": newer, "base": VALUE["changed"]}) == newer
    run(page, "await m.forget(); return null;")
    assert "cramplog" not in page.evaluate(NAMES)
    assert run(page, "return (await m.read()) === undefined;") is True


def test_a_save_never_overwrites_what_another_tab_saved_since(blank):
    first, second = blank(), blank()
    run(first, "await m.save(arg, null); return null;", VALUE)
    mine = {**VALUE, "changed": "2026-03-05T00:00:00.000+00:00"}
    refused = run(second, "await m.save(arg, null); return null;", mine)  # it saw nothing stored: stale
    assert refused["error"].startswith("another tab or window of this browser changed the kept diary")
    assert run(first, "return await m.read();") == VALUE
    assert run(second, "await m.save(arg, '*'); return await m.read();", mine) == mine  # a deliberate overwrite


def test_without_indexeddb_databases_a_read_still_creates_nothing(blank):
    page = blank("window.realDatabases = indexedDB.databases.bind(indexedDB); IDBFactory.prototype.databases = undefined;")
    assert run(page, "return (await m.read()) === undefined;") is True
    assert page.evaluate("async () => (await realDatabases()).map((d) => d.name)") == []
    run(page, "await m.save(arg, null); return null;", VALUE)
    assert run(page, "return await m.read();") == VALUE  # and reads what is there


def test_a_forget_blocked_by_another_tab_ends_with_a_reason_then_succeeds(blank):
    page, other = blank(), blank()
    run(page, "await m.save(arg, null); return null;", VALUE)
    # Another tab holds the database open and, unlike CrampLog's own connections, never lets go on request.
    other.evaluate("""() => new Promise((resolve) => {
      const open = indexedDB.open("cramplog");
      open.onsuccess = () => { window.held = open.result; resolve(); };
    })""")
    blocked = run(page, SHORT_WAIT + "await m.forget(); return null;")
    assert blocked["error"] == run(page, "return m.BLOCKED;")
    other.evaluate("() => window.held.close()")
    page.wait_for_timeout(300)
    assert "cramplog" not in page.evaluate(NAMES)  # the delete went ahead once the other tab let go
    assert run(page, "await m.forget(); return 'forgotten';") == "forgotten"


def test_a_save_whose_upgrade_is_blocked_ends_with_a_reason(blank):
    page, other = blank(), blank()
    # Another tab made a "cramplog" database without CrampLog's store and holds it open.
    other.evaluate("""() => new Promise((resolve) => {
      const open = indexedDB.open("cramplog", 1);
      open.onsuccess = () => { window.held = open.result; resolve(); };
    })""")
    blocked = run(page, SHORT_WAIT + "await m.save(arg, null); return null;", VALUE)
    assert blocked["error"] == run(page, "return m.BLOCKED;")


def test_our_own_connections_give_way_to_another_tabs_forget(blank):
    page, other = blank(), blank()
    run(page, "await m.save(arg, null); return null;", VALUE)
    # A read in flight in one tab does not stop another tab from forgetting.
    assert run(other, SHORT_WAIT + "await Promise.all([m.read(), m.forget()]); return 'forgotten';") == "forgotten"
    assert "cramplog" not in page.evaluate(NAMES)


def test_a_storage_that_never_answers_gives_up_with_a_reason(blank):
    page = blank("indexedDB.open = () => ({}); indexedDB.deleteDatabase = () => ({}); "
                 "indexedDB.databases = () => new Promise(() => {});")
    for op in ("m.read()", "m.save(arg, null)", "m.forget()"):
        late = run(page, SHORT_WAIT + f"await {op}; return null;", VALUE)
        assert "did not" in late["error"] and "within 0.7 seconds" in late["error"], (op, late)


def test_a_full_storage_is_reported_as_no_room_and_keeps_the_copy_before(blank):
    page = blank()
    run(page, "await m.save(arg, null); return null;", VALUE)
    page.evaluate("""() => { IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }; }""")
    answer = run(page, """
      const answers = [];
      m.default({ data: { op: "save", id: "save-1", value: { ...arg, entries: 9 }, base: arg.changed },
                  setStateValue: (name, v) => answers.push([name, v]), setTriggerValue: () => {} });
      while (!answers.length) await new Promise((r) => setTimeout(r, 20));
      return answers[0];""", VALUE)
    assert answer[0] == "done" and answer[1]["id"] == "save-1" and answer[1]["no_room"] is True
    assert run(page, "return await m.read();") == VALUE


def test_the_component_answers_a_read_and_asks_for_lasting_storage_once(blank):
    page = blank("window.asked = 0; navigator.storage.persist = async () => { window.asked += 1; return true; };")
    run(page, "await m.save(arg, null); return null;", VALUE)
    answers = run(page, """
      const answers = [];
      const component = (data) => ({ data, setStateValue: (n, v) => answers.push([n, v]),
                                     setTriggerValue: (n, v) => answers.push([n, v]) });
      m.default(component({ op: "read", id: "read", persist_id: "persist-1" }));
      m.default(component({ op: "read", id: "read", persist_id: "persist-1" }));  // a rerun: nothing again
      while (answers.length < 2) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      return answers;""")
    by_name = dict(answers)
    assert len(answers) == 2 and page.evaluate("window.asked") == 1
    assert by_name["lasting"] == {"id": "persist-1", "persisted": True}
    assert by_name["found"]["stored"] == VALUE and by_name["found"]["error"] is None
    assert by_name["found"]["usage"] is not None
