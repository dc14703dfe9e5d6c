"""How alike a story's sentences are, pair by pair, without an n × n matrix.

A story of a thousand articles has some 25,000 sentences: a dense matrix of their similarities would take
5 GB, and most pairs share no word at all. `Similarity` keeps what the stages need of it exactly: the
similarity of any pair, every pair at `FLOOR` or more (LexRank's graph), and the sum over any block of
pairs (an average link, a degree) from each sentence's TF-IDF vector, since the sum of the cosines of two
groups is the dot product of their summed vectors.

The similarity of two sentences is the larger of the TF-IDF cosine of their words and, for a sentence
that states a subset of another, their overlap coefficient (shared distinct words over the smaller
sentence's), damped by `OVERLAP_DAMPING`, where at least `OVERLAP_LEAST` words are shared and the
coefficient reaches `SUBSET`.

>>> sim = similarity([["ferry", "hit", "tanker"], ["ferry", "hit", "tanker", "monday"], ["budget", "pass"]])
>>> round(sim[0, 1], 2), sim[0, 2], round(sim.mean([0, 1], [0, 1]), 2)
(0.8, 0.0, 0.9)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsweave.params import SUBSET

FLOOR = 0.1  # pairs kept one by one from this similarity up: LexRank's threshold (summary.centrality)
OVERLAP_LEAST = 5  # distinct words both sentences must have, and share, for the overlap coefficient to count
OVERLAP_DAMPING = 0.9
BLOCK = 2048  # rows multiplied at a time: a block's products are dense-ish before the small ones are dropped


def words_tfidf():
    """A TF-IDF vectorizer over lists of words already chosen (sublinear term frequency, unit length),
    the one every stage compares texts with."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer=_as_given, sublinear_tf=True, norm="l2")


def _as_given(words):
    return words


def presence(words: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Which words each list holds: one row per list, a 1 per distinct word (at least one list has words)."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(analyzer=_as_given, binary=True).fit_transform([list(w) for w in words]).astype(np.float64).tocsr()


def products_at_least(a: sparse.csr_matrix, b: sparse.csr_matrix, least: float) -> sparse.csr_matrix:
    """`a @ b.T` with the entries below `least` dropped, computed a block of rows at a time so that the
    full product never exists.

    >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]]))
    >>> products_at_least(m, m, 0.7).toarray().tolist()
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.8], [0.0, 0.8, 1.0]]
    """
    bt = b.T.tocsc()
    parts = []
    for start in range(0, a.shape[0], BLOCK):
        part = (a[start:start + BLOCK] @ bt).tocsr()
        part.data[part.data < least] = 0.0
        part.eliminate_zeros()
        parts.append(part)
    if not parts:
        return sparse.csr_matrix((a.shape[0], b.shape[0]))
    return sparse.vstack(parts, format="csr")


@dataclass(frozen=True)
class Similarity:
    """The similarity of every pair of n sentences (see the module docstring): `vectors` (unit TF-IDF rows)
    give the cosines and their sums; `extra` holds, where the overlap coefficient beats the cosine, by how
    much; `pairs` every pair at `FLOOR` or more, the diagonal included."""

    vectors: sparse.csr_matrix
    extra: sparse.csr_matrix
    pairs: sparse.csr_matrix

    def __len__(self) -> int:
        return self.vectors.shape[0]

    def __getitem__(self, pair: tuple[int, int]) -> float:
        i, j = pair
        return float(self.vectors[i].multiply(self.vectors[j]).sum() + self.extra[i, j])

    def sums(self, members: Sequence[int]) -> np.ndarray:
        """Each member's similarities to all the members, itself included, summed: for all of them at once,
        from the summed vectors (a cluster of m sentences costs its words, not m² pairs)."""
        members = list(members)
        block = self.vectors[members]
        cosines = np.asarray(block @ np.asarray(block.sum(axis=0)).ravel()).ravel()
        return cosines + np.asarray(self.extra[members][:, members].sum(axis=1)).ravel()

    def total(self, rows: Sequence[int], cols: Sequence[int]) -> float:
        """The sum of the similarities of every (row, col) pair, exactly."""
        rows, cols = list(rows), list(cols)
        cosines = self.vectors[rows].sum(axis=0) @ self.vectors[cols].sum(axis=0).T
        return float(cosines[0, 0] + self.extra[rows][:, cols].sum())

    def mean(self, rows: Sequence[int], cols: Sequence[int]) -> float:
        return self.total(rows, cols) / (len(rows) * len(cols))

    def degree(self) -> np.ndarray:
        """Each sentence's summed similarity to the others."""
        summed = np.asarray(self.vectors @ np.asarray(self.vectors.sum(axis=0)).ravel()).ravel()
        own = np.asarray(self.vectors.multiply(self.vectors).sum(axis=1)).ravel() + self.extra.diagonal()
        return summed + np.asarray(self.extra.sum(axis=1)).ravel() - own

    def graph(self, least: float) -> sparse.csr_matrix:
        """The pairs at `least` or more (`least` ≥ `FLOOR`), with their similarities."""
        graph = self.pairs.copy()
        graph.data[graph.data < least] = 0.0
        graph.eliminate_zeros()
        return graph

    def subset(self, keep: Sequence[int]) -> Similarity:
        """The similarities among the sentences `keep`, renumbered in that order."""
        keep = list(keep)
        return Similarity(self.vectors[keep], self.extra[keep][:, keep], self.pairs[keep][:, keep])


def similarity(words: Sequence[Sequence[str]]) -> Similarity:
    """The `Similarity` of sentences given as their content words."""
    n = len(words)
    docs = [list(w) for w in words]
    if not any(docs):
        empty = sparse.csr_matrix((n, n))
        return Similarity(sparse.identity(n, format="csr"), empty, sparse.identity(n, format="csr"))
    vectors = words_tfidf().fit_transform(docs).tocsr()
    cosines = products_at_least(vectors, vectors, FLOOR)
    overlap = _overlap(docs)
    rows, cols = overlap.nonzero()
    exact = np.asarray(vectors[rows].multiply(vectors[cols]).sum(axis=1)).ravel() if len(rows) else np.zeros(0)
    beats = overlap.data > exact if len(rows) else np.zeros(0, dtype=bool)
    extra = sparse.csr_matrix(((overlap.data - exact)[beats], (rows[beats], cols[beats])), shape=(n, n))
    return Similarity(vectors, extra, cosines.maximum(overlap).tocsr())


def _overlap(docs: list[list[str]]) -> sparse.csr_matrix:
    """The damped overlap coefficient of the pairs of distinct sentences it counts for (module docstring)."""
    n = len(docs)
    sizes = np.array([len(set(d)) for d in docs])
    counted = [d if size >= OVERLAP_LEAST else [] for d, size in zip(docs, sizes)]
    if not any(counted):
        return sparse.csr_matrix((n, n))
    present = presence(counted)
    shared = products_at_least(present, present, OVERLAP_LEAST).tocoo()
    off = shared.row != shared.col
    rows, cols, counts = shared.row[off], shared.col[off], shared.data[off]
    coefficient = counts / np.minimum(sizes[rows], sizes[cols])
    keep = coefficient >= SUBSET
    return sparse.csr_matrix((OVERLAP_DAMPING * coefficient[keep], (rows[keep], cols[keep])), shape=(n, n))


__all__ = ["FLOOR", "Similarity", "presence", "products_at_least", "similarity", "words_tfidf"]
