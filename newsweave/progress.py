"""Progress of long work, told to whoever listens (the command line's progress bar), without passing a
callback through every stage: `report` does nothing unless a caller is `listening`.

>>> seen = []
>>> with listening(lambda what, done, total: seen.append((what, done, total))):
...     report("parsing articles", 1, 2)
>>> report("parsing articles", 2, 2)  # nobody listens any more
>>> seen
[('parsing articles', 1, 2)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Listener = Callable[[str, int, int], None]  # (what is being done, how many done, of how many)

_listener: ContextVar[Listener | None] = ContextVar("newsweave_progress", default=None)


@contextmanager
def listening(listener: Listener | None) -> Iterator[None]:
    """Send every `report` made inside the block to `listener` (None: to nobody)."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def report(what: str, done: int, total: int) -> None:
    """Say how far a long piece of work has come."""
    listener = _listener.get()
    if listener is not None:
        listener(what, done, total)


__all__ = ["Listener", "listening", "report"]
