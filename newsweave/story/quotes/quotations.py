"""Quotations: the attributions found in one article, made into one `Quote` record per quotation.

Owns the contract of the `quotes` output (issue 18): a quotation an outlet gives in parts around
its attribution (`"Q1," Lunde said, "Q2."`, or `"Q1," said Lunde. "Q2."` in one paragraph) is one
record whose `parts` are the quoted pieces; reported speech that holds quoted words (`Lunde said the
pier was "beyond repair"`) is one record, `mixed`, the quoted words its parts, and those words are
never a second, direct record. Nothing else in the package or after it joins quotes.

A piece joins the one before it when the parse gave both the same speaker mention: the one cue
that attributes both, in one paragraph (`"Q1," Lunde said, "Q2."`), or a piece with no attribution
of its own that goes on with the speaker's words, in the same paragraph or the next (a long quote
broken into paragraphs). A piece with its own cue after a paragraph break begins a new quotation.
A short sentence in quote marks with no cue ("We are not moving.") is speech only as such a piece.
Words in quote marks inside reported speech are its parts (the speaker's own words, however short:
`called the plan "a fantasy"`), unless their own speaker is named inside it ("According to Bay Wire,
Lunde said: "Q"" relays Lunde's quotation; it does not contain it).

>>> from newsweave.model import Article
>>> from newsweave.nlp import analyse
>>> from newsweave.story.quotes import find_quotes
>>> a = Article(id="a", original='"The pier is closed," Ada Lunde said, "until Friday."')
>>> [(q.text, [p.text for p in q.parts]) for q in find_quotes(a, analyse([a])[0])]
[('The pier is closed … until Friday', ['The pier is closed', 'until Friday'])]
"""

from __future__ import annotations

from newsweave.nlp import text_of
from newsweave.model import Article, Evidence, Quote
from newsweave.story.quotes.cues import _Attribution

JOINER = " … "


def _records(article: Article, doc, found: list[_Attribution], marked: list[tuple[int, int]]) -> list[Quote]:
    """One `Quote` per quotation of `found` (sorted by position), with offsets into `article.original`;
    `marked` are the spans of words between quote marks (`marks._content` of every pair)."""
    text = text_of(doc)
    direct = [f for f in found if f.direct]
    held: dict[int, list[_Attribution]] = {}  # id of reported speech -> the quoted words it holds
    absorbed: set[int] = set()
    for f in found:
        if f.direct:
            continue
        nested = {(d.start, d.end) for d in direct if _named_within(doc, d, f)}
        inner = [_Attribution(s, e, direct=True) for s, e in marked if f.start <= s and e <= f.end and (s, e) not in nested]
        if inner:
            held[id(f)] = inner
            spans = {(q.start, q.end) for q in inner}
            absorbed.update(id(d) for d in direct if (d.start, d.end) in spans)
    out: list[Quote] = []
    pieces: list[_Attribution] = []
    for f in found:
        if f.direct and id(f) in absorbed:
            continue
        if f.direct and pieces and _continues(text, pieces[-1], f):
            pieces.append(f)
            continue
        if f.follow_on_only:
            continue
        if pieces:
            out.append(_record(article, doc, pieces, pieces))
            pieces = []
        if f.direct:
            pieces = [f]
        else:
            out.append(_record(article, doc, [f], held.get(id(f), [])))
    if pieces:
        out.append(_record(article, doc, pieces, pieces))
    return [q for q in out if q.end > q.start]


def _named_within(doc, quoted: _Attribution, clause: _Attribution) -> bool:
    """Whether the quoted words' own speaker is named inside the reported clause (a nested quotation)."""
    if quoted.subject is None or quoted.subject == clause.subject:
        return False
    at = doc[quoted.subject[0]].idx
    return clause.start <= at < clause.end


def _continues(text: str, before: _Attribution, piece: _Attribution) -> bool:
    """Whether a direct piece goes on with the quotation before it: one speaker mention, and one paragraph
    unless the piece has no cue of its own."""
    return (before.subject is not None and piece.subject == before.subject
            and ("\n" not in text[before.end:piece.start] or piece.cue_text is None))


def _record(article: Article, doc, pieces: list[_Attribution], quoted: list[_Attribution]) -> Quote:
    """The record of one quotation: `pieces` its attributions (the direct parts, or one reported clause),
    `quoted` the spans in quote marks that are its parts."""
    first = pieces[0]
    parts = []
    for q in quoted:
        start, end = article.original_span(q.start, q.end)
        if end > start:
            parts.append(Evidence(article.id, start, end, article.original[start:end]))
    if first.direct:
        start, end = (parts[0].start, parts[-1].end) if parts else (0, 0)
        shown = JOINER.join(p.text for p in parts)
    else:
        start, end = article.original_span(first.start, first.end)
        shown = article.original[start:end]
    said = next((f for f in pieces if f.cue_text is not None), first)
    s_start = s_end = None
    if said.subject is not None:
        last = doc[said.subject[1] - 1]
        s_start, s_end = article.original_span(doc[said.subject[0]].idx, last.idx + len(last.text))
    return Quote(article=article.id, text=shown, start=start, end=end, speaker=said.speaker, speaker_start=s_start,
                 speaker_end=s_end, cue=said.cue_text, direct=first.direct, parts=tuple(parts),
                 mixed=not first.direct and bool(parts))
