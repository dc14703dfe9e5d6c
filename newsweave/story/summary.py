"""The cited summary: extractive, within a word budget, preferring facts that more independent
sources report and that are central to the story, without redundancy, in an order a reader can
follow. Every sentence carries the sources and evidence spans of its fact.

A fact's score adds three signals, each in [0, 1]:
- centrality: how much of the story a sentence shares words with, half degree centrality (the sum
  of its similarities to every other sentence) and half LexRank (Erkan and Radev 2004); degree
  alone over-rewards long sentences, LexRank alone over-rewards small tight groups; a fact's is the
  mean over its tellings (one outlet's long aside does not make a fact central);
- independent sources: the share of the story's other independent sources that report the fact,
  out of at least three (two outlets that both tell an aside have not shown it matters; in such a
  story the weight agreement cannot carry goes to position);
- lead: 1 / (1 + position of the fact's earliest telling), news puts what matters first.
A fact is left out when its tellings are on average as similar to those of a fact already chosen
as REDUNDANT: it retells it. Sentences that cannot stand alone (a dangling pronoun or connective, a lone quote fragment, a
question) or that are page debris (links, sign-up prompts, bullets, all capitals) are never shown;
a line of a quote whose speaker a sentence nearby names is shown with that speaker.

>>> import newsweave
>>> brief = newsweave.brief([newsweave.example_dir()], max_words=60)
>>> sum(len(s.text.split()) for s in brief.summary) <= 60 and all(s.sources for s in brief.summary)
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from scipy import sparse

from newsweave.clean.debris import has_holes
from newsweave.clean.meta import dateline_end
from newsweave.lexicon.en import CONNECTIVES, PAGE_FURNITURE
from newsweave.model import Evidence, Quote, QuoteGroup, SummarySentence
from newsweave.params import AGREEMENT_FLOOR, LONGEST_LINE, MAX_WORDS_SENTENCE, MIN_WORDS, REDUNDANT, SAME_LEAD_NAMES, SUMMARY_WEIGHTS
from newsweave.story.align import OPENING, Alignment, names_someone
from newsweave.story.names import same_surname
from newsweave.story.quote_merge import agreed_speaker
from newsweave.story.similarity import Similarity

# a quotation inside a quote: its single marks, told from apostrophes ("parents'", "don't") by what is around them
INNER_OPEN = re.compile(r"(?:^|[\s(\"“])['‘](?=\w)")
INNER_CLOSE = re.compile(r"(?<=[?!.,])['’](?=[\s\"”)]|$)")
# a quote or claim whose only speaker is a pronoun: `..., he said.` names nobody a reader can see
PRONOUN_SPEAKER = re.compile(
    r"[,\"”’]\s*(?:he|she|they|it|we)\s+(?:said|says|added|adds|told|tells|explained|noted|wrote|writes|continued|argued|insisted)\b",
    re.IGNORECASE,
)


def centrality(sim: Similarity, threshold: float = 0.1, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """LexRank-style eigenvector centrality of sentences (Erkan and Radev 2004, continuous variant), over
    the pairs at `threshold` or more.

    >>> from newsweave.story.similarity import similarity
    >>> centrality(similarity([["ferry", "hit", "tanker"], ["ferry", "tanker", "sank"], ["tanker", "sank", "fast"]])).argmax()
    np.int64(1)
    """
    n = len(sim)
    if n == 0:
        return np.zeros(0)
    graph = sim.graph(threshold)
    rows = np.asarray(graph.sum(axis=1)).ravel()
    rows[rows == 0] = 1.0
    transition = sparse.diags(1.0 / rows) @ graph
    backwards = transition.T.tocsr()
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        rank = (1 - damping) / n + damping * (backwards @ rank)
    return rank


def sentence_centrality(sim: Similarity) -> np.ndarray:
    """Half degree centrality, half LexRank, each scaled to a maximum of 1.

    >>> from newsweave.story.similarity import similarity
    >>> sentence_centrality(similarity([["ferry", "hit", "tanker"], ["ferry", "tanker", "sank"], ["tanker", "sank", "fast"]])).round(2).tolist()
    [0.76, 1.0, 0.76]
    """
    if len(sim) == 0:
        return np.zeros(0)
    degree = sim.degree()
    lexrank = centrality(sim)
    return 0.5 * degree / (degree.max() or 1.0) + 0.5 * lexrank / (lexrank.max() or 1.0)


def stands_alone(text: str, unit, with_speaker: bool = False) -> bool:
    """Whether a sentence can be shown on its own: a whole statement, not debris.

    A line of a quote whose speaker another sentence names (`unit.quoted`) stands alone only
    `with_speaker`: shown with who said it, as the summary shows it.

    >>> from types import SimpleNamespace as U
    >>> ok = U(pronoun_start=False, is_quote_only=False, to_reader=False, fragment=False, quoted=None)
    >>> stands_alone("The ferry hit a tanker off the coast on Monday.", ok), stands_alone("But the ferry hit a tanker off the coast.", ok)
    (True, False)
    >>> stands_alone("Instead of stopping, the ferry sailed on to Tolvik.", ok), stands_alone("Instead, the ferry sailed on to Tolvik.", ok)
    (True, False)
    >>> stands_alone("''The pier will reopen in May once the repairs are done, as planned.", ok)  # half of a quote
    False
    >>> stands_alone("We will not leave the island until the pier is fixed, will we?' she said.", ok)  # half of a quote in a quote
    False
    """
    n_words = len(text.split())
    quoted = unit.quoted is not None
    if quoted and not with_speaker:
        return False
    if unit.pronoun_start or unit.is_quote_only and not quoted or unit.to_reader or unit.fragment or not MIN_WORDS <= n_words <= MAX_WORDS_SENTENCE:
        return False
    end = text.rstrip()
    if end[-1:] not in ".!\"”’'" or end.endswith(("...", "…")) or PAGE_FURNITURE.search(text):
        return False  # a question, a heading, a line cut short
    if PRONOUN_SPEAKER.search(text) or has_holes(text):
        return False
    if not (text[:1].isalnum() or text[:1] in OPENING):
        return False  # a bullet, a dash, a stray symbol: list or page furniture
    if text.split()[0].islower():
        return False  # the tail of a sentence the splitter cut (`fan Jane Doe asked, ...`)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > len(letters) / 2:
        return False  # a shouted heading or a caption
    if sum(text.count(q) for q in ("\"", "“", "”", "''", "``")) == 1 and not quoted:
        return False  # one line of a quote that runs over several sentences: half of it is elsewhere
    if len(INNER_CLOSE.findall(text)) > len(INNER_OPEN.findall(text)):
        return False  # the end of a quotation inside a quote ("... am I?'"): its start is in another line
    first = re.match(r"\W*(\w+)(?:\s+(\w+))?", text)
    if first and (first.group(1).lower(), (first.group(2) or "").lower()) == ("instead", "of"):
        return True  # "Instead of stopping, the driver sped away." says it all
    return not (first and first.group(1).lower() in CONNECTIVES)


def summarize(alignment: Alignment, max_words: int = 120, contested: frozenset[tuple[str, int]] = frozenset()) -> list[SummarySentence]:
    """Pick and order the summary's sentences (see the module docstring).

    `contested` holds (article, start) of sentences whose claim other sources contradict (the
    minority version of a number): the summary does not state them as fact.

    >>> import newsweave
    >>> len(newsweave.brief([newsweave.example_dir()], max_words=40).summary) >= 1
    True
    """
    items, sim, clusters = alignment.items, alignment.sim, alignment.clusters
    if not clusters:
        return []
    cent = sentence_centrality(sim)
    origins = set(alignment.groups.values()) or {source for f in alignment.facts for source in f.sources}
    weights, others = _weights(len(origins))
    scores = []
    for members, fact in zip(clusters, alignment.facts):
        rep = _representative(items, members, cent, contested)
        text, _ = _without_dateline(items[rep].sentence.text)
        if not stands_alone(text, items[rep], with_speaker=True) or not _verbatim(items[rep]):
            continue  # a summary line must read exactly as its outlet wrote it, or not at all
        if (items[rep].article.id, items[rep].sentence.start) in contested:
            continue
        lead = 1.0 / (1 + min(items[k].position for k in members))
        score = (weights["centrality"] * cent[members].mean()
                 + weights["independent"] * (fact.independent_sources - 1) / others
                 + weights["lead"] * lead)
        scores.append((score, rep, members, fact, text))
    scores.sort(key=lambda s: (-s[0], s[1]))
    chosen, words = [], 0
    for score, rep, members, fact, text in scores:
        n = len(text.split())
        if words + n > max_words or n > LONGEST_LINE:
            continue  # a shorter sentence further down may still fit the budget
        if any(_redundant(sim, members, told) or _same_lead(items, members, told) for _, _, told, _ in chosen):
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


def speakers_agreed(summary: Sequence[SummarySentence], groups: Sequence[QuoteGroup], quotes: Sequence[Quote],
                    originals: dict[str, str]) -> list[SummarySentence]:
    """The summary with each quoted line's speaker as the outlets carrying its quote agree on it: where
    two or more name one speaker and the line's own outlet another, one outlet's misreading is not the
    brief's; the line then carries their speaker and a span of theirs that names them."""
    return [_agreed(line, groups, quotes, originals) if line.speaker else line for line in summary]


def _agreed(line: SummarySentence, groups, quotes, originals) -> SummarySentence:
    shown = line.evidence[0]
    group = next((g for g in groups if g.direct and any(
        v.article == shown.article and v.start < shown.end and shown.start < v.end for v in g.variants)), None)
    speaker = agreed_speaker(group) if group is not None else None
    if speaker is None or same_surname(speaker, line.speaker):
        return line
    for q in quotes:
        if not (q.direct and q.speaker and q.speaker_start is not None and same_surname(q.speaker, speaker)):
            continue
        if any(v.article == q.article and v.start < q.end and q.start < v.end for v in group.variants):
            mention = originals[q.article][q.speaker_start:q.speaker_end]
            if names_someone(mention):
                return replace(line, speaker=speaker, speaker_evidence=Evidence(q.article, q.speaker_start, q.speaker_end, mention))
    return line


def _weights(origins: int) -> tuple[dict[str, float], int]:
    """The signals' weights for a story of this many origins, and the count agreement is a share of.

    Agreement is counted out of at least AGREEMENT_FLOOR other origins; the weight it cannot carry in
    a story of fewer goes to position: with one or two tellings, where a fact stands in them says
    more than that both tell it.

    >>> _weights(1)[0]["lead"] > _weights(2)[0]["lead"] > _weights(3)[0]["lead"] > _weights(4)[0]["lead"] == SUMMARY_WEIGHTS["lead"]
    True
    """
    others = max(origins - 1, 0)  # a story of one origin: agreement carries nothing
    weights = dict(SUMMARY_WEIGHTS)
    if others < AGREEMENT_FLOOR:
        weights["lead"] += SUMMARY_WEIGHTS["independent"] * (1 - others / AGREEMENT_FLOOR)
    return weights, max(others, AGREEMENT_FLOOR)


def _representative(items, members, cent, contested=frozenset()) -> int:
    """The member a reader should see: one that more sources do not contradict, that can stand alone,
    in its outlet's exact words (the cleaner's repairs, like "Tolviksaid" → "Tolvik said", make a
    reader's search fail), short enough for a summary line, the most central, the earliest on ties."""
    def key(k):
        unit = items[k]
        text, _ = _without_dateline(unit.sentence.text)
        return ((unit.article.id, unit.sentence.start) not in contested, stands_alone(text, unit, with_speaker=True), _verbatim(unit),
                len(text.split()) <= LONGEST_LINE, cent[k], -unit.position, -k)

    return max(members, key=key)


def _redundant(sim, members, told) -> bool:
    """Whether a fact retells one already chosen: the average similarity of every telling of the one
    to every telling of the other, so that a paraphrase the alignment missed still counts."""
    return sim.mean(members, told) >= REDUNDANT


def _same_lead(items, members, told) -> bool:
    """Whether a fact retells, in other words, the lead of another article already chosen: two
    leads (first two sentences) naming the same people and places (SAME_LEAD_NAMES name words in
    common) and sharing another word. The summary tells the story's main news once; the facts keep
    the tellings apart, since leads about the same people can report different news."""
    for i in members:
        a = items[i]
        if a.position > 1:
            continue
        for j in told:
            b = items[j]
            if b.position > 1 or a.article.id == b.article.id:
                continue
            if len(a.names & b.names) >= SAME_LEAD_NAMES and (set(a.words) & set(b.words)) - a.names - b.names:
                return True
    return False


def _verbatim(unit) -> bool:
    return unit.article.original[unit.sentence.start:unit.sentence.end] == unit.sentence.text


def _reading_order(items, members, lengths):
    """Where a fact is told, relative to the length of the articles telling it."""
    relative = min(items[k].position / lengths[items[k].article.id] for k in members)
    return (relative, min(items[k].position for k in members))


def _without_dateline(text: str) -> tuple[str, int]:
    end = dateline_end(text, least_after=41)
    if end:
        rest = text[end:]
        return rest[:1].upper() + rest[1:], end
    return text, 0


def _sentence(items, text: str, rep: int, fact) -> SummarySentence:
    unit = items[rep]
    evidence = list(fact.evidence)
    # the summary shows one member's words: its evidence comes first
    evidence.sort(key=lambda e: (e.article != unit.article.id, e.article))
    quote = unit.quoted
    if quote is None:
        return SummarySentence(text=text, sources=fact.sources, evidence=tuple(evidence))
    mention = unit.article.original[quote.speaker_start:quote.speaker_end]
    return SummarySentence(text=text, sources=fact.sources, evidence=tuple(evidence), speaker=quote.speaker,
                           speaker_evidence=Evidence(unit.article.id, quote.speaker_start, quote.speaker_end, mention))
