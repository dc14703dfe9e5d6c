"""Raw HTML pages through trafilatura: body text, title, date, site name and URL."""

from __future__ import annotations

import datetime as dt

from newsweave.model import Article, NewsweaveError


def from_html(html: str, article_id: str, input_name: str, warnings: tuple[str, ...] = (), **known) -> Article:
    """Extract the article of an HTML page. The extracted text becomes the article's `original`:
    offsets of every later stage index it (the markup itself is not kept)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise NewsweaveError(input_name, "no article text found in the HTML page", "check that the page holds an article")
    title = known.get("title") or getattr(doc, "title", None)
    published = known.get("published") or _date(getattr(doc, "date", None))
    source = known.get("source") or getattr(doc, "sitename", None)
    url = known.get("url") or getattr(doc, "url", None)
    return Article(
        id=article_id, original=text, input=input_name, title=title, published=published,
        source=source, url=url, warnings=warnings,
    )


def _date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
