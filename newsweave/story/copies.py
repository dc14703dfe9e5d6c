"""Who copied whom: duplicates, rewrites and partial reuse between articles, and the groups of
articles that share one origin (the story's independent sources).

Evidence per pair, read in the direction "how much of the derived text is found in its origin"
(the origin from a credit in the text, a news agency's byline, an earlier date or the more complete
text; without one, the direction that shows more reuse), sentence by sentence, as an editor
comparing a story with the wire copy would:

- `duplicate`: most of its word trigrams are the origin's (near-verbatim);
- `rewrite`: nearly every sentence has a counterpart in the origin (most of its content words,
  or most of their letters, are found there), whether copied or reworded;
- `partial`: a good part of the text lies in sentences whose ordinary words (not the names and
  numbers every report of the event shares) are found in the origin, the rest comes from
  elsewhere.

Between two outlets, a rewrite or a partial copy must also show copied wording (a run of shared
trigrams or a copied clause): independent reports of one event share names and much vocabulary,
and a false rewrite would merge two independent sources. Against agency copy (a news agency's
text, or a source the article credits) rewording alone suffices: rewriting the wire is what
newspapers do with it. An agency often sends several texts on one story (updates, sidebars, fact
files) and a paper draws on them together: an article is also judged against the texts of one
agency it draws on, read as one (only an agency's or a credited source's: never several outlets).

A story is small, so every pair is compared exactly; past `LSH_ABOVE` articles, MinHash LSH
(datasketch) proposes the candidate pairs first.

>>> from newsweave.model import Article
>>> a = Article(id="a", original="The ferry hit the tanker in the harbour on Monday morning, the harbour authority said.")
>>> b = Article(id="b", original="The ferry hit the tanker in the harbour on Monday morning, the harbour authority said on Tuesday.")
>>> [(r.a, r.b, r.relation) for r in copies([a, b])]
[('a', 'b', 'duplicate')]
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import NamedTuple

from newsweave.graph import UnionFind
from newsweave.lexicon.en import STOPWORDS_WITH_OBJECT_PRONOUNS, WIRE_AGENCY
from newsweave.model import Article, Citation, CopyRelation
from newsweave.params import (
    COPIED_CLAUSE, COPIED_TRIGRAMS, CREDITED_REWRITE, DUPLICATE, LETTERS, MORE_COMPLETE, MOSTLY_DERIVED, PARTIAL, REWRITE,
    SENTENCE_COPY, SENTENCE_MATCH,
)

WORD = re.compile(r"\w+(?:['’]\w+)*")
POSSESSIVE = re.compile(r"['’]s$")
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’']?\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")
LSH_ABOVE = 60

# quote_merge reads the agency pattern here until its split takes `en.WIRE_AGENCY` itself
AGENCY = WIRE_AGENCY


class SentenceWords(NamedTuple):
    """One sentence's evidence: its length in words, its content words, and its ordinary words (the
    content words it writes in lower case: not names, not numbers), all stemmed; and the letter
    n-grams of each (`letter_grams`), which meet an inflected or respelt word and keep some order."""

    words: int
    content: frozenset[str]
    ordinary: frozenset[str]
    content_letters: frozenset[str] = frozenset()
    ordinary_letters: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Fingerprint:
    article: str
    shingles: frozenset[str]  # word trigrams, each written as its three words joined by a space
    sentences: tuple[frozenset[str], ...]
    words: int
    vocabulary: frozenset[str] = frozenset()
    sentence_words: tuple[SentenceWords, ...] = ()
    letters: frozenset[str] = frozenset()


def fingerprint(article: Article, n: int = 3) -> Fingerprint:
    """Word n-grams of an article's (cleaned) body, whole and per sentence, its vocabulary (stems),
    the words of each sentence, and the letter n-grams of its content words."""
    text = article.body
    tokens = _tokens(text)
    sentences, sentence_words = [], []
    for sentence in SENTENCE_END.split(text):
        written = WORD.findall(sentence)
        words = [_stem(w.lower()) for w in written]
        if len(words) >= 5:
            sentences.append(frozenset(_ngrams(words, n)))
        content = frozenset(words) - STOPWORDS_WITH_OBJECT_PRONOUNS
        if content:
            ordinary = frozenset(_stem(w) for w in written if w.islower()) - STOPWORDS_WITH_OBJECT_PRONOUNS
            sentence_words.append(SentenceWords(len(words), content, ordinary, letter_grams(written),
                                                letter_grams([w for w in written if w.islower()])))
    return Fingerprint(article.id, frozenset(_ngrams(tokens, n)), tuple(sentences), len(tokens), frozenset(tokens),
                       tuple(sentence_words), letter_grams(WORD.findall(text)))


def fingerprints(articles: Sequence[Article]) -> dict[str, Fingerprint]:
    """The fingerprint of each article (by id); articles carrying one text word for word (a wire story run
    by many papers) share its n-grams, made once."""
    made: dict[str, Fingerprint] = {}
    out = {}
    for a in articles:
        known = made.get(a.body)
        out[a.id] = replace(known, article=a.id) if known else made.setdefault(a.body, fingerprint(a))
    return out


def combine(prints: Sequence[Fingerprint], article: str) -> Fingerprint:
    """One fingerprint for several texts read as one (an agency's versions of one story); no n-gram
    spans two texts."""
    return Fingerprint(
        article,
        frozenset().union(*(p.shingles for p in prints)),
        tuple(s for p in prints for s in p.sentences),
        sum(p.words for p in prints),
        frozenset().union(*(p.vocabulary for p in prints)),
        tuple(s for p in prints for s in p.sentence_words),
        frozenset().union(*(p.letters for p in prints)),
    )


def letter_grams(written: Sequence[str], n: int = LETTERS) -> frozenset[str]:
    """The letter n-grams of the content words, lower-cased and without a possessive, joined in order
    by one space ("rescued crews" meets "rescue crew"; "Saltmere's" meets "Saltmere")."""
    words = [w for w in map(_without_possessive, written) if w not in STOPWORDS_WITH_OBJECT_PRONOUNS]
    text = " ".join(words)
    # interned: one story's articles share most of their n-grams, so each is kept once in memory
    return frozenset(sys.intern(text[i: i + n]) for i in range(len(text) - n + 1)) if text else frozenset()


@functools.lru_cache(maxsize=1 << 16)
def _without_possessive(word: str) -> str:
    return POSSESSIVE.sub("", word.lower())


def _tokens(text: str) -> list[str]:
    return [_stem(t.lower()) for t in WORD.findall(text)]


@functools.lru_cache(maxsize=1 << 16)  # a story's words repeat: each is stemmed once
def _stem(word: str) -> str:
    # crude suffix stripping: "collided"/"collides", "rescuers"/"rescuer" meet; enough for containment
    # (Porter and Snowball stemmers measured no better on METER, see benchmarks/copies.py). A possessive
    # or "is" goes ("BBC's"/"BBC", "it's"/"it"), and a consonant doubled before -ed/-ing is undone
    # ("banned"/"ban", "admitted"/"admit")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
                stem = stem[:-1]
            return stem
    return word


def _ngrams(tokens: list[str], n: int):
    return (sys.intern(" ".join(tokens[i: i + n])) for i in range(len(tokens) - n + 1))


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Share of a's trigrams found in b."""
    return len(a.shingles & b.shingles) / len(a.shingles) if a.shingles else 0.0


def word_containment(a: Fingerprint, b: Fingerprint, content: bool = False) -> float:
    """Share of a's distinct words (or content words only) found in b."""
    words = a.vocabulary - STOPWORDS_WITH_OBJECT_PRONOUNS if content else a.vocabulary
    return len(words & b.vocabulary) / len(words) if words else 0.0


def copied_sentences(a: Fingerprint, b: Fingerprint, threshold: float = SENTENCE_COPY, least: int = 1) -> int:
    """How many of a's sentences have at least `threshold` of their trigrams, and `least` trigrams, in b."""
    return sum(1 for s in a.sentences if s and (shared := len(s & b.shingles)) >= least and shared / len(s) >= threshold)


def supported_share(a: Fingerprint, b: Fingerprint, ordinary: bool = False, match: float = SENTENCE_MATCH,
                    letters: bool = False) -> float:
    """Share of a's words that lie in sentences with a counterpart in b: sentences with at least
    `match` of their content words (of their ordinary words, when `ordinary`), or, with `letters`,
    of those words' letter n-grams, found in b.

    >>> from newsweave.model import Article
    >>> wire = fingerprint(Article(id="w", original="The mayor said the river burst its banks at night."))
    >>> paper = fingerprint(Article(id="p", original="At night the river burst its banks, said the mayor. Bakers gave out free bread."))
    >>> round(supported_share(paper, wire), 2)
    0.67
    """
    total = found = 0
    for sentence in a.sentence_words:
        words, grams = (sentence.ordinary, sentence.ordinary_letters) if ordinary else (sentence.content, sentence.content_letters)
        total += sentence.words
        if words and len(words & b.vocabulary) >= match * len(words) or letters and grams and len(grams & b.letters) >= match * len(grams):
            found += sentence.words
    return found / total if total else 0.0


def copied_wording(derived: Fingerprint, origin: Fingerprint) -> bool:
    """Whether `derived` shares wording with `origin`, not only names and vocabulary: enough shared
    trigrams, or one copied clause."""
    return (containment(derived, origin) >= COPIED_TRIGRAMS
            or copied_sentences(derived, origin, least=COPIED_CLAUSE) >= 1)


def derived_relation(derived: Fingerprint, origin: Fingerprint, credited: bool = False, agency: bool = False, *,
                     match: float = SENTENCE_MATCH, rewrite: float = REWRITE,
                     partial: float = PARTIAL) -> tuple[str | None, float]:
    """How much of `derived` comes from `origin`: the relation and its score (the share that decided).
    `credited` when `derived` names `origin` as its source; `agency` when `origin` is agency copy.
    Without either, a rewrite or a partial copy must also show copied wording."""
    verbatim = containment(derived, origin)
    if verbatim >= DUPLICATE:
        return "duplicate", verbatim
    # names and places shared by independent reports of one event raise every overlap; copied
    # wording is what tells reuse, unless the origin is known to be the text's source
    wording = agency or credited or copied_wording(derived, origin)
    # against a known source a sentence may also be met in other forms of its words (agency copy is
    # reworded and inflected anew); between two outlets the words themselves must meet: letters shared
    # by the names and vocabulary of one event would make independent reports look alike
    letters = agency or credited
    covered = supported_share(derived, origin, match=match, letters=letters)
    if covered >= rewrite and wording:
        return "rewrite", covered
    if credited and (words := word_containment(derived, origin)) >= CREDITED_REWRITE:
        return "rewrite", words
    reworded = supported_share(derived, origin, ordinary=True, match=match, letters=letters)
    if reworded >= partial and wording:
        return "partial", reworded
    return None, covered


STRENGTH = {"duplicate": 0, "rewrite": 1, "partial": 2, None: 3}


def relate(a: Fingerprint, b: Fingerprint, origin: str | None = None, credited: bool = False,
           agency: bool = False) -> tuple[str | None, float]:
    """The relation between two texts and its score, judged on the derived text's containment in its
    origin; when the origin is unknown, on the direction that shows more reuse."""
    if origin == a.article:
        return derived_relation(b, a, credited, agency)
    if origin == b.article:
        return derived_relation(a, b, credited, agency)
    return min(derived_relation(a, b), derived_relation(b, a), key=lambda found: (STRENGTH[found[0]], -found[1]))


def copies(articles: Sequence[Article]) -> list[CopyRelation]:
    """Every related pair of articles (of one story), strongest first, with the likely origin where the
    evidence says so.

    An article is also judged against the texts of one agency it draws on, read together (an agency
    sends several texts on one story: updates, sidebars, fact files); when that shows more reuse than
    any one text, the relation is reported with the text it shares most with, and the reason says so.
    """
    prints = fingerprints(articles)
    by_id = {a.id: a for a in articles}
    found: dict[frozenset[str], CopyRelation] = {}
    neighbours: dict[str, set[str]] = {a.id: set() for a in articles}
    for x, y in _candidate_pairs(articles, prints):
        neighbours[x].add(y)
        neighbours[y].add(x)
        origin, reason = likely_origin(by_id[x], by_id[y], prints[x], prints[y])
        credited = bool(reason and " credits " in reason)
        agency = bool(reason and reason.endswith(" is a news agency"))
        relation, score = relate(prints[x], prints[y], origin, credited, agency)
        if relation is not None:
            found[frozenset((x, y))] = CopyRelation(x, y, relation, round(score, 3), origin, reason)
    for relation in list(_against_agency_texts(articles, prints, neighbours)):
        known = found.get(pair := frozenset((relation.a, relation.b)))
        if known is None or (STRENGTH[relation.relation], -relation.score) < (STRENGTH[known.relation], -known.score):
            a, b = (known.a, known.b) if known else (relation.a, relation.b)
            found[pair] = CopyRelation(a, b, relation.relation, relation.score, relation.origin, relation.reason)
    return sorted(found.values(), key=lambda r: (STRENGTH[r.relation], -r.score, r.a, r.b))


def _against_agency_texts(articles: Sequence[Article], prints: dict[str, Fingerprint], neighbours: dict[str, set[str]]):
    """Each article against the texts of one source that it draws on, read together: two or more texts
    with one source, an agency's or one the article credits (never a union of outlets: that would
    merge independent sources), each holding the counterpart of at least one of the article's
    sentences (a text of another story rarely does: a counterpart shares the sentence's names)."""
    by_source: dict[str, list[Article]] = {}
    for a in articles:
        if a.source:
            by_source.setdefault(a.source.casefold(), []).append(a)
    for name, texts in by_source.items():
        if len(texts) < 2:
            continue
        source = texts[0].source
        agency = WIRE_AGENCY.search(source) is not None
        for derived in articles:
            # only articles compared with two of the texts (all of them in a story; LSH's candidates past LSH_ABOVE)
            if sum(derived.id in neighbours[t.id] for t in texts) < 2 or (derived.source or "").casefold() == name:
                continue
            credited = credits(derived.body, source)
            if not (agency or credited):
                continue
            derived_print = prints[derived.id]
            drawn = [t for t in texts if derived.id in neighbours[t.id] and supported_share(derived_print, prints[t.id], letters=True) > 0]
            if len(drawn) < 2:
                continue
            relation, score = derived_relation(derived_print, combine([prints[t.id] for t in drawn], f"{source} texts"),
                                               credited, agency=True)
            if relation is None:
                continue
            closest = max(drawn, key=lambda t: word_containment(derived_print, prints[t.id], content=True))
            why = f"{derived.id} credits {source}" if credited else f"{source} is a news agency"
            yield CopyRelation(derived.id, closest.id, relation, round(score, 3), closest.id,
                               f"{why}; judged against {len(drawn)} of its texts together")


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
        m.update_batch([shingle.encode("utf-8") for shingle in prints[i].shingles])
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
        if first.source and second.body and credits(second.body, first.source) and not credits(first.body, first.source):
            return first.id, f"{second.id} credits {first.source}"
    wire = [x for x in (a, b) if x.source and WIRE_AGENCY.search(x.source)]
    if len(wire) == 1:
        return wire[0].id, f"{wire[0].source} is a news agency"
    if a.published and b.published and a.published != b.published:
        first = a if a.published < b.published else b
        return first.id, "published earlier"
    ca, cb = containment(fa, fb), containment(fb, fa)
    if abs(ca - cb) >= MORE_COMPLETE:
        # the text mostly contained in the other is the derived one
        return (b.id, "more complete text") if ca > cb else (a.id, "more complete text")
    return None, None


def credits(text: str, source: str) -> bool:
    """Whether `text` names `source` as its source: "(Source)", "(Paper / Source)", "according to Source",
    "Source reported"."""
    name = re.escape(source)
    return re.search(rf"\(\s*(?:[^()]*/\s*)?{name}\s*\)|according to (?:the )?{name}|{name} (?:reported|reports|said)", text, re.I) is not None


def origin_groups(articles: Sequence[Article], relations: Sequence[CopyRelation],
                  citations: Sequence[Citation] = ()) -> dict[str, int]:
    """Articles that share one origin get one group number; the number of groups is the story's
    number of independent sources. One origin (transitively): a duplicate or a rewrite; a partial copy
    that is MOSTLY_DERIVED the other's text (the wire story with a line of the paper's own); passages
    shared by two articles that both credit the same agency (the passages are the agency's); and the
    articles of one outlet or agency (one newsroom is one source, however many texts it sends).

    >>> from newsweave.model import Article, Citation, CopyRelation
    >>> arts = [Article(id=i, original="x") for i in "abc"]
    >>> origin_groups(arts, [CopyRelation("a", "b", "partial", 0.3)], [Citation("Bay Wire", "agency", ("a", "b"), ())])
    {'a': 0, 'b': 0, 'c': 1}
    >>> origin_groups(arts, [CopyRelation("a", "c", "partial", 0.9)])
    {'a': 0, 'b': 1, 'c': 0}
    """
    one_origin = UnionFind(a.id for a in articles)
    newsroom: dict[str, str] = {}
    agencies = [set(c.articles) for c in citations if c.kind == "agency"]
    for r in relations:
        if r.a not in one_origin or r.b not in one_origin:
            continue
        mostly = r.relation == "partial" and r.score >= MOSTLY_DERIVED
        if r.relation in ("duplicate", "rewrite") or mostly or any({r.a, r.b} <= cited for cited in agencies):
            one_origin.union(r.a, r.b)
    for a in articles:
        if a.source:
            one_origin.union(a.id, newsroom.setdefault(a.source.casefold(), a.id))
    # groups are numbered in the order of their first article
    number = {member: n for n, group in enumerate(one_origin.groups()) for member in group}
    return {a.id: number[a.id] for a in articles}
