"""Where outlets report the same thing differently, each with the competing versions and their sources.

Kinds:
- `number`: different counts for the same thing ("14 people were injured" / "17 people were injured");
- `date`: one fact told with different days ("closed the bridge on Monday" / "... on Sunday"), each
  telling's date resolved against its own article's publication date, so "on Tuesday" and
  "yesterday" in a report of the next day are the same day (the dates are the timeline's
  `date_mentions`, found once per story);
- `role`: different titles for one person ("harbour master" / "deputy harbour master");
- `speaker`: one quote attributed to different people;
- `wording`: one quote worded differently (the changes are in the quote's variants);
- `framing`: one quote reported with different words for the saying ("said" / "admitted");
- `only-some`: a fact that only some of the independent sources report;
- `events`: the story's distinct occasions, listed so that their different dates are read as different
  events, never as a contradiction.

A version's evidence indexes the original text of its article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsweave.lexicon.en import APPROXIMATE, COUNT_WORDS, FRAMING_CUES, HONORIFICS, NOT_COUNTS, PREDICATES, RANK_WORDS
from newsweave.model import DateMention, Divergence, Event, Evidence, Fact, QuoteGroup, Version
from newsweave.nlp import text_of
from newsweave.params import SAME_CYCLE, SAME_TELLING
from newsweave.story.quote_merge import conflicting_speakers
from newsweave.story.timeline import clause, date_verb, is_dateline

PREDICATE_OF = {word: key for key, words in PREDICATES.items() for word in words.split()}


def divergences(analysed, facts: Sequence[Fact], quote_groups: Sequence[QuoteGroup], events: Sequence[Event],
                roles: Sequence[tuple[str, str, str, int, int]], independent: int, groups: dict[str, int],
                max_only_some: int = 8, *, mentions: dict[str, list[DateMention]],
                occasions: dict[str, int] | None = None) -> list[Divergence]:
    """Every divergence of a story, contradictions first. `mentions` is the story's
    `timeline.date_mentions(analysed)`; `occasions` what each article is
    mainly about (`events.story_events_of_articles`): counts are compared within one occasion."""
    articles = {article.id: article for article, _, _ in analysed}
    out = number_divergences(analysed, groups, occasions)
    out += date_divergences(analysed, facts, groups, mentions=mentions)
    out += role_divergences(roles, articles)
    out += quote_divergences(quote_groups)
    out += framing_divergences(quote_groups)
    out += only_some(facts, independent, max_only_some)
    out += distinct_events(events)
    return out


def contested(found: Sequence[Divergence], groups: dict[str, int] | None = None) -> frozenset[tuple[str, int]]:
    """(article, start) of the evidence of every minority version of a number or a day: what more
    independent sources contradict (copies of one text count once)."""
    out = set()
    for d in found:
        if d.kind in ("number", "date"):
            top = _origins(d.versions[0].sources, groups)
            for version in d.versions[1:]:
                if _origins(version.sources, groups) < top:
                    out.update((e.article, e.start) for e in version.evidence)
    return frozenset(out)


def _origins(articles, groups: dict[str, int] | None) -> int:
    return len({(groups or {}).get(a, a) for a in articles})


def _by_origins(versions: list[Version], groups: dict[str, int] | None) -> tuple[Version, ...]:
    """Versions with the most independent sources first (then the most articles, then the value)."""
    return tuple(sorted(versions, key=lambda v: (-_origins(v.sources, groups), -len(v.sources), v.value)))


def told_as_most_say(facts: Sequence[Fact], disputed: frozenset[tuple[str, int]]) -> list[Fact]:
    """Facts shown in a telling that no more numerous sources contradict: a fact whose chosen telling
    gives the minority number or day is shown in another of its tellings.

    >>> from newsweave.model import Evidence, Fact
    >>> e1, e2 = Evidence("a", 0, 9, "17 injured"), Evidence("b", 0, 9, "14 injured")
    >>> [f.text for f in told_as_most_say([Fact("17 injured", ("a", "b"), 2, (e1, e2))], frozenset({("a", 0)}))]
    ['14 injured']
    """
    out = []
    for fact in facts:
        # the fact's text is its telling as cleaned ("Tolviksaid" repaired to "Tolvik said"): compare without spaces
        shown = next((e for e in fact.evidence if "".join(e.text.split()) == "".join(fact.text.split())), None)
        if shown is not None and (shown.article, shown.start) in disputed:
            other = next((e for e in fact.evidence if (e.article, e.start) not in disputed), None)
            if other is not None:
                fact = replace(fact, text=" ".join(other.text.split()))
        out.append(fact)
    return out


def number_divergences(analysed, groups: dict[str, int] | None = None, occasions: dict[str, int] | None = None) -> list[Divergence]:
    """Different counts for the same thing: the same counted noun with the same happening, in articles
    about one occasion (`occasions`: article id -> occasion; "7 killed" in one attack and "22 killed"
    in another, or the bodies recovered by Monday and by Friday, are not a contradiction)."""
    claims: dict[tuple[str, str, int], dict[str, tuple[int, Evidence]]] = defaultdict(dict)
    written: dict[tuple[str, str], Counter] = defaultdict(Counter)  # as outlets write it: "men carried", not "man carry"
    for article, doc, sentences in analysed:
        for sentence in sentences:
            span = doc.char_span(sentence.clean_start, sentence.clean_end, alignment_mode="expand")
            if span is None or _names_another_year(span, article.published):
                continue  # "in 2019, a year when four divers drowned": a count from the story's background
            for key, value, words in _counts(span):
                written[key][words] += 1
                claims[(*key, (occasions or {}).get(article.id, 0))].setdefault(
                    article.id, (value, article.evidence(sentence.clean_start, sentence.clean_end)))
    out = []
    for (noun, happening, _), by_article in claims.items():
        values: dict[int, list[str]] = defaultdict(list)
        for article_id, (value, _) in by_article.items():
            values[value].append(article_id)
        if len(values) < 2:
            continue
        versions = _by_origins([Version(value=str(value), sources=tuple(ids), evidence=tuple(by_article[i][1] for i in ids))
                                for value, ids in values.items()], groups)
        noun, happening = written[(noun, happening)].most_common(1)[0][0]
        out.append(Divergence(kind="number", text=f"number of {noun} {happening}", versions=versions))
    return out


CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


def date_divergences(analysed, facts: Sequence[Fact], groups: dict[str, int] | None = None, *,
                     mentions: dict[str, list[DateMention]]) -> list[Divergence]:
    """One fact whose tellings give different days: each telling with exactly one day-precise date
    (outside a dateline), and tellings whose dates go with the same verb in clauses that say the
    same thing. `mentions` is `timeline.date_mentions(analysed)` (the brief passes the ones its
    timeline was built from)."""
    published = {article.id: article.published for article, _, _ in analysed}
    dated: dict[str, list[_Dated]] = {}
    for article, doc, _ in analysed:
        dated[article.id] = []
        for m in mentions[article.id]:
            at = article.clean_offset(m.start)
            if not m.resolved or m.precision != "day" or is_dateline(text_of(doc), at):
                continue
            span = doc.char_span(at, min(at + len(m.text), len(text_of(doc))), alignment_mode="expand")
            if span is None:
                continue
            verb = date_verb(span)
            words = frozenset(t.lemma_.lower() for t in clause(span.sent, span)
                              if t.pos_ in CONTENT_POS and not t.is_stop and not (span.start <= t.i < span.end))
            dated[article.id].append(_Dated(m.date, m.start, m.end, m.text.lower(), verb.lemma_.lower(), words))
    out = []
    for fact in facts:
        if len(fact.sources) < 2:
            continue
        by_day: dict[str, list[tuple[Evidence, _Dated]]] = defaultdict(list)
        for e in fact.evidence:
            inside = [d for d in dated.get(e.article, ()) if e.start <= d.start and d.end <= e.end]
            if len({d.day for d in inside}) == 1:
                by_day[inside[0].day].append((e, inside[0]))
        if len(by_day) < 2 or not _same_telling(list(by_day.values()), published, groups or {}):
            continue
        versions = _by_origins([Version(value=day, sources=tuple(dict.fromkeys(e.article for e, _ in told)),
                                        evidence=tuple(e for e, _ in told)) for day, told in by_day.items()], groups)
        out.append(Divergence(kind="date", text=f"the day of: {versions[0].evidence[0].text}", versions=versions))
    return out


@dataclass(frozen=True)
class _Dated:
    """A day-precise date in an article: the day, its span, its words, the verb it goes with and the
    content words of its clause."""

    day: str
    start: int
    end: int
    phrase: str
    verb: str
    words: frozenset[str]


def _same_telling(days: list[list[tuple[Evidence, _Dated]]], published: dict, origin: dict[str, int]) -> bool:
    """Whether tellings of two different days say the same thing: the dates go with the same verb, the
    clauses share SAME_TELLING of their words, in reports of one news cycle (published within
    SAME_CYCLE days: months apart, a look-alike sentence tells another occasion), and not one text
    republished later with its "on Monday" (the same words on another day)."""
    for i, a_side in enumerate(days):
        for b_side in days[i + 1:]:
            for ea, a in a_side:
                for eb, b in b_side:
                    pa, pb = published.get(ea.article), published.get(eb.article)
                    if pa and pb and abs((pa - pb).days) > SAME_CYCLE:
                        continue
                    if origin.get(ea.article, ea.article) == origin.get(eb.article, eb.article) and a.phrase == b.phrase:
                        continue
                    if a.verb == b.verb and a.words and b.words and len(a.words & b.words) / min(len(a.words), len(b.words)) >= SAME_TELLING:
                        return True
    return False


def _counts_plural(token) -> bool:
    """"1950 homes": a number before a plural noun counts it, though it looks like a year."""
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS")


def _names_another_year(span, published) -> bool:
    """Whether a sentence names a year other than the one its article was published in."""
    for t in span:
        if t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100 \
                and not _counts_plural(t):
            if published is None or int(t.text) != published.year:
                return True
    return False


def _counts(span):
    """(counted noun, happening) and the value of every exact count in a sentence. The happening is
    the count's own verb ("43 passengers were hurt and dozens rescued": injured; "carried 300
    passengers": carry), or the sentence's only happening when the count has no verb ("the rescue
    of 43 passengers")."""
    lemmas = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    named = {PREDICATE_OF[w] for w in lemmas if w in PREDICATE_OF}
    doc = span.doc
    for token in span:
        if token.dep_ != "nummod" or token.ent_type_ in ("TIME", "ORDINAL", "MONEY", "PERCENT") \
                or (token.ent_type_ == "DATE" and not _counts_plural(token)):
            continue
        value = _value(token.text)
        if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and _value(doc[token.i + 2].text) is not None:
            continue  # "Fifty" of "Fifty-two": the count is read at "two"
        if token.i >= 2 and doc[token.i - 1].text == "-" and value is not None and value < 10:
            tens = _value(doc[token.i - 2].text)
            value = tens + value if tens is not None and tens >= 20 and tens % 10 == 0 else value
        if _in_a_name(token):
            continue
        noun = token.head
        if value is None or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in NOT_COUNTS:
            continue
        if noun.tag_ == "NN" and noun.lower_.endswith("ing"):
            continue  # "nine voting for death and three for life": people voting, not a count of "voting"
        if noun.i < token.i:
            continue  # "Pier 4", "Route 9": a number after its noun names one, it counts nothing
        before = {t.lower_ for t in doc[max(token.i - 3, 0): token.i]} | {c.lower_ for c in token.children}
        if before & APPROXIMATE:
            continue
        verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
        # what happened to the counted: "14 people injured", "left 14 people injured", "14 were killed"
        near = list(noun.children) + ([c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")]
                                      if verb is not None else [])
        own = next((PREDICATE_OF[w] for c in near for w in (c.lemma_.lower(), c.lower_) if w in PREDICATE_OF), None)
        shown = own
        if own is None and verb is not None:
            # "carried 300 passengers" counts what was carried, whatever else the sentence says
            named_by_verb = PREDICATE_OF.get(verb.lemma_.lower()) or PREDICATE_OF.get(verb.lower_)
            own, shown = named_by_verb or verb.lemma_.lower(), named_by_verb or verb.lower_
        what = own or (next(iter(named)) if len(named) == 1 else None)
        if what is None:
            continue
        written = noun.lower_ if noun.pos_ == "NOUN" else noun.text
        yield (noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.text, what), value, (written, shown or what)


def _in_a_name(token) -> bool:
    """Whether a number is part of a name rather than a count: joined by a hyphen to a word ("an AK - 47
    rifle", "F-16 jets") or right after a name that goes with the same noun ("Kestrel 9 rifles")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.text in ("-", "‐", "–") and token.i >= 2:
        word = token.doc[token.i - 2]
        return word.is_alpha and _value(word.text) is None
    return before.pos_ == "PROPN" and before.ent_type_ not in ("DATE", "TIME") and before.head.i in (token.i, token.head.i)


def _value(text: str) -> int | None:
    clean = text.replace(",", "")
    if clean.isdigit():
        return int(clean)
    return COUNT_WORDS.get(text.lower())


def role_divergences(roles: Sequence[tuple[str, str, str, int, int]], articles) -> list[Divergence]:
    """One person given different titles by different outlets (a rank, or another office altogether)."""
    by_person: dict[str, dict[str, list[tuple[str, int, int]]]] = defaultdict(lambda: defaultdict(list))
    written: dict[str, str] = {}
    for name, role, article_id, start, end in roles:
        by_person[name][role.lower()].append((article_id, start, end))
        # the casing used mid-sentence ("harbour master") over a sentence-initial capital
        if role.lower() not in written or role[:1].islower():
            written[role.lower()] = role
    out = []
    for name, found in by_person.items():
        keys = list(found)
        articles_of = {k: {a for a, _, _ in found[k]} for k in keys}
        # one article giving both is one person with two titles, not outlets contradicting each other
        conflicting = {k for k in keys for other in keys if other != k and _roles_differ(k, other)
                       and articles_of[k] - articles_of[other] and articles_of[other] - articles_of[k]}
        if not conflicting:
            continue
        versions = []
        for role in sorted(conflicting, key=lambda r: -len(found[r])):
            seen = dict.fromkeys(a for a, _, _ in found[role])
            evidence = tuple(articles[a].evidence(s, e) for a, s, e in {x[0]: x for x in found[role]}.values())
            versions.append(Version(value=written[role], sources=tuple(seen), evidence=evidence))
        out.append(Divergence(kind="role", text=f"{name}'s role", versions=tuple(versions)))
    return out


def _roles_differ(a: str, b: str) -> bool:
    """"harbour master" and "deputy harbour master" differ: one office, two ranks. "President" and
    "French President" do not, nor does a form of address ("Mr"), nor two titles with no word in
    common: a person holds several ("reporter", "student") and outlets use synonyms ("lawyer",
    "attorney").

    >>> _roles_differ("harbour master", "deputy harbour master"), _roles_differ("mr", "foreign secretary")
    (True, False)
    """
    wa, wb = set(a.lower().split()) - HONORIFICS, set(b.lower().split()) - HONORIFICS
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return bool((wa ^ wb) & RANK_WORDS)
    return False


def quote_divergences(groups: Sequence[QuoteGroup]) -> list[Divergence]:
    """A direct quote given to different speakers, or worded differently by different outlets (reported
    speech is paraphrase by nature, and "according to the agency" credits a source, not a speaker)."""
    out = []
    for group in groups:
        if len(group.sources) < 2 or not group.direct:
            continue
        speakers = conflicting_speakers(group)
        if speakers:
            versions = []
            for speaker in speakers:
                same = [v for v in group.variants if v.speaker and v.speaker.split()[-1].lower() == speaker.split()[-1].lower()]
                versions.append(Version(value=speaker, sources=tuple(dict.fromkeys(v.article for v in same)),
                                        evidence=tuple(e for v in same for e in v.evidence())))
            out.append(Divergence(kind="speaker", text=f"“{group.text}”", versions=tuple(versions)))
        worded = [v for v in group.variants if v.changes]
        if worded:
            wordings: dict[str, list] = defaultdict(list)
            for v in group.variants:
                wordings[v.text].append(v)
            versions = tuple(
                Version(value=text + (f" ({'; '.join(vs[0].changes)})" if vs[0].changes else ""),
                        sources=tuple(dict.fromkeys(v.article for v in vs)),
                        evidence=tuple(e for v in vs for e in v.evidence()))
                for text, vs in wordings.items()
            )
            out.append(Divergence(kind="wording", text=f"{group.speaker or 'unknown speaker'}: “{group.text}”", versions=versions))
    return out


def framing_divergences(groups: Sequence[QuoteGroup]) -> list[Divergence]:
    """One quote that outlets report with different words for the saying, one of them a word that
    judges it (`FRAMING_CUES`: "said" in one, "admitted" or "claimed" in another): how an outlet
    frames a quote is part of how it changes it."""
    out = []
    for group in groups:
        if len(group.sources) < 2:
            continue
        cues: dict[str, list] = defaultdict(list)
        for v in group.variants:
            if v.cue:
                cues[v.cue.lower()].append(v)
        framed = {c for c in cues if c.split()[0] in FRAMING_CUES}
        if len(cues) < 2 or not framed or len({c.split()[0][:5] for c in cues}) < 2:
            continue  # "claimed" in one and "claims" in another frame it alike
        versions = tuple(Version(value=cue, sources=tuple(dict.fromkeys(v.article for v in vs)),
                                 evidence=tuple(e for v in vs for e in v.evidence()))
                         for cue, vs in cues.items())
        words = f"“{group.text}”" if group.direct else group.text
        out.append(Divergence(kind="framing", text=f"{group.speaker or 'unknown speaker'}: {words}", versions=versions))
    return out


def only_some(facts: Sequence[Fact], independent: int, limit: int = 8) -> list[Divergence]:
    """Facts that only some of the story's independent sources report, one divergence per number of
    sources (the most widely reported first), at most `limit` facts in all. A fact that cannot be read
    on its own (`Fact.stands_alone`: a line of a quote without its speaker, a fragment) is left out."""
    if independent < 2 or not any(f.independent_sources >= 2 for f in facts):
        return []  # outlets that share no fact at all: "only some report it" would list every sentence
    by_count: dict[int, list[Version]] = {}
    shown = 0
    for fact in facts:
        if fact.independent_sources >= independent or not fact.stands_alone or not re.search(r"[a-z]{3}", fact.text):
            continue
        by_count.setdefault(fact.independent_sources, []).append(Version(value=fact.text, sources=fact.sources, evidence=fact.evidence))
        shown += 1
        if shown >= limit:
            break
    return [Divergence(kind="only-some", text=f"reported by {n} of {independent} independent sources", versions=tuple(versions))
            for n, versions in sorted(by_count.items(), reverse=True)]


def distinct_events(events: Sequence[Event]) -> list[Divergence]:
    """The story's separate occasions, so that their different dates are not read as a contradiction."""
    own = [e for e in events if e.kind == "event" and e.date]
    if len(own) < 2:
        return []
    versions = tuple(Version(value=f"{e.date}: {e.label}", sources=e.sources, evidence=e.evidence) for e in own)
    days = len({e.date for e in own})
    when = "on different days" if days == len(own) else ("on the same day" if days == 1 else f"on {days} different days")
    return [Divergence(kind="events", text=f"{len(own)} distinct events {when}: different occasions, not a contradiction", versions=versions)]
