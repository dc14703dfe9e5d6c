import json
from pathlib import Path

import pytest

from newsweave.clean import clean
from newsweave.read import example_dir, read

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads((FIXTURES / "example_expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_articles():
    articles, skipped = read([example_dir()])
    assert not skipped
    return articles


@pytest.fixture(scope="session")
def cleaned_example(example_articles):
    return {a.id: a for a in clean(example_articles)}


@pytest.fixture(scope="session")
def example_brief(cleaned_example):
    from newsweave.weave import brief

    return brief(list(cleaned_example.values()))


@pytest.fixture(scope="session")
def example_analysed(cleaned_example):
    """The example's articles through the one NLP pass (the cleaner reads their dates off the text)."""
    from newsweave import nlp

    return nlp.analysed(list(cleaned_example.values()))
