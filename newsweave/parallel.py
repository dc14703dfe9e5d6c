"""Work on many articles at once, on every core, with the results in the order the work was given.

Cleaning an article and finding its features are pure functions of the article, so `ingest` and `cluster`
hand batches of them to worker processes while the main process stores what is done: the stories are those
one process finds (the same articles in the same order), only sooner. Small inputs are worked on in place: a
worker process costs a second to start (it imports newsweave afresh: "spawn", never "fork", since a forked
copy of a process with threads, a progress bar's or a server's, can hang on a lock held at the fork).

>>> list(ordered_map(abs, [-3, 1, -2], workers=1))
[3, 1, 2]
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

AHEAD = 2  # batches given to each worker before the first is collected: enough to keep it busy, few in memory


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batches(items: Sequence[In], size: int) -> list[Sequence[In]]:
    """`items` cut into consecutive batches of `size` (the last may be shorter).

    >>> batches([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    return [items[start:start + size] for start in range(0, len(items), size)]


def ordered_map(work: Callable[[In], Out], items: Iterable[In], workers: int | None = None) -> Iterator[Out]:
    """`work(item)` for each item, in order: in `workers` processes (default: one per core) when there are
    more than one, else here. `work` must be a module-level function (it is sent to the workers by name);
    an error it raises is raised here, after the results before it."""
    workers = cores() if workers is None else workers
    if workers <= 1:
        yield from map(work, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque = deque()
        try:
            for item in items:
                pending.append(pool.submit(work, item))
                if len(pending) >= workers * AHEAD:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


__all__ = ["batches", "cores", "ordered_map"]
