"""The same quote across outlets: one group per utterance, with every outlet's wording and its changes.

Two quotes are the same utterance when most of the shorter one's words appear, in order, in the
longer one (after case, British/American spelling and quote marks are set aside), in a run long
enough that a few shared words ("the United States and NATO") never suffice. A group's reference
wording is the one most outlets carry; every other variant lists its word-level changes against it:
`responses → replies`, `organisation → organization (spelling)`, `wrong, and → wrong and`,
`truncated: … and we will not rest until we do`.

>>> from newsweave.model import Quote
>>> a = Quote("a", "Our main concerns were ignored by them", 0, 38, "Ada Lunde", 40, 49, "said", True)
>>> b = Quote("b", "Our principal concerns were ignored by them", 5, 48, "Lunde", 50, 55, "said", True)
>>> [g.variants[1].changes for g in merge_quotes([a, b])]
[('main → principal',)]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from newsweave.model import Article, Quote, QuoteGroup, QuoteVariant

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
TRUNCATED = 0.85
REWORDED = 0.6
MIN_SHARED = 4
MIN_RUN = 3


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


def part_of_none(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes that are not part of a longer quote of the same article and speaker: a phrase
    quoted inside reported speech (`accused the port of ignoring its "safety rules"`) is part of
    that statement, not a statement of its own.

    >>> from newsweave.model import Quote
    >>> outer = Quote("a", 'the port was ignoring its "safety rules"', 10, 50, "Ada Lunde", None, None, "said", False)
    >>> inner = Quote("a", "safety rules", 36, 48, "Ada Lunde", None, None, None, True)
    >>> [q.text for q in part_of_none([outer, inner])]
    ['the port was ignoring its "safety rules"']
    """
    def within(q: Quote, o: Quote) -> bool:
        return (o is not q and o.article == q.article and o.start <= q.start and q.end <= o.end
                and o.end - o.start > q.end - q.start and bool(o.speaker and q.speaker) and _same_person(o.speaker, q.speaker))

    return [q for q in quotes if not any(within(q, o) for o in quotes)]


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
    words = [_words(tokens(q.text)) for q in quotes]
    # longest first, so every group is built around its fullest wording
    ranked = sorted(range(len(quotes)), key=lambda i: (-len(words[i]), order.get(quotes[i].article, 0), quotes[i].start))
    groups: list[list[int]] = []
    for i in ranked:
        q = quotes[i]
        for g in groups:
            head = quotes[g[0]]
            if direct_and_indirect_apart and head.direct != q.direct:
                continue
            if q.article == head.article and (not q.direct or not _inside(q, head)):
                # one article repeats a statement only as parts of one long quote; nested reported clauses stay apart
                continue
            if q.speaker and head.speaker and not _same_person(q.speaker, head.speaker):
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
            groups.append([i])
    out = [_group([quotes[i] for i in g], order) for g in groups]
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


def _group(members: list[Quote], order: dict[str, int]) -> QuoteGroup:
    members = sorted(members, key=lambda q: (order.get(q.article, 0), q.start))
    counts = Counter(" ".join(_words(tokens(q.text))) for q in members)
    # the reference wording: the one most outlets carry, then a full (not truncated) one, then the earliest
    longest = max(len(_words(tokens(q.text))) for q in members)
    reference = min(members, key=lambda q: (-counts[" ".join(_words(tokens(q.text)))],
                                            len(_words(tokens(q.text))) < TRUNCATED * longest,
                                            order.get(q.article, 0), -len(q.text), q.start))
    variants = tuple(
        QuoteVariant(article=q.article, text=q.text, start=q.start, end=q.end, speaker=q.speaker,
                     changes=() if q is reference else tuple(changes(reference.text, q.text)))
        for q in [reference] + [m for m in members if m is not reference]
    )
    speakers = Counter(q.speaker for q in members if q.speaker)
    speaker = speakers.most_common(1)[0][0] if speakers else None
    if speaker:
        # the fullest form of the name the outlets agree on ("Vladimir Putin" over "Putin")
        same = [s for s in speakers if _same_person(s, speaker)]
        speaker = max(same, key=lambda s: (speakers[s] > 0 and len(s.split()), speakers[s]))
    sources = tuple(dict.fromkeys(q.article for q in members))
    return QuoteGroup(speaker=speaker, text=reference.text, direct=reference.direct, sources=sources, variants=variants)


def _same_person(a: str, b: str) -> bool:
    return a.split()[-1].lower() == b.split()[-1].lower()


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
            known = next((n for n in names if _same_person(v.speaker, n)), v.speaker)
            names.setdefault(known, set()).add(v.article)
    # outlets contradict each other when each names one speaker and not the other
    found = [n for n in names if any(names[n] - names[m] and names[m] - names[n] for m in names if m != n)]
    return tuple(found) if len(found) > 1 else ()


def _named(speaker: str) -> bool:
    """A speaker a reader could hold to the words: a name ("Ada Lunde", "Skerry Line"), not a description
    ("a spokesperson", "the statement", "both") nor a news agency credited for the story ("Associated Press")."""
    from newsweave.story.copies import AGENCY

    words = [w for w in speaker.split() if w.lower() not in NAME_PARTICLES and not w.lower().startswith("al-")]
    return bool(words) and all(w[:1].isupper() for w in words) and not AGENCY.fullmatch(speaker.strip())


# lower-case words inside names: "Ursula von der Leyen", "Lula da Silva", "Mohammed bin Salman"
NAME_PARTICLES = frozenset("of the and for de del della der den van von da das do dos du la le bin ibn ben al el".split())


def changes(reference: str, variant: str) -> list[str]:
    """Word-level changes that turn the reference wording into the variant.

    >>> changes("We will find out exactly what went wrong, and we will not rest", "will find out precisely what went wrong")
    ['truncated: We …', 'exactly → precisely', 'truncated: …, and we will not rest']
    """
    ra, va = tokens(reference), tokens(variant)
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
