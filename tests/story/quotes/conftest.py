"""The quotes tests' helpers: the quotes of one made-up text, and its direct quotes with their speakers."""

import pytest

from newsweave.model import Article
from newsweave.nlp import analyse
from newsweave.story.quotes import find_quotes


def _found(text: str, **options):
    article = Article(id="t", original=text)
    return find_quotes(article, analyse([article])[0], **options)


def _direct(text: str):
    return [(q.text, q.speaker) for q in _found(text) if q.direct]


@pytest.fixture(scope="session")
def found():
    return _found


@pytest.fixture(scope="session")
def direct():
    return _direct
