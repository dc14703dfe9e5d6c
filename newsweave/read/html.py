"""Raw HTML pages through trafilatura: body text, title, date, site name and URL."""

from __future__ import annotations

import datetime as dt

from newsweave.clean.debris import RELATED_HEADING, debris_reason
from newsweave.model import Article, NewsweaveError


def from_html(html: str, article_id: str, input_name: str, warnings: tuple[str, ...] = (), **known) -> Article:
    """Extract the article of an HTML page. The extracted text becomes the article's `original`:
    offsets of every later stage index it (the markup itself is not kept)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise NewsweaveError(input_name, "no article text found in the HTML page", "check that the page holds an article")
    title = known.get("title") or _headline(getattr(doc, "title", None))
    published = known.get("published") or _date(getattr(doc, "date", None))
    source = known.get("source") or getattr(doc, "sitename", None)
    url = known.get("url") or getattr(doc, "url", None)
    return Article(
        id=article_id, original=text, input=input_name, title=title, published=published,
        source=source, url=url, warnings=warnings,
    )


def _headline(title: str | None) -> str | None:
    """The page's title, unless it is the page's furniture ("Related News", "Latest stories") the
    extractor took for one.

    >>> _headline("Related News"), _headline("Ferry hits tanker off Saltmere")
    (None, 'Ferry hits tanker off Saltmere')
    """
    if not title or RELATED_HEADING.match(title.strip()) or debris_reason(title.strip()):
        return None
    return title


def _date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
