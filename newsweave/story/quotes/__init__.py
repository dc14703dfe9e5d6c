"""Who said what: direct and reported quotes in one article, each with its speaker.

A direct quote is the text between a pair of double quote marks (straight or typographic) that a
reporting cue attributes to someone, or that continues the previous speaker's words; a short
quoted phrase with no cue is a scare quote or a title and is left out. A reported (indirect) quote
is the clause a reporting verb governs ("X said (that) ...", "X told reporters ...", "according to
X, ...", "X accused Y of ...", "X warned that ..."). Speakers come from the parse (the subject of
the reporting verb); pronouns ("he"), surnames ("Orlenko") and descriptions ("the Russian
President") are resolved to the fullest name of a person seen earlier in the article.

Who speaks, where the parse alone would say otherwise: in "X quoted Y as saying" (or "cited to Y
telling") Y speaks; in "according to Bay Wire, the council said ..." the council speaks, and Bay
Wire's "according to" is kept as the attribution that relays it (`quote_merge` shows the council's
words only). A generic word is a speaker only with its description ("a man who sells bait", "one of
the divers"), a nationality alone ("the German") only as the person named before it; a role or an
institution is a speaker as it is ("police", "a spokesperson", "the study"). A short quoted label
("described himself as the "keeper of lanterns"", a title beside "features") is not speech.

One record per quotation (`quotations`): a quote given in parts around its attribution is one
record, its `parts` the quoted pieces and its `text` their words joined with " … "; reported speech
that holds quoted words is one record (`mixed`), the quoted words its parts and never a second
record. Every offset indexes `article.original`: each part's `text == article.original[start:end]`,
and so is a record's when it has at most one part or is reported speech.

>>> from newsweave.model import Article
>>> [q] = quotes([Article(id="a", original='"We will rebuild the pier," said mayor Ada Lunde.')])
>>> q.text, q.speaker, q.cue, q.direct
('We will rebuild the pier', 'Ada Lunde', 'said', True)
"""

from __future__ import annotations

from collections.abc import Iterable

from newsweave.nlp import text_of
from newsweave.clean.debris import posts_in
from newsweave.lexicon.en import REPORTING, SAYING  # (read by align, events and timeline as `quotes.SAYING`)
from newsweave.model import Analysis, Article, Evidence, Quote
from newsweave.params import SCARE_MAX_WORDS
from newsweave.story.quotes.cues import _Attribution, _attribute_direct
from newsweave.story.quotes.indirect import _indirect
from newsweave.story.quotes.marks import _chains, _content, _inside_quotes, _pair_marks
from newsweave.story.quotes.quotations import _records
from newsweave.story.quotes.speakers import _Names, _resolve_all


def quotes(articles: Iterable[Article], **options) -> list[Quote]:
    """Every quote of every article, in article order, from one NLP pass.

    >>> from newsweave.model import Article
    >>> [q.speaker for q in quotes([Article(id="a", original='Ada Lunde spoke. "It is done," she said.')])]
    ['Ada Lunde']
    """
    from newsweave.nlp import analysed

    return quotes_of(analysed(articles), **options)


def quotes_of(told: Iterable[Analysis], **options) -> list[Quote]:
    """Every quote of articles already analysed (`newsweave.nlp.analysed`), in article order. A Doc that
    several articles share (one text run word for word by many papers) is read once."""
    out: list[Quote] = []
    read: dict[int, tuple] = {}
    for article, doc, _ in told:
        if id(doc) not in read:
            read[id(doc)] = _attributions(doc, **options)
        out.extend(_quotes(article, doc, *read[id(doc)]))
    return out


def find_quotes(article: Article, doc, *, indirect: bool = True, scare_max_words: int = SCARE_MAX_WORDS) -> list[Quote]:
    """The quotes of one article, given the spaCy `Doc` of its body (`newsweave.nlp.analyse`).

    Direct quotes first found by their marks, then reported speech from the parse; both sorted by
    position. `indirect=False` keeps only direct quotes.

    >>> from newsweave.model import Article
    >>> from newsweave.nlp import analyse
    >>> a = Article(id="a", original="The port will reopen on Friday, the harbour authority said.")
    >>> [(q.text, q.speaker, q.direct) for q in find_quotes(a, analyse([a])[0])]
    [('The port will reopen on Friday', 'harbour authority', False)]
    """
    return _quotes(article, doc, *_attributions(doc, indirect=indirect, scare_max_words=scare_max_words))


def _attributions(doc, *, indirect: bool = True, scare_max_words: int = SCARE_MAX_WORDS) -> tuple[list[_Attribution], list[tuple[int, int]]]:
    """What a Doc's quotes are before they are an article's: the quotations found, their speakers resolved,
    and the spans of words between quote marks."""
    text = text_of(doc)
    pairs = _pair_marks(text)
    quote_spans = [(p.open, p.close) for p in pairs]
    inside = _inside_quotes(doc, quote_spans)
    names = _Names(doc, inside)
    found: list[_Attribution] = []
    for chain in _chains(pairs):
        found.extend(_attribute_direct(doc, chain, quote_spans, scare_max_words, inside))
    if indirect:
        found.extend(_indirect(doc, quote_spans))
    found.sort(key=lambda f: (f.start, not f.direct))
    _resolve_all(doc, found, names)
    return found, [c for c in (_content(text, p.open, p.close) for p in pairs) if c[1] > c[0]]


def _quotes(article: Article, doc, found: list[_Attribution], marked: list[tuple[int, int]]) -> list[Quote]:
    """One article's quote records, from its Doc's `_attributions`."""
    return sorted(_records(article, doc, found, marked) + embedded_posts(article), key=lambda q: q.start)


def embedded_posts(article: Article) -> list[Quote]:
    """The social posts embedded in an article (lines the cleaner took out as `embedded-post`), each
    a direct quote of its poster, as the embed's signature names them.

    >>> from newsweave.clean import clean_article
    >>> a = clean_article(Article(id="a", original="The ferry is back. — Ilse Varga (@ilsevarga) May 3, 2031"))
    >>> [(q.text, q.speaker, q.cue) for q in embedded_posts(a)]
    [('The ferry is back.', 'Ilse Varga', 'posted')]
    """
    out = []
    for line in article.removed:
        for post in posts_in(line.text) if line.reason == "embedded-post" else ():
            if post.end > post.start:
                out.append(_post_quote(article, line.start, post))
    return out


def _post_quote(article: Article, at: int, post) -> Quote:
    start, end = at + post.start, at + post.end
    words = article.original[start:end]
    return Quote(article=article.id, text=words, start=start, end=end, speaker=post.poster, speaker_start=at + post.poster_start,
                 speaker_end=at + post.poster_end, cue="posted", direct=True, parts=(Evidence(article.id, start, end, words),))


__all__ = ["quotes", "quotes_of", "find_quotes", "embedded_posts", "REPORTING", "SAYING"]
