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


class WordsTfidf:
    """TF-IDF vectors of lists of words already chosen: sublinear term frequency (1 + log tf), smoothed
    inverse document frequency (1 + log((1 + n) / (1 + df))) over the lists it is fitted on, rows of unit
    length. These are scikit-learn's `TfidfVectorizer(analyzer=<the list as given>, sublinear_tf=True)`
    numbers to the last bit (the same vocabulary order, the same order of each row's entries, the same
    sums), built on scipy alone: importing scikit-learn took ~0.9 s of every command's start.

    >>> tfidf = WordsTfidf()
    >>> tfidf.fit_transform([["ferry", "tanker"], ["ferry", "ferry"]]).toarray().round(3).tolist()
    [[0.58, 0.815], [1.0, 0.0]]
    >>> tfidf.transform([["tanker", "harbour"]]).toarray().tolist()
    [[0.0, 1.0]]
    """

    def __init__(self):
        self.vocabulary: dict[str, int] = {}
        self.idf = np.zeros(0)

    def fit(self, docs: Sequence[Sequence[str]]) -> WordsTfidf:
        self.fit_transform(docs)
        return self

    def fit_transform(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        counts, self.vocabulary = _fitted_counts(docs)
        df = np.bincount(counts.indices, minlength=len(self.vocabulary)).astype(np.float64) + 1.0
        self.idf = np.full_like(df, len(docs) + 1)
        self.idf /= df
        np.log(self.idf, out=self.idf)
        self.idf += 1.0
        return self._weighted(counts)

    def transform(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        return self._weighted(_counts(docs, self.vocabulary.get, len(self.vocabulary)))

    def _weighted(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        data = counts.data
        np.log(data, out=data)
        data += 1.0
        data *= self.idf[counts.indices]
        _unit_rows(counts)
        return counts


def _counts(docs, column, width: int | None) -> sparse.csr_matrix:
    """Each list's word counts, a row's entries in the order of each word's first occurrence in it;
    `column(word)` numbers a word (None: not counted)."""
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        row: dict[int, int] = {}
        for word in doc:
            j = column(word)
            if j is not None:
                row[j] = row.get(j, 0) + 1
        indices.extend(row)
        values.extend(row.values())
        indptr.append(len(indices))
    width = width if width is not None else (max(indices) + 1 if indices else 0)
    counts = sparse.csr_matrix((np.array(values, dtype=np.float64), np.array(indices, dtype=np.int32),
                                np.array(indptr, dtype=np.int32)), shape=(len(docs), width))
    counts.sort_indices()
    return counts


def _fitted_counts(docs) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """The lists' word counts and their vocabulary, the columns numbered in alphabetical order and each
    row's entries in the order of the words' first occurrence in all the lists (scikit-learn's order)."""
    first_seen: dict[str, int] = {}
    counts = _counts(docs, lambda w: first_seen.setdefault(w, len(first_seen)), None)
    ranks = np.empty(len(first_seen), dtype=np.int32)
    for rank, (_, seen) in enumerate(sorted(first_seen.items())):
        ranks[seen] = rank
    counts.indices = ranks.take(counts.indices)
    return counts, {word: int(ranks[seen]) for word, seen in first_seen.items()}


def _unit_rows(matrix: sparse.csr_matrix) -> None:
    """Scale each row to unit length in place, its squares summed one after another in the row's order
    (as scikit-learn does: a pairwise sum would round differently)."""
    lengths = np.diff(matrix.indptr)
    squares = np.zeros(len(lengths))
    data = matrix.data
    for k in range(int(lengths.max()) if len(lengths) else 0):
        rows = np.flatnonzero(lengths > k)
        squares[rows] += data[matrix.indptr[rows] + k] ** 2
    norms = np.sqrt(squares)
    norms[norms == 0.0] = 1.0
    data /= np.repeat(norms, lengths)


def presence(words: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Which words each list holds: one row per list, a 1 per distinct word (at least one list has words)."""
    counts, _ = _fitted_counts(words)
    counts.data[:] = 1.0
    counts.has_sorted_indices = False  # renumbered alphabetically: sort the entries by it
    counts.sort_indices()
    return counts


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
    vectors = WordsTfidf().fit_transform(docs).tocsr()
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


__all__ = ["FLOOR", "Similarity", "presence", "products_at_least", "similarity", "WordsTfidf"]
