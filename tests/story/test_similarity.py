"""`similarity.WordsTfidf` gives scikit-learn's TF-IDF numbers bit for bit, so the stages that compare texts
with it (facts, events, the off-topic check) decide exactly as they did when they used scikit-learn."""

import random

import numpy as np
import pytest

from newsweave.story.similarity import WordsTfidf, presence, similarity

text = pytest.importorskip("sklearn.feature_extraction.text", reason="scikit-learn (a test extra) is the reference")

WORDS = ("ferry tanker harbour saltmere fog captain crew coastguard monday tuesday rescue mayor pier "
         "council budget vote night storm lunde holm varga").split()


def _lists(rng: random.Random) -> list[list[str]]:
    lists = [[rng.choice(WORDS) for _ in range(rng.randint(1, 12))] for _ in range(rng.randint(1, 30))]
    return lists + [["ferry"]]


def _same(a, b) -> bool:
    return (type(a) is type(b) and a.shape == b.shape and np.array_equal(a.indptr, b.indptr)
            and np.array_equal(a.indices, b.indices) and a.data.tobytes() == b.data.tobytes())


@pytest.mark.parametrize("seed", range(25))
def test_words_tfidf_is_scikit_learns_to_the_bit(seed):
    rng = random.Random(seed)
    lists = _lists(rng)
    reference = text.TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True, norm="l2")
    ours = WordsTfidf()
    assert _same(reference.fit_transform(lists), ours.fit_transform(lists))
    assert reference.vocabulary_ == ours.vocabulary
    later = [list(reversed(words)) + ["unseen"] for words in lists[:10]]
    assert _same(reference.transform(later), ours.transform(later))
    counted = text.CountVectorizer(analyzer=lambda words: words, binary=True).fit_transform(lists).astype(np.float64).tocsr()
    assert _same(counted, presence(lists))


def test_words_tfidf_rows_are_unit_and_weigh_rare_words_more():
    vectors = WordsTfidf().fit_transform([["ferry", "tanker"], ["ferry", "fog"], ["ferry"]])
    assert np.allclose(np.sqrt(vectors.multiply(vectors).sum(axis=1)).A.ravel(), 1.0)
    first = vectors[0].toarray().ravel()
    assert first[2] > first[0] > 0  # columns in alphabetical order: ferry, fog, tanker


def test_similarity_of_sentences_that_share_nothing_is_zero():
    sim = similarity([["ferry", "tanker"], ["budget", "vote"]])
    assert sim[0, 1] == 0.0 and round(sim[0, 0], 6) == 1.0
