"""The server's garbage collector, told which objects are here to stay.

A Streamlit server keeps every module it imported (pandas, pyarrow, plotly, Babel, CrampLog's tables): about a
million objects that never die. Python's cyclic collector re-scanned all of them in each full pass, 90 to 140 ms
with the server stalled, about twice per new visitor on Charts. After a run that imported modules, the objects made
so far are moved out of the collector's sight (`gc.freeze`); later passes scan only what visits make since.
Ordinary refcounting still frees frozen objects; only a cycle made during such a run (a handful per process) is kept.
"""
from __future__ import annotations

import gc
import sys

_modules_seen = 0


def freeze_after_imports() -> None:
    """Call at the end of every run: freezes once more only if that run imported new modules."""
    global _modules_seen
    if len(sys.modules) > _modules_seen:
        _modules_seen = len(sys.modules)
        gc.freeze()
