"""How the benchmarks time a call: the median of several runs (single timings on a shared 2-core
machine move by tens of percent), and what the first run returned; and how they measure a child process's
memory with the workers it starts."""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path


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


def tree_pss(pid: int) -> int:
    """Proportional set size, in bytes, of a process and its children (from /proc): spaCy's or newsweave's
    workers share pages with it, which a sum of resident sizes would count once per process."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
            if int(fields.get("Pid", 0)) != pid and int(fields.get("PPid", 0)) != pid:
                continue
            rollup = (status.parent / "smaps_rollup").read_text()
        except (OSError, ValueError):
            continue
        total += int(rollup.split("Pss:")[1].split()[0]) * 1024
    return total


class PeakPss:
    """The highest `tree_pss` of a process seen while the block runs, sampled ten times a second:

        with PeakPss(process.pid) as peak:
            process.wait()
        peak.bytes
    """

    def __init__(self, pid: int):
        self.pid, self.bytes, self._done = pid, 0, threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.wait(0.1):
            self.bytes = max(self.bytes, tree_pss(self.pid))

    def __enter__(self) -> PeakPss:
        self._sampler.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._sampler.join()
