"""Plain text as scraped: an optional leading `date YYYY-MM-DD` token, then the page's lines."""

from __future__ import annotations

import datetime as dt
import re

from newsweave.model import Article

DATE_TOKEN = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")


def date_token(text: str) -> tuple[dt.date | None, int]:
    """The date of a leading `date YYYY-MM-DD` token and where the text after it starts.

    >>> date_token(" date 2031-03-12 Harbour news")
    (datetime.date(2031, 3, 12), 16)
    """
    match = DATE_TOKEN.match(text)
    if not match:
        return None, 0
    try:
        return dt.date(*map(int, match.groups())), match.end()
    except ValueError:
        return None, 0


def from_text(text: str, article_id: str, input_name: str, warnings: tuple[str, ...] = ()) -> Article:
    published, _ = date_token(text)
    return Article(id=article_id, original=text, input=input_name, published=published, warnings=warnings)
