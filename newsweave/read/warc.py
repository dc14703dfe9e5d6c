"""WARC files (web crawls, the form news crawls are published in) through warcio, read record by record.

Each `response` record of an HTML page fetched with status 200 becomes an article through the HTML
reader. Its url is the record's target URI, its id made of that URI (`ids.id_from`, so the same page
crawled again keeps its id), its date the page's own, else the day it was fetched (WARC-Date, the latest
it can have been published), its source the site name the page gives, else the URI's host.

Everything else a crawl holds is no article: requests, warcinfo and metadata records, redirects, error
pages, images, scripts and style sheets. A crawl holds many more of those than pages, so they are not
listed one by one: one skipped line per WARC counts them by kind. An HTML page that yields no article
(no text in it, or over the size limit) is skipped with its own line.

Damage (a file cut off inside a record, bytes that are no WARC record) ends the reading: the articles
before it are kept and the damage is reported as skipped, with its byte offset (in the compressed file
for `.warc.gz`, as `warcio extract` takes it). A file with no WARC record at its start is a bad input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from newsweave.model import Article, NewsweaveError, Skipped
from newsweave.read.decode import decode
from newsweave.read.html import from_html
from newsweave.read.ids import id_from

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def from_warc(path: Path | BinaryIO, name: str, stem: str, max_page_bytes: int) -> Iterator[Article | Skipped]:
    """The articles of the WARC file at `path` (gzipped or not; or a seekable binary stream of its bytes),
    and what was skipped with why; a `NewsweaveError` when the file does not start with a WARC record. Only
    one record is held in memory at a time, and no more than `max_page_bytes` of it."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    passed_over: Counter[str] = Counter()
    end = 0  # where the last whole record ends
    damage = None  # (offset, what is wrong there)
    with open(path, "rb") if isinstance(path, (str, os.PathLike)) else nullcontext(path) as stream:
        records = ArchiveIterator(stream)
        while True:
            try:
                record = next(records, None)
                if record is None:
                    rest = _rest(stream, end)
                    if rest is not None:
                        damage = (rest, "is cut off or damaged here: no whole WARC record")
                    break
                kind = _not_an_article(record)
                page = record.content_stream().read(max_page_bytes + 1) if kind is None else b""
                while record.raw_stream.read(1 << 16):
                    pass
                offset = records.get_record_offset()  # only once the record is read: asking reads it to its end
                if record.format != "warc" or record.length is None or getattr(record.raw_stream, "limit", 0):
                    damage = (offset, "is cut off or damaged in this record: no whole WARC record")
                    break
                end = offset + records.get_record_length()
            except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as error:
                rest = _rest(stream, end)
                damage = (end if rest is None else rest, f"is damaged here ({error})")
                break
            if kind is None:
                yield _article(record, page, f"{name}[offset {offset}]", stem, offset, max_page_bytes)
            else:
                passed_over[kind] += 1
    if end == 0:
        if damage:
            raise NewsweaveError(name, "holds no whole WARC record at its start (not a WARC file, or cut off in its first record)",
                                 "give WARC files as .warc or .warc.gz")
        raise NewsweaveError(name, "the file is empty", "remove it or give it the crawl's records")
    if passed_over:
        kinds = ", ".join(f"{kind}: {count}" for kind, count in sorted(passed_over.items()))
        yield Skipped(name, f"passed over {sum(passed_over.values())} records that are not article pages ({kinds})")
    if damage:
        yield Skipped(f"{name}[offset {damage[0]}]", f"{damage[1]}; the records before it were read, the rest of the file was not")


def _rest(stream, end: int) -> int | None:
    """Where bytes other than the blank lines that close a record follow offset `end`, if they do."""
    stream.seek(end)
    padding = 0
    while chunk := stream.read(1 << 12):
        kept = chunk.lstrip(b"\r\n")
        if kept:
            return end + padding + len(chunk) - len(kept)
        padding += len(chunk)
    return None


def _not_an_article(record) -> str | None:
    """What kind of record this is when it is no article page (as counted in the skipped line), else None."""
    if record.rec_type != "response":
        return record.rec_type or "untyped"
    if record.http_headers is None:
        return "not HTTP"
    status = record.http_headers.get_statuscode() or ""
    if status.startswith("3"):
        return "redirect"
    if status != "200":
        return "other status than 200"
    if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
        return "not HTML"
    return None


def _article(record, page: bytes, where: str, stem: str, offset: int, max_page_bytes: int) -> Article | Skipped:
    url = record.rec_headers.get_header("WARC-Target-URI")
    if len(page) > max_page_bytes:
        return Skipped(where, f"{url}: the page is over newsweave's limit of {max_page_bytes:,} bytes")
    if not page.strip():
        return Skipped(where, f"{url}: the page is empty")
    try:
        html, warnings = _decoded(page, record.http_headers.get_header("Content-Type") or "", where)
        article = from_html(html, id_from(url) or f"{stem}-{offset}", where, warnings, url=url)
    except NewsweaveError as error:
        return Skipped(where, f"{url}: {error.problem}")
    fetched = _date(record.rec_headers.get_header("WARC-Date"))
    return dataclasses.replace(
        article, published=article.published or fetched, source=article.source or urlsplit(url or "").hostname,
    )


def _decoded(page: bytes, content_type: str, where: str) -> tuple[str, tuple[str, ...]]:
    """The page's text in the charset its response names, else as newsweave decodes files."""
    charset = _CHARSET.search(content_type)
    if charset:
        try:
            return page.decode(charset.group(1)), ()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(page, where)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None
