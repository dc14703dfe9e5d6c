"""Read articles from files, directories and standard input.

Every input is accounted for: it becomes one or more `Article` records, or a `Skipped` record with
the reason (with `skip_bad=True`), or the run stops with a `NewsweaveError` naming it.

>>> from newsweave.read import example_dir, read
>>> articles, skipped = read([example_dir()])
>>> len(articles) >= 5 and not skipped
True
"""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import IO

from newsweave.model import Article, NewsweaveError, Skipped
from newsweave.read.decode import decode
from newsweave.read.feeds import from_feed
from newsweave.read.html import from_html
from newsweave.read.language import language
from newsweave.read.own import made_by_newsweave
from newsweave.read.parquet import parquet_records
from newsweave.read.records import from_record, parse_records
from newsweave.read.text import from_text
from newsweave.read.warc import from_warc

ARTICLE_SUFFIXES = {
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".warc": "warc", ".parquet": "parquet",
}
SUFFIXES_SAID = ".txt, .html, .htm, .json, .jsonl, .xml, .rss, .atom, .warc or .parquet, or one of them .gz"
# past these an input is no article: a dump of many, or not text at all. A long article is read (the NLP
# pass takes it in pieces); these are the stated limits. A WARC file is streamed, so only each page in it
# is held to MAX_FILE_BYTES.
MAX_FILE_BYTES = 200_000_000
MAX_ARTICLE_CHARS = 10_000_000


def example_dir() -> Path:
    """The bundled example story (invented by the newsweave team)."""
    return Path(__file__).resolve().parent.parent / "example"


def read(paths: Iterable[str | Path] | str | Path, skip_bad: bool = False, stdin: IO[str] | None = None) -> tuple[list[Article], list[Skipped]]:
    """Read every article under `paths` (files, directories recursively, or "-" for JSON Lines on stdin).

    Inside a directory, regular files (and links to them) with an article suffix are read; everything else
    is reported as skipped and not read: other files, hidden files and folders (names starting with "."),
    links to folders, broken links and link loops, pipes and devices, and files newsweave wrote itself (a
    brief saved into its own input folder). A path named directly is read whatever its name."""
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    for path in paths:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"read() takes paths (str or pathlib.Path), got {type(path).__name__}: {path!r:.60}")
    articles: list[Article] = []
    skipped: list[Skipped] = []
    done: set[Path] = set()

    def fail(error: NewsweaveError) -> None:
        if not skip_bad:
            raise error
        skipped.append(Skipped(input=error.input, reason=error.problem))

    def note(path: Path | str, reason: str) -> None:
        skipped.append(Skipped(input=str(path), reason=reason))

    add = _adder(articles, fail)

    for path in paths:
        path = os.fspath(path)
        if path == "-":
            data = stdin.read().encode("utf-8", "surrogatepass") if stdin is not None else sys.stdin.buffer.read()
            try:
                text, warnings = decode(data, "<stdin>")
            except NewsweaveError as error:
                fail(error)
                continue
            _read_jsonl(text, "<stdin>", "stdin", add, fail, note, warnings=warnings)
            continue
        p = Path(path)
        kind = _kind(p)
        if kind == "directory":
            files: list[Path] = []
            _walk(p, files, note, fail)
            if not files:
                fail(NewsweaveError(path, "the directory holds no article files", f"put {SUFFIXES_SAID} files in it"))
            for f in files:
                _read_once(f, done, add, fail, note)
        elif kind == "file":
            _read_once(p, done, add, fail, note)
        else:
            fail(NewsweaveError(path, kind, _ADVICE.get(kind, "check the path")))
    return unique_ids(articles), skipped


def _adder(articles: list[Article], fail):
    """The function that keeps one article read (with its language), or fails it when it is too long."""

    def add(article: Article) -> None:
        if len(article.original) > MAX_ARTICLE_CHARS:
            fail(NewsweaveError(article.input, f"is {len(article.original):,} characters long, over newsweave's limit of "
                                f"{MAX_ARTICLE_CHARS:,} for one article", "split it into its articles"))
            return
        articles.append(dataclasses.replace(article, language=language(article.original)))

    return add


_ADVICE = {
    "a named pipe (FIFO), not a file": "save the articles to files, or pipe JSON Lines into `newsweave ... -`",
    "a socket, not a file": "give files or folders",
    "a device, not a file": "give files or folders",
}


def _kind(path: Path) -> str:
    """"file", "directory", or what else the path is, as a reader would say it."""
    try:
        mode = path.stat().st_mode  # follows links
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symbolic link loop (it points back at itself)"
        if path.is_symlink():
            return f"a broken symbolic link (its target {os.readlink(path)!r} does not exist)"
        if error.errno == errno.ENOENT:
            return "no such file or directory"
        return f"cannot be read ({error.strerror})"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    return "a device, not a file"


def _walk(folder: Path, files: list[Path], note, fail) -> None:
    """The article files under `folder`, depth first in name order; everything else noted with its reason."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        fail(NewsweaveError(str(folder), f"the folder cannot be listed ({error.strerror})", "check its permissions"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            note(path, "hidden (its name starts with '.'): not read inside a folder; name it to read it")
            continue
        kind = _kind(path)
        if kind == "directory":
            if path.is_symlink():
                note(path, "a link to a folder: not followed; name the folder to read it")
            else:
                _walk(path, files, note, fail)
        elif kind != "file":
            note(path, f"{kind}: not read")
        elif _suffix(path) in ARTICLE_SUFFIXES:
            files.append(path)
        else:
            note(path, f"not an article file (expected {SUFFIXES_SAID})")


def _read_once(path: Path, done: set[Path], add, fail, note) -> None:
    real = path.resolve()
    if real in done:
        note(path, "named twice (or a link to a file already read): read once")
        return
    done.add(real)
    _read_file(path, add, fail, note)


def _suffix(path: Path) -> str:
    """The suffix that says what a file holds: `.html` for `page.html.gz`, as crawlers store pages."""
    return path.with_suffix("").suffix.lower() if path.suffix.lower() == ".gz" else path.suffix.lower()


def _bytes(path: Path | str, data: bytes | None = None) -> bytes:
    """The file's bytes (or `data`, its bytes fetched already), gunzipped when it is `.gz` (and no more than
    `MAX_FILE_BYTES` of them)."""
    if Path(path).suffix.lower() != ".gz":
        return Path(path).read_bytes() if data is None else data
    import gzip
    import io
    import zlib

    try:
        with gzip.open(path if data is None else io.BytesIO(data)) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise NewsweaveError(str(path), f"is not a readable gzip file ({error})", "re-compress it with gzip, or give it uncompressed") from None
    if len(data) > MAX_FILE_BYTES:
        raise NewsweaveError(str(path), f"unpacks to more than newsweave's limit of {MAX_FILE_BYTES:,} bytes for one file", "split it into smaller files")
    return data


def _stem(path: PurePath) -> str:
    return path.name[: -len("".join(path.suffixes[-2:]))] if path.suffix.lower() == ".gz" and len(path.suffixes) > 1 else path.stem


def _read_file(path: Path, add, fail, note) -> None:
    name = str(path)
    try:
        if ARTICLE_SUFFIXES.get(_suffix(path)) == "warc":
            _take(from_warc(path, name, _stem(path), MAX_FILE_BYTES), add, note)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            fail(NewsweaveError(name, f"is {size:,} bytes, over newsweave's limit of {MAX_FILE_BYTES:,} for one file",
                                "split it into smaller files"))
            return
        data = _bytes(path)
    except NewsweaveError as error:
        fail(error)
        return
    except OSError as error:
        fail(NewsweaveError(name, f"cannot be read ({error.strerror})", "check the file's permissions"))
        return
    _read_content(name, data, add, fail, note)


def read_data(name: str, data: bytes) -> tuple[list[Article], list[Skipped]]:
    """The articles of one file given as its name (a path or URI) and its bytes, read as `read` reads that
    file, and what was skipped with why (a bad file or record is skipped, never raised): for engines that
    fetch the files themselves, like Spark.

    >>> [a.id for a in read_data("s3://news/day/ferry.txt", b"Ferry hits tanker\\n\\nThe ferry hit a tanker.")[0]]
    ['ferry']
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []

    def fail(error: NewsweaveError) -> None:
        skipped.append(Skipped(input=error.input, reason=error.problem))

    def note(where: str, reason: str) -> None:
        skipped.append(Skipped(input=str(where), reason=reason))

    add = _adder(articles, fail)
    path = PurePath(name.split("://", 1)[-1])
    try:
        if ARTICLE_SUFFIXES.get(_suffix(path)) == "warc":
            import io

            _take(from_warc(io.BytesIO(data), name, _stem(path), MAX_FILE_BYTES), add, note)
        elif len(data) > MAX_FILE_BYTES:
            fail(NewsweaveError(name, f"is {len(data):,} bytes, over newsweave's limit of {MAX_FILE_BYTES:,} for one file",
                                "split it into smaller files"))
        else:
            _read_content(name, _bytes(name, data), add, fail, note)
    except NewsweaveError as error:
        fail(error)
    return articles, skipped


def _read_content(name: str, data: bytes, add, fail, note) -> None:
    """The articles of file `name`, from its bytes (unpacked)."""
    path = PurePath(name.split("://", 1)[-1])
    kind = ARTICLE_SUFFIXES.get(_suffix(path), "text")
    stem = _stem(path)
    try:
        if kind == "feed":  # feedparser decodes the bytes itself, by the encoding the XML declares
            _take(from_feed(data, stem, name), add, note)
            return
        if kind == "parquet":
            _take_records(parquet_records(data, name), name, add, fail, note)
            return
        text, warnings = decode(data, name)
    except NewsweaveError as error:
        fail(error)
        return
    own = made_by_newsweave(text, kind)
    if own:
        note(name, f"written by newsweave ({own}), not an article")
        return
    try:
        if kind == "text":
            add(from_text(text, stem, name, warnings))
        elif kind == "html":
            add(from_html(text, stem, name, warnings))
        else:
            _read_jsonl(text, name, stem, add, fail, note, lines=kind == "jsonl", warnings=warnings)
    except NewsweaveError as error:
        fail(error)


def _take(items: Iterable[Article | Skipped], add, note) -> None:
    """Add the articles a stream reader yields, and note what it skipped."""
    for item in items:
        if isinstance(item, Skipped):
            note(item.input, item.reason)
        else:
            add(item)


def _read_jsonl(text: str, name: str, default_id: str, add, fail, note, lines: bool = True, warnings=()) -> None:
    _take_records(parse_records(text, name, default_id, lines), name, add, fail, note, warnings)


def _take_records(records, name: str, add, fail, note, warnings=()) -> None:
    """Add the article of each (where, record or its error); a file that holds no record is a bad input."""
    count = 0
    for where, record in records:
        count += 1
        if isinstance(record, NewsweaveError):
            fail(record)
            continue
        own = made_by_newsweave(record, "record")
        if own:
            note(where, f"written by newsweave ({own}), not an article")
            continue
        try:
            add(from_record(record, where, tuple(warnings)))
        except NewsweaveError as error:
            fail(error)
    if count == 0:
        fail(NewsweaveError(name, "holds no records", "give one JSON object per line"))


def unique_ids(articles: list[Article]) -> list[Article]:
    """The articles, each with an id of its own (a later one with a taken id gets `id~2`, said in its
    warnings: never merged)."""
    taken = {a.id for a in articles}
    seen: set[str] = set()
    out = []
    for article in articles:
        if article.id in seen:
            n = 2
            while f"{article.id}~{n}" in taken:
                n += 1
            new_id = f"{article.id}~{n}"
            taken.add(new_id)
            warning = f"{article.input}: id {article.id!r} is used by an earlier input; this one is {new_id!r}"
            article = dataclasses.replace(article, id=new_id, warnings=article.warnings + (warning,))
        seen.add(article.id)
        out.append(article)
    return out


__all__ = ["read", "read_data", "example_dir", "decode", "from_text", "from_html", "from_record", "from_feed", "from_warc", "language", "unique_ids"]
