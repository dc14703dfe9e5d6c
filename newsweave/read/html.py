"""Raw HTML pages through trafilatura: body text, title, date, site name and URL."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from newsweave.clean.debris import RELATED_HEADING, debris_reason
from newsweave.clean.meta import split_title
from newsweave.model import Article, NewsweaveError

SEPARATOR = re.compile(r"\s+[|–—-]\s+")  # between a headline and what a site appends to it
WORD = re.compile(r"\w+")


def from_html(html: str, article_id: str, input_name: str, warnings: tuple[str, ...] = (), **known) -> Article:
    """Extract the article of an HTML page. The extracted text becomes the article's `original`:
    offsets of every later stage index it (the markup itself is not kept).

    The page is extracted twice, with trafilatura's defaults and with `favor_recall`, and the longer
    text is kept: where the two differ, the shorter has most often lost part of the story (a page's
    own layout the defaults cut at), seldom kept less furniture (benchmarks/pages.py)."""
    import trafilatura

    tree = trafilatura.load_html(html)  # parsed once: trafilatura extracts from its own copies
    if tree is None:
        raise NewsweaveError(input_name, "not an HTML page that can be parsed", "check that the file holds a web page")
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    more = trafilatura.bare_extraction(tree, include_comments=False, favor_recall=True)
    more_text = getattr(more, "text", None) if more is not None else None
    if more_text and len(more_text.split()) > len((text or "").split()):
        text = more_text
    if not text or not text.strip():
        raise NewsweaveError(input_name, "no article text found in the HTML page", "check that the page holds an article")
    source = known.get("source") or getattr(doc, "sitename", None)
    title = known.get("title") or _unless_furniture(headline(tree, getattr(doc, "title", None), source))
    published = known.get("published") or _date(_dated(tree, getattr(doc, "date", None)))
    url = known.get("url") or getattr(doc, "url", None)
    return Article(
        id=article_id, original=text, input=input_name, title=title, published=published,
        source=source, url=url, warnings=warnings, extracted=True,
    )


def headline(tree, title: str | None, site: str | None) -> str | None:
    """The page's headline: its `<h1>`, the one sharing most words with the page's `<title>` when it
    has several, never a site's name or a heading the page repeats (a logo); without one, the
    `<title>` less the site name after its separator ("Ferry hits tanker | Port News").

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<h1>Port News</h1><h1>Ferry hits tanker off Saltmere</h1><p>Text.</p>")
    >>> headline(page, "Saltmere ferry collision - Port News", "Port News")
    'Ferry hits tanker off Saltmere'
    >>> headline(lxml.html.fromstring("<p>Text.</p>"), "Saltmere ferry collision | Port News", None)
    'Saltmere ferry collision'
    """
    headings = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    headings = [h for h in headings if len(h.split()) >= 2]
    seen = Counter(h.casefold() for h in headings)
    head, suffix = split_title(title) if title else (None, None)
    not_names = {(site or "").casefold(), (suffix or "").casefold()}
    candidates = [h for h in headings if seen[h.casefold()] == 1 and h.casefold() not in not_names]
    if candidates:
        shared = _words(title)
        return max(candidates, key=lambda h: len(_words(h) & shared))  # ties: the first on the page
    if head is None:
        return None
    first = SEPARATOR.split(head)[0]
    return first if len(first.split()) >= 3 else head


def _words(text: str | None) -> set[str]:
    return set(WORD.findall((text or "").casefold()))


def _unless_furniture(title: str | None) -> str | None:
    """The page's title, unless it is the page's furniture ("Related News", "Latest stories") the
    extractor took for one.

    >>> _unless_furniture("Related News"), _unless_furniture("Ferry hits tanker off Saltmere")
    (None, 'Ferry hits tanker off Saltmere')
    """
    if not title or RELATED_HEADING.match(title.strip()) or debris_reason(title.strip()):
        return None
    return title


def _dated(tree, found: str | None) -> str | None:
    """The page's date as trafilatura found it, unless it is the 1 January its wide search makes of a year
    the text mentions ("in 2019 a ferry ..."): then only the date the page's markup gives, or none.
    On WCXB dev pages this takes 47 wrong 1 January dates away and no right one (benchmarks/pages.py)."""
    if not found or not found[4:10] == "-01-01":
        return found
    import trafilatura
    from trafilatura.settings import set_date_params

    return trafilatura.extract_metadata(tree, date_config=set_date_params(False)).date


def _date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
