"""Where the story came from: the agencies, outlets, governments and officials the articles cite.

A citation is found where an article credits a source: a wire credit in a dateline ("SALTMERE
(Northline Wire) -"), "according to X", "X reported", "X quoted Y as saying", and every reported
or direct quote whose speaker is an institution or an unnamed official ("the ministry said", "a
port authority official said"). Named people are speakers, not cited sources (the `quotes`
section lists them). Mentions of one source are merged ("the ministry", "The Ministry of Maritime
Affairs"), and each citation keeps every citing article and the span of every citing phrase.

>>> from newsweave.model import Article
>>> [(c.cited, c.kind) for c in citations([Article(id="a", original="The port will reopen, according to Reuters.")])]
[('Reuters', 'agency')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from newsweave.lexicon.en import (
    AGENCIES, AGENCY_WORDS, CAPITALS, COMPANY_WORDS, GENERIC_COMPANIES, GENERIC_ORGANISATIONS, GOVERNMENT_WORDS, NAME_PARTICLES,
    OFFICIAL_QUALIFIERS, OFFICIAL_WORDS, OUTLET_WORDS, PERSONAL_PRONOUNS, RELAYED_IN, RELAYING_CUES, SOURCE_DETERMINERS,
)
from newsweave.model import Analysis, Article, Citation, Evidence, Quote
from newsweave.nlp import analysed, ents_of

# "PORTVILLE (Coast Times / Bay Wire - 08th May, 2030)", "SALTMERE (Northline Wire) -"
CREDIT = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\(([^)\n]{2,120})\)(?:\s*[-–—]+)?", re.M)


def citations(articles: Sequence[Article], quotes: Iterable[Quote] | None = None,
              told: Sequence[Analysis] | None = None) -> list[Citation]:
    """The sources the articles cite, each with its kind, the citing articles and the citing phrases.

    `quotes` are the story's quotes when already found (`newsweave.story.quotes.quotes`); otherwise
    they are found here; `told`, the articles' analyses when already made (`newsweave.nlp.analysed`).
    Kinds: agency, outlet, government, official, other.

    >>> from newsweave.model import Article
    >>> [c.cited for c in citations([Article(id="a", original="Ferries are cancelled, the ministry said. Saltmere Radio reported that delays were likely.")])]
    ['Saltmere Radio', 'ministry']
    """
    from newsweave.story.quotes import quotes as find_all_quotes

    articles = list(articles)
    quotes = list(quotes) if quotes is not None else find_all_quotes(articles)
    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        by_article.setdefault(q.article, []).append(q)
    found: list[tuple[str, str, Evidence, int]] = []  # (name, kind, evidence, position)
    for article, doc, _ in told if told is not None else analysed(articles):
        found.extend(_credits(article))
        found.extend(_quoting(article, doc))
        for q in by_article.get(article.id, []):
            item = _from_quote(article, doc, q)
            if item is not None:
                found.append(item)
    return _merge(found, articles)


def _credits(article: Article) -> list[tuple[str, str, Evidence, int]]:
    """Wire credits in a dateline: every credited name but the article's own outlet."""
    out = []
    text = article.body
    for m in CREDIT.finditer(text):
        for part in re.split(r"\s*/\s*", m.group(1)):
            name = re.split(r"\s+[-–—]\s+|,", part)[0].strip()
            if not name or any(ch.isdigit() for ch in name) or _same_name(name, article.source or ""):
                continue
            ev = article.evidence(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end())
            out.append((name, _kind(name, "agency"), ev, m.start()))
    return out


def _quoting(article: Article, doc) -> list[tuple[str, str, Evidence, int]]:
    """"Bay Wire quoted Lunde as saying", "a report by news agency Bay Wire": the source that relays a speaker."""
    out = []
    for t in doc:
        if t.lemma_ in ("quote", "cite") and t.pos_ == "VERB":
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in PERSONAL_PRONOUNS and subj.ent_type_ != "PERSON":
                start = subj.left_edge.i
                name = _name_of(doc, start, subj.i + 1)
                ev = article.evidence(doc[start].idx, t.idx + len(t.text))
                out.append((name, _kind(name, "outlet"), ev, doc[start].idx))
        if t.lower_ in RELAYED_IN and t.i + 2 < len(doc):
            by = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "in")), None)
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if obj is not None and obj.ent_type_ != "PERSON" and (obj.ent_type_ in ("ORG", "GPE") or obj.pos_ == "PROPN"):
                name = _name_of(doc, obj.left_edge.i, obj.i + 1)
                ev = article.evidence(t.idx, obj.idx + len(obj.text))
                out.append((name, _kind(name, "outlet"), ev, t.idx))
    return out


def _name_of(doc, start: int, end: int) -> str:
    """A source's name from its mention: the entity in it, else the phrase less its determiner."""
    span = doc[start:end]
    ents = [e for e in ents_of(doc) if e.start >= start and e.end <= end and e.label_ in ("ORG", "PERSON", "GPE", "NORP")]
    if ents:
        return _strip(ents[-1].text)
    words = [t.text for t in span if not t.is_punct]
    # "news agency Bay Wire": the name after the description
    for i, w in enumerate(words):
        if w.lower() == "agency" and i + 1 < len(words):
            return " ".join(words[i + 1:])
    return _strip(" ".join(words))


def _from_quote(article: Article, doc, q: Quote) -> tuple[str, str, Evidence, int] | None:
    if q.speaker_start is None or not q.cue or not q.speaker:
        return None
    mention = article.original[q.speaker_start:q.speaker_end]
    words = [w.lower() for w in re.findall(r"[\w’'-]+", mention)]
    if not words or words[-1] in PERSONAL_PRONOUNS:
        return None
    if "and" in words or any(w in NAME_PARTICLES for w in q.speaker.lower().split()[1:]):
        # "Lunde and Mara van der Berg": people, not a cited source
        return None
    official = any(w in OFFICIAL_WORDS for w in words)
    relays = q.cue.split()[0].lower() in RELAYING_CUES
    kind = _kind(q.speaker, "outlet" if relays else None, official)
    if kind in ("other", "outlet") and _is_country(article, doc, q):
        kind = "government"
    if kind == "other" and not words[-1] in GENERIC_ORGANISATIONS and not _named(article, doc, q):
        # "Several islanders", "Fishermen": people in the story, not a source it cites
        return None
    if kind is None:
        return None
    name = q.speaker
    if official:
        # "a coast guard official" cites the coast guard
        kept = [w for w in mention.split()
                if w.lower() not in OFFICIAL_WORDS and w.lower() not in SOURCE_DETERMINERS and w.lower() not in OFFICIAL_QUALIFIERS]
        name = " ".join(kept) or mention
    # the citing phrase: the mention and its cue ("the Saltmere Harbour Authority said")
    cue_at = article.original.find(q.cue.split()[0], q.speaker_end, q.speaker_end + 60) if q.cue != "according to" else -1
    if q.cue == "according to":
        cue_at = article.original.rfind("ccording to", max(0, q.speaker_start - 20), q.speaker_start)
        start = cue_at - 1 if cue_at > 0 else q.speaker_start
        end = q.speaker_end
    elif 0 <= cue_at:
        start, end = q.speaker_start, cue_at + len(q.cue.split()[0])
    else:
        before = article.original.rfind(q.cue.split()[0], max(0, q.speaker_start - 40), q.speaker_start)
        start, end = (before, q.speaker_end) if before >= 0 else (q.speaker_start, q.speaker_end)
    ev = Evidence(article=article.id, start=start, end=end, text=article.original[start:end])
    return _strip(name), kind, ev, start


def _is_country(article: Article, doc, q: Quote) -> bool:
    """"Denmark said": a country speaks through its government."""
    for ent in ents_of(doc):
        start, end = article.original_span(ent.start_char, ent.end_char)
        if start < q.speaker_end and end > q.speaker_start and ent.label_ == "GPE":
            return True
    return False


def _named(article: Article, doc, q: Quote) -> bool:
    """True when the speaker mention holds a proper name (an organisation, not "residents")."""
    for t in doc:
        start, end = article.original_span(t.idx, t.idx + len(t.text))
        if start >= q.speaker_end:
            break
        if end > q.speaker_start and (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE", "FAC")):
            return True
    return False


def _kind(name: str, default: str | None, official: bool = False) -> str | None:
    """agency, outlet, government, official or other; None for a person or a pronoun."""
    low = name.lower().strip()
    words = set(re.findall(r"[\w-]+", low))
    if low in AGENCIES or words & AGENCY_WORDS or "news agency" in low or low.endswith(" wire"):
        return "agency"
    if official:
        return "official"
    if words & GOVERNMENT_WORDS or low in CAPITALS:
        return "government"
    if words & OUTLET_WORDS or re.search(r"\.(com|news|net|org|co\.uk)\b", low):
        return "outlet"
    if default is not None:
        return default
    first = name.split()[0] if name.split() else ""
    # an organisation named with capitals ("Skerry Line", "Halvard Tankers") or a generic one ("the company")
    if words & GENERIC_ORGANISATIONS or first[:1].isupper() and len(name.split()) >= 1 and not _looks_personal(name):
        return "other"
    return None


def _looks_personal(name: str) -> bool:
    parts = name.split()
    return len(parts) in (2, 3) and all(p[:1].isupper() and p[1:].islower() for p in parts) and not any(
        p.lower() in OUTLET_WORDS | GOVERNMENT_WORDS | COMPANY_WORDS for p in parts)


def _strip(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in SOURCE_DETERMINERS:
        words = words[1:]
    name = " ".join(words)
    for suffix in ("’s", "'s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip(" ,.;:")


@functools.lru_cache(maxsize=1 << 14)
def _key(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"\w+", name.lower().replace("organisation", "organization")) if w not in SOURCE_DETERMINERS)


@functools.lru_cache(maxsize=1 << 14)
def _words_of(name: str) -> frozenset[str]:
    return frozenset(_key(name))


def _same_name(a: str, b: str) -> bool:
    ka, kb = _key(a), _key(b)
    return bool(ka) and ka == kb


def _merge(found: list[tuple[str, str, Evidence, int]], articles: Sequence[Article]) -> list[Citation]:
    """One citation per source: short mentions ("the ministry") join the full name that contains them."""
    persons = _person_names(found)
    texts = {a.id: a.original for a in articles}
    names: list[str] = []
    for name, kind, ev, _ in sorted(found, key=lambda f: -len(_key(f[0]))):
        key = _key(name)
        if not key or name in names:
            continue
        if any(set(key) <= _words_of(n) for n in names):
            continue
        names.append(name)
    groups: dict[str, list[tuple[str, Evidence, int]]] = {}
    for name, kind, ev, pos in sorted(found, key=lambda f: (f[2].article, f[3])):
        target = _target(name, names, ev.article, pos, found, texts)
        if target is None or target in persons:
            continue
        groups.setdefault(target, []).append((kind, ev, pos))
    order = {a.id: i for i, a in enumerate(articles)}
    out = []
    for name, items in groups.items():
        kinds = [k for k, _, _ in items]
        kind = next((k for k in ("agency", "outlet", "government", "official", "other") if k in kinds), "other")
        evidence = tuple(sorted({ev for _, ev, _ in items}, key=lambda e: (order.get(e.article, 0), e.start, e.end)))
        cited_by = tuple(sorted({ev.article for ev in evidence}, key=lambda a: order.get(a, 0)))
        out.append(Citation(cited=name, kind=kind, articles=cited_by, evidence=evidence))
    out.sort(key=lambda c: (-len(c.articles), -len(c.evidence), c.cited))
    return out


def _person_names(found) -> set[str]:
    return {n for n, k, _, _ in found if k is None}


def _target(name: str, names: list[str], article: str, pos: int, found, texts: dict[str, str]) -> str | None:
    key = set(_key(name))
    if not key:
        return None
    fuller = [n for n in names if key <= _words_of(n)]
    if len(key) == 1 and next(iter(key)) in GENERIC_COMPANIES:
        # "the company says": the organisation cited in the story that this article named last before it
        text = texts.get(article, "")
        best, at = None, -1
        for other in sorted({f[0] for f in found if f[1] == "other" and set(_key(f[0])) != key}):
            i = text.rfind(other, 0, pos)
            if i > at:
                best, at = other, i
        return best
    if fuller:
        return min(fuller, key=lambda n: len(_key(n)))
    return name


__all__ = ["citations"]
