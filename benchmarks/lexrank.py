"""LexRank (Erkan & Radev 2004, "LexRank: Graph-based Lexical Centrality as Salience in Text
Summarization", JAIR 22), our implementation of the paper, used as a baseline by `summary.py`.

What the paper specifies, and what we do:
- sentences are bags of words weighted by tf * idf; similarity is the idf-modified cosine (eq. 1),
  which is the cosine of the two tf-idf vectors; a sentence is similar to itself (self-loops kept);
- "LexRank with threshold" (Algorithm 3): an edge wherever the similarity exceeds 0.1, each row
  divided by the sentence's degree;
- the stationary distribution by power iteration (Algorithm 2) with the damping of eq. 5:
  p = d/N + (1 - d) * B^T p, d = 0.15, until the change is below 1e-6;
- idf from a document collection (the paper: "N is the total number of documents in the
  collection"): `summary.py` passes the documents of the whole benchmark set;
- the paper ran LexRank inside MEAD, whose reranker drops a sentence too similar to one already
  chosen: we skip a sentence whose idf-modified cosine to a chosen one exceeds 0.5 (our choice of
  value). Which sentences are candidates (length cutoff) is the caller's choice.

Words are lower-cased alphanumeric tokens, Porter-stemmed.

>>> idf = idf_from(["The port closed on Monday.", "The port reopened.", "Fans cheered the team."])
>>> summarize(["The port closed on Monday.", "The port reopened on Tuesday.", "Fans cheered."], idf, max_words=5)
['The port closed on Monday.']
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

THRESHOLD = 0.1
DAMPING = 0.15
TOLERANCE = 1e-6
REDUNDANCY = 0.5
_WORD = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer().stem(word)


def words(text: str) -> list[str]:
    """Lower-cased, Porter-stemmed alphanumeric tokens.

    >>> words("Ports closed.")
    ['port', 'close']
    """
    return [_stem(w) for w in _WORD.findall(text.lower())]


def idf_from(documents: Iterable[str]) -> dict[str, float]:
    """idf(w) = log(N / n_w) over a collection of documents (each a text).

    >>> round(idf_from(["a b", "a c"])["b"], 3)
    0.693
    """
    df: Counter[str] = Counter()
    n = 0
    for doc in documents:
        n += 1
        df.update(set(words(doc)))
    return {w: math.log(n / c) for w, c in df.items()}


def similarity_matrix(sentences: Sequence[str], idf: dict[str, float]) -> np.ndarray:
    """The idf-modified cosine (eq. 1) between every two sentences.

    >>> m = similarity_matrix(["port closed", "port closed", "fans"], {"port": 1.0, "close": 1.0, "fan": 1.0})
    >>> [round(float(x), 2) for x in m[0]]
    [1.0, 1.0, 0.0]
    """
    bags = [Counter(words(s)) for s in sentences]
    vocab = {w: i for i, w in enumerate(sorted({w for b in bags for w in b}))}
    # a word missing from the collection is as rare as a word seen once in it
    rare = max(idf.values(), default=1.0)
    vectors = np.zeros((len(sentences), len(vocab)))
    for row, bag in enumerate(bags):
        for w, tf in bag.items():
            vectors[row, vocab[w]] = tf * idf.get(w, rare)
    norms = np.linalg.norm(vectors, axis=1)
    norms[norms == 0] = 1.0
    unit = vectors / norms[:, None]
    return unit @ unit.T


def scores(similarity: np.ndarray, threshold: float = THRESHOLD, damping: float = DAMPING, tolerance: float = TOLERANCE) -> np.ndarray:
    """LexRank with threshold: the stationary distribution of the thresholded, degree-normalised graph.

    >>> [round(float(x), 2) for x in scores(np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.5], [0.0, 0.5, 1.0]]))]
    [0.29, 0.42, 0.29]
    """
    n = len(similarity)
    if n == 0:
        return np.zeros(0)
    adjacency = (similarity > threshold).astype(float)
    degree = adjacency.sum(axis=1)
    degree[degree == 0] = 1.0
    markov = adjacency / degree[:, None]
    p = np.full(n, 1.0 / n)
    for _ in range(10_000):
        following = damping / n + (1 - damping) * markov.T @ p
        if np.linalg.norm(following - p) < tolerance:
            return following
        p = following
    return p


def summarize(
    sentences: Sequence[str],
    idf: dict[str, float],
    max_words: int = 100,
    threshold: float = THRESHOLD,
    damping: float = DAMPING,
    redundancy: float = REDUNDANCY,
) -> list[str]:
    """The most central sentences, highest first, skipping near repeats, until `max_words` are reached.

    The last sentence may pass the budget: the scorer cuts the summary at `max_words` words.

    >>> summarize(["A b c.", "A b c.", "D e."], idf_from(["a b c", "d e", "f"]), max_words=3)
    ['A b c.']
    """
    similarity = similarity_matrix(sentences, idf)
    ranked = np.argsort(-scores(similarity, threshold, damping), kind="stable")
    chosen: list[int] = []
    count = 0
    for i in ranked:
        if count >= max_words:
            break
        if any(similarity[i, j] > redundancy for j in chosen):
            continue
        chosen.append(int(i))
        count += len(sentences[i].split())
    return [sentences[i] for i in chosen]
