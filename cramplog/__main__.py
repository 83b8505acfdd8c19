"""`python -m cramplog ...`: see cramplog.cli."""
import gc
import os

# Start-up of a short command (issue 20). numpy's OpenBLAS starts a thread per core that spins for a while
# after start-up; nothing here multiplies matrices, and on a 2-core machine that thread took a core from
# pyarrow's reading threads (the 1M-row `check` ran about 10% longer). A user's own setting is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# The imports make a few hundred thousand objects that live until exit: no collection looks through them.
gc.disable()
from cramplog.cli import main  # noqa: E402  (after the settings above, which must precede numpy's import)

gc.freeze()
gc.enable()
code = main()
# Nothing is left to collect but the modules themselves: frozen, the interpreter's exit skips its last full
# garbage collection over every object pandas and pyarrow made (about 0.1 s of every command, issue 20).
gc.freeze()
raise SystemExit(code)
