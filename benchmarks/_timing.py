"""How the benchmarks time a call: the median of several runs (single timings on a shared 2-core
machine move by tens of percent), and what the first run returned."""

from __future__ import annotations

import statistics
import time


def median_time(call, runs: int) -> tuple[object, float]:
    """(the first run's result, the median seconds of `runs` runs of `call()`)."""
    seconds, first = [], None
    for n in range(runs):
        started = time.perf_counter()
        out = call()
        seconds.append(time.perf_counter() - started)
        if n == 0:
            first = out
    return first, statistics.median(seconds)
