"""`python -m cramplog ...`: see cramplog.cli."""
from cramplog.cli import main

raise SystemExit(main())
