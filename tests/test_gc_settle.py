"""The server's collector stops re-scanning what imports made (ui.gc_settle, issue 20)."""
import gc
import sys
import types

from ui import gc_settle


def test_objects_from_a_run_that_imported_are_frozen_and_later_ones_are_not():
    sys.modules["_cramplog_test_import"] = types.ModuleType("_cramplog_test_import")  # as if the run imported one
    try:
        before = gc.get_freeze_count()
        gc_settle.freeze_after_imports()
        frozen = gc.get_freeze_count()
        assert frozen > before
        made_later = [[] for _ in range(1000)]
        gc_settle.freeze_after_imports()  # no new module since: nothing more is frozen
        assert gc.get_freeze_count() == frozen and made_later
    finally:
        del sys.modules["_cramplog_test_import"]
