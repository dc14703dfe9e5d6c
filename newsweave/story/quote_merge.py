"""The same quote across outlets: one group per utterance, with every outlet's wording and its changes.

Two quotes are the same utterance when most of the shorter one's words appear, in order, in the
longer one (after case, British/American spelling and quote marks are set aside), in a run long
enough that a few shared words ("the United States and NATO") never suffice. A group's reference
wording is the one most outlets carry; every other variant lists its word-level changes against it:
`responses → replies`, `organisation → organization (spelling)`, `wrong, and → wrong and`,
`truncated: … and we will not rest until we do`. A quote an outlet gave in parts broken by its
attribution (`"Q1," Lunde said. "Q2."`) is one record of the quotes stage, so one variant: its `text`
the parts joined with " … ", spanning from the first part's start to the last part's end, each part's
span in `parts`; wordings are compared on the parts' words alone.

>>> from newsweave.model import Quote
>>> a = Quote("a", "Our main concerns were ignored by them", 0, 38, "Ada Lunde", 40, 49, "said", True)
>>> b = Quote("b", "Our principal concerns were ignored by them", 5, 48, "Lunde", 50, 55, "said", True)
>>> [g.variants[1].changes for g in merge_quotes([a, b])]
[('main → principal',)]
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from newsweave.lexicon.en import NAME_SMALL_WORDS
from newsweave.model import Article, Quote, QuoteGroup, QuoteVariant
from newsweave.params import MIN_RUN, MIN_SHARED, REWORDED, TRUNCATED
from newsweave.story.names import same_surname

TOKEN = re.compile(r"\w+(?:[’'‘]\w+)*|[^\w\s]")
# British spellings and their American forms, enough to see "organisation" and "organization" as one word
SPELLING = [
    (re.compile(r"(\w{3,})is(e|ed|es|ing|ation|ations)$"), r"\1iz\2"),
    (re.compile(r"(\w{3,})ys(e|ed|es|ing)$"), r"\1yz\2"),
    (re.compile(r"(\w{2,})our(s|ed|ing|able|ite|ites)?$"), r"\1or\2"),
    (re.compile(r"(\w{2,})tre(s)?$"), r"\1ter\2"),
    (re.compile(r"(\w{2,})ence$"), r"\1ense"),
    (re.compile(r"(\w{2,})ogue(s)?$"), r"\1og\2"),
    (re.compile(r"(\w{2,})lled$"), r"\1led"),
    (re.compile(r"(\w{2,})lling$"), r"\1ling"),
]
INNER_MARKS = frozenset("'‘’\"“”")


@functools.lru_cache(maxsize=1 << 16)  # a story's quotes repeat their words: each is spelt out once
def normal(token: str) -> str:
    """A token as compared across outlets: lower case, straight apostrophes, American spelling."""
    t = token.lower().replace("’", "'").replace("‘", "'")
    if len(t) > 5 and t.isalpha():
        for pattern, repl in SPELLING:
            t2 = pattern.sub(repl, t)
            if t2 != t:
                return t2
    return t


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def _words(toks: list[str]) -> list[str]:
    return [normal(t) for t in toks if t[0].isalnum()]


def same_utterance(a: str, b: str, truncation: bool = True) -> bool:
    """True when two wordings are the same quote (possibly truncated or reworded), not two statements sharing words.

    >>> same_utterance("We will find out exactly what went wrong", "will find out exactly what went wrong")
    True
    >>> same_utterance("The United States and NATO ignored us", "The United States and NATO sent more troops east")
    False
    """
    return _same_words(_words(tokens(a)), _words(tokens(b)), truncation)


def _same_words(wa: list[str], wb: list[str], truncation: bool = True) -> bool:
    if not wa or not wb:
        return False
    if wa == wb:
        return True  # one wording, as a copied article gives it
    if len(set(wa) & set(wb)) < min(MIN_SHARED, len(wa), len(wb)):
        return False  # cheap rejection: most pairs of a story share almost no words
    short = min(len(wa), len(wb))
    if short < MIN_SHARED:
        return wa == wb
    long = max(len(wa), len(wb))
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    blocks = matcher.get_matching_blocks()
    shared = sum(b.size for b in blocks)
    longest = max(b.size for b in blocks)
    if shared < MIN_SHARED or longest < min(MIN_RUN, short):
        return False
    # a truncated quote: nearly all of the shorter wording is in the longer one
    if truncation and shared >= TRUNCATED * short:
        return True
    # a reworded quote: most words of both wordings are shared
    return shared >= REWORDED * long


class _Heads:
    """The groups a quote may belong to, found without comparing it with every group: the groups whose
    head could pass `_same_words` with it. Quotes come longest first, so a head is at least as long as
    the quote, and they must share at least t = max(MIN_SHARED, min(TRUNCATED, REWORDED) * its length)
    words (counted with repeats, as `_same_words` counts them); then one of the quote's |words| - t + 1
    rarest words is among the head's (the prefix filter of set-similarity joins). A wording shorter
    than MIN_SHARED words matches only itself."""

    def __init__(self, words: Sequence[list[str]]):
        self.tokens = [_numbered(ws) for ws in words]
        frequency = Counter(t for ts in self.tokens for t in ts)
        self.rank = {t: (n, t) for t, n in frequency.items()}
        self.words = words
        self.sets = [frozenset(ts) for ts in self.tokens]
        self.exact: dict[tuple[str, ...], list[int]] = {}
        self.postings: dict[tuple[str, int], list[int]] = {}
        self.heads: list[int] = []  # the quote heading each group

    def candidates(self, i: int) -> list[int]:
        """Numbers of the groups whose head may be the same utterance as quote i, in order."""
        n = len(self.words[i])
        if n < MIN_SHARED:
            return self.exact.get(tuple(self.words[i]), [])
        least = max(MIN_SHARED, math.ceil(min(TRUNCATED, REWORDED) * n - 1e-9))
        rarest = sorted(self.tokens[i], key=self.rank.__getitem__)[:max(n - least + 1, 0)]
        found = {k for t in rarest for k in self.postings.get(t, ())}
        # with a head of L words the two must share min(TRUNCATED * n, REWORDED * L): more than `least` for a long head
        return sorted(k for k in found if len(self.sets[i] & self.sets[self.heads[k]]) >= max(
            MIN_SHARED, math.ceil(min(TRUNCATED * n, REWORDED * len(self.words[self.heads[k]])) - 1e-9)))

    def add(self, i: int, group: int) -> None:
        """Quote i heads group number `group`."""
        self.heads.append(i)
        if len(self.words[i]) < MIN_SHARED:
            self.exact.setdefault(tuple(self.words[i]), []).append(group)
            return
        for t in self.tokens[i]:
            self.postings.setdefault(t, []).append(group)


def _numbered(words: list[str]) -> list[tuple[str, int]]:
    """Each word with how many times it came before: ("we", 0), ("will", 0), ("we", 1)."""
    seen: Counter = Counter()
    out = []
    for w in words:
        out.append((w, seen[w]))
        seen[w] += 1
    return out


def part_of_none(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes that are not an "according to" relaying another speaker's words ("According to Bay
    Wire, the council said that ..."): the words are the council's, and the quote of the council's own
    verb carries them. (Quoted words inside reported speech are already part of its one record.)

    >>> from newsweave.model import Quote
    >>> relay = Quote("a", "the council said the ferries run", 20, 52, "Bay Wire", 13, 21, "according to", False)
    >>> council = Quote("a", "the ferries run", 37, 52, "council", 24, 31, "said", False)
    >>> [q.speaker for q in part_of_none([relay, council])]
    ['council']
    """
    def relays(q: Quote, o: Quote) -> bool:
        # o's speaker is named inside q's words and o's words are inside them too: q relays o
        return (q.cue == "according to" and o is not q and o.article == q.article and o.speaker_start is not None
                and q.start <= o.speaker_start and o.speaker_end <= q.end and q.start <= o.start and o.end <= q.end)

    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        by_article.setdefault(q.article, []).append(q)
    return [q for q in quotes if not (q.cue == "according to" and any(relays(q, o) for o in by_article[q.article]))]


def merge_quotes(quotes: Iterable[Quote], articles: Sequence[Article] = (), *, direct_and_indirect_apart: bool = True) -> list[QuoteGroup]:
    """Group the quotes of a story by utterance; each group's variants carry their changes against the reference.

    `articles` (optional) orders sources by publication date. Variants keep their own speaker, so a
    group whose outlets name different speakers is visible (`conflicting_speakers`).

    >>> from newsweave.model import Quote
    >>> q = lambda art, text, at=0: Quote(art, text, at, at + len(text), "Ada Lunde", None, None, "said", True)
    >>> [len(g.variants) for g in merge_quotes([q("a", "We will rebuild the pier by May"), q("b", "We will rebuild the pier by May."), q("b", "Ferries run again", 40)])]
    [2, 1]
    """
    quotes = part_of_none(list(quotes))
    order = _article_order(quotes, articles)
    words = [_words(tokens(q.spoken())) for q in quotes]
    # longest first, so every group is built around its fullest wording
    ranked = sorted(range(len(quotes)), key=lambda i: (-len(words[i]), order.get(quotes[i].article, 0), quotes[i].start))
    groups: list[list[int]] = []
    heads = _Heads(words)
    for i in ranked:
        q = quotes[i]
        for g in (groups[k] for k in heads.candidates(i)):
            head = quotes[g[0]]
            if direct_and_indirect_apart and head.direct != q.direct:
                continue
            if q.article == head.article and (not q.direct or not _inside(q, head)):
                # one article repeats a statement only as parts of one long quote; nested reported clauses stay apart
                continue
            if q.speaker and head.speaker and not same_surname(q.speaker, head.speaker):
                # a clause inside another speaker's statement ("X said Y had said ...") is not the same quote,
                # but one quote given to two speakers by two outlets is (and is flagged)
                if _same_words(words[g[0]], words[i], truncation=False):
                    g.append(i)
                    break
                continue
            if _same_words(words[g[0]], words[i]):
                g.append(i)
                break
        else:
            heads.add(i, len(groups))
            groups.append([i])
    out = [_group([quotes[i] for i in g], order, [words[i] for i in g]) for g in groups]
    first = {id(g): min((order.get(v.article, 0), v.start) for v in g.variants) for g in out}
    out.sort(key=lambda g: first[id(g)])
    return out


def _inside(a: Quote, b: Quote) -> bool:
    return b.start <= a.start and a.end <= b.end


def _article_order(quotes: list[Quote], articles: Sequence[Article]) -> dict[str, int]:
    if articles:
        ranked = sorted(range(len(articles)), key=lambda i: (articles[i].published is None, articles[i].published or 0, i))
        return {articles[i].id: rank for rank, i in enumerate(ranked)}
    return {a: i for i, a in enumerate(dict.fromkeys(q.article for q in quotes))}


def _group(members: list[Quote], order: dict[str, int], said: list[list[str]]) -> QuoteGroup:
    """One utterance's group; `said` are the members' words (`_words`), in the members' order."""
    words = {id(q): w for q, w in zip(members, said)}
    wordings = sorted(members, key=lambda q: (order.get(q.article, 0), q.start))
    counts = Counter(" ".join(w) for w in words.values())
    # the reference wording: the one most outlets carry, then a full (not truncated) one, then one quoted
    # whole rather than in parts, then the earliest
    longest = max(len(w) for w in words.values())
    reference = min(wordings, key=lambda w: (-counts[" ".join(words[id(w)])], len(words[id(w)]) < TRUNCATED * longest,
                                             _in_parts(w), order.get(w.article, 0), -len(w.text), w.start))
    variants = tuple(
        QuoteVariant(article=w.article, text=w.text, start=w.start, end=w.end, speaker=w.speaker,
                     changes=() if w is reference else tuple(changes(reference.spoken(), w.spoken(), joints=_joints(w))),
                     parts=w.parts if _in_parts(w) else (), cue=w.cue)
        for w in [reference] + [m for m in wordings if m is not reference]
    )
    speakers = Counter(w.speaker for w in wordings if w.speaker)
    speaker = speakers.most_common(1)[0][0] if speakers else None
    if speaker:
        # the fullest form of the name the outlets agree on ("Vladimir Putin" over "Putin")
        same = [s for s in speakers if same_surname(s, speaker)]
        speaker = max(same, key=lambda s: (speakers[s] > 0 and len(s.split()), speakers[s]))
    sources = tuple(dict.fromkeys(w.article for w in wordings))
    return QuoteGroup(speaker=speaker, text=reference.text, direct=reference.direct, sources=sources, variants=variants,
                      mixed=reference.mixed)


def _in_parts(quote: Quote) -> bool:
    return quote.direct and len(quote.parts) > 1


def _joints(quote: Quote) -> tuple[int, ...]:
    """Where in `quote.spoken()` each part after the first begins."""
    at, out = 0, []
    for p in quote.parts[:-1] if _in_parts(quote) else ():
        at += len(p.text) + 1
        out.append(at)
    return tuple(out)


def agreed_speaker(group: QuoteGroup) -> str | None:
    """The speaker most of the outlets carrying a quote name, when two or more do and no other is
    named as often: the group's speaker, in its fullest form.

    >>> from newsweave.model import QuoteVariant as V
    >>> g = QuoteGroup("Ilse Varga", "...", True, ("a", "b", "c"), (V("a", "...", 0, 3, "Varga"), V("b", "...", 0, 3, "Ilse Varga"), V("c", "...", 0, 3, "harbour")))
    >>> agreed_speaker(g), agreed_speaker(QuoteGroup("Ilse Varga", "...", True, ("a",), g.variants[:1]))
    ('Ilse Varga', None)
    """
    if not group.speaker:
        return None
    votes = Counter()
    for v in group.variants:
        if v.speaker:
            votes[next((s for s in votes if same_surname(s, v.speaker)), v.speaker)] += 1
    top = [s for s, n in votes.items() if n == max(votes.values())]
    if len(top) == 1 and votes[top[0]] >= 2 and same_surname(top[0], group.speaker):
        return group.speaker
    return None


def conflicting_speakers(group: QuoteGroup) -> tuple[str, ...]:
    """The different speakers a group's outlets name for the same quote (empty when they agree).

    >>> from newsweave.model import QuoteGroup, QuoteVariant
    >>> g = QuoteGroup("Ada Lunde", "x", True, ("a", "b"), (QuoteVariant("a", "x", 0, 1, "Ada Lunde"), QuoteVariant("b", "x", 0, 1, "Lunde")))
    >>> conflicting_speakers(g)
    ()
    """
    names: dict[str, set[str]] = {}
    for v in group.variants:
        if v.speaker and _named(v.speaker):
            known = next((n for n in names if same_surname(v.speaker, n)), v.speaker)
            names.setdefault(known, set()).add(v.article)
    # outlets contradict each other when each names one speaker and not the other
    found = [n for n in names if any(names[n] - names[m] and names[m] - names[n] for m in names if m != n)]
    return tuple(found) if len(found) > 1 else ()


def _named(speaker: str) -> bool:
    """A speaker a reader could hold to the words: a name ("Ada Lunde", "Skerry Line"), not a description
    ("a spokesperson", "the statement", "both") nor a news agency credited for the story ("Associated Press")."""
    from newsweave.story.copies import AGENCY

    words = [w for w in speaker.split() if w.lower() not in NAME_SMALL_WORDS and not w.lower().startswith("al-")]
    return bool(words) and all(w[:1].isupper() for w in words) and not AGENCY.fullmatch(speaker.strip())


def changes(reference: str, variant: str, joints: Sequence[int] = ()) -> list[str]:
    """Word-level changes that turn the reference wording into the variant.

    `joints` are the positions in `variant` where a part of a quote given in parts begins: the
    punctuation an outlet ends a part with (or leaves out there) is its sentence's, not the quote's.

    >>> changes("We will find out exactly what went wrong, and we will not rest", "will find out precisely what went wrong")
    ['truncated: We …', 'exactly → precisely', 'truncated: …, and we will not rest']
    >>> changes("The pier will close. Ferries will use the north quay", "The pier will close Ferries will use the north quay", joints=[20])
    []
    >>> changes("We thank 'Sea Wren,' the crew and the town", "We thank Sea Wren, the crew and the town")
    []
    >>> changes("Rest well, captain \U0001F64F\U0001F3FD we miss you", "Rest well, captain ---- we miss you")
    []
    """
    ra, va = tokens(reference), tokens(variant)
    joint_tokens = set()
    if joints:
        starts = [m.start() for m in TOKEN.finditer(variant)]
        joint_tokens = {sum(1 for s in starts if s < j) for j in joints}
    na, nv = [t.lower().replace("’", "'") for t in ra], [t.lower().replace("’", "'") for t in va]
    # ignore a trailing full stop or comma: outlets end a quote as their sentence needs
    out = []
    ops = SequenceMatcher(None, na, nv, autojunk=False).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            continue
        old, new = _join(ra[i1:i2]), _join(va[j1:j2])
        first, last = n == 0, n == len(ops) - 1
        if op == "delete" and (first or last) and _has_words(ra[i1:i2]):
            out.append(f"truncated: {old} …" if first else f"truncated: …{'' if old[:1] in ',.;:' else ' '}{old}")
            continue
        if op == "insert" and (first or last) and _has_words(va[j1:j2]):
            out.append(f"extended: {new} …" if first else f"extended: … {new}")
            continue
        if not _has_words(ra[i1:i2]) and not _has_words(va[j1:j2]):
            if (first or last) and all(t in ".,;:" for t in ra[i1:i2] + va[j1:j2]):
                continue
            if all(t in INNER_MARKS for t in ra[i1:i2] + va[j1:j2]):
                continue  # a title in quote marks or not ('Sea Wren' / Sea Wren): house style, not wording
            if all(_symbol(t) for t in ra[i1:i2] + va[j1:j2]):
                continue  # an emoji kept, dropped or turned into dashes by a feed: not the speaker's words
            if any(j1 <= j <= j2 for j in joint_tokens):
                continue
            # punctuation: show it with the words around it
            before = ra[i1 - 1] if i1 > 0 else ""
            after = ra[i2] if i2 < len(ra) else ""
            out.append(f"{_join([before] + ra[i1:i2] + [after]).strip()} → {_join([before] + va[j1:j2] + [after]).strip()}")
            continue
        if op == "replace":
            if _words(ra[i1:i2]) == _words(va[j1:j2]):
                out.append(f"{old} → {new} (spelling)")
            else:
                out.append(f"{old} → {new}")
        elif op == "delete":
            out.append(f"omitted: {old}")
        else:
            out.append(f"added: {new}")
    return out


def _symbol(token: str) -> bool:
    """An emoji, its skin-tone modifier or a dash: marks a feed may keep, drop or mangle."""
    return token == "-" or all(unicodedata.category(c).startswith("S") or c == "\ufe0f" for c in token)


def _has_words(toks: list[str]) -> bool:
    return any(t[0].isalnum() for t in toks)


def _join(toks: list[str]) -> str:
    text = ""
    for t in toks:
        if not t:
            continue
        if text and (t[0].isalnum() or t in "(“‘[") and not text.endswith(("(", "“", "‘", "[")):
            text += " "
        text += t
    return text


__all__ = ["merge_quotes", "same_utterance", "changes", "conflicting_speakers"]
