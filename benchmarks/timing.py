"""The one stopwatch every benchmark uses (the best of a few runs, since a shared machine only adds time), and
how sure a median of noisy paired ratios is."""
from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence


def best(fn: Callable[[], object], repeat: int) -> float:
    """The shortest of `repeat` timed calls of `fn`, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_range(values: Sequence[float], confidence: float = 0.95) -> tuple[float, float, float]:
    """Where the true median of what `values` sample lies: the narrowest pair of ranks, as far from either end,
    that holds it with at least `confidence` (from the ranks alone, whatever the noise's shape), or the lowest
    and highest value when there are too few values for that. Returns (low, high, the confidence they have)."""
    if not values:
        raise ValueError("no values")
    xs, n = sorted(values), len(values)

    def holds(k: int) -> float:  # the chance that ranks k..n+1-k hold the median: 1 - 2 P(Binomial(n, 1/2) < k)
        return 1 - 2 * sum(math.comb(n, i) for i in range(k)) / 2**n

    k = 1
    while k + 1 <= (n + 1) // 2 and holds(k + 1) >= confidence:
        k += 1
    return xs[k - 1], xs[n - k], holds(k)
