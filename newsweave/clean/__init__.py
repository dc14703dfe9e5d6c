"""Clean scraped articles the way an editor would: keep the story, remove the page around it.

Every line is decided by evidence: its position relative to the article's body (the densest run of
sentence-like lines), its punctuation and length, the vocabulary of page debris, repetition of the
headline, and the shapes pages repeat: a thread of posts each under a signed and timed line, a box
of links under a "Related" heading, a list of headlines each with a teaser. Kept lines become the cleaned `text`; every removed line is reported with its reason;
`segments` map the cleaned text back to the original.

>>> from newsweave.model import Article
>>> [a] = clean([Article(id="x", original="Storm closes port\\n\\nThe port closed on Monday after a storm hit the coast.\\nShare this article")])
>>> a.title, a.text, [r.reason for r in a.removed]
('Storm closes port', 'The port closed on Monday after a storm hit the coast.', ['share-buttons'])
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsweave.clean.debris import COMMENTS_HEADING, RELATED_HEADING, RELATIVE_AGE, debris_reason, is_stamp
from newsweave.clean.glue import StoryWords, glue_splits, story_words
from newsweave.clean.meta import (
    dateline_date, dateline_outlet, find_date, is_site_name, name_for_domain, outlet_from_lines, split_title,
)
from newsweave.lexicon.en import PUBLISHED, STOPWORDS
from newsweave.model import Article, RemovedLine, Segment
from newsweave.params import ISOLATED, LINE_WEIGHTS, NEAR_SHARED, STANDFIRST_WORDS
from newsweave.read.text import date_token

TERMINAL = tuple('.!?"”’\')…:\x94\x92')  # \x94 \x92: closing quotes of cp1252 text read as Latin-1
SEPARATOR = "\n\n"
# control characters and paragraph marks that wire formats put around a paragraph ("\x19Text.<")
MARKUP_EDGES = re.compile(r"^[\x00-\x1f\s]+|[\s<]+$")
# "By Kim Lee", "By: Staff", "Posted by ...": who wrote it, never the headline
PUBLISHED_STAMP = re.compile(rf"\({PUBLISHED}\b[^()\n]{{4,60}}\)", re.I)
BYLINE_LIKE = re.compile(r"^(?:by\b|posted by\b|written by\b)", re.I)


@dataclass(frozen=True)
class Line:
    """A line as a reader sees it: one physical line, or several when the text is hard-wrapped
    mid-sentence (then `parts` are their spans and `text` joins them with spaces)."""

    start: int
    end: int
    text: str
    parts: tuple[tuple[int, int], ...] = ()

    def pieces(self) -> list[tuple[int, int, int]]:
        """(offset in `text`, offset in the original, length) of each physical part."""
        if not self.parts:
            return [(0, self.start, len(self.text))]
        out, at = [], 0
        for start, end in self.parts:
            out.append((at, start, end - start))
            at += end - start + 1
        return out

    @property
    def words(self) -> int:
        return len(self.text.split())


def clean(articles: Iterable[Article]) -> list[Article]:
    """Clean every article; the articles of one call are one input, so they lend each other evidence
    (the words used to repair glued words)."""
    articles = [articles] if isinstance(articles, Article) else list(articles)
    for a in articles:
        if not isinstance(a, Article):
            raise TypeError(f"clean() takes Article records, not {type(a).__name__} {a!r:.60}: read paths first, "
                            "`newsweave.clean(newsweave.read(paths)[0])`")
    words = story_words(a.original for a in articles)
    return [clean_article(a, words) for a in articles]


def clean_article(article: Article, words: StoryWords | None = None) -> Article:
    """Clean one article (see `clean`)."""
    text = article.original
    _, body_start = date_token(text)
    lines = split_lines(text, body_start)
    if words is None:
        words = story_words([text])
    reasons: list[str | None] = [debris_reason(line.text) for line in lines]
    # an embedded post is taken out of the body but sits inside it: it must not split the body region
    kinds = [line_kind(line.text) if reason in (None, "embedded-post") else "debris" for line, reason in zip(lines, reasons)]

    in_thread = set()  # comments are prose too: they must not pull the body region down the page
    for start, end in comment_threads(lines, kinds):
        in_thread.update(range(start, end + 1))
        kinds[start: end + 1] = ["debris"] * (end + 1 - start)
    if article.extracted:
        # the extractor has taken the page away: every line is the story's unless its own words say otherwise
        first, last = 0, len(lines) - 1
    else:
        first, last = body_region(kinds)
        first = _lead_above_box(lines, kinds, first)
    _cut_at_trailers(lines, reasons, kinds, first, last)
    title_index, title_text, site_from_title = _find_title(lines, reasons, first, article)
    site_line = None
    if lines and title_index != 0 and is_site_line(lines, 0):
        site_line = lines[0].text
        reasons[0] = "site-name"

    deck = _standfirst(lines, reasons, kinds, title_index, first, title_text)
    for i, line in enumerate(lines):
        if i == title_index or i == deck or reasons[i] is not None:
            continue
        if title_text and is_repeated_title(line.text, title_text):
            reasons[i] = "repeated-title"
        elif i < first:
            reasons[i] = "navigation" if kinds[i] != "good" else "outside-body"
        elif i > last:
            reasons[i] = "related-list" if RELATIVE_AGE.match(line.text) else "comments" if i in in_thread else "boilerplate"
        elif i in in_thread:
            reasons[i] = "comments"
        elif kinds[i] == "short" and not article.extracted and not is_heading(line.text) and not _between_prose(kinds, i, line.text):
            reasons[i] = "navigation"

    all_text = [line.text for line in lines]
    body_lines = [l.text for l, r in zip(lines, reasons) if r is None]
    if site_from_title and is_site_name(site_from_title):
        site_from_title = name_for_domain(site_from_title, text) or site_from_title
    source = (article.source or site_line or site_from_title or next(filter(None, map(dateline_outlet, body_lines[:2])), None)
              or outlet_from_lines(all_text))
    published = article.published or next(filter(None, (dateline_date(t, text) for t in body_lines[:2])), None)
    if published is None:
        meta_lines = [l.text for l, r in zip(lines, reasons) if r in ("dateline-meta", "navigation", "byline")]
        # a page's stamp run into the story's first lines: "... at 5 p.m. (Published Tuesday, June 23, 2031)"
        stamps = [m.group() for t in body_lines[:3] for m in PUBLISHED_STAMP.finditer(t)]
        for candidate in meta_lines + stamps + [t[:160] for t in body_lines[:2]]:
            published = find_date(candidate)
            if published:
                break

    kept = [line for i, line in enumerate(lines) if reasons[i] is None and i != title_index]
    if not kept and title_index is not None and reasons[title_index] is None and len(lines) == 1:
        # a text of one line is what the article says, not a headline over nothing
        kept, title_index, title_text = [lines[title_index]], None, None
    body, segments = _assemble(kept, words)
    removed = tuple(RemovedLine(l.start, l.end, text[l.start:l.end], r) for l, r in zip(lines, reasons) if r is not None)
    title_span = (lines[title_index].start, lines[title_index].end) if title_index is not None else None
    return dataclasses.replace(
        article,
        text=body,
        segments=segments,
        removed=removed,
        title=article.title or (MARKUP_EDGES.sub("", title_text) if title_text else None),
        title_span=title_span,
        source=source,
        published=published,
        cleaned=True,
    )


def split_lines(text: str, start: int = 0) -> list[Line]:
    """Non-blank lines of `text` from `start`, stripped, with their offsets; a line that stops
    mid-sentence and is continued by a line starting in lower case is one line (hard-wrapped text)."""
    physical = []
    for match in re.finditer(r"[^\n\r]+", text[start:]):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        begin = start + match.start() + (len(raw) - len(raw.lstrip()))
        physical.append((begin, begin + len(stripped), stripped))
    lines: list[Line] = []
    group: list[tuple[int, int, str]] = []
    width = _wrap_width(physical)
    for part in physical:
        if group and (_continues(group[-1][2], part[2]) or width and _wrapped(group[-1], part, width, text)):
            group.append(part)
            continue
        if group:
            lines.append(_line(group))
        group = [part]
    if group:
        lines.append(_line(group))
    return lines


def _continues(previous: str, following: str) -> bool:
    return (not previous.endswith(TERMINAL) and following[:1].islower() and len(previous.split()) >= 3
            and not following.startswith(("www.", "http:", "https:")))  # a web address starts a line of its own


def _wrap_width(physical: list[tuple[int, int, str]], widest: int = 100) -> int | None:
    """The width text was hard-wrapped at (its longest line), or None when it was not: in wrapped text
    most lines of some length end near that width; in text laid out by paragraph they do not."""
    lengths = [len(p[2]) for p in physical]
    if len(lengths) < 5 or max(lengths) > widest:
        return None
    width = max(lengths)
    long = [n for n in lengths if n >= width // 2]
    return width if sum(1 for n in long if n >= width - 20) >= 0.5 * len(long) else None


def _wrapped(previous: tuple[int, int, str], following: tuple[int, int, str], width: int, text: str) -> bool:
    """In hard-wrapped text, a line filled nearly to the width, with no end of sentence or paragraph
    mark, goes on in the next line unless a blank line or a paragraph mark starts a new paragraph."""
    tail, head = previous[2], following[2]
    return (len(tail) >= width - 25 and len(tail.split()) >= 3 and not tail.endswith(TERMINAL + ("<",))
            and text.count("\n", previous[1], following[0]) == 1 and head[:1] >= " " and any(c.isalpha() for c in head))


def _line(group: list[tuple[int, int, str]]) -> Line:
    if len(group) == 1:
        start, end, text = group[0]
        return Line(start, end, text)
    return Line(group[0][0], group[-1][1], " ".join(p[2] for p in group), tuple((p[0], p[1]) for p in group))


def line_kind(text: str) -> str:
    """`good` (a sentence of prose), `medium` (a short sentence) or `short` (a label, a heading, a menu item)."""
    text = MARKUP_EDGES.sub("", text)
    tokens = text.split()
    n = len(tokens)
    if n == 0:
        return "short"
    stop = sum(1 for t in tokens if t.lower().strip(".,;:!?\"“”‘’'()") in STOPWORDS) / n
    ends = text.endswith(TERMINAL) and not text.endswith(CUT_SHORT)
    if n >= 10 and stop >= 0.18 and (ends or n >= 25 or "," in text):
        return "good"
    if n >= 4 and ends and stop >= 0.12 and not text.endswith(":"):
        return "medium"
    return "short"


def comment_threads(lines: list[Line], kinds: list[str], fewest: int = 3, widest_gap: int = 10) -> list[tuple[int, int]]:
    """First and last line of each thread of posts: at least `fewest` signature lines (a name with a
    time or date, see `is_stamp`), each followed by prose, no more than `widest_gap` lines apart.
    An article has a byline or two; a thread of comments has one per post, at a steady pace: a
    first signature much further from the next than the posts are from each other is the article's."""
    prose = ("good", "medium")
    chains: list[list[int]] = []
    chain: list[int] = []  # the first signature of each post
    previous = -1
    for i, line in enumerate(lines):
        if not is_stamp(line.text):
            continue
        if chain and i - previous <= widest_gap:
            if any(kinds[j] in prose for j in range(previous + 1, i)):
                chain.append(i)
        else:
            chains.append(chain)
            chain = [i]
        previous = i
    chains.append(chain)
    threads = []
    for chain in chains:
        # a comments heading inside the chain: the posts start after it, what is before is the article's
        headings = [j for j in range(chain[0], chain[-1]) if COMMENTS_HEADING.match(lines[j].text)] if chain else []
        if headings:
            chain = [i for i in chain if i > headings[-1]]
        while len(chain) >= max(fewest, 3):
            gaps = sorted(b - a for a, b in zip(chain[1:], chain[2:]))
            if chain[1] - chain[0] <= 2 * gaps[len(gaps) // 2]:
                break
            chain = chain[1:]
        if len(chain) < fewest:
            continue
        end = chain[-1]
        while end + 1 < len(lines) and end + 1 - chain[-1] <= widest_gap and kinds[end + 1] in prose:
            end += 1
        threads.append((chain[0], end))
    return threads


# a teaser cut off by the page ("A worldwide shortage of hops is forcing ...") is not a finished sentence
CUT_SHORT = ("...", "…")


def body_region(kinds: list[str]) -> tuple[int, int]:
    """First and last line of the article body: the run of lines whose prose outweighs the labels
    and debris between them (a maximum-sum run, as in Kadane's algorithm); a lone paragraph between
    labels weighs less, so a list of headlines with teasers does not outweigh the story.

    >>> body_region(["short", "good", "good", "short", "debris", "short", "good", "short"])
    (1, 2)
    """
    if not kinds:
        return 0, -1
    best, best_span, total, start = float("-inf"), (0, -1), 0.0, 0
    last = len(kinds) - 1
    for i, kind in enumerate(kinds):
        score = LINE_WEIGHTS[kind]
        if kind == "good" and (i == 0 or kinds[i - 1] == "short") and (i == last or kinds[i + 1] == "short"):
            score *= ISOLATED
        if total <= 0:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_span = total, (start, i)
    if best <= 0:
        return 0, len(kinds) - 1
    return best_span


def _lead_above_box(lines: list[Line], kinds: list[str], first: int, longest_box: int = 15) -> int:
    """The body's first line, moved up over a related-links box set between the opening paragraphs
    and the rest of the story (heading, a few links, then the story again): the lines above the box
    are the story's lead."""
    prose = ("good", "medium")
    while first > 1:
        heading = next((h for h in range(first - 1, max(first - 2 - longest_box, 0), -1)
                        if kinds[h] in prose or RELATED_HEADING.match(lines[h].text)), None)
        if heading is None or kinds[heading] in prose or kinds[heading - 1] not in prose:
            return first
        first = heading - 1
        while first > 0 and kinds[first - 1] in prose:
            first -= 1
    return first


def _cut_at_trailers(lines: list[Line], reasons: list, kinds: list[str], first: int, last: int) -> None:
    """A "Related Topics" or comments heading after the body starts ends the article: it and
    everything after it is removed (keeping the more specific reason of a line where there is one)."""
    for i in range(first + 1, len(lines)):
        text = lines[i].text
        if RELATED_HEADING.match(text):
            reason = "related-list"
            resume = _story_resumes(kinds, i, last)
            if resume is not None:
                # a box of links set inside the story: it goes, the story goes on after it
                for j in range(i, resume):
                    if reasons[j] is None:
                        reasons[j] = reason
                continue
        elif COMMENTS_HEADING.match(text):
            reason = "comment-form"
        else:
            continue
        for j in range(i, len(lines)):
            if reasons[j] is None or reasons[j] in ("share-buttons", "dateline-meta", "byline", "image-credit"):
                reasons[j] = reason if j == i or reasons[j] is None else reasons[j]
        return


def _story_resumes(kinds: list[str], heading: int, last: int, longest_box: int = 15, run: int = 2) -> int | None:
    """Where the story resumes after a related-links box inside the body: the first of `run`
    prose lines in a row (a teaser list alternates titles and single prose lines) within
    `longest_box` lines of the heading; None when the story does not resume."""
    for j in range(heading + 1, min(heading + 1 + longest_box, last + 1)):
        if kinds[j] == "good" and all(k in ("good", "medium") for k in kinds[j: j + run]) and j + run - 1 <= last:
            return j
    return None


def _find_title(lines: list[Line], reasons: list, first: int, article: Article) -> tuple[int | None, str | None, str | None]:
    """The headline line: the first title-like line at the top, or the title-like line just above the
    body when the top is a page title; the cleaner of the two candidates when they repeat each other."""
    echo = _title_echo(lines, reasons, first)
    if echo is not None:
        head, site = split_title(lines[0].text)
        return echo, split_title(lines[echo].text)[0], site if echo != 0 else split_title(lines[echo].text)[1]
    top = next((i for i, l in enumerate(lines[:3]) if reasons[i] is None and not is_site_line(lines, i)), None)
    top_title = top_site = None
    if top is not None and top <= first and is_title_like(lines[top].text):
        top_title, top_site = split_title(lines[top].text)
        if top_title is not None and _shares_nothing(top_title, lines, first):
            top_title = top_site = None  # a label or a photo's credit left at the top ("Lowton Ferries"), not a headline
    near = _near_title(lines, reasons, first, top)
    if top_title is None and near is None:
        return None, None, None
    if near is None or (top_title is not None and first - top <= 2 and not top_site):
        return top, top_title, top_site
    near_text = lines[near].text
    if top_title is not None and (is_repeated_title(near_text, top_title) or is_repeated_title(top_title, near_text)):
        if near - top > 2 and (top_site or len(near_text) >= len(top_title)):
            return near, near_text, top_site
        return top, top_title, top_site
    if top_title is not None and near > top + 8:
        return near, near_text, top_site
    if top_title is not None:
        return top, top_title, top_site
    return near, near_text, None


def _standfirst(lines: list[Line], reasons: list, kinds: list[str], title: int | None, first: int, title_text: str | None) -> int | None:
    """The line right under a headline that sits above the body, when it reads as a second headline
    or a summary (the standfirst): part of the article, so kept."""
    if title is None or title + 1 >= first or title + 1 >= len(lines) or reasons[title + 1] is not None:
        return None
    text = lines[title + 1].text
    if is_stamp(text) or find_date(text) or BYLINE_LIKE.match(text) or (title_text and is_repeated_title(text, title_text)):
        return None
    if kinds[title + 1] in ("good", "medium") or (is_title_like(text) and len(text.split()) >= STANDFIRST_WORDS and ":" not in text):
        return title + 1
    return None


def _near_title(lines: list[Line], reasons: list, first: int, top: int | None, reach: int = 10) -> int | None:
    """The headline just above the body: of the title-like lines there that are not a date, a time or
    a byline, the one whose words the opening paragraphs use most (a headline names what the story
    tells; a label or a sign-up prompt does not), then the longer (four words or more), then the nearest."""
    body = {w for line in lines[first: first + 5] for w in _normal(line.text).split() if len(w) > 2 and w not in STOPWORDS}
    best, best_key = None, None
    for i in range(first - 1, max(first - reach, -1), -1):
        text = lines[i].text
        if reasons[i] is not None or i == top or not is_title_like(text) or is_stamp(text) or find_date(text) or BYLINE_LIKE.match(text):
            continue
        words = [w for w in _normal(text).split() if len(w) > 2 and w not in STOPWORDS]
        shared = sum(1 for w in set(words) if w in body)
        key = (min(shared, NEAR_SHARED), len(text.split()) >= 4, i)
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


def _shares_nothing(title: str, lines: list[Line], first: int, shortest: int = 4) -> bool:
    """A line of fewer than `shortest` words none of whose words the opening paragraphs use."""
    words = {w for w in _normal(title).split() if len(w) > 2 and w not in STOPWORDS}
    if len(title.split()) >= shortest or not words:
        return False
    body = {w for line in lines[first: first + 5] for w in _normal(line.text).split()}
    return not words & body


def _title_echo(lines: list[Line], reasons: list, first: int) -> int | None:
    """On a page whose first line is the page title (often with the site's name before or after it)
    and whose body starts further down, the headline is the line near the body that repeats the
    page title: the longest such line, the nearest to the body among equals."""
    if first < 4 or not lines:
        return None
    page = set(_normal(lines[0].text).split())
    best, best_key = None, None
    for i in range(1, min(first + 2, len(lines))):
        if reasons[i] is not None:
            continue
        words = _normal(lines[i].text).split()
        share = sum(1 for w in words if w in page) / len(words) if len(words) >= 2 else 0.0
        if share < 0.6 or not is_title_like(lines[i].text.rstrip(".")):
            continue
        key = (round(share, 1), len(words), i)
        if (len(words) >= 3 or len(words) >= 0.5 * len(page)) and (best_key is None or key > best_key):
            best, best_key = i, key
    return best


def is_site_line(lines: list[Line], i: int) -> bool:
    """A site's name alone on the first line: a domain, or a short name the page repeats (in a byline,
    a footer) above a longer title-like line."""
    if i != 0 or not lines:
        return False
    text = lines[0].text
    if is_site_name(text):
        return True
    if len(text.split()) > 4 or len(lines) < 2 or not is_title_like(lines[1].text):
        return False
    needle = text.lower()
    return any(needle in other.text.lower() for other in lines[2:])


def is_title_like(text: str) -> bool:
    """A line that could be a headline: a few words, not a sentence ended by a period (inside closing
    quote marks too: `... said the storm "was the worst in years."` is a lede, not a headline).

    >>> is_title_like("Storm closes Saltmere harbour"), is_title_like('Varga said the storm "was the worst in years."')
    (True, False)
    """
    n = len(text.split())
    end = text.rstrip("”\"’'")
    return 2 <= n <= 30 and not end.endswith((".", ":", ",")) and debris_reason(text) is None and text[:1].isupper() or (
        2 <= n <= 30 and text[:1] in "‘'\"“" and not end.endswith("."))


def _between_prose(kinds: list[str], i: int, text: str) -> bool:
    """A short line of several words set between two paragraphs: a sub-heading or a line of dialogue."""
    prose = ("good", "medium")
    return 0 < i < len(kinds) - 1 and kinds[i - 1] in prose and kinds[i + 1] in prose and len(text.split()) >= 2


def is_heading(text: str) -> bool:
    """A sub-heading that belongs to the article: a few words, capitalised, not a label or a list item."""
    n = len(text.split())
    return 2 <= n <= 15 and text.lstrip("'\"‘“")[:1].isupper() and not text.endswith(("..", "…", ":")) and not RELATIVE_AGE.match(text)


@lru_cache(maxsize=4096)  # the headline is normalised once per line it is compared with
def _normal(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def is_repeated_title(line: str, title: str) -> bool:
    """Whether a line repeats the headline (exactly, with a final period, in other capitals, or a
    long part of it).

    >>> is_repeated_title("Storm closes port.", "Storm Closes Port")
    True
    """
    a, b = _normal(split_title(line)[0]), _normal(title)
    if not a or not b:
        return False
    if a == b or (b in a and len(a) <= len(b) + 3):
        return True
    line_words, title_words = a.split(), set(b.split())
    shared = sum(1 for w in line_words if w in title_words)
    return len(line_words) >= 4 and shared >= 0.9 * len(line_words) and shared >= 0.5 * len(title_words)


def _assemble(kept: list[Line], words: StoryWords) -> tuple[str, tuple[Segment, ...]]:
    """The cleaned text (kept lines as paragraphs, glued words split) and its map to the original."""
    parts: list[str] = []
    segments: list[Segment] = []
    at = 0
    for n, line in enumerate(kept):
        if n:
            parts.append(SEPARATOR)
            at += len(SEPARATOR)
        cuts = set(glue_splits(line.text, words))
        for offset, original_start, length in line.pieces():
            if offset:
                parts.append(" ")  # the line break of hard-wrapped text
                at += 1
            bounds = sorted({0, length} | {c - offset for c in cuts if 0 < c - offset < length})
            for a, b in zip(bounds, bounds[1:]):
                if a:
                    parts.append(" ")  # the space a glued word was missing
                    at += 1
                segments.append(Segment(at, original_start + a, b - a))
                parts.append(line.text[offset + a: offset + b])
                at += b - a
    return "".join(parts), tuple(segments)
