"""Fixtures of the web app tests: one store of made-up news with every brief made (built once), copied for
each test that writes to it, and a client of the app over it."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from corpus_news import RECORDS, record
from serving import client_of, copy_store
from web_news import HOSTILE


@pytest.fixture(scope="session")
def built_store(tmp_path_factory) -> Path:
    """The made-up stream and the hostile story, ingested, every story's brief made and kept."""
    from newsweave.corpus import Corpus

    folder = tmp_path_factory.mktemp("web-store")
    news = folder / "news.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in [record(*r) for r in RECORDS] + HOSTILE), encoding="utf-8")
    corpus = Corpus(folder / "store.db")
    corpus.ingest([news])
    for story in corpus.stories():
        corpus.brief(story["story"])
    corpus.store.close()
    return folder / "store.db"


@pytest.fixture
def store(built_store, tmp_path) -> Path:
    return copy_store(built_store, tmp_path / "store.db")


@pytest.fixture(scope="session")
def client(built_store):
    """A client of the app over the built store (read only: tests that write use `store`)."""
    return client_of(built_store)


@pytest.fixture(scope="session")
def story_of(built_store):
    """The live story id of an article."""
    from newsweave.corpus import Corpus

    corpus = Corpus(built_store)
    found = {r["article"]: r["story"] for r in corpus.export()}
    corpus.store.close()
    return found.get
