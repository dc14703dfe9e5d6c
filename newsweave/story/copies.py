"""Who copied whom: duplicates, rewrites and partial reuse between articles, and the groups of
articles that share one origin (the story's independent sources).

Evidence per pair: word-trigram containment in both directions (how much of each text is found in
the other) and the share of sentences of the smaller text that have a near-copy in the larger. A
story is small, so every pair is compared exactly; past `LSH_ABOVE` articles, MinHash LSH (datasketch)
proposes the candidate pairs first.

>>> from newsweave.model import Article
>>> a = Article(id="a", original="The ferry hit the tanker in the harbour on Monday morning, the harbour authority said.")
>>> b = Article(id="b", original="The ferry hit the tanker in the harbour on Monday morning, the harbour authority said on Tuesday.")
>>> [(r.a, r.b, r.relation) for r in copies([a, b])]
[('a', 'b', 'duplicate')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from newsweave.model import Article, CopyRelation

WORD = re.compile(r"\w+(?:['’]\w+)*")
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’']?\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")
LSH_ABOVE = 60

# thresholds measured on METER (benchmarks/copies.py): containment of the smaller text's trigrams
DUPLICATE = 0.60
REWRITE = 0.30
PARTIAL = 0.08
SENTENCE_COPY = 0.5


@dataclass(frozen=True)
class Fingerprint:
    article: str
    shingles: frozenset[tuple[str, ...]]
    sentences: tuple[frozenset[tuple[str, ...]], ...]
    words: int


def fingerprint(article: Article, n: int = 3) -> Fingerprint:
    """Word n-grams of an article's (cleaned) body, whole and per sentence."""
    text = article.body
    tokens = [t.lower() for t in WORD.findall(text)]
    sentences = tuple(
        frozenset(_ngrams([t.lower() for t in WORD.findall(s)], n)) for s in SENTENCE_END.split(text) if len(WORD.findall(s)) >= 5
    )
    return Fingerprint(article.id, frozenset(_ngrams(tokens, n)), sentences, len(tokens))


def _ngrams(tokens: list[str], n: int):
    return (tuple(tokens[i: i + n]) for i in range(len(tokens) - n + 1))


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Share of a's trigrams found in b."""
    return len(a.shingles & b.shingles) / len(a.shingles) if a.shingles else 0.0


def copied_sentences(a: Fingerprint, b: Fingerprint, threshold: float = SENTENCE_COPY) -> int:
    """How many of a's sentences have at least `threshold` of their trigrams in b."""
    return sum(1 for s in a.sentences if s and len(s & b.shingles) / len(s) >= threshold)


def relate(a: Fingerprint, b: Fingerprint) -> tuple[str | None, float]:
    """The relation between two texts and its score: the containment of the smaller in the larger."""
    small, large = (a, b) if a.words <= b.words else (b, a)
    score = containment(small, large)
    copied = copied_sentences(small, large)
    share = copied / len(small.sentences) if small.sentences else 0.0
    if score >= DUPLICATE:
        return "duplicate", score
    if score >= REWRITE or share >= 0.4:
        return "rewrite", max(score, share)
    if score >= PARTIAL and (copied >= 2 or share >= 0.15):
        return "partial", max(score, share)
    return None, score


def copies(articles: Sequence[Article]) -> list[CopyRelation]:
    """Every related pair of articles, strongest first, with the likely origin where the evidence says so."""
    prints = {a.id: fingerprint(a) for a in articles}
    by_id = {a.id: a for a in articles}
    relations = []
    for x, y in _candidate_pairs(articles, prints):
        relation, score = relate(prints[x], prints[y])
        if relation is None:
            continue
        origin, reason = likely_origin(by_id[x], by_id[y], prints[x], prints[y])
        relations.append(CopyRelation(a=x, b=y, relation=relation, score=round(score, 3), origin=origin, reason=reason))
    order = {"duplicate": 0, "rewrite": 1, "partial": 2}
    return sorted(relations, key=lambda r: (order[r.relation], -r.score, r.a, r.b))


def _candidate_pairs(articles: Sequence[Article], prints: dict[str, Fingerprint]):
    ids = [a.id for a in articles]
    if len(ids) <= LSH_ABOVE:
        yield from combinations(ids, 2)
        return
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.1, num_perm=64)
    hashes = {}
    for i in ids:
        m = MinHash(num_perm=64)
        for shingle in prints[i].shingles:
            m.update(" ".join(shingle).encode("utf-8"))
        hashes[i] = m
        lsh.insert(i, m)
    position = {i: n for n, i in enumerate(ids)}
    for i in ids:
        for j in sorted(lsh.query(hashes[i]), key=position.get):
            if position[j] > position[i]:
                yield i, j


def likely_origin(a: Article, b: Article, fa: Fingerprint, fb: Fingerprint) -> tuple[str | None, str | None]:
    """Which of two related articles came first: a credited agency, an earlier date, or the more complete text."""
    for first, second in ((a, b), (b, a)):
        if first.source and second.body and _credits(second.body, first.source) and not _credits(first.body, first.source):
            return first.id, f"{second.id} credits {first.source}"
    if a.published and b.published and a.published != b.published:
        first = a if a.published < b.published else b
        return first.id, "published earlier"
    ca, cb = containment(fa, fb), containment(fb, fa)
    if abs(ca - cb) >= 0.15:
        # the text mostly contained in the other is the derived one
        return (b.id, "more complete text") if ca > cb else (a.id, "more complete text")
    return None, None


def _credits(text: str, source: str) -> bool:
    name = re.escape(source)
    return re.search(rf"\(\s*(?:[^()]*/\s*)?{name}\s*\)|according to (?:the )?{name}|{name} (?:reported|reports|said)", text, re.I) is not None


def origin_groups(articles: Sequence[Article], relations: Sequence[CopyRelation]) -> dict[str, int]:
    """Articles that share one origin (duplicates and rewrites, transitively) get one group number;
    the number of groups is the story's number of independent sources."""
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in relations:
        if r.relation in ("duplicate", "rewrite") and r.a in parent and r.b in parent:
            parent[find(r.a)] = find(r.b)
    roots: dict[str, int] = {}
    return {a.id: roots.setdefault(find(a.id), len(roots)) for a in articles}
