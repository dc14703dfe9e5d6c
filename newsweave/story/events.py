"""Which occasions: the story's distinct events (a collision on Monday, an inquiry announced on Tuesday).

Outlets that describe different occasions are not contradicting each other: a phone call on one day,
a meeting on another and a press conference on a third are three events. Each sentence that carries a
date or names an occasion ("a phone call with ...", "a press conference") is a candidate; candidates are
linked when their words and participants agree, and never when their dates disagree, so look-alike
occasions on different days stay apart.

>>> import datetime as dt
>>> from newsweave.model import Article
>>> from newsweave import nlp
>>> a = Article(id="a", original="The ferry hit a tanker on Monday. The minister held a press conference on Tuesday.", published=dt.date(2031, 3, 12))
>>> from newsweave.story.timeline import date_mentions
>>> told = nlp.analysed([a])
>>> from newsweave.story.entities import find
>>> dates, people = date_mentions(told), find(told).mentions
>>> occasions = story_events_of_articles(told, mentions=dates)
>>> [(e.date, e.label) for e in events(told, mentions=dates, occasions=occasions, people=people)]
[('2031-03-10', 'The ferry hit a tanker'), ('2031-03-11', 'press conference')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsweave.clean.debris import has_holes
from newsweave.clean.meta import dateline_end
from newsweave.graph import UnionFind
from newsweave.lexicon.en import EVENT_NOUNS, NUMBER_DIGITS, OCCASION
from newsweave.params import ANCHOR_WEIGHT, LEAD_SENTENCES, SAME_EVENT, SAME_OCCASION
from newsweave.model import Article, DateMention, Event, Sentence
from newsweave.nlp import ents_of, text_of
from newsweave.story.similarity import products_at_least, WordsTfidf
from newsweave.story.quotes import SAYING
from newsweave.story.timeline import clause, date_key, is_dateline, is_predicate

CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")


class _Candidate:
    __slots__ = ("article", "c_start", "c_end", "text", "label", "trigger", "date", "precision", "resolved",
                 "words", "people", "order", "occasion")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def events(analysed: Sequence[tuple[Article, object, list[Sentence]]], *, mentions: dict[str, list[DateMention]],
           occasions: dict[str, int], people: Sequence[tuple[str, int, int, str, str]],
           threshold: float = SAME_EVENT, background: bool = True) -> list[Event]:
    """The story's distinct occasions, oldest first, each with its date, a label from the text, sources and evidence.

    `analysed` is `newsweave.nlp.analysed(articles)`; `mentions` are its dates (`timeline.date_mentions`),
    `occasions` what each article is mainly about (`story_events_of_articles`) and `people` the entities'
    mentions (`entities.find(...).mentions`): two occasions of the same people are told apart by what
    they did. Events dated weeks before the story or only to a month or year are `kind="background"`
    (dropped with `background=False`).

    >>> import datetime as dt
    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> a = Article(id="a", original="The talks ended on Friday.", published=dt.date(2024, 5, 6))
    >>> from newsweave.story.timeline import date_mentions
    >>> told = nlp.analysed([a])
    >>> dates = date_mentions(told)
    >>> occasions = story_events_of_articles(told, mentions=dates)
    >>> [(e.date, e.kind, e.sources) for e in events(told, mentions=dates, occasions=occasions, people=[])]
    [('2024-05-03', 'event', ('a',))]
    """
    analysed = list(analysed)
    dates = mentions
    candidates = _candidates(analysed, dates, people)
    if not candidates:
        return []
    occasion_of_article = occasions
    clusters = _cluster(candidates, threshold, occasion_of_article)
    published = [a.published for a, _, _ in analysed if a.published]
    story_start = min(published) if published else None
    clusters = _attach_undated(_merge_same_occasion(clusters))
    by_id: dict[str, Article] = {}
    for a, _, _ in analysed:
        by_id.setdefault(a.id, a)
    out = []
    for members in clusters:
        dated = [m for m in members if m.resolved and m.date]
        told_with_date = dated or any(m.precision == "?" for m in members)
        if not told_with_date and len({m.article for m in members}) < 2:
            continue  # an undated aside in one article is a detail, not an occasion of the story
        labels = Counter(m.label for m in (dated or members))
        best = max(dated or members, key=lambda m: (labels[m.label], not has_holes(m.text), bool(m.date), -m.order))
        date, precision = _consensus(dated)
        kind = "event"
        if date and (precision in ("year", "month") or story_start and date_key(date, precision)[0] < story_start - dt.timedelta(days=7)):
            kind = "background"
        if kind == "background" and not background:
            continue
        members.sort(key=lambda m: m.order)
        out.append(Event(
            label=best.label, date=date, text=best.text,
            sources=tuple(dict.fromkeys(m.article for m in members)),
            evidence=tuple(dict.fromkeys(by_id[m.article].evidence(m.c_start, m.c_end) for m in members)),
            kind=kind, resolved=date is not None,
        ))
    out.sort(key=lambda e: (e.date is None, date_key(e.date, None), ))
    return out


def _merge_same_occasion(clusters: list[list[_Candidate]]) -> list[list[_Candidate]]:
    """Two groups told on the same day about the same kind of occasion ("collided", "the collision") are one event."""
    out: list[list[_Candidate]] = []
    index: dict[tuple, int] = {}
    for members in clusters:
        dated = [m for m in members if m.resolved and m.precision == "day"]
        date, _ = _consensus(dated)
        occasions = Counter(m.occasion for m in members if m.occasion)
        key = (date, occasions.most_common(1)[0][0]) if date and occasions else None
        if key is not None and key in index:
            out[index[key]].extend(members)
            continue
        if key is not None:
            index[key] = len(out)
        out.append(list(members))
    return out


def _attach_undated(clusters: list[list[_Candidate]]) -> list[list[_Candidate]]:
    """An undated "the collision" belongs to the one dated collision of the story, when there is exactly one."""
    dated_by_occasion: dict[str, list[int]] = {}
    for i, members in enumerate(clusters):
        for occasion in {m.occasion for m in members if m.occasion and m.resolved}:
            dated_by_occasion.setdefault(occasion, []).append(i)
    merged = {i: list(m) for i, m in enumerate(clusters)}
    for i, members in enumerate(clusters):
        if any(m.date for m in members) or any(m.precision == "?" for m in members):
            continue
        occasions = {m.occasion for m in members if m.occasion}
        targets = {t for o in occasions for t in dated_by_occasion.get(o, [])}
        if len(targets) == 1:
            merged[targets.pop()].extend(members)
            del merged[i]
    return list(merged.values())


def _consensus(dated) -> tuple[str | None, str | None]:
    """The most reported date, the most precise one winning a tie."""
    if not dated:
        return None, None
    counts = Counter((m.date, m.precision) for m in dated)
    rank = {"day": 3, "week": 2, "month": 1, "year": 0}
    (date, precision), _ = max(counts.items(), key=lambda kv: (kv[1], rank.get(kv[0][1], 0)))
    return date, precision


def _candidates(analysed, dates, people) -> list[_Candidate]:
    out: list[_Candidate] = []
    order = 0
    named: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for a, s, e, name, typ in people:
        if typ in ("person", "organisation", "vessel"):
            named[a].append((s, e, name))
    for article, doc, _sentences in analysed:
        mentions = [m for m in dates[article.id] if not is_dateline(text_of(doc), article.clean_offset(m.start))]
        at = [(m, article.clean_offset(m.start)) for m in mentions]
        names = named[article.id]
        for index, sent in enumerate(doc.sents):
            if not sent.text.strip():
                continue
            in_sent = [(m, c) for m, c in at if sent.start_char <= c < sent.end_char]
            nouns = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS]
            lead = index == 0 or (index == 1 and len(doc[:sent.start]) < 3)
            if not in_sent and not nouns and not lead:
                continue
            # One candidate per date in the sentence (a sentence can hold two occasions), else one for the sentence;
            # an occasion noun outside every date's clause ("At a press conference ..., he recalled ... 1997") is its own.
            pieces = list(in_sent) or [(None, None)]
            clause_of = {}
            for mention, c_at in in_sent:
                span = doc.char_span(c_at, c_at + len(mention.text), alignment_mode="expand")
                verb = span.root if span is not None else None
                while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                if span is None or verb.lemma_.lower() in SAYING:
                    # "said on Tuesday that an inquiry would ...": what was said is the occasion of that day.
                    clause_of[id(mention)] = {t.i for t in sent}
                else:
                    clause_of[id(mention)] = {t.i for t in clause(sent, span)}
            if in_sent and any(all(t.i not in c for c in clause_of.values()) for t in nouns):
                pieces.append((None, None))
            for mention, c_at in pieces:
                if mention is not None and len(in_sent) > 1:
                    # the date's clause, or the whole sentence for a day something was said on
                    tokens = [doc[i] for i in sorted(clause_of[id(mention)])]
                else:
                    tokens = [t for t in sent if not t.is_space]
                while tokens and (tokens[-1].is_space or tokens[-1].is_punct and tokens[-1].text not in ".!?\"”"):
                    tokens.pop()
                if not tokens:
                    continue
                s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
                dateline = dateline_end(text_of(doc)[s:e]) if index == 0 or s == sent.start_char else 0
                if dateline:
                    # "SALTMERE (Northline Wire) - The ferry ...": the dateline is not part of what happened.
                    s += dateline
                    tokens = [t for t in tokens if t.idx >= s]
                    if not tokens:
                        continue
                if mention is not None:
                    token_nouns = [t for t in nouns if t.i in clause_of[id(mention)]]
                else:
                    token_nouns = [t for t in nouns if all(t.i not in c for c in clause_of.values())]
                trigger = token_nouns[0] if token_nouns else None
                if mention is not None and not lead and trigger is None and not any(is_predicate(t) for t in tokens):
                    continue  # "2014, as the port of the island.": a date with no occasion named and nothing said to happen
                label = _noun_label(trigger) if trigger is not None else _verb_label(tokens, mention, c_at, doc)
                words = {t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop
                         and t.lemma_.lower() not in SAYING and not t.like_num}
                out.append(_Candidate(
                    article=article.id, c_start=s, c_end=e, text=" ".join(text_of(doc)[s:e].split()), label=label,
                    trigger=trigger.lemma_.lower() if trigger is not None else None,
                    occasion=_occasion(trigger, tokens, mention, c_at, doc),
                    date=mention.date if mention else None,
                    precision=(mention.precision if mention and mention.resolved else ("?" if mention else None)),
                    resolved=bool(mention and mention.resolved),
                    words=words, people={n for ns, ne, n in names if s <= ns < e}, order=order,
                ))
                order += 1
    return out


def _occasion(noun, tokens, mention, c_at, doc) -> str | None:
    if noun is not None:
        return OCCASION.get(noun.lemma_.lower(), noun.lemma_.lower())
    verb = None
    if mention is not None:
        span = doc.char_span(c_at, c_at + len(mention.text), alignment_mode="expand")
        verb = span.root if span is not None else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
    if verb is None:
        roots = [t for t in tokens if t.dep_ == "ROOT"]
        verb = roots[0] if roots else None
    return OCCASION.get(verb.lemma_.lower()) if verb is not None else None


def _noun_label(noun) -> str:
    """"a phone call with Harbour Minister Ada Lunde" -> "phone call with Harbour Minister Ada Lunde"."""
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.i == noun.i - (noun.i - t.i)]
    start = min([t.i for t in left] + [noun.i])
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("with", "by", "between", "of", "in", "on", "at") and child.lower_ != "on":
            end = child.right_edge.i + 1
            break
    doc = noun.doc
    tokens = list(doc[start:min(end, start + 12)])
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens.pop()
    return " ".join(t.text for t in tokens)


def _verb_label(tokens, mention, c_at, doc) -> str:
    """The clause without its date and attribution: "The inner harbour reopened to traffic"."""
    skip = set()
    if mention is not None:
        span = doc.char_span(c_at, c_at + len(mention.text), alignment_mode="expand")
        if span is not None:
            skip.update(range(span.start, span.end))
            # "on Monday morning": the time of day goes with the date.
            if span.end < len(doc) and doc[span.end].ent_type_ == "TIME":
                skip.add(span.end)
    kept, cut = [], False
    for t in tokens:
        if t.i in skip:
            continue
        if t.text == "," and any(x.pos_ in ("VERB", "AUX") for x in kept) \
                and any(x.lemma_ in SAYING for x in doc[t.i:t.i + 6] if x.i <= tokens[-1].i):
            break  # ", the Saltmere Harbour Authority said" after what happened; not "Ivo Karas, a spokesman, said ..."
        kept.append(t)
        if len(kept) >= 14:
            cut = t.i < tokens[-1].i
            break
    while kept and (kept[-1].is_punct or kept[-1].pos_ in ("ADP", "CCONJ", "DET") or kept[-1].tag_ == "PRP$"):
        kept.pop()
    label = "".join(t.text_with_ws for t in kept[:-1]) + (kept[-1].text if kept else "")
    # "Putin, on Monday, accused ...": without its date the clause closes up
    label = re.sub(r"\s*,(\s*,)+\s*", " ", " ".join(label.split()))
    return label.lstrip(",;:–-— \"“”").strip() + (" …" if cut and label else "")


def _conflict(a: _Candidate, b: _Candidate) -> bool:
    """Two resolved dates that cannot be the same occasion (day or week precision, intervals apart)."""
    if not (a.resolved and b.resolved and a.date and b.date):
        return False
    if {a.precision, b.precision} == {"day", "week"}:
        return True  # "narrowed last week" and "began on March 3" are told as two occasions
    if a.precision in ("year", "month") or b.precision in ("year", "month"):
        return not (a.date.startswith(b.date[:4]) and b.date.startswith(a.date[:4]))
    return _interval(a.date) and _interval(b.date) and (
        _interval(a.date)[1] < _interval(b.date)[0] or _interval(b.date)[1] < _interval(a.date)[0])


def _interval(date: str):
    parts = date.split("/")
    return parts[0], parts[-1]


TRIGGER_BONUS = 0.15  # two candidates with the same event word
PEOPLE_BONUS = 0.15  # times the share of people in common


def _cluster(cands: list[_Candidate], threshold: float, occasion_of_article: dict[str, int] | None = None) -> list[list[_Candidate]]:
    """Single-link on a TF-IDF cosine with participant and occasion bonuses; a merge that would join two dates is refused.
    Only pairs that can reach `threshold` are scored (`_pairs_within_reach`)."""
    docs = [(" ".join(sorted(c.words)) or "_").lower().split() for c in cands]  # the words as one lower-case text reads them
    vectors = WordsTfidf().fit_transform(docs)
    n = len(cands)
    pairs = []
    for (i, j), cosine in _pairs_within_reach(cands, vectors, threshold).items():
        a, b = cands[i], cands[j]
        score = cosine
        if a.trigger and a.trigger == b.trigger:
            score += TRIGGER_BONUS
        if a.people and b.people:
            shared = len(a.people & b.people) / len(a.people | b.people)
            score = score + PEOPLE_BONUS * shared if shared else score * 0.5
        if a.occasion and b.occasion and a.occasion != b.occasion:
            score *= 0.5  # a phone call and a meeting between the same two people are two occasions
        if occasion_of_article and occasion_of_article[a.article] != occasion_of_article[b.article]:
            score *= 0.5  # two articles about two look-alike occasions tell them in the same words
        if a.article == b.article and not (a.date and a.date == b.date):
            score -= 0.1  # one article tells different occasions in different sentences
        if score >= threshold and not _conflict(a, b):
            pairs.append((score, i, j))
    pairs.sort(reverse=True)
    one_event = UnionFind(range(n))
    # the dated candidates of each group, kept under its root: a merge that would join two dates is refused
    dates: dict[int, list[_Candidate]] = {i: ([c] if c.resolved else []) for i, c in enumerate(cands)}
    for _score, i, j in pairs:
        ri, rj = one_event.find(i), one_event.find(j)
        if ri == rj or any(_conflict(x, y) for x in dates[ri] for y in dates[rj]):
            continue
        dates[one_event.union(ri, rj)].extend(dates.pop(rj))
    return [[cands[i] for i in group] for group in one_event.groups()]


def _pairs_within_reach(cands: list[_Candidate], vectors, threshold: float) -> dict[tuple[int, int], float]:
    """The pairs (i < j) whose score can reach `threshold`, with their cosine: bonuses add at most
    TRIGGER_BONUS + PEOPLE_BONUS, so a pair needs a cosine of threshold - max(the two) or more, unless
    it has the same event word and people in common (then any cosine may do)."""
    near = sparse.triu(products_at_least(vectors, vectors, max(threshold - max(TRIGGER_BONUS, PEOPLE_BONUS), 1e-12)), k=1).tocoo()
    out = dict(zip(zip(near.row.tolist(), near.col.tolist()), near.data.tolist()))
    together: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        if c.trigger:
            for person in c.people or ():
                together[c.trigger, person].append(i)
    rest = sorted({(i, j) for members in together.values() for x, i in enumerate(members) for j in members[x + 1:]} - out.keys())
    if rest:
        rows, cols = (np.array(side) for side in zip(*rest))
        cosines = np.asarray(vectors[rows].multiply(vectors[cols]).sum(axis=1)).ravel()
        out.update(zip(rest, cosines.tolist()))
    return out


# ---------------------------------------------------------------- which event each article is about

# Look-alike events (two earthquakes, two arrests of two players of one team) are told in the same words;
# what tells them apart is who, where, when and how many. Those anchors weigh more than the vocabulary.
ANCHOR_ENTITIES = {"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "PRODUCT"}
NUMBER_ENTITIES = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}


def story_events_of_articles(analysed: Sequence[tuple[Article, object, list[Sentence]]], *,
                             mentions: dict[str, list[DateMention]], threshold: float = SAME_OCCASION,
                             anchor_weight: float = ANCHOR_WEIGHT, lead_sentences: int = LEAD_SENTENCES) -> dict[str, int]:
    """Which occasion each article is mainly about: article id -> event index (0, 1, ... in order of first article).

    Articles are compared on two TF-IDF cosines fitted on the story itself: their content words (the lead,
    the title and first `lead_sentences` sentences, counts twice) and their anchors (names of people, places
    and organisations, absolute dates, numbers with their unit; the lead's names count twice), mixed with `anchor_weight`. Anchors carry
    the weight because two look-alike occasions share their vocabulary and differ in exactly these. Groups
    are merged by average link while their mean similarity is at least `threshold`, so one stray shared
    word cannot chain two occasions together as single link does.

    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> arts = [Article(id="a", original="Police arrested Tom Berrow in Kelso on Friday."),
    ...         Article(id="b", original="Tom Berrow was arrested in Kelso, police said."),
    ...         Article(id="c", original="Police arrested Ana Quill in Dunmore after a chase.")]
    >>> from newsweave.story.timeline import date_mentions
    >>> told = nlp.analysed(arts)
    >>> story_events_of_articles(told, mentions=date_mentions(told))
    {'a': 0, 'b': 0, 'c': 1}
    """
    analysed = list(analysed)
    if not analysed:
        return {}
    if len(analysed) == 1:
        return {analysed[0][0].id: 0}
    words, anchors = [], []
    for article, doc, _sentences in analysed:
        w, a = _article_features(article, doc, mentions[article.id], lead_sentences)
        words.append(w or ["_"])
        anchors.append(a or ["_"])

    def cosines(bags):
        vectors = WordsTfidf().fit_transform(bags)
        return (vectors @ vectors.T).toarray()

    similarity = (1 - anchor_weight) * cosines(words) + anchor_weight * cosines(anchors)
    groups = _average_link(similarity, threshold)
    index: dict[int, int] = {}
    return {article.id: index.setdefault(groups[i], len(index)) for i, (article, _, _) in enumerate(analysed)}


def _article_features(article: Article, doc, dates, lead_sentences: int) -> tuple[list[str], list[str]]:
    """An article's content lemmas (its lead twice) and its anchors: entity words, dates, numbers."""
    sents = [s for s in doc.sents if s.text.strip()]
    lead_end = sents[min(lead_sentences, len(sents)) - 1].end_char if sents else 0
    words = []
    for t in doc:
        if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and t.is_alpha and not t.is_stop and len(t) > 1:
            lemma = t.lemma_.lower()
            words.append(lemma)
            if t.idx < lead_end:
                words.append(lemma)
    anchors = []
    for ent in ents_of(doc):
        if ent.label_ in ANCHOR_ENTITIES:
            # Word by word, so "Lohan" in one article meets "Lindsay Lohan" in another; the lead's names twice.
            names = ["e:" + t.text.lower() for t in ent if t.is_alpha and not t.is_stop]
            anchors += names * (2 if ent.start_char < lead_end else 1)
        elif ent.label_ in NUMBER_ENTITIES:
            digits = [NUMBER_DIGITS.get(t.lower_, t.text.replace(",", "")) for t in ent if t.like_num or t.lower_ in NUMBER_DIGITS]
            if not digits:
                continue
            number = " ".join(digits)
            anchors.append("n:" + number)
            head = ent.root.head
            if head.pos_ == "NOUN" and not ent.start <= head.i < ent.end:
                anchors.append(f"n:{number} {head.lemma_.lower()}")  # "7.0 magnitude", "12 dead"
    for mention in dates:
        if mention.resolved and mention.date:
            anchors.append("d:" + mention.date[:4])
            if mention.precision in ("day", "month"):
                anchors.append("d:" + mention.date[:7])
    return words, anchors


def _average_link(similarity, threshold: float) -> list[int]:
    """Agglomerative clustering, average link, stopping below `threshold`: each item's group label (the
    groups numbered by their first item). scipy's average linkage on 1 - similarity merges in the same
    order (a mean of distances is 1 - the mean of similarities), in n² time rather than n³.

    >>> import numpy as np
    >>> _average_link(np.array([[1.0, 0.9, 0.1], [0.9, 1.0, 0.2], [0.1, 0.2, 1.0]]), 0.5)
    [0, 0, 2]
    """
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = len(similarity)
    if n < 2:
        return list(range(n))
    distance = np.clip(1.0 - np.asarray(similarity, dtype=float), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    flat = fcluster(linkage(squareform((distance + distance.T) / 2, checks=False), method="average"), t=1.0 - threshold, criterion="distance")
    first: dict[int, int] = {}
    return [first.setdefault(int(g), i) for i, g in enumerate(flat)]


__all__ = ["events", "story_events_of_articles"]
