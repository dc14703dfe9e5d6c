"""Read articles from files, directories and standard input.

Every input is accounted for: it becomes one or more `Article` records, or a `Skipped` record with
the reason (with `skip_bad=True`), or the run stops with a `NewsweaveError` naming it.

>>> from newsweave.read import example_dir, read
>>> articles, skipped = read([example_dir()])
>>> len(articles) >= 5 and not skipped
True
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from newsweave.model import Article, NewsweaveError, Skipped
from newsweave.read.decode import decode
from newsweave.read.html import from_html
from newsweave.read.records import from_record, parse_records
from newsweave.read.text import from_text

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}


def example_dir() -> Path:
    """The bundled example story (invented by the newsweave team)."""
    return Path(__file__).resolve().parent.parent / "example"


def read(paths: Iterable[str | Path], skip_bad: bool = False, stdin: IO[str] | None = None) -> tuple[list[Article], list[Skipped]]:
    """Read every article under `paths` (files, directories recursively, or "-" for JSON Lines on stdin)."""
    articles: list[Article] = []
    skipped: list[Skipped] = []

    def fail(error: NewsweaveError) -> None:
        if not skip_bad:
            raise error
        skipped.append(Skipped(input=error.input, reason=error.problem))

    for path in paths:
        path = str(path)
        if path == "-":
            _read_jsonl((stdin or sys.stdin).read(), "<stdin>", "stdin", articles, fail)
            continue
        p = Path(path)
        if not p.exists():
            fail(NewsweaveError(path, "no such file or directory", "check the path"))
        elif p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file())
            found = [f for f in files if f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.startswith(".")]
            for other in files:
                if other not in found:
                    skipped.append(Skipped(input=str(other), reason="not an article file (expected .txt, .html, .htm, .json or .jsonl)"))
            if not found:
                fail(NewsweaveError(path, "the directory holds no article files", "put .txt, .html, .json or .jsonl files in it"))
            for f in found:
                _read_file(f, articles, fail)
        else:
            _read_file(p, articles, fail)
    return _unique_ids(articles), skipped


def _read_file(path: Path, articles: list[Article], fail) -> None:
    name = str(path)
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower(), "text")
    try:
        text, warnings = decode(path.read_bytes(), name)
    except NewsweaveError as error:
        fail(error)
        return
    except OSError as error:
        fail(NewsweaveError(name, f"cannot be read ({error.strerror})", "check the file's permissions"))
        return
    try:
        if kind == "text":
            articles.append(from_text(text, path.stem, name, warnings))
        elif kind == "html":
            articles.append(from_html(text, path.stem, name, warnings))
        else:
            _read_jsonl(text, name, path.stem, articles, fail, lines=kind == "jsonl", warnings=warnings)
    except NewsweaveError as error:
        fail(error)


def _read_jsonl(text: str, name: str, default_id: str, articles: list[Article], fail, lines: bool = True, warnings=()) -> None:
    count = 0
    for where, record in parse_records(text, name, default_id, lines):
        count += 1
        if isinstance(record, NewsweaveError):
            fail(record)
            continue
        try:
            articles.append(from_record(record, where, tuple(warnings)))
        except NewsweaveError as error:
            fail(error)
    if count == 0:
        fail(NewsweaveError(name, "holds no records", "give one JSON object per line"))


def _unique_ids(articles: list[Article]) -> list[Article]:
    import dataclasses

    seen: dict[str, int] = {}
    out = []
    for article in articles:
        n = seen.get(article.id, 0) + 1
        seen[article.id] = n
        if n > 1:
            new_id = f"{article.id}~{n}"
            warning = f"{article.input}: id {article.id!r} is used by an earlier input; this one is {new_id!r}"
            article = dataclasses.replace(article, id=new_id, warnings=article.warnings + (warning,))
        out.append(article)
    return out


__all__ = ["read", "example_dir", "decode", "from_text", "from_html", "from_record"]
