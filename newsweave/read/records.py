"""JSON and JSON Lines records: `text` or `html`, with optional `id` (or `article`), `title`, `url`, `source`, `published`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from newsweave.model import Article, NewsweaveError
from newsweave.read.html import from_html
from newsweave.read.text import from_text


def parse_records(text: str, name: str, default_id: str, lines: bool) -> Iterator[tuple[str, dict | NewsweaveError]]:
    """Yield (input name, record or the error for that record) for every record in a JSON or JSONL text."""
    if not lines:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            yield name, NewsweaveError(name, f"is not valid JSON (line {error.lineno}: {error.msg})", "fix the JSON or save it as .jsonl")
            return
        records = data if isinstance(data, list) else [data]
        for i, record in enumerate(records, 1):
            where = f"{name}[{i}]" if isinstance(data, list) else name
            yield where, checked(record, where, default_id if len(records) == 1 else f"{default_id}-{i}")
        return
    # JSON Lines end at "\n" only: a record's string may hold U+2028, "\x85" or a form feed as they are
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield where, NewsweaveError(where, f"is not a valid JSON line ({error.msg})", "fix or remove the line, or run with --skip-bad")
            continue
        yield where, checked(record, where, f"{default_id}-{number}")


def checked(record, where: str, default_id: str) -> dict | NewsweaveError:
    if not isinstance(record, dict):
        return NewsweaveError(where, "is not a JSON object", 'give records like {"id": ..., "text": ...}')
    body = record.get("text") or record.get("html")
    if not isinstance(body, str) or not body.strip():
        return NewsweaveError(where, "has no `text` or `html`", "add the article's text to the record or remove it")
    record = dict(record)
    # `article` is the id's name in newsweave's own records (`newsweave export`), so they read back with their ids
    record["id"] = _text(record.get("id")) or _text(record.get("article")) or default_id
    return record


def _text(value) -> str | None:
    """A field's value as text: a string, or a number written as one (an id 17); anything else is none.

    >>> _text(17), _text("a"), _text(["a"]), _text(True)
    ('17', 'a', None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    return value if isinstance(value, str) and value.strip() else None


def from_record(record: dict, where: str, warnings: tuple[str, ...] = ()) -> Article:
    published, problem = _published(record.get("published"))
    if problem:
        warnings = warnings + (f"{where}: {problem}",)
    known = {"published": published}
    for field in ("title", "url", "source"):
        value = record.get(field)
        known[field] = _text(value) if field != "url" else (value if isinstance(value, str) else None)
        if value not in (None, "") and known[field] is None:
            warnings = warnings + (f"{where}: `{field}` is {type(value).__name__}, not text; ignored",)
    if isinstance(record.get("text"), str) and record["text"].strip():
        article = from_text(record["text"], record["id"], where, warnings)
        return _with_known(article, known)
    return from_html(record["html"], record["id"], where, warnings, **known)


def _with_known(article: Article, known: dict) -> Article:
    import dataclasses

    updates = {k: v for k, v in known.items() if v}
    return dataclasses.replace(article, **updates) if updates else article


def _published(value) -> tuple[dt.date | None, str | None]:
    if value in (None, ""):
        return None, None
    try:
        return dt.date.fromisoformat(str(value)[:10]), None
    except ValueError:
        return None, f"`published` {value!r} is not an ISO date (YYYY-MM-DD); ignored"
