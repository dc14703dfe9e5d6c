"""Which articles tell one story: the one definition of a story, run over any memory of articles.

A story is a connected group of articles under one relation: two articles are *linked* when they share a
blocking key (one of their rarest words, `features.Features.keys`), were published at most `STORY_WINDOW`
days apart (when both dates are known), and a small logistic model of four cosines (all words, names, title,
numbers; weights in `params.STORY_WEIGHTS`) says they report one event. Duplicates (`dedup`) join the story of
the article they repeat. Because a story is a connected group, the stories do not depend on the order the
articles arrive in (up to `KEY_POSTINGS`, which bounds how many earlier articles one key offers); the same
definition runs in memory here, in the store (`newsweave.corpus.store`), and on Spark (`newsweave.corpus.spark`).

"Earlier" is arrival order: a duplicate repeats an earlier article (`nearest` chooses among those it shares an
LSH band with), and a new article is compared with the earlier ones `within_reach` of each of its keys. So the
stories are the connected groups of two kinds of edges: a duplicate to the article it repeats, and a linked
pair of articles that are no duplicates, the newer one reaching the older by a shared key.

Story ids are numbers given in arrival order and never reused; when an article links two stories, they merge:
the older id stays and the other becomes its alias. Said without the order of events: an article that is no
duplicate and is linked to no earlier article opens a story, the stories are numbered in the order they are
opened, and a group keeps the number of its first article (which always opens one).

>>> from newsweave.model import Article
>>> told = [Article(id="a", original="", text="The ferry Hollin Bay hit the tanker Corvina Spirit off Saltmere.", cleaned=True),
...         Article(id="b", original="", text="Fog in Saltmere: the Hollin Bay ferry struck the tanker Corvina Spirit.", cleaned=True),
...         Article(id="c", original="", text="Parliament in Vessa passed the budget after a night of debate.", cleaned=True)]
>>> cluster(told)
{'a': 's1', 'b': 's1', 'c': 's2'}
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from newsweave.corpus.dedup import bands, exact_key, signature, similarity
from newsweave.corpus.features import Features, cosine, features
from newsweave.model import Article
from newsweave.params import (
    KEY_POSTINGS,
    NEAR_DUPLICATE,
    SAME_STORY,
    STORY_BIAS,
    STORY_WEIGHTS,
    STORY_WINDOW,
)


@dataclass
class Item:
    """An article as the clustering sees it."""

    id: str
    features: Features
    published: dt.date | None = None
    exact: str = ""
    signature: np.ndarray | None = None

    @cached_property
    def bands(self) -> list[str]:
        return bands(self.signature) if self.signature is not None else []


def item(article: Article) -> Item:
    """The clustering's view of a cleaned article."""
    body = article.body
    return Item(article.id, features(article.title, body), article.published, exact_key(body), signature(body))


def score(a: Features, b: Features) -> float:
    """The probability that two articles report one event, from the cosines of their words, names, title
    words and numbers. An article with no names found (a feed item with a headline only, where every word
    is capitalised) lends its words in their place: a name it cannot show is unknown, not absent."""
    names_a, names_b = a.names or a.words, b.names or b.words
    x = STORY_BIAS + sum(w * cosine(u, v) for w, u, v in zip(STORY_WEIGHTS, (a.words, names_a, a.title, a.numbers),
                                                            (b.words, names_b, b.title, b.numbers)))
    return 1.0 / (1.0 + math.exp(-x))


def close_in_time(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether two articles were published at most `STORY_WINDOW` days apart (or either date is unknown)."""
    return a is None or b is None or abs((a - b).days) <= STORY_WINDOW


def linked(a: Item, b: Item) -> bool:
    """Whether two articles are linked: close enough in time, and one event by `score`."""
    return close_in_time(a.published, b.published) and score(a.features, b.features) >= SAME_STORY


def within_reach(published: dt.date | None, earlier: Iterable[tuple[str, dt.date | None]]) -> Iterator[str]:
    """Of the earlier articles holding one blocking key, given newest first as (id, published), those a new
    article published on `published` is compared with: the newest `KEY_POSTINGS` that are `close_in_time`.

    >>> list(within_reach(dt.date(2031, 3, 1), [("b", dt.date(2031, 2, 27)), ("a", dt.date(2030, 1, 1))]))
    ['b']
    """
    taken = 0
    for article, when in earlier:
        if taken == KEY_POSTINGS:
            return
        if close_in_time(when, published):
            yield article
            taken += 1


def nearest(signature: np.ndarray, earlier: Iterable[tuple[str, np.ndarray]]) -> str | None:
    """Of the earlier articles sharing an LSH band with a new one, given as (id, signature) in the order they
    are met (band by band, oldest first), the one it nearly duplicates: the most similar at `NEAR_DUPLICATE`
    or more, the first met on a tie; None when there is none."""
    best = None
    for article, other in earlier:
        s = similarity(signature, other)
        if s >= NEAR_DUPLICATE and (best is None or s > best[0]):
            best = (s, article)
    return best[1] if best else None


@dataclass
class Placement:
    """Where an article went: its story, whether that story is new, the stories merged into it, and the
    article it duplicates (with "exact" or "near")."""

    story: int
    created: bool = False
    merged: list[int] = field(default_factory=list)
    duplicate_of: str | None = None
    duplicate: str | None = None


def duplicate_of(new: Item, memory) -> tuple[str, str] | None:
    """The earlier article `new` repeats, and how ("exact" or "near"), or None."""
    same = memory.exact(new.exact)
    if same is not None:
        return same, "exact"
    near = nearest(new.signature, ((other.id, other.signature) for other in memory.near(new.bands)))
    return (near, "near") if near else None


def place(new: Item, memory) -> Placement:
    """Put one article in its story: the grouping rule, over any `memory` of earlier articles (in memory
    below, or the store). A duplicate joins its original's story; otherwise the article joins every story
    it is linked to (merging them, the oldest id staying) or starts a new one."""
    dup = duplicate_of(new, memory)
    if dup is not None:
        story = memory.story_of(dup[0])
        memory.add(new, story, duplicate_of=dup[0], duplicate=dup[1])
        return Placement(story, duplicate_of=dup[0], duplicate=dup[1])
    candidates = memory.candidates(new.features.keys, new.published)
    linked_to: set[int] = set()
    for other, story in zip(candidates, memory.stories_of([c.id for c in candidates])):
        if story not in linked_to and linked(new, other):  # one link to a story is enough: its other articles need no score
            linked_to.add(story)
    stories = sorted(linked_to)
    if not stories:
        story = memory.new_story()
        memory.add(new, story)
        return Placement(story, created=True)
    keep, *others = stories
    for other in others:
        memory.merge(other, into=keep, article=new.id)
    memory.add(new, keep)
    return Placement(keep, merged=others)


class Memory:
    """Earlier articles held in memory (`newsweave cluster`): postings of blocking keys and LSH bands, each
    article's story, and stories merged into others."""

    def __init__(self):
        self.items: dict[str, Item] = {}
        self.postings: dict[str, list[str]] = {}
        self.band_postings: dict[str, list[str]] = {}
        self.exacts: dict[str, str] = {}
        self.stories: dict[str, int] = {}
        self.merged: dict[int, int] = {}
        self.last = 0

    def exact(self, key: str) -> str | None:
        return self.exacts.get(key)

    def near(self, keys: Iterable[str]) -> list[Item]:
        seen = dict.fromkeys(i for k in keys for i in self.band_postings.get(k, ()))
        return [self.items[i] for i in seen]

    def candidates(self, keys: Iterable[str], published: dt.date | None = None) -> list[Item]:
        """The articles sharing a key with a new one: per key the latest `KEY_POSTINGS` of those
        published within `STORY_WINDOW` days of it (or undated)."""
        seen: dict[str, None] = {}
        for key in keys:
            newest_first = ((i, self.items[i].published) for i in reversed(self.postings.get(key, ())))
            seen.update(dict.fromkeys(within_reach(published, newest_first)))
        return [self.items[i] for i in seen]

    def story_of(self, article: str) -> int:
        story = self.stories[article]
        while story in self.merged:
            story = self.merged[story]
        return story

    def stories_of(self, articles: Sequence[str]) -> list[int]:
        return [self.story_of(a) for a in articles]

    def new_story(self) -> int:
        self.last += 1
        return self.last

    def merge(self, story: int, into: int, article: str) -> None:
        self.merged[story] = into

    def add(self, new: Item, story: int, duplicate_of: str | None = None, duplicate: str | None = None) -> None:
        self.items[new.id] = new
        self.stories[new.id] = story
        self.exacts.setdefault(new.exact, new.id)
        for key in new.bands:
            self.band_postings.setdefault(key, []).append(new.id)
        if duplicate_of is None:  # a duplicate finds no story its original does not
            for key in new.features.keys:
                self.postings.setdefault(key, []).append(new.id)


PARALLEL_FROM = 2_000  # articles: past this, their features are found in worker processes (starting them takes ~1 s)
CHUNK = 256  # articles a worker takes at a time


def items(articles: Sequence[Article]) -> list[Item]:
    """`item` of each article (a module-level function: `newsweave.parallel` sends it to a worker by name)."""
    return [item(a) for a in articles]


def cluster(articles: Sequence[Article], workers: int | None = None) -> dict[str, str]:
    """Article id -> story id ("s1", "s2", ... in order of each story's first article) for cleaned
    articles in arrival order, with no store. Past `PARALLEL_FROM` articles, `workers` processes (default:
    one per core) find their features while this one places them: the same stories."""
    from newsweave.parallel import batches, ordered_map

    memory = Memory()
    for found in ordered_map(items, batches(articles, CHUNK), workers if len(articles) > PARALLEL_FROM else 1):
        for it in found:
            place(it, memory)
    return {a.id: f"s{memory.story_of(a.id)}" for a in articles}


__all__ = ["Item", "Memory", "Placement", "close_in_time", "cluster", "duplicate_of", "item", "items", "linked", "nearest", "place",
           "score", "within_reach"]
