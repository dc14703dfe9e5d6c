"""RSS and Atom feeds through feedparser: one article per item.

An item's text is its full content when the feed carries it (`content:encoded`, Atom `content`), else its
summary; markup goes through the HTML reader like any page. An item with a headline and no body is
still an article (its text is the headline): feeds of headlines are news too. An item with neither is
reported as skipped, and the feed's other items are read: an empty item is the feed's, not a bad input
the user could fix.

An item's id is its guid (Atom `id`), else its link, made safe by `ids.id_from`, else `<file stem>-<n>`:
a guid stays the same when the feed is fetched again, so the same item keeps its id. Its source is the
outlet the item names (RSS `<source>`, Atom `<source><title>`, `dc:publisher`), else the feed's title.

>>> feed = b'<rss version="2.0"><channel><title>Bay Wire</title><item><title>Port reopens</title></item></channel></rss>'
>>> [(a.id, a.source, a.original) for a in from_feed(feed, "bay", "bay.xml")]
[('bay-1', 'Bay Wire', 'Port reopens')]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import io
from collections.abc import Iterator

from newsweave.model import Article, NewsweaveError, Skipped
from newsweave.read.html import from_html
from newsweave.read.ids import id_from
from newsweave.read.text import from_text


def from_feed(data: bytes, stem: str, name: str) -> Iterator[Article | Skipped]:
    """The articles of the feed in `data` (the bytes of file `name`), and the items skipped with why;
    a `NewsweaveError` when `data` is no RSS or Atom feed, or one without items."""
    import feedparser

    if not data.strip():
        raise NewsweaveError(name, "the file is empty", "remove it or give it the feed's XML")
    # a stream, never a string: given a string, feedparser fetches it when it looks like a URL and opens
    # it when it names a file
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.version or (feed.bozo and not feed.entries):
        raise NewsweaveError(name, "is not an RSS or Atom feed", "give feeds as .xml, .rss or .atom, and other XML not at all")
    if not feed.entries:
        raise NewsweaveError(name, "is a feed with no items", "remove it, or save the feed again when it has items")
    warnings = (f"{name}: feedparser reports a problem ({feed.bozo_exception}); items read as far as it could",) if feed.bozo else ()
    feed_title = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, 1):
        item = _item(entry, n, stem, f"{name}[item {n}]", feed_title, warnings)
        yield item if item is not None else Skipped(f"{name}[item {n}]", "the feed item has no title and no text")


def _item(entry, n: int, stem: str, where: str, feed_title: str | None, warnings: tuple[str, ...]) -> Article | None:
    title = (entry.get("title") or "").strip() or None
    known = {
        "title": title,
        "url": _link(entry),
        "source": (entry.get("source") or {}).get("title") or entry.get("publisher") or feed_title,
    }
    published, problem = _published(entry)
    if problem:
        warnings = warnings + (f"{where}: {problem}",)
    article_id = id_from(entry.get("id")) or id_from(known["url"]) or f"{stem}-{n}"
    body, kind = _body(entry)
    article = None
    if body and "html" in kind and "<" in body:  # RSS calls every description HTML, most hold plain text
        try:
            article = from_html(f"<html><body><article>{body}</article></body></html>", article_id, where, warnings, **known)
        except NewsweaveError:
            warnings = warnings + (f"{where}: its text held nothing but markup; read its title",)
    elif body:
        article = from_text(body, article_id, where, warnings)
    if article is None:
        if title is None:
            return None
        article = Article(id=article_id, original=title, input=where, warnings=warnings)
    # the feed's date is the item's, never one the extractor guessed from its text
    return dataclasses.replace(article, **{k: v for k, v in known.items() if v}, published=published)


def _link(entry) -> str | None:
    """The item's web address; not an id feedparser offers as one (Atom's `tag:` ids)."""
    link = (entry.get("link") or "").strip()
    return link if link.lower().startswith(("http://", "https://")) else None


def _body(entry) -> tuple[str, str]:
    """The item's fullest text and its media type: its content, else its summary."""
    for part in entry.get("content") or ():
        if (part.get("value") or "").strip():
            return part["value"].strip(), part.get("type") or "text/html"
    summary = (entry.get("summary") or "").strip()
    return summary, (entry.get("summary_detail") or {}).get("type") or "text/html"


def _published(entry) -> tuple[dt.date | None, str | None]:
    """The item's date as the feed writes it (its published, else its updated date), and a problem to warn of.

    The date is read in the feed's own time zone: "Mon, 10 Mar 2031 23:30:00 -0500" is 10 March, where
    feedparser's UTC form would say 11 March.

    >>> _published({"published": "Mon, 10 Mar 2031 23:30:00 -0500"}), _published({"updated": "2031-03-10T23:30:00-05:00"})[0]
    ((datetime.date(2031, 3, 10), None), datetime.date(2031, 3, 10))
    """
    problem = None
    for key in ("published", "updated"):
        raw = (dict.get(entry, key) or "").strip()  # not entry.get: feedparser answers "updated" with "published"
        if not raw:
            continue
        for parse in (email.utils.parsedate_to_datetime, dt.datetime.fromisoformat):
            try:
                return parse(raw).date(), None
            except (TypeError, ValueError):
                pass
        parsed = dict.get(entry, f"{key}_parsed")  # a form feedparser knows and the standard library does not
        if parsed:
            return dt.date(*parsed[:3]), None
        problem = problem or f"the {key} date {raw!r} is not a date newsweave can read; ignored"
    return None, problem
