"""Fixtures of the corpus tests; the made-up stream itself is in corpus_news.py (importable by the tests)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_news import RECORDS, write_jsonl


@pytest.fixture
def news(tmp_path) -> Path:
    """The whole made-up stream as one JSON Lines file."""
    return write_jsonl(tmp_path / "news.jsonl", RECORDS)


@pytest.fixture
def corpus(tmp_path):
    from newsweave.corpus import Corpus

    c = Corpus(tmp_path / "store.db")
    yield c
    c.store.close()
