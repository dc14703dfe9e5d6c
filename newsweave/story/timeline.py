"""When: temporal expressions found in each article, resolved against its publication date, and merged into a timeline.

A date in a news article is said from the day it was published: "on Monday" in an article of Tuesday
2022-02-08 is Monday 2022-02-07; "on Wednesday, she is due to visit" is the Wednesday to come; "January 26"
takes the year that puts it next to the publication date. An article with no known publication date
keeps its relative dates unresolved (`date` None, `resolved` False) rather than a guess.

A story's dates are found once (`date_mentions`): the timeline is built from them and the brief hands the
same mentions on to the date check of the divergences.

>>> import datetime as dt
>>> from newsweave.model import Article
>>> from newsweave import nlp
>>> a = Article(id="a", original="The port closed on Monday.", published=dt.date(2022, 2, 8))
>>> [(m.text, m.date) for m in dates_in(a, nlp.analyse([a])[0])]
[('on Monday', '2022-02-07')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from newsweave.clean.debris import has_holes
from newsweave.clean.meta import dateline_end
from newsweave.graph import UnionFind
from newsweave.lexicon.en import (
    COUNTED, DATE_NUMBER_WORDS, DATE_WORDS, FUTURE_WORDS, MONTHS, PUBLISHED, WEEKDAY_CUES, WEEKDAYS, YEAR_CUES,
)
from newsweave.model import Article, DateMention, Sentence, TimelineItem
from newsweave.nlp import ents_of, text_of
from newsweave.story.quotes import SAYING


# Month names are matched capitalised only: "may" and "march" are also verbs.
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?P<weekday>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"

# (kind, pattern) in priority order: a longer expression wins over the shorter ones inside it.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("day-month-year", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\.?,?\s+{_YEAR}\b")),
    ("month-day-year", re.compile(rf"\b{_MONTH}\.?\s+{_DAY},?\s+{_YEAR}\b")),
    # "December. 23" (sic) is a month and a day with a stray full stop.
    ("month-day", re.compile(rf"\b{_MONTH}\.?\s+{_DAY}\b(?![,.]?\d)")),
    ("day-month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b")),
    ("month-year", re.compile(rf"\b(?:(?i:early|mid|late|mid-)\s*)?{_MONTH},?\s+{_YEAR}\b")),
    ("ago", re.compile(rf"\b(?P<count>(?i:{'|'.join(w for w, n in DATE_NUMBER_WORDS.items() if n)}|\d{{1,2}}))\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b")),
    ("unit", re.compile(r"\b(?P<mod>(?i:(?:earlier|later|early|late)\s+)?(?:(?i:at|by|in|towards?)\s+the\s+(?:start|end|beginning|middle)\s+of\s+)?(?i:last|this|next|past|previous|coming))\s+(?P<unit>(?i:week|month|year|weekend))\b")),
    ("deictic", re.compile(r"\b(?P<word>(?i:the day before yesterday|day before yesterday|yesterday|today|tomorrow|tonight))\b")),
    ("weekday", re.compile(rf"\b(?P<mod>(?i:last|next|this)\s+)?{_WEEKDAY}(?!s\b)\b")),
    ("month", re.compile(rf"(?P<cue>\b(?i:in|since|until|till|by|during|early|late|mid-|last|this|next|before|after)\s+){_MONTH}\b(?!\.?\s*\d)")),
    ("year", re.compile(rf"(?<![\d.,$£€#-]){_YEAR}\b(?![\d%]|,\d|-\d|\.\d)")),
]
WEEKDAY_APPOSITION = re.compile(r",?\s+(?:the\s+)?")
RELATIVE_KINDS = {"month-day", "day-month", "ago", "unit", "deictic", "weekday", "month"}
PREPOSITION = re.compile(r"(?i)\b(late on|early on|on|in|from|since|until|till|by|during|as of)\s+$")
PAST_TAGS = {"VBD", "VBN"}
PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}


def dates_in(article: Article, doc, *, reference: dt.date | None = None) -> list[DateMention]:
    """Every temporal expression of one article with its span in `article.original` and its resolved date.

    `reference` defaults to the article's publication date; relative expressions stay unresolved without one.

    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> a = Article(id="a", original="It opened in 1997.")
    >>> [(m.text, m.date, m.precision) for m in dates_in(a, nlp.analyse([a])[0])]
    [('in 1997', '1997', 'year')]
    """
    ref = reference if reference is not None else article.published
    text = text_of(doc)
    found = _rule_matches(text, doc)
    mentions = []
    for c_start, c_end, kind, groups in found:
        c_start = _with_preposition(text, c_start)
        future, past = _tense(doc, c_start, c_end)
        relative = kind in RELATIVE_KINDS
        # A relative date inside a direct quote counts from the day the words were spoken, which the article does not give.
        quoted = relative and kind in {"deictic", "weekday", "unit", "ago"} and _inside_quote(text, c_start)
        if relative and (ref is None or quoted):
            date, precision, resolved = None, None, False
        else:
            date, precision = _resolve(kind, groups, ref, future=future, past=past)
            resolved = date is not None
        evidence = article.evidence(c_start, c_end)
        mentions.append(DateMention(article=article.id, text=evidence.text, start=evidence.start, end=evidence.end,
                                    date=date, precision=precision, resolved=resolved, relative=relative))
    return mentions


def _rule_matches(text: str, doc) -> list[tuple[int, int, str, dict]]:
    """Non-overlapping rule matches, longest first, plus spaCy DATE entities the rules miss (via dateparser)."""
    date_ent_chars = set()
    for ent in ents_of(doc):
        if ent.label_ == "DATE":
            date_ent_chars.update(range(ent.start_char, ent.end_char))
    taken: list[tuple[int, int]] = []
    out = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if kind == "year" and (not _is_year(text, s, date_ent_chars) or _counts_things(doc, s)):
                continue
            if kind == "month":
                s = m.start("month") if m.group("cue").strip().lower() in {"in", "since", "until", "till", "by", "during", "before", "after"} else s
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if kind in {"month-day", "day-month", "day-month-year", "month-day-year"} and not 1 <= int(groups["day"]) <= 31:
                continue
            if kind == "weekday" and not groups.get("mod"):
                # "on Sunday, Aug. 27, 2031": the weekday names the date it stands beside, not a day of its own
                beside = WEEKDAY_APPOSITION.match(text, e)
                if beside and any(a == beside.end() for a, _ in taken):
                    continue
                if _in_a_name(text, s, e):
                    continue
            if free(s, e):
                taken.append((s, e))
                out.append((s, e, kind, groups))
    for ent in ents_of(doc):
        if ent.label_ != "DATE":
            continue
        words = list(ent)
        while words and not (words[0].like_num or words[0].lower_ in DATE_WORDS):
            words.pop(0)  # "the island eleven days ago" as the model marks it: the date is its end
        if not words:
            continue
        s, e = words[0].idx, ent.end_char
        if free(s, e) and _worth_parsing(text[s:e]):
            out.append((s, e, "parsed", {"text": text[s:e]}))
            taken.append((s, e))
    out.sort(key=lambda x: x[0])
    return out


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A weekday that is part of a name: after a capitalised word ("Harbour Hour Sunday", "Bloody Sunday"),
    or between "the" and one ("the Sunday Herald"): no day of the story.

    >>> named = lambda text: _in_a_name(text, text.index("Sunday"), text.index("Sunday") + 6)
    >>> named("Appearing on Harbour Hour Sunday, she said"), named("On Sunday, she said")
    (True, False)
    >>> named("told the Sunday Herald that"), named("on Sunday Varga said")
    (True, False)
    """
    before = re.search(r"([A-Za-z]+)[\"“”]?\s+[\"“]?$", text[max(0, start - 40):start])
    if before and before.group(1)[0].isupper() and before.group(1).lower() not in WEEKDAY_CUES:
        return True
    return bool(before and before.group(1) == "the" and re.match(r"\s+[A-Z][a-z]", text[end:end + 4]))


def _is_year(text: str, start: int, date_ent_chars: set[int]) -> bool:
    if start in date_ent_chars:
        return True
    before = re.search(r"([A-Za-z-]+)\s*$", text[max(0, start - 12):start])
    return bool(before) and before.group(1).lower() in YEAR_CUES and before.group(1).lower() != "the"


def _counts_things(doc, at: int) -> bool:
    """ "2019 passengers" is a number of things, not a year."""
    span = doc.char_span(at, at + 4)
    return span is not None and span[0].dep_ == "nummod" and span[0].head.lemma_.lower() in COUNTED


def _worth_parsing(phrase: str) -> bool:
    """Durations ("six months", "weeks") and vague phrases ("the day") are not points in time."""
    low = phrase.lower()
    if re.search(r"\b(ago|before|after|later|earlier)\b", low) and re.search(r"\d|\b(day|week|month|year)s?\b", low):
        return True
    return bool(re.search(r"\d", low)) and any(m in low for m in MONTHS) and not re.search(r"\b(months?|years?|days?|weeks?)\b", low)


def _with_preposition(text: str, start: int) -> int:
    m = PREPOSITION.search(text[max(0, start - 10):start])
    return start - len(m.group(0)) if m else start


def _inside_quote(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    opens = before.count("“") + before.count("\u201c")
    closes = before.count("”")
    straight = before.count('"')
    return opens > closes or straight % 2 == 1


def _tense(doc, c_start: int, c_end: int) -> tuple[bool, bool]:
    """(future, past) for the verb the date belongs to: "is due to visit on Wednesday" is future."""
    span = doc.char_span(c_start, c_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False, False
    verb = span.root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    words = {verb.lower_} | {c.lower_ for c in verb.children}
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        words |= {verb.head.lower_} | {c.lower_ for c in verb.head.children}
    words |= {c.lower_ for c in verb.children for c in c.children if c.dep_ == "xcomp" or c.lower_ in ("due", "to")}
    future = bool(words & FUTURE_WORDS)
    past = not future and (verb.tag_ in PAST_TAGS or any(c.lower_ in ("had", "has", "was", "were", "did") for c in verb.children))
    return future, past


def _resolve(kind: str, g: dict, ref: dt.date | None, *, future: bool, past: bool) -> tuple[str | None, str | None]:
    if kind == "day-month-year" or kind == "month-day-year":
        return _day(int(g["year"]), MONTHS[g["month"].lower()], int(g["day"]))
    if kind == "month-year":
        return f"{int(g['year']):04d}-{MONTHS[g['month'].lower()]:02d}", "month"
    if kind == "year":
        return g["year"], "year"
    if kind == "parsed":
        return _dateparser(g["text"], ref)
    assert ref is not None
    if kind in ("month-day", "day-month"):
        month, day = MONTHS[g["month"].lower()], int(g["day"])
        year = _nearest_year(ref, lambda y: _safe_date(y, month, day), future=future, past=past)
        return _day(year, month, day) if year else (None, None)
    if kind == "month":
        month = MONTHS[g["month"].lower()]
        year = _nearest_year(ref, lambda y: dt.date(y, month, 15), future=future, past=past, slack=16)
        return f"{year:04d}-{month:02d}", "month"
    if kind == "deictic":
        word = g["word"].lower()
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}.get(word, -2)
        return (ref + dt.timedelta(days=offset)).isoformat(), "day"
    if kind == "weekday":
        return _weekday(ref, WEEKDAYS[g["weekday"].lower()], (g.get("mod") or "").strip().lower(), future=future).isoformat(), "day"
    if kind == "unit":
        return _unit(ref, g["mod"].lower().split()[-1], g["unit"].lower())
    if kind == "ago":
        count = g["count"].lower()
        n = int(count) if count.isdigit() else DATE_NUMBER_WORDS.get(count) or 1
        unit = g["unit"].lower()
        if unit == "day":
            return (ref - dt.timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            return _week(ref - dt.timedelta(weeks=n))
        if unit == "month":
            y, m = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            return f"{y:04d}-{m + 1:02d}", "month"
        return f"{ref.year - n:04d}", "year"
    return None, None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _day(y: int, m: int, d: int) -> tuple[str | None, str | None]:
    date = _safe_date(y, m, d)
    return (date.isoformat(), "day") if date else (None, None)


def _nearest_year(ref: dt.date, make, *, future: bool, past: bool, slack: int = 1) -> int | None:
    """The year that puts a year-less date nearest the reference, on the side the tense points to."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        date = make(y)
        if date is None:
            continue
        delta = (date - ref).days
        if past and delta > slack or future and delta < -slack:
            continue
        if best is None or abs(delta) < best[0]:
            best = (abs(delta), y)
    return best[1] if best else None


def _weekday(ref: dt.date, weekday: int, mod: str, *, future: bool) -> dt.date:
    """News is told in the past: "on Monday" is the latest Monday up to the publication day unless the verb looks ahead."""
    if mod == "next" or (future and mod != "last"):
        ahead = (weekday - ref.weekday()) % 7
        if mod == "next" and ahead == 0:
            ahead = 7
        return ref + dt.timedelta(days=ahead)
    back = (ref.weekday() - weekday) % 7
    if mod == "last" and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _week(day: dt.date) -> tuple[str, str]:
    monday = day - dt.timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", "week"


def _unit(ref: dt.date, mod: str, unit: str) -> tuple[str, str]:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[mod]
    if unit == "week":
        return _week(ref + dt.timedelta(weeks=step))
    if unit == "weekend":
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7) + dt.timedelta(weeks=step if step > 0 else 0)
        if step < 0 and ref.weekday() >= 5:
            saturday -= dt.timedelta(weeks=1)
        return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}", "week"
    if unit == "month":
        y, m = divmod(ref.year * 12 + ref.month - 1 + step, 12)
        return f"{y:04d}-{m + 1:02d}", "month"
    return f"{ref.year + step:04d}", "year"


def _dateparser(phrase: str, ref: dt.date | None) -> tuple[str | None, str | None]:
    """dateparser for what the rules do not cover ("the 5th of March 2021", "3 days ago"), with its own period as precision."""
    from dateparser.date import DateDataParser

    if ref is None and (re.search(r"\b(ago|last|next|this|yesterday|today|tomorrow)\b", phrase.lower()) or not re.search(r"\b\d{4}\b", phrase)):
        return None, None  # relative to a day no one gave: never to the day this runs
    data = _parser(DateDataParser, ref).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None, None
    d = data.date_obj.date()
    period = data.period
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "week":
        return _week(d)
    return d.isoformat(), "day"


_parsers: dict = {}


def _parser(cls, ref: dt.date | None):
    """One dateparser per reference day (its RELATIVE_BASE: "eleven days ago" counts back from the article's date)."""
    if ref not in _parsers:
        settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
        if ref is not None:
            settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
        _parsers[ref] = cls(languages=["en"], settings=settings)
    return _parsers[ref]


def date_mentions(analysed: Sequence[tuple[Article, object, list[Sentence]]]) -> dict[str, list[DateMention]]:
    """Every article's date mentions (`dates_in`), by article id: what `timeline` and the date divergences read.

    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> a = Article(id="a", original="It opened in 1997.")
    >>> [m.text for m in date_mentions(nlp.analysed([a]))["a"]]
    ['in 1997']
    """
    return {article.id: dates_in(article, doc) for article, doc, _ in analysed}


def timeline(analysed: Sequence[tuple[Article, object, list[Sentence]]], *, mentions: dict[str, list[DateMention]],
             min_overlap: float = 0.5) -> list[TimelineItem]:
    """The story's dated items, oldest first; one item per dated event, with every outlet that reports it.

    `analysed` is `newsweave.nlp.analysed(articles)`; `mentions` is `date_mentions(analysed)`. Items about the same date from different outlets merge when their clauses share at least
    `min_overlap` of their content words. Unresolved items come last.

    >>> import datetime as dt
    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> a = Article(id="a", original="The port closed on Monday. It opened in 1997.", published=dt.date(2022, 2, 8))
    >>> told = nlp.analysed([a])
    >>> [(i.date, i.text) for i in timeline(told, mentions=date_mentions(told))]
    [('1997', 'It opened in 1997.'), ('2022-02-07', 'The port closed on Monday.')]
    """
    members = []
    for article, doc, _sentences in analysed:
        for mention, (c_start, c_end), words in _mentions_with_clauses(article, doc, mentions[article.id]):
            members.append(_Member(article, mention, c_start, c_end, words))
    groups = _merge(members, min_overlap)
    items = []
    for group in groups:
        best = max(group, key=lambda m: (not has_holes(m.text), sum(_overlap(m.words, o.words) for o in group), m.article.published is not None, -len(m.text)))
        sources = tuple(dict.fromkeys(m.article.id for m in group))
        evidence = tuple(dict.fromkeys(m.article.evidence(m.c_start, m.c_end) for m in group))
        first = group[0].mention
        items.append(TimelineItem(date=first.date, text=best.text, sources=sources, evidence=evidence, resolved=first.resolved,
                                  phrase=best.mention.text))
    order = {id(g[0]): i for i, g in enumerate(groups)}
    items_groups = list(zip(items, groups))
    items_groups.sort(key=lambda ig: (not ig[0].resolved, date_key(ig[0].date, ig[1][0].mention.precision), order[id(ig[1][0])]))
    return [i for i, _ in items_groups]


class _Member:
    __slots__ = ("article", "mention", "c_start", "c_end", "words", "text")

    def __init__(self, article, mention, c_start, c_end, words):
        c_start += dateline_end(article.body[c_start:c_end], least_after=20)  # what happened, not the wire's dateline
        self.article, self.mention, self.c_start, self.c_end, self.words = article, mention, c_start, c_end, words
        self.text = " ".join(article.body[c_start:c_end].split())


def _mentions_with_clauses(article: Article, doc, mentions: list[DateMention]):
    """Each of an article's date mentions with the clean-text span of the clause it belongs to and that clause's content words."""
    body = text_of(doc)
    for mention in mentions:
        c_start = article.clean_offset(mention.start)
        if is_dateline(body, c_start):
            continue
        span = doc.char_span(c_start, min(c_start + max(len(mention.text), 1), len(body)), alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        key = (mention.date, _phrase_key(mention.text) if not mention.resolved else "")
        others = [m for m in mentions if m is not mention and sent.start_char <= article.clean_offset(m.start) < sent.end_char
                  and (m.date, _phrase_key(m.text) if not m.resolved else "") != key]
        tokens = clause(sent, span) if others else list(sent)
        if span[-1].sent.start != sent.start:
            # "since December. 23": a stray full stop split the date across two sentences.
            tokens = list(sent) + [t for t in span[-1].sent]
        tokens = [t for t in tokens if not t.is_space]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in ".!?\"”":
            tokens.pop()
        if tokens and tokens[0].text in "([" and not any(t.text in ")]" for t in tokens):
            tokens = tokens[1:]  # "(Her album came out this week.": an aside whose bracket closes later
        words = {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
                 and not t.is_stop and t.lemma_.lower() not in SAYING and not (span.start <= t.i < span.end)}
        if not words or not any(is_predicate(t) for t in tokens):
            continue  # "December 19.", "1997, as the port of the island.": a date with nothing said to happen on it
        s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        yield mention, (s, e), words


DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]+(?:,\s*|\s*\([^)]*?)$")
# "(Published Tuesday, June 23, 2031)", "Updated: March 3": the page's own stamp, not an event
STAMP = re.compile(rf"\b{PUBLISHED}(?: on| at)?\s*:?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", re.I)


def is_predicate(t) -> bool:
    """A verb that says something happened, not one used as an adjective ("the ruling party")."""
    return t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"


def is_dateline(body: str, c_start: int) -> bool:
    """ "SALTMERE, March 12 (Herald) -", "MOSCOW (Agency - 08th February, 2022)" and "(Published Tuesday, ...)"
    date the report, not an event."""
    line_start = body.rfind("\n", 0, c_start) + 1
    return (c_start - line_start < 80 and bool(DATELINE.match(body[line_start:c_start]))
            or bool(STAMP.search(body[max(line_start, c_start - 30):c_start])))


def date_verb(date_span):
    """The verb a date goes with: up from the date's root to the first verb (the root when none)."""
    verb = date_span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def clause(sent, date_span) -> list:
    """The tokens of the clause the date belongs to: the contiguous part of its verb's subtree that holds no other clause."""
    verb = date_verb(date_span)
    dropped = set()
    for t in verb.subtree:
        if t.i == verb.i or t.i in dropped:
            continue
        if t.dep_ in ("relcl", "ccomp", "advcl", "conj", "parataxis", "acl") and t.pos_ in ("VERB", "AUX") \
                and not (t.left_edge.i <= date_span.start and date_span.end - 1 <= t.right_edge.i):
            dropped.update(x.i for x in t.subtree)
    kept = {t.i for t in verb.subtree if t.i not in dropped}
    # An evidence span is contiguous: keep the run of kept tokens around the date.
    lo = hi = date_span.start
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    if verb.dep_ == "relcl" and verb.head.i < lo:
        # "dredging work that began on March 3": the clause reads better with the noun it describes.
        lo = verb.head.i
        doc = sent.doc
        while lo - 1 >= sent.start and (doc[lo - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or doc[lo - 1].tag_ == "VBG"):
            lo -= 1
    tokens = [t for t in sent if lo <= t.i <= hi]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ".!?\"”" or tokens[-1].pos_ == "CCONJ"):
        tokens.pop()
    if len(tokens) < 4:
        return list(sent)
    return tokens


def _overlap(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _merge(members: list[_Member], min_overlap: float) -> list[list[_Member]]:
    """Single-link merge within one date (or one unresolved phrase): same day, similar clause, one event."""
    groups: list[list[_Member]] = []
    by_key: dict = {}
    for m in members:
        key = (m.mention.date, m.mention.precision) if m.mention.resolved else ("?", _phrase_key(m.mention.text))
        by_key.setdefault(key, []).append(m)
    for key, bucket in by_key.items():
        one_event = UnionFind(range(len(bucket)))
        for i in range(len(bucket)):
            for j in range(i + 1, len(bucket)):
                a, b = bucket[i], bucket[j]
                same_clause = a.article.id == b.article.id and a.c_start == b.c_start and a.c_end == b.c_end
                if same_clause or (len(a.words & b.words) >= 2 and _overlap(a.words, b.words) >= min_overlap):
                    one_event.union(i, j)
        groups.extend([bucket[i] for i in group] for group in one_event.groups())
    return groups


def _phrase_key(text: str) -> str:
    return re.sub(r"(?i)^(late on|early on|on|in|from|since|until|till|by|during|as of)\s+", "", text).lower()


def date_key(date: str | None, precision: str | None) -> tuple:
    if not date:
        return (dt.date.max, 0)
    first = date.split("/")[0]
    parts = [int(p) for p in first.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return (dt.date(*parts), PRECISION_RANK.get(precision or "day", 3))


__all__ = ["dates_in", "date_mentions", "timeline"]
