"""The records every stage reads and writes.

One `Article` owns its original text; everything found in it later (a kept line, a sentence, a
quote, a speaker, a date, a piece of evidence) is a pair of offsets into that original text, so a
reader can always highlight where a line of the brief came from.

Records are frozen dataclasses. `to_dict` turns any of them into plain JSON-ready values.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple


class NewsweaveError(Exception):
    """An error the user can fix: the message names the input and says what to do."""

    def __init__(self, input_name: str, problem: str, advice: str = ""):
        self.input = input_name
        self.problem = problem
        self.advice = advice
        message = f"{input_name}: {problem}"
        if advice:
            message += f" ({advice})"
        super().__init__(message)

    def __reduce__(self):
        return type(self), (self.input, self.problem, self.advice)  # raised in a worker process, re-raised whole here


@dataclass(frozen=True)
class Skipped:
    """An input that was not processed, and why."""

    input: str
    reason: str


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner took out of the article, with the evidence-based reason."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Segment:
    """A run of the cleaned text copied from the original: clean[clean_start:+length] == original[original_start:+length]."""

    clean_start: int
    original_start: int
    length: int


@dataclass(frozen=True)
class Article:
    """One outlet's report as read, and (after `clean`) its cleaned body.

    `original` is the text as read, after decoding; it is never changed. `text` is the cleaned
    body, and `segments` map every character of `text` that came from `original` back to it
    (characters the cleaner inserted, like the space that repairs "Tolviksaid", map to the
    position they were inserted at).

    >>> a = Article(id="a1", original="Hello world.", text="Hello world.", segments=(Segment(0, 0, 12),))
    >>> a.original_span(6, 11)
    (6, 11)
    """

    id: str
    original: str
    input: str = ""
    text: str | None = None
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    segments: tuple[Segment, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    title_span: tuple[int, int] | None = None
    warnings: tuple[str, ...] = ()
    cleaned: bool = False
    language: str | None = None  # ISO 639-1 code when read with confidence (`newsweave.read.language`)
    # the text was extracted from a web page (`newsweave.read.html`): the page around it is already gone
    extracted: bool = False

    @property
    def body(self) -> str:
        """The cleaned text when cleaned, else the original."""
        return self.text if self.text is not None else self.original

    def _unmapped(self) -> bool:
        """True when the cleaned text is the original itself (not cleaned, or nothing changed)."""
        if self.segments:
            return False
        if self.text is None or self.text == self.original:
            return True
        raise ValueError(f"article {self.id!r}: its cleaned text has no map back to the original (no segments)")

    @functools.cached_property
    def _clean_starts(self) -> list[int]:
        return [s.clean_start for s in self.segments]

    @functools.cached_property
    def _original_starts(self) -> list[int]:
        return [s.original_start for s in self.segments]

    def original_offset(self, clean_offset: int) -> int:
        """The offset in `original` of the character at `clean_offset` in the cleaned text."""
        if self._unmapped():
            return clean_offset
        i = max(bisect.bisect_right(self._clean_starts, clean_offset) - 1, 0)
        seg = self.segments[i]
        return seg.original_start + min(max(clean_offset - seg.clean_start, 0), seg.length)

    def clean_offset(self, original_offset: int) -> int:
        """The offset in the cleaned text of the character at `original_offset` (the inverse of
        `original_offset`); a `ValueError` for a character the cleaner removed.

        >>> a = Article(id="a1", original="Menu Hello.", text="Hello.", segments=(Segment(0, 5, 6),))
        >>> a.clean_offset(5), a.original_offset(0)
        (0, 5)
        """
        if self._unmapped():
            return original_offset
        i = bisect.bisect_right(self._original_starts, original_offset) - 1
        if i >= 0 and original_offset <= self.segments[i].original_start + self.segments[i].length:
            return self.segments[i].clean_start + original_offset - self.segments[i].original_start
        raise ValueError(f"article {self.id!r}: offset {original_offset} is in text the cleaner removed")

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the cleaned text to the span of `original` it came from."""
        if self._unmapped():
            return start, end
        if end <= start:
            at = self.original_offset(start)
            return at, at
        first = self.original_offset(start)
        last = self.original_offset(end - 1) + 1
        return first, max(last, first)

    def evidence(self, start: int, end: int) -> "Evidence":
        """Evidence for the cleaned-text span [start, end), as a span of the original text."""
        o_start, o_end = self.original_span(start, end)
        return Evidence(article=self.id, start=o_start, end=o_end, text=self.original[o_start:o_end])


@dataclass(frozen=True)
class Evidence:
    """A span of one article's original text: `original[start:end] == text`."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article's cleaned body, with its span in the original text."""

    article: str
    index: int
    text: str
    start: int
    end: int
    clean_start: int
    clean_end: int


class Analysis(NamedTuple):
    """One article with its NLP analysis: the spaCy `Doc` of its cleaned body and its sentences (spans of
    the original text). `newsweave.nlp.analysed` makes them; every story stage reads them."""

    article: Article
    doc: Any
    sentences: list[Sentence]


@dataclass(frozen=True)
class Fact:
    """Sentences from one or more articles that state the same thing.

    `stands_alone` is False when the text cannot be shown on its own (a fragment, a line said to the
    reader, a dangling pronoun): the summary's trust rules, which the renderers apply to facts too."""

    text: str
    sources: tuple[str, ...]
    independent_sources: int
    evidence: tuple[Evidence, ...]
    stands_alone: bool = True


@dataclass(frozen=True)
class SummarySentence:
    """A line of the summary: one outlet's sentence as written, with the sources and spans of its fact.
    A line of a quote whose speaker another sentence names carries that speaker (`speaker`, the quotes
    stage's name) and the span that names them (`speaker_evidence`)."""

    text: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    speaker: str | None = None
    speaker_evidence: Evidence | None = None


@dataclass(frozen=True)
class CopyRelation:
    """Two articles that share text: `duplicate`, `rewrite` or `partial`; `origin` when the evidence says which came first."""

    a: str
    b: str
    relation: str
    score: float
    origin: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Quote:
    """One quotation in one article: one record however many pieces the outlet gave it in.

    `parts` are the spans of the speaker's words in quote marks, each `original[start:end] == text`. A
    direct quote has one part, or several when the outlet broke it with its attribution (`"Q1," Lunde
    said, "Q2."`): then `text` is the parts joined with " … " and [start, end) runs from the first
    part's start to the last part's end. Reported speech (`direct` False) has `text == original[start:end]`;
    when it holds quoted words (`mixed`), those are its parts. The speaker mention is
    `original[speaker_start:speaker_end]`."""

    article: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    direct: bool
    parts: tuple[Evidence, ...] = ()
    mixed: bool = False

    def spoken(self) -> str:
        """The words as the speaker said them: a direct quote's parts joined by a space, else `text`."""
        return " ".join(p.text for p in self.parts) if self.direct and len(self.parts) > 1 else self.text

    def quoted(self) -> tuple[tuple[int, int], ...]:
        """The spans of the quotation's own words: each part of a direct quote, or the whole of reported speech."""
        return tuple((p.start, p.end) for p in self.parts) if self.direct and self.parts else ((self.start, self.end),)


@dataclass(frozen=True)
class QuoteVariant:
    """One outlet's wording of a quote: `text` lies in `original[start:end]`. An outlet that gave the
    quote in parts broken by an attribution has one variant, its parts joined with " … " in `text`,
    spanning from the first part's start to the last part's end, with each part's exact span in
    `parts`. `cue` is the outlet's word for the saying, as written ("said", "claimed", "according to")."""

    article: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    changes: tuple[str, ...] = ()
    parts: tuple[Evidence, ...] = ()
    cue: str | None = None

    def evidence(self) -> tuple[Evidence, ...]:
        """The spans a reader can highlight: each part's, or the whole quote's."""
        return self.parts or (Evidence(self.article, self.start, self.end, self.text),)


@dataclass(frozen=True)
class QuoteGroup:
    """The same utterance as carried by one or more outlets. `mixed`: reported speech that holds quoted words."""

    speaker: str | None
    text: str
    direct: bool
    sources: tuple[str, ...]
    variants: tuple[QuoteVariant, ...]
    mixed: bool = False


@dataclass(frozen=True)
class Citation:
    """A source the articles cite ("according to X", "X reported")."""

    cited: str
    kind: str
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class TimelineItem:
    """A dated item of the timeline: what happened on `date`, with the sources and spans that say so."""

    date: str | None
    text: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    resolved: bool = True
    phrase: str = ""  # the date as the shown text writes it ("late September", "on Monday")


@dataclass(frozen=True)
class Entity:
    """A person, organisation, place or vessel of the story, its name variants merged, with the roles the articles give it."""

    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: int
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]  # every mention, in the order of the articles and the text


@dataclass(frozen=True)
class Version:
    """One way outlets tell a thing that others tell differently: the value, its sources and their spans."""

    value: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Divergence:
    """Where outlets report the same thing differently (`kind`: number, date, name, role, speaker, wording, framing, only-some, events)."""

    kind: str
    text: str
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class DateMention:
    """A temporal expression in one article: `original[start:end] == text`; `date` is ISO as precise as the text allows.

    `precision` is `day` ("2031-03-10"), `week` ("2031-03-03/2031-03-09"), `month` ("2031-03") or `year`
    ("2019"); `resolved` is False (and `date` None) when a relative expression has no reference date.
    """

    article: str
    text: str
    start: int
    end: int
    date: str | None
    precision: str | None
    resolved: bool
    relative: bool = False


@dataclass(frozen=True)
class Event:
    """One occasion of the story (a collision, a phone call, a press conference) with its date and sources.

    `kind` is `event` (the story's own occasions) or `background` (earlier context: past years, weeks before).
    """

    label: str
    date: str | None
    text: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    kind: str = "event"
    resolved: bool = True


@dataclass(frozen=True)
class StoryInfo:
    """The story's header: its title, how many articles, outlets and independent sources tell it, and when."""

    title: str | None
    articles: int
    outlets: tuple[str, ...]
    independent_sources: int
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True)
class ArticleInfo:
    """One article of the story: `origin_group` numbers the articles that share one origin (copies),
    `occasion` the articles that report the same occasion (when the input covers several); `off_topic`
    says why an article seems to be about something else (None when it belongs to the story); `original`
    is its text as read (for a web page, the text extracted from it), which every span's offsets index."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    input: str
    origin_group: int
    occasion: int = 0
    off_topic: str | None = None
    original: str = ""


@dataclass(frozen=True)
class Brief:
    """The brief of one story: every item carries the sources and spans behind it."""

    story: StoryInfo
    articles: tuple[ArticleInfo, ...]
    summary: tuple[SummarySentence, ...]
    facts: tuple[Fact, ...]
    divergences: tuple[Divergence, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    timeline: tuple[TimelineItem, ...] = ()
    entities: tuple[Entity, ...] = ()
    provenance: tuple[Citation, ...] = ()
    copies: tuple[CopyRelation, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    events: tuple[Event, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


@dataclass
class Story:
    """One story as the pipeline builds it: its articles, and every layer the stages add (the spaCy `Doc`
    idea one level up). A layer is None until the stage that adds it has run; `newsweave.pipeline`
    declares which stage adds which layer and runs them in an order derived from what each needs.

    Every found thing in a layer is a span of an article's original text (`Evidence`, or start/end
    offsets into `Article.original`), so any of it can be highlighted and checked.
    """

    articles: tuple[Article, ...]  # cleaned, oldest first
    skipped: tuple[Skipped, ...] = ()
    # the one NLP pass
    analysed: list[Analysis] | None = None
    # who said what, and whom the articles cite
    quotes: list[Quote] | None = None
    quote_groups: list[QuoteGroup] | None = None
    provenance: list[Citation] | None = None
    # who copied whom: related pairs, and article id -> origin group (copies share one)
    copies: list[CopyRelation] | None = None
    origin_groups: dict[str, int] | None = None
    # when: each article's date mentions, and the occasion each article is mainly about
    date_mentions: dict[str, list[DateMention]] | None = None
    occasions: dict[str, int] | None = None
    # facts: the sentences aligned across outlets (a `story.align.Alignment`)
    alignment: Any = None
    # inputs about something else (article id -> reason), the alignment without them, and the
    # articles that are about the story
    off_topic: dict[str, str] | None = None
    on_topic: Any = None
    on_story: list[Analysis] | None = None
    timeline: list[TimelineItem] | None = None
    entities: list[Entity] | None = None
    entity_mentions: list[tuple[str, int, int, str, str]] | None = None  # (article, clean start, clean end, entity, type)
    roles: list[tuple[str, str, str, int, int]] | None = None  # (person, role, article, clean start, clean end)
    events: list[Event] | None = None
    info: StoryInfo | None = None
    divergences: list[Divergence] | None = None
    contested: frozenset[tuple[str, int]] | None = None  # (article, sentence start) of tellings more sources contradict
    summary: list[SummarySentence] | None = None
    facts: list[Fact] | None = None
    brief: Brief | None = None

    @classmethod
    def layers(cls) -> tuple[str, ...]:
        """The names of the layers stages add (every field but the articles and the skipped inputs)."""
        return tuple(f.name for f in dataclasses.fields(cls) if f.name not in ("articles", "skipped"))


def to_dict(record: Any) -> Any:
    """Plain JSON-ready values for a record (dates become ISO strings, tuples lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    if isinstance(record, (dt.date, dt.datetime)):
        return record.isoformat()
    return record


__all__ = [name for name in dir() if name[:1].isupper()] + ["to_dict"]

