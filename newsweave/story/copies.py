"""Who copied whom: duplicates, rewrites and partial reuse between articles, and the groups of
articles that share one origin (the story's independent sources).

Evidence per pair, read in the direction "how much of the derived text is found in its origin"
(the origin from a credit in the text, a news agency's byline, an earlier date or the more complete
text; without one, the direction that shows more reuse): word-trigram containment (near-verbatim ->
`duplicate`), the share of its distinct (stemmed) words found in the origin (reworded ->
`rewrite`), and the share of its content words, backed by copied wording (trigrams or a copied
clause), for `partial`. A story is small, so every pair is compared exactly; past `LSH_ABOVE`
articles, MinHash LSH (datasketch) proposes the candidate pairs first.

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

from newsweave.model import Article, Citation, CopyRelation

WORD = re.compile(r"\w+(?:['’]\w+)*")
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’']?\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")
LSH_ABOVE = 60

# Thresholds on the derived text's containment in its origin, measured on METER (benchmarks/copies.py;
# chosen by cross-validation over stories, see the benchmark's docstring). Unigram containment of
# (crudely stemmed) words tells a reworded copy best: newspapers rewrite wire sentences, so word
# trigrams break where the vocabulary survives.
DUPLICATE = 0.60  # word-trigram containment: near-verbatim
REWRITE = 0.72  # share of distinct words found in the origin
# a text that credits its origin in words ("according to ...") says it is derived: less overlap suffices
CREDITED_REWRITE = 0.60
PARTIAL = 0.26  # share of distinct content words found in the origin ...
PARTIAL_TRIGRAMS = 0.12  # ... with copied wording: trigram containment, or one copied sentence
SENTENCE_COPY = 0.5
COPIED_CLAUSE = 6  # shared trigrams: a copied clause, not a shared name ("minister Mikhail Orlenko")
STOPWORDS = frozenset(
    "a an the and or but of in on at to for from by with as is are was were be been has have had it its this that "
    "these those he she they we you i his her their our not no will would could should can may said says after before "
    "over into about than who which when where while also more most some any all one two there here what him them me "
    "my your us".split()
)
AGENCY = re.compile(
    r"\b(?:press association|pa news|pa media|reuters|associated press|agence france[- ]presse|afp|dpa|ansa|efe|"
    r"bloomberg news|united press international|upi|kyodo|xinhua|tass|interfax)\b",
    re.I,
)


@dataclass(frozen=True)
class Fingerprint:
    article: str
    shingles: frozenset[tuple[str, ...]]
    sentences: tuple[frozenset[tuple[str, ...]], ...]
    words: int
    vocabulary: frozenset[str] = frozenset()


def fingerprint(article: Article, n: int = 3) -> Fingerprint:
    """Word n-grams of an article's (cleaned) body, whole and per sentence, and its vocabulary (stems)."""
    text = article.body
    tokens = _tokens(text)
    sentences = tuple(
        frozenset(_ngrams(words, n)) for words in (_tokens(s) for s in SENTENCE_END.split(text)) if len(words) >= 5
    )
    return Fingerprint(article.id, frozenset(_ngrams(tokens, n)), sentences, len(tokens), frozenset(tokens))


def _tokens(text: str) -> list[str]:
    return [_stem(t.lower()) for t in WORD.findall(text)]


def _stem(word: str) -> str:
    # crude suffix stripping: "collided"/"collides", "rescuers"/"rescuer" meet; enough for containment
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _ngrams(tokens: list[str], n: int):
    return (tuple(tokens[i: i + n]) for i in range(len(tokens) - n + 1))


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Share of a's trigrams found in b."""
    return len(a.shingles & b.shingles) / len(a.shingles) if a.shingles else 0.0


def word_containment(a: Fingerprint, b: Fingerprint, content: bool = False) -> float:
    """Share of a's distinct words (or content words only) found in b."""
    words = a.vocabulary - STOPWORDS if content else a.vocabulary
    return len(words & b.vocabulary) / len(words) if words else 0.0


def copied_sentences(a: Fingerprint, b: Fingerprint, threshold: float = SENTENCE_COPY, least: int = 1) -> int:
    """How many of a's sentences have at least `threshold` of their trigrams, and `least` trigrams, in b."""
    return sum(1 for s in a.sentences if s and (shared := len(s & b.shingles)) >= least and shared / len(s) >= threshold)


def derived_relation(derived: Fingerprint, origin: Fingerprint, credited: bool = False) -> tuple[str | None, float]:
    """How much of `derived` comes from `origin`: the relation and its score (the containment that decided);
    `credited` when `derived` names `origin` as its source."""
    verbatim = containment(derived, origin)
    if verbatim >= DUPLICATE:
        return "duplicate", verbatim
    words = word_containment(derived, origin)
    if words >= (CREDITED_REWRITE if credited else REWRITE):
        return "rewrite", words
    content = word_containment(derived, origin, content=True)
    # names and places shared by independent reports of one event raise word containment; copied
    # wording (trigrams, a copied sentence) is what tells reuse
    if content >= PARTIAL and (verbatim >= PARTIAL_TRIGRAMS or copied_sentences(derived, origin, least=COPIED_CLAUSE) >= 1):
        return "partial", content
    return None, words


def relate(a: Fingerprint, b: Fingerprint, origin: str | None = None, credited: bool = False) -> tuple[str | None, float]:
    """The relation between two texts and its score, judged on the derived text's containment in its
    origin; when the origin is unknown, on the direction that shows more reuse."""
    if origin == a.article:
        return derived_relation(b, a, credited)
    if origin == b.article:
        return derived_relation(a, b, credited)
    order = {"duplicate": 0, "rewrite": 1, "partial": 2, None: 3}
    return min(derived_relation(a, b), derived_relation(b, a), key=lambda found: (order[found[0]], -found[1]))


def copies(articles: Sequence[Article]) -> list[CopyRelation]:
    """Every related pair of articles, strongest first, with the likely origin where the evidence says so."""
    prints = {a.id: fingerprint(a) for a in articles}
    by_id = {a.id: a for a in articles}
    relations = []
    for x, y in _candidate_pairs(articles, prints):
        origin, reason = likely_origin(by_id[x], by_id[y], prints[x], prints[y])
        relation, score = relate(prints[x], prints[y], origin, credited=bool(reason and " credits " in reason))
        if relation is None:
            continue
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
    wire = [x for x in (a, b) if x.source and AGENCY.search(x.source)]
    if len(wire) == 1:
        return wire[0].id, f"{wire[0].source} is a news agency"
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


def origin_groups(articles: Sequence[Article], relations: Sequence[CopyRelation],
                  citations: Sequence[Citation] = ()) -> dict[str, int]:
    """Articles that share one origin get one group number; the number of groups is the story's
    number of independent sources. One origin: a duplicate or a rewrite (transitively), or passages
    shared by two articles that both credit the same agency (the passages are the agency's).

    >>> from newsweave.model import Article, Citation, CopyRelation
    >>> arts = [Article(id=i, original="x") for i in "abc"]
    >>> origin_groups(arts, [CopyRelation("a", "b", "partial", 0.3)], [Citation("Bay Wire", "agency", ("a", "b"), ())])
    {'a': 0, 'b': 0, 'c': 1}
    """
    parent = {a.id: a.id for a in articles}
    agencies = [set(c.articles) for c in citations if c.kind == "agency"]

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in relations:
        if r.a not in parent or r.b not in parent:
            continue
        if r.relation in ("duplicate", "rewrite") or any({r.a, r.b} <= cited for cited in agencies):
            parent[find(r.a)] = find(r.b)
    roots: dict[str, int] = {}
    return {a.id: roots.setdefault(find(a.id), len(roots)) for a in articles}
