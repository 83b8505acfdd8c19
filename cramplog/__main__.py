"""`python -m cramplog ...`: see cramplog.cli."""
import gc

from cramplog.cli import main

code = main()
# Nothing is left to collect but the modules themselves: frozen, the interpreter's exit skips its last full
# garbage collection over every object pandas and pyarrow made (about 0.1 s of every command, issue 20).
gc.freeze()
raise SystemExit(code)
