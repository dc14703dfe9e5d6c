"""What the Add-articles form and `POST /api/ingest` send, made into articles for `Corpus.ingest`.

Uploaded files are written to a fresh temporary folder under names made here (the suffix kept when it is
one newsweave reads, the rest of the name reduced to letters, digits, `.`, `_` and `-`), read as
`newsweave ingest` reads files, and the folder removed: no name from a request ever names a file.

>>> safe_name("../../etc/passwd"), safe_name("Gazette report (2).HTML"), safe_name(".hidden.txt.gz")
('passwd', 'Gazette-report-2-.html', 'hidden.txt.gz')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import tempfile
from pathlib import Path

from newsweave.model import Article, NewsweaveError, Skipped
from newsweave.read import ARTICLE_SUFFIXES, SUFFIXES_SAID

MAX_FILES = 20
MAX_TEXT = 1_000_000  # characters of pasted text (the form's field limit)
UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str) -> str:
    """A file name made of an uploaded one: its last part, only safe characters, no leading dot."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    suffixes = []
    stem = name
    for _ in range(2):
        head, dot, tail = stem.rpartition(".")
        suffix = f".{tail.lower()}"
        if dot and (suffix in ARTICLE_SUFFIXES or (suffix == ".gz" and not suffixes)):
            suffixes.insert(0, suffix)
            stem = head
        else:
            break
    stem = UNSAFE.sub("-", stem).lstrip(".-")[:100] or "upload"
    return stem + "".join(suffixes)


def pasted(text: str, title: str = "", source: str = "", url: str = "", published: str = "") -> Article:
    """An article of pasted text; its id is made of its words, so the same text pasted twice is one article."""
    if len(text) > MAX_TEXT:
        raise NewsweaveError("pasted text", f"is {len(text):,} characters, more than {MAX_TEXT:,}",
                             "paste one article at a time, or upload it as a file")
    if not text.strip():
        raise NewsweaveError("pasted text", "is empty", "paste an article's text, or choose files")
    date = None
    if published.strip():
        try:
            date = dt.date.fromisoformat(published.strip())
        except ValueError:
            raise NewsweaveError("published", f"{published!r} is not a date", "write it as YYYY-MM-DD") from None
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return Article(id=f"pasted-{digest}", original=text, input="pasted text", title=title.strip() or None,
                   source=source.strip() or None, url=url.strip() or None, published=date)


def from_files(files: list[tuple[str, bytes]]) -> tuple[list[Article], list[Skipped]]:
    """The articles in uploaded files (name, content), each reported under "upload NAME"; a file newsweave
    cannot read is skipped with the reason, never dropped."""
    from newsweave.read import read

    if len(files) > MAX_FILES:
        raise NewsweaveError(f"{len(files)} files", f"are more than {MAX_FILES} at a time", f"send at most {MAX_FILES} per form")
    articles: list[Article] = []
    skipped: list[Skipped] = []
    with tempfile.TemporaryDirectory(prefix="newsweave-upload-") as folder:
        paths, shown = [], {}
        taken: set[str] = set()
        for given, content in files:
            name = safe_name(given)
            if not any(name.endswith(s) or name.endswith(s + ".gz") for s in ARTICLE_SUFFIXES):
                skipped.append(Skipped(f"upload {given}", f"is not a file newsweave reads ({SUFFIXES_SAID})"))
                continue
            stem, _, rest = name.partition(".")
            n = 1
            while name in taken:
                n += 1
                name = f"{stem}~{n}.{rest}"
            taken.add(name)
            path = Path(folder) / name
            path.write_bytes(content)
            paths.append(path)
            shown[str(path)] = f"upload {given}"
        for path in paths:
            # one file at a time, so that one bad file is reported and the others read
            found, bad = read([path], skip_bad=True)
            articles += [dataclasses.replace(a, input=_shown(a.input, shown)) for a in found]
            skipped += [Skipped(_shown(s.input, shown), s.reason) for s in bad]
    return articles, skipped


def _shown(name: str, shown: dict[str, str]) -> str:
    for path, label in shown.items():
        if name.startswith(path):
            return label + name[len(path):]
    return name


def from_records(records: list) -> tuple[list[Article], list[Skipped]]:
    """Articles of JSON records as `newsweave ingest -` reads them (`text` or `html`, optional `id`,
    `title`, `url`, `source`, `published`), for the API."""
    import json

    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return from_files([("records.jsonl", data)])
