"""Helpers of the web app tests: a copy of a store a test may change, a client of the app over a store."""

import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HOSTS = {"testserver", "127.0.0.1"}


def copy_store(built: Path, to: Path) -> Path:
    """A copy of the store (its write-ahead log folded in first) that a test may change."""
    db = sqlite3.connect(built)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    shutil.copy(built, to)
    return to


def client_of(db, **options):
    from fastapi.testclient import TestClient

    from newsweave.web.app import create_app

    options.setdefault("hosts", HOSTS)
    options.setdefault("executor", ThreadPoolExecutor(max_workers=1))
    return TestClient(create_app(db, **options))


