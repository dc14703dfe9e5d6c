"""Facts: sentences from different articles that state the same thing, aligned into one fact.

Two sentences state the same thing when their content words (lemmas, numbers, names) overlap
strongly: by TF-IDF cosine for near copies and paraphrases, and by the overlap coefficient for a
sentence that states a subset of another. Sentences join a fact by average link, never two from
one article, so a fact's sources are distinct articles.

>>> from newsweave.model import Article
>>> from newsweave import nlp
>>> arts = [Article(id=i, original=t) for i, t in [("a", "The ferry hit a tanker on Monday."), ("b", "On Monday the ferry hit a tanker.")]]
>>> [f.sources for f in facts(nlp.analysed(arts), {"a": 0, "b": 1})]
[('a', 'b')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from newsweave.model import Article, Evidence, Fact, Sentence

SAME_FACT = 0.40
SUBSET = 0.75


@dataclass(frozen=True)
class Unit:
    """A sentence with what alignment and selection need of it."""

    article: Article
    sentence: Sentence
    words: tuple[str, ...]
    position: int
    pronoun_start: bool
    is_quote_only: bool


PRONOUNS = {"he", "she", "it", "they", "this", "these", "those", "his", "her", "their", "its", "that", "we", "him", "them"}


def units(analysed) -> list[Unit]:
    """Every sentence of every article, with its content words."""
    out = []
    for article, doc, sentences in analysed:
        for sentence in sentences:
            span = doc.char_span(sentence.clean_start, sentence.clean_end, alignment_mode="expand")
            tokens = list(span) if span is not None else []
            words = tuple(
                (t.lemma_ if not t.ent_type_ else t.text).lower()
                for t in tokens
                if (t.is_alpha or t.like_num) and not t.is_stop and len(t.text) > 1
            )
            first = next((t for t in tokens if t.is_alpha), None)
            text = sentence.text
            if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in tokens):
                continue  # a heading or a fragment states no fact
            out.append(Unit(
                article=article,
                sentence=sentence,
                words=words,
                position=sentence.index,
                pronoun_start=first is not None and first.lower_ in PRONOUNS and first.i == tokens[0].i + (0 if tokens[0].is_alpha else 1),
                is_quote_only=text[:1] in "\"“‘'" and text.rstrip()[-1:] in "\"”’'",
            ))
    return out


def similarity(items: Sequence[Unit]) -> np.ndarray:
    """Pairwise similarity of sentences: the larger of TF-IDF cosine and a damped overlap coefficient."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(items)
    if n == 0:
        return np.zeros((0, 0))
    docs = [list(u.words) for u in items]
    if not any(docs):
        return np.eye(n)
    vectorizer = TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True, norm="l2")
    matrix = vectorizer.fit_transform(docs)
    cosine = (matrix @ matrix.T).toarray()
    sets = [set(d) for d in docs]
    sizes = np.array([len(s) for s in sets])
    overlap = np.zeros((n, n))
    for i in range(n):
        if sizes[i] < 5:
            continue
        for j in range(i + 1, n):
            if sizes[j] < 5:
                continue
            shared = len(sets[i] & sets[j])
            if shared >= 5:
                overlap[i, j] = overlap[j, i] = shared / min(sizes[i], sizes[j])
    return np.maximum(cosine, np.where(overlap >= SUBSET, overlap * 0.9, 0.0))


@dataclass(frozen=True)
class Alignment:
    """The sentences of a story, their similarities, and the facts they align into (same order as `clusters`)."""

    items: list[Unit]
    sim: np.ndarray
    clusters: list[list[int]]
    facts: list[Fact]
    groups: dict[str, int] = field(default_factory=dict)  # article id -> origin group (copies share one)


def align_story(analysed, groups: dict[str, int], threshold: float = SAME_FACT) -> Alignment:
    """Align the sentences of a story's articles into facts, the most widely reported first."""
    items = units(analysed)
    sim = similarity(items)
    clusters = rank_clusters(items, align(items, sim, threshold), sim, groups)
    return Alignment(items, sim, clusters, [to_fact(items, members, sim, groups) for members in clusters], dict(groups))


def facts(analysed, groups: dict[str, int], threshold: float = SAME_FACT) -> list[Fact]:
    """The facts of `align_story`."""
    return align_story(analysed, groups, threshold).facts


def align(items: Sequence[Unit], sim: np.ndarray, threshold: float = SAME_FACT) -> list[list[int]]:
    """Average-link agglomeration of sentences across articles; one sentence per article per cluster."""
    clusters: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    owner = list(range(len(items)))
    pairs = [
        (sim[i, j], i, j)
        for i in range(len(items))
        for j in range(i + 1, len(items))
        if sim[i, j] >= threshold and items[i].article.id != items[j].article.id
    ]
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        a, b = owner[i], owner[j]
        if a == b:
            continue
        ca, cb = clusters[a], clusters[b]
        if {items[k].article.id for k in ca} & {items[k].article.id for k in cb}:
            continue
        if sim[np.ix_(ca, cb)].mean() < threshold:
            continue
        clusters[a] = ca + cb
        for k in cb:
            owner[k] = a
        del clusters[b]
    return list(clusters.values())


def rank_clusters(items, clusters, sim, groups) -> list[list[int]]:
    def key(members):
        independent = len({groups.get(items[k].article.id, items[k].article.id) for k in members})
        return (-independent, -len(members), min(items[k].position for k in members), members[0])

    return sorted(clusters, key=key)


def representative(items: Sequence[Unit], members: list[int], sim: np.ndarray) -> int:
    """The member most similar to the others (ties: the earliest in its article)."""
    if len(members) == 1:
        return members[0]
    return max(members, key=lambda k: (sim[k, members].sum(), -items[k].position, -k))


def to_fact(items, members, sim, groups) -> Fact:
    members = sorted(members, key=lambda k: (items[k].article.published or _far(), items[k].article.id))
    best = items[representative(items, members, sim)]
    sources = tuple(items[k].article.id for k in members)
    evidence = tuple(
        Evidence(article=items[k].article.id, start=items[k].sentence.start, end=items[k].sentence.end,
                 text=items[k].article.original[items[k].sentence.start: items[k].sentence.end])
        for k in members
    )
    independent = len({groups.get(s, s) for s in sources})
    return Fact(text=best.sentence.text, sources=sources, independent_sources=independent, evidence=evidence)


def _far():
    import datetime as dt

    return dt.date.max
