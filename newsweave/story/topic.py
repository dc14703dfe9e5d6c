"""Which inputs belong to the story: an input that shares nothing with the others is about something else.

Scraped story folders pick up strays: a horoscope page saved next to an obituary, an archive's
notice about its crawls, a "Tweet with a location" box, a page about another story. A brief that
quietly weaves them in misleads; one that says so lets the reader judge.

Two articles are *related* when they share an aligned fact, or their content words are alike
(TF-IDF cosine of lemmas and names, titles included, at least RELATED), or a person one of them
names is a name in the other. Related articles form groups (connected components). The story is
the group with the most reports (articles with at least REPORT sentences that can stand alone, by
the summary's trust rules), then the most such statements. When it has more reports than any other
group, every article outside it is about something else (when no group has a report, it must say
DOMINANT times as much as any other). Otherwise (two full reports of two different things, and no
third to side with either) only an article related to no other input at all is flagged, and the
reason says just that: it shares nothing with any other input, which is true whichever report is
the story. A majority of articles would be the wrong test: story folders scraped from the web hold
two copies of a sharing widget that "agree" with each other and outnumber the one real report.

With two articles this needs no special case: when they share nothing, a report next to a notice or
a widget is the story and the other is flagged; two reports are both flagged as sharing nothing.

>>> from newsweave.model import Article
>>> from newsweave import nlp
>>> from newsweave.story.align import align_story
>>> texts = {"a": "The harbour ferry Tolvik hit a fuel tanker off Nessa Point on Monday. Ten passengers were hurt.",
...          "b": "Ten passengers were hurt when the ferry Tolvik hit a tanker off Nessa Point on Monday.",
...          "c": "You will find romance this week. Trust your instincts and wear something blue."}
>>> analysed = nlp.analysed([Article(id=i, original=t) for i, t in texts.items()])
>>> off_topic(analysed, align_story(analysed, {"a": 0, "b": 1, "c": 2}, quotes=[]))
{'c': 'shares no fact and few words with the rest of the story'}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from newsweave import nlp
from newsweave.model import Article
from newsweave.params import DOMINANT, RELATED, REPORT
from newsweave.story.align import Alignment
from newsweave.story.similarity import WordsTfidf
from newsweave.story.summary import stands_alone

NAMED_PEOPLE = {"PERSON"}
NAMES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
OUTSIDE = "shares no fact and few words with the rest of the story"
ALONE = "shares no fact and few words with any other input"


def off_topic(analysed: Sequence[tuple[Article, object, list]], alignment: Alignment) -> dict[str, str]:
    """Article id → why it seems to be about something else, for the articles that do not belong to the story.

    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> from newsweave.story.align import align_story
    >>> one = nlp.analysed([Article(id="a", original="The ferry hit a tanker on Monday.")])
    >>> off_topic(one, align_story(one, {"a": 0}, quotes=[]))
    {}
    """
    ids = [article.id for article, _, _ in analysed]
    if len(ids) < 2:
        return {}
    weight = statements(alignment)
    return strays(ids, relatedness(analysed, alignment), [weight.get(i, 0) for i in ids])


def strays(ids: Sequence[str], related: np.ndarray, said: Sequence[int]) -> dict[str, str]:
    """The decision of `off_topic`, given which articles are related and how many statements each makes.

    >>> related = np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1]], dtype=bool)
    >>> strays(["a", "b", "c"], related, [4, 3, 0])
    {'c': 'shares no fact and few words with the rest of the story'}
    >>> strays(["a", "b"], np.eye(2, dtype=bool), [9, 8])  # two full reports of two things: no story to side with
    {'a': 'shares no fact and few words with any other input', 'b': 'shares no fact and few words with any other input'}
    """
    groups = _components(related)
    if len(groups) < 2:
        return {}
    told = [sum(said[k] for k in group) for group in groups]
    reports = [sum(said[k] >= REPORT for k in group) for group in groups]
    main, *rest = sorted(range(len(groups)), key=lambda g: (-reports[g], -told[g], -len(groups[g]), min(groups[g])))
    runner_up = rest[0]
    out: dict[str, str] = {}
    if reports[main] > reports[runner_up] or (reports[main] == 0 and told[main] > 0 and told[main] >= DOMINANT * told[runner_up]):
        for g in rest:
            for k in groups[g]:
                out[ids[k]] = OUTSIDE
    else:
        for group in groups:
            if len(group) == 1:
                out[ids[group[0]]] = ALONE
    return {i: out[i] for i in ids if i in out}


def on_topic(alignment: Alignment, flagged: dict[str, str]) -> Alignment:
    """The alignment without the sentences of articles outside the story (flagged OUTSIDE by
    `off_topic`), for the summary: a widget's or another story's lines are not what happened. Articles
    flagged ALONE stay: when no report dominates there is no story to side with.

    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> from newsweave.story.align import align_story
    >>> analysed = nlp.analysed([Article(id="a", original="The ferry hit a tanker on Monday."), Article(id="b", original="Wear blue for luck this week.")])
    >>> [u.article.id for u in on_topic(align_story(analysed, {"a": 0, "b": 1}, quotes=[]), {"b": OUTSIDE}).items]
    ['a']
    """
    gone = {i for i, why in flagged.items() if why == OUTSIDE}
    if not gone:
        return alignment
    keep = [k for k, unit in enumerate(alignment.items) if unit.article.id not in gone]
    new_index = {k: n for n, k in enumerate(keep)}
    clusters, facts = [], []
    for members, fact in zip(alignment.clusters, alignment.facts):
        kept = [new_index[k] for k in members if k in new_index]
        if kept:  # a stray shares no fact with the story, so a cluster is all stray or all story
            clusters.append(kept)
            facts.append(fact)
    return replace(alignment, items=[alignment.items[k] for k in keep], sim=alignment.sim.subset(keep),
                   clusters=clusters, facts=facts, groups={i: g for i, g in alignment.groups.items() if i not in gone})


def relatedness(analysed: Sequence[tuple[Article, object, list]], alignment: Alignment) -> np.ndarray:
    """Which pairs of articles are related (a boolean matrix in the order of `analysed`): see `links`."""
    facts, similarity, people = links(analysed, alignment)
    related = facts | people | (similarity >= RELATED)
    np.fill_diagonal(related, True)
    return related


def links(analysed: Sequence[tuple[Article, object, list]], alignment: Alignment) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The evidence that two articles tell one story, as three matrices in the order of `analysed`:
    whether they share an aligned fact; the TF-IDF cosine of their content words (titles included);
    whether a person one of them names is a name in the other."""
    ids = [article.id for article, _, _ in analysed]
    index = {i: k for k, i in enumerate(ids)}
    n = len(ids)
    facts = np.zeros((n, n), dtype=bool)
    for members in alignment.clusters:
        told = sorted({index[alignment.items[k].article.id] for k in members if alignment.items[k].article.id in index})
        for a in told:
            for b in told:
                facts[a, b] = a != b
    vocab = [content_words(doc) for _, doc, _ in analysed]
    # the title is outside the analysed body, and it is the surest statement of what a page is about
    # (a body can be a lone dateline)
    heads = nlp.titles([article for article, _, _ in analysed])
    documents = [words + ([w for _, w in _words(head)] if head is not None else []) for (words, _, _), head in zip(vocab, heads)]
    people = np.zeros((n, n), dtype=bool)
    for a in range(n):
        for b in range(a + 1, n):
            # NER tags a surname as a person in one article and leaves it untagged in another
            people[a, b] = people[b, a] = bool(vocab[a][1] & vocab[b][2] or vocab[b][1] & vocab[a][2])
    return facts, word_similarity(documents), people


def content_words(doc) -> tuple[list[str], set[str], set[str]]:
    """An article's content words (lemmas; names as written, lowercased), the words of the people it
    names, and the words of every name (people, places, organisations, proper nouns).

    >>> from newsweave import nlp
    >>> [doc] = nlp.analyse([Article(id="a", original="Captain Ilse Varga steered the ferries home.")])
    >>> words, people, names = content_words(doc)
    >>> "ferry" in words, sorted(people)
    (True, ['ilse', 'varga'])
    """
    words, people, names = [], set(), set()
    for t, word in _words(doc):
        words.append(word)
        if t.ent_type_ in NAMED_PEOPLE:
            people.add(word)
        if t.ent_type_ in NAMES or t.pos_ == "PROPN":
            names.add(word)
    return words, people, names


def _words(doc):
    """(token, word) for the content tokens of a Doc: no stop words, punctuation or short tokens."""
    for t in doc:
        if t.is_alpha and not t.is_stop and len(t.text) >= 3:
            yield t, (t.text if t.ent_type_ else t.lemma_).lower()


def word_similarity(documents: Sequence[list[str]]) -> np.ndarray:
    """Pairwise TF-IDF cosine of word lists (sublinear term frequency, idf over these documents).

    >>> word_similarity([["ferry", "tanker"], ["ferry", "tanker"], ["romance", "blue"]]).round(2).tolist()
    [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    """
    n = len(documents)
    if not any(documents):
        return np.eye(n)
    matrix = WordsTfidf().fit_transform(documents)
    return (matrix @ matrix.T).toarray()


def statements(alignment: Alignment) -> dict[str, int]:
    """How many sentences of each article can stand alone (what a reader could be shown of it)."""
    out: dict[str, int] = {}
    for unit in alignment.items:
        out[unit.article.id] = out.get(unit.article.id, 0) + stands_alone(unit.sentence.text, unit)
    return out


def _components(linked: np.ndarray) -> list[list[int]]:
    """Connected components of a boolean adjacency matrix, each in index order, in order of their first index."""
    from scipy.sparse.csgraph import connected_components

    _, label = connected_components(linked, directed=False)
    first = {}
    for k, g in enumerate(label):
        first.setdefault(g, []).append(k)
    return list(first.values())


__all__ = ["off_topic", "on_topic", "strays", "relatedness", "links", "content_words", "word_similarity", "statements",
           "RELATED", "REPORT", "DOMINANT", "OUTSIDE", "ALONE"]
