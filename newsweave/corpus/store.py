"""The embedded store: every article as read, its duplicates and its story, the stories with their aliases
and history, the inputs skipped, and each story's brief once asked for. One SQLite file.

SQLite runs in WAL mode, so `stories`, `brief` and the web app read while an ingest writes; an ingest writes
in batches, one transaction each, so a run killed at any moment leaves the store as it was before the batch
or with the batch complete. The file says which schema it holds (`meta.schema`): an older one is migrated, a
newer one (written by a later newsweave) is refused with an error naming the file.

The store is also the clustering's memory (`newsweave.corpus.cluster.place`): the methods `exact`, `near`,
`candidates`, `story_of`, `new_story`, `merge` and `add` answer from the tables.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from newsweave.corpus.cluster import Item
from newsweave.corpus.features import Features
from newsweave.model import Article, NewsweaveError
from newsweave.params import KEY_POSTINGS, STORY_WINDOW

SCHEMA = 2
# each schema version's statements, applied in order to a store at an older version
MIGRATIONS = {
    1: """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        merged_into INTEGER REFERENCES stories(id),
        created TEXT NOT NULL,
        changed TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        brief TEXT,
        brief_version INTEGER
    );
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        story INTEGER NOT NULL REFERENCES stories(id),
        duplicate_of TEXT,
        duplicate TEXT,
        input TEXT NOT NULL,
        source TEXT,
        url TEXT,
        published TEXT,
        title TEXT,
        original TEXT NOT NULL,
        text TEXT NOT NULL,
        features TEXT NOT NULL,
        exact TEXT NOT NULL,
        signature BLOB NOT NULL,
        added TEXT NOT NULL
    );
    CREATE INDEX articles_story ON articles(story);
    CREATE INDEX articles_exact ON articles(exact);
    CREATE TABLE keys (key TEXT NOT NULL, article INTEGER NOT NULL, published TEXT);
    CREATE INDEX keys_key ON keys(key, article);
    CREATE TABLE bands (band TEXT NOT NULL, article INTEGER NOT NULL);
    CREATE INDEX bands_band ON bands(band);
    CREATE TABLE history (story INTEGER NOT NULL, at TEXT NOT NULL, event TEXT NOT NULL, other INTEGER, article TEXT);
    CREATE INDEX history_story ON history(story);
    CREATE TABLE skipped (input TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);
    """,
    # the spaCy parse of each article a brief has read (`newsweave.nlp.saved_parses`): a story that grows
    # is parsed again only for its new articles
    2: """
    CREATE TABLE parses (key TEXT PRIMARY KEY, article TEXT NOT NULL, doc BLOB NOT NULL);
    CREATE INDEX parses_article ON parses(article);
    """,
}
ADVICE = "give another --db file (or NEWSWEAVE_DB), or move this one away"


def story_name(number: int) -> str:
    return f"s{number}"


def story_number(name: str) -> int | None:
    """The number of a story id as written ("s12" or "12"), or None."""
    digits = name[1:] if name[:1] in ("s", "S") else name
    return int(digits) if digits.isdigit() else None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    """One SQLite store, opened (and created, with `create`) at `path`."""

    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        if not self.path.exists() and not create:
            raise NewsweaveError(str(self.path), "is not there", "ingest articles first (`newsweave ingest PATH --db FILE`)")
        if self.path.is_dir():
            raise NewsweaveError(str(self.path), "is a folder, not a store", ADVICE)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise NewsweaveError(str(self.path), f"is not a newsweave store ({error})", ADVICE) from None
        self._pending: dict[str, Article] = {}
        self._items: dict[int, Item] = {}  # seq -> the article as the clustering reads it

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "meta" not in tables:
            raise sqlite3.DatabaseError("it holds other tables")
        version = 0
        if tables:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = int(row[0]) if row else 0
        if version > SCHEMA:
            raise NewsweaveError(str(self.path), f"was written by a newer newsweave (store schema {version}, this one reads {SCHEMA})",
                                 "upgrade newsweave (`pip install -U newsweave`) or use another --db")
        for target in range(version + 1, SCHEMA + 1):
            with self.batch():
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(target),))

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction: everything written inside is stored together or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            self._items.clear()
            raise
        self.db.execute("COMMIT")

    # --- what is stored ---------------------------------------------------------------------------

    def _pairs_in(self, query: str, values: Sequence[str]) -> dict:
        """The (key, value) rows of `query` (whose `IN ({marks})` takes `values`), 500 values a statement:
        SQLite bounds the parameters of one."""
        out = {}
        for i in range(0, len(values), 500):
            chunk = list(values[i:i + 500])
            out.update(self.db.execute(query.format(marks=",".join("?" * len(chunk))), chunk).fetchall())
        return out

    def stored(self, ids: Sequence[str]) -> dict[str, str]:
        """Of these article ids, the ones already stored, with their original text."""
        return self._pairs_in("SELECT id, original FROM articles WHERE id IN ({marks})", ids)

    def skip(self, input: str, reason: str) -> None:
        self.db.execute("INSERT INTO skipped VALUES (?, ?, ?)", (input, reason, _now()))

    def pending(self, article: Article) -> None:
        """The article the next `add` stores (the clustering hands the store only its `Item`)."""
        self._pending[article.id] = article

    # --- the clustering's memory ------------------------------------------------------------------

    def _item(self, row) -> Item:
        seq, id, features, published, exact, signature = row
        found = self._items.get(seq)
        if found is None:
            found = Item(id, Features.from_json(json.loads(features)), dt.date.fromisoformat(published) if published else None,
                         exact, np.frombuffer(signature, dtype=np.uint64))
            self._items[seq] = found
        return found

    _ITEM = "SELECT a.seq, a.id, a.features, a.published, a.exact, a.signature FROM articles a"
    # articles' parsed features kept in memory, at most (~10 KB each): candidates are mostly recent articles
    _KEPT = 20_000

    def _items_at(self, seqs: Sequence[int]) -> list[Item]:
        """The stored articles at these sequence numbers, in that order: parsed once and kept (the longest
        kept go first when `_KEPT` is reached), read from the file only when not kept."""
        missing = [s for s in seqs if s not in self._items]
        if len(self._items) + len(missing) > self._KEPT:
            wanted = set(seqs)
            for s in [s for s in self._items if s not in wanted][:len(self._items) - self._KEPT // 2]:
                del self._items[s]
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for row in self.db.execute(f"{self._ITEM} WHERE a.seq IN ({','.join('?' * len(chunk))})", chunk):
                self._item(row)
        return [self._items[s] for s in seqs]

    def exact(self, key: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE exact=? ORDER BY seq LIMIT 1", (key,)).fetchone()
        return row[0] if row else None

    def near(self, bands: Sequence[str]) -> list[Item]:
        marks = ",".join("?" * len(bands))
        seqs = self.db.execute(f"SELECT DISTINCT article FROM bands WHERE band IN ({marks}) ORDER BY article", list(bands)).fetchall()
        return self._items_at([s for (s,) in seqs])

    def candidates(self, keys: Sequence[str], published: dt.date | None = None) -> list[Item]:
        """The articles holding one of these keys: per key the latest `KEY_POSTINGS` published within
        `STORY_WINDOW` days of `published` (or undated), as `cluster.Memory.candidates` gives them."""
        window = ""
        extra: list = []
        if published is not None:
            window = " AND (published IS NULL OR published BETWEEN ? AND ?)"
            extra = [(published - dt.timedelta(days=STORY_WINDOW)).isoformat(), (published + dt.timedelta(days=STORY_WINDOW)).isoformat()]
        seqs: dict[int, None] = {}
        for key in keys:
            rows = self.db.execute(f"SELECT article FROM keys WHERE key=?{window} ORDER BY article DESC LIMIT ?", [key, *extra, KEY_POSTINGS])
            seqs.update(dict.fromkeys(s for (s,) in rows))
        return self._items_at(list(seqs))

    def story_of(self, article: str) -> int:
        return self.db.execute("SELECT story FROM articles WHERE id=?", (article,)).fetchone()[0]

    def stories_of(self, articles: Sequence[str]) -> list[int]:
        """The story of each of these stored articles, in their order."""
        found = self._pairs_in("SELECT id, story FROM articles WHERE id IN ({marks})", articles)
        return [found[a] for a in articles]

    def new_story(self, number: int | None = None) -> int:
        """A new story: the next number, or `number` (a free one) when given."""
        now = _now()
        number = self.db.execute("INSERT INTO stories (id, created, changed) VALUES (?, ?, ?)", (number, now, now)).lastrowid
        self.db.execute("INSERT INTO history VALUES (?, ?, 'created', NULL, ?)", (number, now, next(iter(self._pending), None)))
        return number

    def merge(self, story: int, into: int, article: str) -> None:
        now = _now()
        self.db.execute("UPDATE articles SET story=? WHERE story=?", (into, story))
        self.db.execute("UPDATE stories SET merged_into=? WHERE id=? OR merged_into=?", (into, story, story))
        self.db.execute("UPDATE stories SET changed=?, version=version+1 WHERE id=?", (now, into))
        self.db.execute("INSERT INTO history VALUES (?, ?, 'merged', ?, ?)", (into, now, story, article))

    def add(self, new: Item, story: int, duplicate_of: str | None = None, duplicate: str | None = None) -> None:
        a = self._pending.pop(new.id)
        published = a.published.isoformat() if a.published else None
        seq = self.db.execute(
            "INSERT INTO articles (id, story, duplicate_of, duplicate, input, source, url, published, title, original, text,"
            " features, exact, signature, added) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, story, duplicate_of, duplicate, a.input or a.id, a.source, a.url, published, a.title, a.original, a.body,
             json.dumps(new.features.to_json(), ensure_ascii=False), new.exact, new.signature.tobytes(), _now())).lastrowid
        self.db.executemany("INSERT INTO bands VALUES (?, ?)", [(b, seq) for b in new.bands])
        if duplicate_of is None:
            self.db.executemany("INSERT INTO keys VALUES (?, ?, ?)", [(k, seq, published) for k in new.features.keys])
        self.db.execute("UPDATE stories SET changed=?, version=version+1 WHERE id=?", (_now(), story))

    # --- reading ----------------------------------------------------------------------------------

    def resolve(self, name: str) -> int:
        """The story a story id (or an alias, merged into another) names now."""
        number = story_number(name)
        row = self.db.execute("SELECT id, merged_into FROM stories WHERE id=?", (number,)).fetchone() if number else None
        if row is None:
            raise NewsweaveError(name, f"is not a story in {self.path}", "list the stories with `newsweave stories`")
        return row[1] or row[0]

    def is_story(self, number: int) -> bool:
        """Whether a story (live or merged) has this number."""
        return self.db.execute("SELECT 1 FROM stories WHERE id=?", (number,)).fetchone() is not None

    def story_rows(self) -> list[tuple]:
        """(story, created, changed, version) of every live story."""
        return self.db.execute("SELECT id, created, changed, version FROM stories WHERE merged_into IS NULL ORDER BY id").fetchall()

    def article_rows(self, story: int | None = None) -> list[dict]:
        where, args = ("WHERE story=?", (story,)) if story is not None else ("", ())
        cursor = self.db.execute(
            f"SELECT id, story, duplicate_of, duplicate, input, source, url, published, title, original FROM articles {where} ORDER BY seq", args)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]

    def article_row(self, article: str) -> dict | None:
        """One stored article by its id (the columns of `article_rows`), or None."""
        cursor = self.db.execute(
            "SELECT id, story, duplicate_of, duplicate, input, source, url, published, title, original FROM articles WHERE id=?", (article,))
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row)) if row else None

    def duplicates_of(self, article: str) -> list[tuple[str, str]]:
        """(id, exact or near) of the stored articles that repeat this one."""
        return self.db.execute("SELECT id, duplicate FROM articles WHERE duplicate_of=? ORDER BY seq", (article,)).fetchall()

    def state(self) -> tuple[int, int, int]:
        """A value that changes whenever an article is stored or stories merge (their count, the sum of their
        versions, the last id): what a reader caches a view of the stories by."""
        return self.db.execute("SELECT count(*), coalesce(sum(version), 0), coalesce(max(id), 0) FROM stories").fetchone()

    def aliases(self, story: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM stories WHERE merged_into=? ORDER BY id", (story,))]

    def history(self, story: int) -> list[dict]:
        rows = self.db.execute("SELECT at, event, other, article FROM history WHERE story=? ORDER BY rowid", (story,)).fetchall()
        return [{"at": at, "event": event, "story": story_name(other) if other else None, "article": article}
                for at, event, other, article in rows]

    def version(self, story: int) -> int:
        return self.db.execute("SELECT version FROM stories WHERE id=?", (story,)).fetchone()[0]

    def cached_brief(self, story: int) -> str | None:
        row = self.db.execute("SELECT brief FROM stories WHERE id=? AND brief_version=version", (story,)).fetchone()
        return row[0] if row else None

    def cache_brief(self, story: int, version: int, brief: str) -> None:
        """Keep a story's brief (for the version it was made from); skipped while an ingest holds the store
        for longer than the timeout: the brief is made again next time."""
        try:
            with self.batch():
                self.db.execute("UPDATE stories SET brief=?, brief_version=? WHERE id=? AND version=?", (brief, version, story, version))
        except sqlite3.OperationalError:
            pass

    def parses(self, articles: Sequence[str]) -> dict[str, bytes]:
        """The kept parses of these articles (`newsweave.nlp.saved_parses`)."""
        return self._pairs_in("SELECT key, doc FROM parses WHERE article IN ({marks})", articles)

    def keep_parses(self, parses: dict[str, bytes], article_of) -> None:
        """Keep parses not kept yet; skipped, like a brief, while an ingest holds the store."""
        try:
            with self.batch():
                self.db.executemany("INSERT OR IGNORE INTO parses VALUES (?, ?, ?)",
                                    [(key, article_of(key), data) for key, data in parses.items()])
        except sqlite3.OperationalError:
            pass

    def skipped_rows(self) -> list[tuple[str, str, str]]:
        return self.db.execute("SELECT input, reason, at FROM skipped ORDER BY rowid").fetchall()


__all__ = ["SCHEMA", "Store", "story_name", "story_number"]
