"""Briefs made away from the requests: one worker process makes a story's brief and keeps it in the store
(`Corpus.brief`), while the pages answer at once ("being computed") and look again.

A brief is a few seconds of CPU-bound Python; in a thread of the server it would hold the interpreter
and slow every other page, so it runs in its own process (`spawn`: the server's threads are not copied),
which loads what a brief needs once, when it starts.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import Executor, Future, ProcessPoolExecutor


def warm() -> None:
    """Load everything a brief needs (the language model, the date parser, the word lists) before the first
    brief is asked for: the worker briefs the bundled example once."""
    import newsweave

    newsweave.brief([newsweave.example_dir()])


def _start() -> None:
    """The worker's start: it ends when the server does, however the server ended (a worker left behind
    would hold its memory and the language model for nothing)."""
    import os
    import time

    server = os.getppid()

    def watch() -> None:
        while os.getppid() == server:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
    warm()


def make(db: str, story: str) -> None:
    """Make the brief of `story` in the store `db` and keep it there (in the worker)."""
    from newsweave.corpus import Corpus

    corpus = Corpus(db, create=False)
    try:
        corpus.brief(story)
    finally:
        corpus.store.close()


def worker() -> Executor:
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_start)


class Briefs:
    """The briefs asked for and being made, per story number and version (a story that grows is made again).

    `ask(number, version)` starts one if it is not being made; `failed` holds the error of one that could
    not be made (an article in another language, say), so a page says so instead of waiting forever."""

    def __init__(self, db: str, executor: Executor | None = None):
        self.db = db
        self.executor = executor or worker()
        self.lock = threading.Lock()
        self.running: dict[tuple[int, int], Future] = {}
        self.failed: dict[tuple[int, int], str] = {}

    def ask(self, number: int, version: int) -> None:
        key = (number, version)
        with self.lock:
            if key in self.running or key in self.failed:
                return
            future = self.executor.submit(make, self.db, f"s{number}")
            self.running[key] = future
        future.add_done_callback(lambda f: self._done(key, f))

    def _done(self, key: tuple[int, int], future: Future) -> None:
        error = future.exception()
        with self.lock:
            self.running.pop(key, None)
            if error is not None:
                self.failed[key] = str(error) or type(error).__name__

    def warm(self) -> None:
        """Start the worker now (and make it load what a brief needs), not on the first brief asked for."""
        self.executor.submit(warm)

    def error(self, number: int, version: int) -> str | None:
        return self.failed.get((number, version))

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
