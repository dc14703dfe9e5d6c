"""What every renderer shows the same way: outlet labels for article ids, and the sections in order."""

from __future__ import annotations

from newsweave.model import Brief


def labels(brief: Brief) -> dict[str, str]:
    """A short reader-facing label per article id: its outlet, made unique with the id when needed."""
    count: dict[str, int] = {}
    for a in brief.articles:
        if a.source:
            count[a.source] = count.get(a.source, 0) + 1
    out = {}
    for a in brief.articles:
        out[a.id] = a.source if a.source and count[a.source] == 1 else (f"{a.source} ({a.id})" if a.source else a.id)
    return out


# how much of a long list the text, Markdown and HTML views show before folding the rest into a count
# (the JSON always tells all): a story of a thousand articles has thousands of quotes and copies
SHOWN = {"sources": 8, "divergences": 20, "quotes": 40, "variants": 10, "timeline": 30, "entities": 30,
         "provenance": 20, "copies": 30, "articles": 50}


def sources_text(brief: Brief, sources, names: dict[str, str] | None = None) -> str:
    """The outlets of some articles, the first `SHOWN["sources"]` named and the rest counted.

    >>> from types import SimpleNamespace
    >>> sources_text(SimpleNamespace(articles=()), [f"a{i}" for i in range(10)])
    'a0, a1, a2, a3, a4, a5, a6, a7 and 2 more'
    """
    names = names if names is not None else labels(brief)
    shown, rest = list(sources[:SHOWN["sources"]]), len(sources) - SHOWN["sources"]
    text = ", ".join(names.get(s, s) for s in shown)
    return f"{text} and {rest} more" if rest > 0 else text


# where a reader of a folded text or Markdown brief finds the rest (the HTML brief folds them in on the page)
ELSEWHERE = ": all in --format json and --format html."


def fold(items, section: str, noun: str) -> tuple[list, str | None]:
    """The items of a section a reader is shown (`SHOWN[section]`), and a line counting the others.

    >>> shown, left = fold(list(range(50)), "quotes", "quote")
    >>> len(shown), left
    (40, '10 more quotes: all in --format json and --format html.')
    """
    items = list(items)
    limit = SHOWN[section]
    if len(items) <= limit:
        return items, None
    return items[:limit], f"{count(len(items) - limit, f'more {noun}')}{ELSEWHERE}"


def count(n: int, noun: str) -> str:
    """A number with its noun, singular or plural as English has it.

    >>> count(1, "independent source"), count(3, "mention"), count(0, "named outlet")
    ('1 independent source', '3 mentions', '0 named outlets')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def published(story) -> str:
    """The story's span of publication dates, as every renderer shows it."""
    if not story.first_published:
        return "date unknown"
    if story.last_published and story.last_published != story.first_published:
        return f"{story.first_published} to {story.last_published}"
    return story.first_published


def quote_words(quote, escape) -> str:
    """A quote as every renderer shows it: direct words in quote marks, reported speech after the
    word its first outlet reports it with ("(claimed) the pier was safe"), or "(reported)".

    >>> from newsweave.model import QuoteGroup, QuoteVariant
    >>> quote_words(QuoteGroup("Ada Lunde", "the pier was safe", False, ("a",), (QuoteVariant("a", "the pier was safe", 0, 17, cue="claimed"),)), str)
    '(claimed) the pier was safe'
    """
    if quote.direct:
        return f"“{escape(quote.text)}”"
    cue = next((v.cue for v in quote.variants if v.cue), None)
    return f"({escape(cue or 'reported')}) {escape(quote.text)}"


def said_by(item) -> str:
    """Who speaks a summary line that is a line of a quote, as every renderer shows it after the line."""
    return f"(words of {item.speaker})" if item.speaker else ""


def when(item) -> str:
    """A timeline item's date, or, when the articles do not say enough to date it, its words for when.

    >>> from newsweave.model import TimelineItem
    >>> when(TimelineItem("2031-03-10", "...", (), ())), when(TimelineItem(None, "...", (), (), False, "late March"))
    ('2031-03-10', 'late March (date unresolved)')
    """
    if item.date:
        return item.date
    return f"{item.phrase} (date unresolved)" if item.phrase else "date unresolved"


def changed_variants(quote) -> list:
    """The variants whose wording differs, for a direct quote only: reported speech is paraphrase,
    so its wording is not compared."""
    return [v for v in quote.variants if v.changes] if quote.direct else []


def shown_facts(brief: Brief, limit: int | None = None, where: bool = True) -> tuple[list, str | None]:
    """The facts a reader is shown, and a line for those left out (saying they are in the JSON, unless
    `where` is False: the HTML brief folds them in on the page).

    Shown: facts that read on their own (`Fact.stands_alone`: the summary's trust rules, so a
    fragment or a line said to the reader is never listed as a fact, however many outlets carry it)
    and that not only inputs about something else report (`ArticleInfo.off_topic`; when every input
    is flagged, none is set aside); of those, the ones two or more independent sources report
    (corroboration is what this section is for), up to `limit`; when none is, the single-origin
    ones. The rest are counted.

    >>> from types import SimpleNamespace
    >>> from newsweave.model import Fact
    >>> facts = (Fact("A", ("a", "b"), 2, ()), Fact("B", ("a", "c"), 2, ()), Fact("C", ("a", "c"), 1, ()))
    >>> shown, left = shown_facts(SimpleNamespace(facts=facts, articles=()), limit=1)
    >>> [f.text for f in shown], left
    (['A'], '1 more fact that two or more independent sources report, and 1 from a single origin (one outlet or copies of one text): all in --format json and --format html.')
    >>> said_to_reader = Fact("Send us your photos.", ("a", "b"), 2, (), stands_alone=False)
    >>> shown_facts(SimpleNamespace(facts=(said_to_reader, facts[2]), articles=()))
    ([Fact(text='C', sources=('a', 'c'), independent_sources=1, evidence=(), stands_alone=True)], '1 fact that two or more report but that does not read on its own (a quote without its speaker, a fragment): all in --format json and --format html.')
    """
    strays = {a.id for a in brief.articles if getattr(a, "off_topic", None)}
    if len(strays) == len(brief.articles):
        strays = set()  # every input shares nothing with the others: no story to side with, so none is set aside
    readable = [f for f in brief.facts if f.stands_alone and not set(f.sources) <= strays]
    corroborated = [f for f in readable if f.independent_sources >= 2]
    pool = corroborated or readable
    shown = pool[:limit] if limit is not None else pool
    listed = {id(f) for f in shown}
    readable_ids = {id(f) for f in readable}
    more = sum(1 for f in readable if f.independent_sources >= 2 and id(f) not in listed)
    unreadable = sum(1 for f in brief.facts if f.independent_sources >= 2 and id(f) not in readable_ids)
    single = sum(1 for f in brief.facts if f.independent_sources < 2 and id(f) not in listed)
    parts = []
    if more:
        parts.append(f"{more} more fact{'s' if more != 1 else ''} that two or more independent sources report")
    if unreadable:
        what = f"{unreadable} fact{'s' if unreadable != 1 else ''}" if not parts else f"{unreadable}"
        parts.append(f"{what} that two or more report but that {'does' if unreadable == 1 else 'do'} not read on "
                     + ("its" if unreadable == 1 else "their") + " own (a quote without its speaker, a fragment)")
    if single:
        each = f"{single} more fact{'s' if single != 1 else ''}, each" if not parts else f"{single}"
        parts.append(f"{each} from a single origin (one outlet or copies of one text)")
    return shown, (", and ".join(parts) + (ELSEWHERE if where else "")) if parts else None


def derived_from(brief: Brief, names: dict[str, str]) -> dict[str, str]:
    """Per article id that copies or rewrites another, what it is ("duplicate of Northline Wire"), from
    the copies whose origin is known.

    >>> from types import SimpleNamespace as S
    >>> derived_from(S(copies=(S(a="w", b="c", relation="duplicate", origin="w"),)), {"w": "Wire", "c": "Courier"})
    {'c': 'duplicate of Wire'}
    """
    out: dict[str, str] = {}
    for r in brief.copies:
        if r.origin in (r.a, r.b):
            copy = r.b if r.origin == r.a else r.a
            out.setdefault(copy, f"{r.relation} of {names.get(r.origin, r.origin)}")
    return out


def off_topic_lines(brief: Brief, names: dict[str, str] | None = None) -> list[str]:
    """One line per reason for the inputs that seem to be about something else (none when all belong);
    when every input is flagged, one line that says they tell different stories.

    >>> from types import SimpleNamespace as S
    >>> arts = (S(id="a", source="Bay Post", off_topic=None), S(id="b", source="Star Signs", off_topic="shares no fact"))
    >>> off_topic_lines(S(articles=arts))
    ['1 input seems to be about something else: Star Signs (shares no fact).']
    >>> off_topic_lines(S(articles=(S(id="a", source=None, off_topic="shares nothing"), arts[1])))
    ['The 2 inputs seem to tell different stories: a, Star Signs (each shares nothing or shares no fact).']
    """
    names = names or labels(brief)
    flagged = [a for a in brief.articles if getattr(a, "off_topic", None)]
    if not flagged:
        return []
    if len(flagged) == len(brief.articles):
        reasons = " or ".join(dict.fromkeys(a.off_topic for a in flagged))
        return [f"The {len(flagged)} inputs seem to tell different stories: {', '.join(names.get(a.id, a.id) for a in flagged)} (each {reasons})."]
    by_reason: dict[str, list[str]] = {}
    for a in flagged:
        by_reason.setdefault(a.off_topic, []).append(names.get(a.id, a.id))
    lines = []
    for reason, which in by_reason.items():
        n = len(which)
        verb = "input seems" if n == 1 else "inputs seem"
        lines.append(f"{n} {verb} to be about something else: {', '.join(which)} ({'' if n == 1 else 'each '}{reason}).")
    return lines
