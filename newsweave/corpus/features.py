"""What an article is about, in a form two engines can compare: its rarest words, names, title words and
numbers, weighted by how rare each word is in English at large.

A story is found by comparing articles in pairs (`newsweave.corpus.cluster`), so an article's features must
not depend on which other articles happen to be in the corpus: the weight of a word is its rarity in general
English (`wordfreq`'s Zipf frequency), not a document frequency counted over the stream. The same article gets
the same features on a laptop and on a Spark executor, today and after a million more articles.

>>> f = features("Ferry hits tanker", "The ferry Hollin Bay hit the tanker Corvina Spirit off Saltmere on Monday.")
>>> sorted(f.names)[:3]
['bay', 'corvina', 'hollin']
>>> f.keys[:2]
('saltmere', 'tanker')
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from newsweave.lexicon.en import STOPWORDS
from newsweave.params import STORY_KEYS, STORY_TERMS

WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?|\d[\d,.]*\d|\d")
# a capitalised word here is a name, not the first word of a sentence or quotation
AFTER_BREAK = re.compile(r"(?:^|[.!?:;\"“”‘'(\[\n—–-])\s*$")
COMMON = 7.5  # Zipf frequency of the commonest English words ("the" is 7.7): a word this common weighs nothing


@lru_cache(maxsize=200_000)
def rarity(word: str) -> float:
    """How rare a word is in general English: 7.5 minus its Zipf frequency, at least 0 (a word never seen: 7.5).

    >>> rarity("the") == 0.0, round(rarity("tanker"), 1) > round(rarity("ship"), 1)
    (True, True)
    """
    from wordfreq import zipf_frequency

    return max(0.0, COMMON - zipf_frequency(word, "en"))


@dataclass(frozen=True)
class Features:
    """An article's weighted words (L2-normalised, at most `STORY_TERMS` each): `words` all content words,
    `names` the capitalised ones inside sentences, `title` the title's words, `numbers` its figures; `keys`
    the rarest words, by which candidate articles are found (blocking keys)."""

    words: dict[str, float]
    names: dict[str, float]
    title: dict[str, float]
    numbers: dict[str, float]
    keys: tuple[str, ...]

    def to_json(self) -> dict:
        return {"w": self.words, "n": self.names, "t": self.title, "d": self.numbers, "k": list(self.keys)}

    @classmethod
    def from_json(cls, data: dict) -> Features:
        return cls(data["w"], data["n"], data["t"], data["d"], tuple(data["k"]))


def _vector(counts: Counter, weight) -> dict[str, float]:
    scored = {w: (1 + math.log(n)) * weight(w) for w, n in counts.items()}
    top = sorted(((w, x) for w, x in scored.items() if x > 0), key=lambda wx: (-wx[1], wx[0]))[:STORY_TERMS]
    norm = math.sqrt(sum(x * x for _, x in top)) or 1.0
    return {w: round(x / norm, 5) for w, x in top}


def _normal(word: str) -> str:
    return word.lower().replace("’", "'").rstrip(".")


def features(title: str | None, body: str) -> Features:
    """The features of an article from its title and cleaned body (a feed item with a title only has them
    from its title)."""
    words: Counter = Counter()
    names: Counter = Counter()
    numbers: Counter = Counter()
    for text in (title or "", body):
        for m in WORD.finditer(text):
            raw = m.group()
            w = _normal(raw)
            if len(w) < 2 and not w.isdigit() or w in STOPWORDS:
                continue
            words[w] += 1
            if w[0].isdigit():
                numbers[w] += 1
            elif raw[0].isupper() and not AFTER_BREAK.search(text, max(0, m.start() - 3), m.start()):
                names[w] += 1
    title_words = Counter(_normal(w) for w in WORD.findall(title or "")) - Counter({w: 99 for w in STOPWORDS})
    vector = _vector(words, rarity)
    keys = tuple(sorted(vector, key=lambda w: (-vector[w], w))[:STORY_KEYS])
    return Features(vector, _vector(names, rarity), _vector(title_words, rarity), _vector(numbers, lambda w: 1.0), keys)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b[w] for w, x in a.items() if w in b)  # a word b lacks adds 0.0: leaving it out changes no bit


__all__ = ["Features", "cosine", "features", "rarity"]
