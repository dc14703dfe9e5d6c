"""The cited summary: extractive, within a word budget, preferring facts that more independent
sources report and that are central to the story, without redundancy, in an order a reader can
follow. Every sentence carries the sources and evidence spans of its fact."""

from __future__ import annotations

import re

import numpy as np

from newsweave.model import Evidence, SummarySentence
from newsweave.story.align import Alignment

DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,[^()\n]{0,30})?\s*\([^()]{2,80}\)\s*[-–—:]?\s*")
WEIGHTS = {"independent": 0.35, "centrality": 0.35, "lead": 0.30}
REDUNDANT = 0.45
MIN_WORDS, MAX_WORDS_SENTENCE = 6, 60


def centrality(sim: np.ndarray, threshold: float = 0.1, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """LexRank-style eigenvector centrality of sentences (Erkan and Radev 2004, continuous variant)."""
    n = sim.shape[0]
    if n == 0:
        return np.zeros(0)
    graph = np.where(sim >= threshold, sim, 0.0)
    rows = graph.sum(axis=1, keepdims=True)
    rows[rows == 0] = 1.0
    transition = graph / rows
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        rank = (1 - damping) / n + damping * transition.T @ rank
    return rank


def summarize(alignment: Alignment, max_words: int = 120) -> list[SummarySentence]:
    """Pick and order the summary's sentences (see the module docstring)."""
    items, sim, clusters = alignment.items, alignment.sim, alignment.clusters
    if not clusters:
        return []
    cent = centrality(sim)
    scores = []
    top_independent = max(f.independent_sources for f in alignment.facts) or 1
    for members, fact in zip(clusters, alignment.facts):
        rep = _representative(items, members, cent)
        unit = items[rep]
        n_words = len(unit.sentence.text.split())
        if unit.pronoun_start or unit.is_quote_only or not MIN_WORDS <= n_words <= MAX_WORDS_SENTENCE or unit.sentence.text.endswith("?"):
            continue
        lead = 1.0 / np.sqrt(1 + min(items[k].position for k in members))
        score = (WEIGHTS["independent"] * fact.independent_sources / top_independent
                 + WEIGHTS["centrality"] * cent[members].sum() / (cent.max() or 1)
                 + WEIGHTS["lead"] * lead)
        scores.append((score, rep, members, fact))
    scores.sort(key=lambda s: (-s[0], s[1]))
    chosen, words = [], 0
    for score, rep, members, fact in scores:
        text, offset = _without_dateline(items[rep].sentence.text)
        n = len(text.split())
        if words + n > max_words:
            continue
        if any(sim[rep, other] >= REDUNDANT for _, other, _, _ in chosen):
            continue
        chosen.append((text, rep, members, fact))
        words += n
        if max_words - words < MIN_WORDS:
            break
    lengths: dict[str, int] = {}
    for u in items:
        lengths[u.article.id] = max(lengths.get(u.article.id, 0), u.position + 1)
    chosen.sort(key=lambda c: _reading_order(items, c[2], lengths))
    return [_sentence(items, text, rep, fact) for text, rep, _, fact in chosen]


def _representative(items, members, cent) -> int:
    """The member a reader should see: the most central one, earliest in its article on ties."""
    return max(members, key=lambda k: (cent[k], -items[k].position, -k))


def _reading_order(items, members, lengths):
    """Where a fact is told, relative to the length of the articles telling it."""
    relative = min(items[k].position / lengths[items[k].article.id] for k in members)
    return (relative, min(items[k].position for k in members))


def _without_dateline(text: str) -> tuple[str, int]:
    match = DATELINE.match(text)
    if match and len(text) - match.end() > 40:
        rest = text[match.end():]
        return rest[:1].upper() + rest[1:], match.end()
    return text, 0


def _sentence(items, text: str, rep: int, fact) -> SummarySentence:
    unit = items[rep]
    evidence = list(fact.evidence)
    # the summary shows one member's words: its evidence comes first
    evidence.sort(key=lambda e: (e.article != unit.article.id, e.article))
    return SummarySentence(text=text, sources=fact.sources, evidence=tuple(evidence))
