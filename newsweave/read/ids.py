"""Article ids made of what a stream gives: a feed item's guid, a page's URL.

Such an id must be stable (the same item read again, from the same or a newer copy of the feed or
crawl, gets the same id, so a store can tell it is not new) and safe to print, to put in a URL path or a
file name: letters, digits, `.`, `_` and `-` only, and not too long to read.
"""

from __future__ import annotations

import hashlib
import re

MAX_ID_CHARS = 120
_SCHEME = re.compile(r"\A[a-z][a-z0-9+.-]*://(www\.)?", re.IGNORECASE)
_UNSAFE = re.compile(r"[^\w.-]+")


def id_from(value: str | None) -> str | None:
    """An id made of a URL or guid: the scheme and a leading `www.` dropped, every run of other characters
    than letters, digits, `.`, `_` and `-` made one `-`; past `MAX_ID_CHARS`, cut and ended with a hash
    of the whole, so two long URLs that differ only at the end keep apart. None when nothing is left.

    >>> id_from("https://www.saltmere-gazette.example/2031/03/ferry?p=12")
    'saltmere-gazette.example-2031-03-ferry-p-12'
    >>> id_from("tag:northline.example,2031:ferry-1"), id_from(" / ")
    ('tag-northline.example-2031-ferry-1', None)
    """
    if not value:
        return None
    safe = _UNSAFE.sub("-", _SCHEME.sub("", value.strip())).strip("-.")
    if len(safe) > MAX_ID_CHARS:
        digest = hashlib.sha1(value.strip().encode("utf-8")).hexdigest()[:10]
        safe = f"{safe[:MAX_ID_CHARS - 11].rstrip('-.')}-{digest}"
    return safe or None
