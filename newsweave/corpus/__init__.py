"""Stories in a stream of articles: ingest into a store, find duplicates and stories, brief a stored story.

>>> import tempfile, pathlib, newsweave
>>> corpus = Corpus(pathlib.Path(tempfile.mkdtemp()) / "news.db")
>>> report = corpus.ingest([newsweave.example_dir()])
>>> report.new, report.stories_created
(5, 1)
>>> [(s["story"], s["articles"]) for s in corpus.stories()]
[('s1', 5)]
>>> corpus.ingest([newsweave.example_dir()]).already_stored
5
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.corpus.cluster import item, items, place
from newsweave.corpus.store import Store, story_name, story_number
from newsweave.model import Article, Brief, NewsweaveError, Skipped
from newsweave.parallel import batches, ordered_map
from newsweave.params import SUMMARY_WORDS

BATCH = 256  # articles per transaction: a killed ingest loses at most the batch it was writing
DEFAULT_DB = "newsweave.db"


def default_db() -> Path:
    """The store named by NEWSWEAVE_DB, else newsweave.db in the working directory."""
    return Path(os.environ.get("NEWSWEAVE_DB") or DEFAULT_DB)


@dataclass
class IngestReport:
    """What one ingest did with every input."""

    read: int = 0
    new: int = 0
    already_stored: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    stories_created: int = 0
    stories_grown: int = 0
    stories_merged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    placed: dict[str, str] = field(default_factory=dict)  # article id -> story id, for the articles stored now

    def lines(self) -> list[str]:
        out = [f"read {self.read}: {self.new} new, {self.already_stored} already stored, "
               f"{self.exact_duplicates + self.near_duplicates} duplicates ({self.exact_duplicates} exact, {self.near_duplicates} near), "
               f"{len(self.skipped)} skipped",
               f"stories: {self.stories_created} created, {self.stories_grown} grown, {self.stories_merged} merged"]
        reasons = Counter(s.reason for s in self.skipped)
        out += [f"skipped {n}: {reason}" for reason, n in reasons.most_common()]
        return out


def _prepare(work: tuple[list[Article], list[Skipped], bool]) -> tuple[list[Article], list, list[Skipped]]:
    """One batch's fresh articles cleaned and their clustering features (`item`), with the batch's skipped
    inputs: what a worker process does (`newsweave.parallel`)."""
    from newsweave.weave import usable

    fresh, skipped, skip_bad = work
    if not fresh:
        return [], [], skipped
    cleaned, bad = usable(fresh, skip_bad=skip_bad)
    return cleaned, items(cleaned), skipped + bad


class Corpus:
    """A store of articles and their stories (`newsweave ingest`, `stories`, `brief --story`, `export`)."""

    def __init__(self, path: str | Path | None = None, create: bool = True):
        self.store = Store(path or default_db(), create=create)

    @property
    def path(self) -> Path:
        return self.store.path

    def ingest(self, inputs: Iterable[str | Path | Article], skip_bad: bool = False,
               progress: Callable[[int, int], None] | None = None, workers: int | None = None) -> IngestReport:
        """Read, clean and store articles, each linked to what it duplicates and put in its story. An article
        already stored (same id, same text) is counted and not processed again. A folder `newsweave spark
        cluster` wrote is stored with the stories Spark found. Past one batch, `workers` processes (default:
        one per core) clean the articles and find their features while this one stores them, in order."""
        from newsweave.read import read, unique_ids
        from newsweave.read.parquet import is_spark_output
        from newsweave.weave import inputs_of

        inputs = inputs_of(inputs)
        report = IngestReport()
        given = [x for x in inputs if isinstance(x, Article)]
        paths = [x for x in inputs if not isinstance(x, Article)]
        grouped = [x for x in paths if is_spark_output(x)]
        paths = [x for x in paths if x not in grouped]
        if paths:
            read_articles, skipped = read(paths, skip_bad=skip_bad)
            given += read_articles
            report.skipped += skipped
        articles = unique_ids(given)
        report.read = len(articles) + len(report.skipped)
        before = {row[0] for row in self.store.story_rows()}
        touched: set[int] = set()
        with self.store.batch():
            for s in report.skipped:
                self.store.skip(s.input, s.reason)
        chunks = batches(articles, BATCH)
        work = ((*self._fresh(batch, report), skip_bad) for batch in chunks)
        done = 0
        # cleaning and features in worker processes (the same results), storing here, batch by batch in order
        for batch, prepared in zip(chunks, ordered_map(_prepare, work, workers if len(chunks) > 1 else 1)):
            self._store(*prepared, report, touched)
            done += len(batch)
            if progress:
                progress(done, len(articles))
        for folder in grouped:
            self._grouped(folder, report, touched)
        live = {row[0] for row in self.store.story_rows()}
        # a story merged later in this run is an alias now: name the story each article is in at the end
        now = {name: story_name(self.store.resolve(name)) for name in set(report.placed.values())}
        report.placed = {article: now[name] for article, name in report.placed.items()}
        report.stories_grown = len((touched & before) & live)
        return report

    def _fresh(self, articles: Sequence[Article], report: IngestReport) -> tuple[list[Article], list[Skipped]]:
        """Of one batch, the articles not stored yet, and those stored with another text (skipped); those
        stored with the same text are counted."""
        stored = self.store.stored([a.id for a in articles])
        fresh = []
        skipped: list[Skipped] = []
        for a in articles:
            if a.id not in stored:
                fresh.append(a)
            elif stored[a.id] == a.original:
                report.already_stored += 1
            else:
                skipped.append(Skipped(a.input or a.id, f"id {a.id} is already stored with another text; the stored version is kept"))
        return fresh, skipped

    def _store(self, cleaned: list[Article], items: list, skipped: list[Skipped], report: IngestReport, touched: set[int]) -> None:
        """One batch in one transaction: its skipped inputs, and each cleaned article in its story."""
        with self.store.batch():
            for s in skipped:
                self.store.skip(s.input, s.reason)
            for a, it in zip(cleaned, items):
                self.store.pending(a)
                placed = place(it, self.store)
                report.new += 1
                report.exact_duplicates += placed.duplicate == "exact"
                report.near_duplicates += placed.duplicate == "near"
                report.stories_created += placed.created
                report.stories_merged += len(placed.merged)
                touched.add(placed.story)
                report.placed[a.id] = story_name(placed.story)
        report.skipped += skipped

    def _grouped(self, folder: str | Path, report: IngestReport, touched: set[int]) -> None:
        """The articles of a `newsweave spark cluster` output folder, stored in the stories Spark found (not
        clustered again), a batch at a time. A story keeps Spark's id where the store has no story of that
        number (always, into a new store, and when a killed ingest is run again); the others get new ids."""
        from newsweave.read.parquet import spark_rows

        skipped = [Skipped(r["input"], r["reason"]) for r in spark_rows(folder, "skipped")]
        with self.store.batch():
            for s in skipped:
                self.store.skip(s.input, s.reason)
        report.skipped += skipped
        report.read += len(skipped)
        stories: dict[str, int] = {}  # Spark's story -> the store's
        rows: list[dict] = []
        for row in spark_rows(folder, "articles"):
            rows.append(row)
            if len(rows) == BATCH:
                self._grouped_batch(rows, stories, report, touched)
                rows = []
        if rows:
            self._grouped_batch(rows, stories, report, touched)

    def _grouped_batch(self, rows: list[dict], stories: dict[str, int], report: IngestReport, touched: set[int]) -> None:
        stored = self.store.stored([r["article"] for r in rows])
        report.read += len(rows)
        with self.store.batch():
            for r in rows:
                if r["article"] in stored:
                    if stored[r["article"]] != r["text"]:
                        reason = f"id {r['article']} is already stored with another text; the stored version is kept"
                        report.skipped.append(Skipped(r["input"], reason))
                        self.store.skip(r["input"], reason)
                        continue
                    report.already_stored += 1
                    stories.setdefault(r["story"], self.store.story_of(r["article"]))
                    continue
                a = Article(id=r["article"], original=r["text"], input=r["input"], text=r["cleaned"], title=r["title"],
                            published=r["published"], source=r["source"], url=r["url"], cleaned=True)
                self.store.pending(a)
                if r["story"] not in stories:
                    number = story_number(r["story"])
                    stories[r["story"]] = self.store.new_story(None if number is None or self.store.is_story(number) else number)
                    report.stories_created += 1
                story = stories[r["story"]]
                self.store.add(item(a), story, duplicate_of=r["duplicate_of"], duplicate=r["duplicate"])
                report.new += 1
                report.exact_duplicates += r["duplicate"] == "exact"
                report.near_duplicates += r["duplicate"] == "near"
                touched.add(story)
                report.placed[a.id] = story_name(story)

    def stories(self, since: dt.date | None = None, until: dt.date | None = None, query: str | None = None) -> list[dict]:
        """The live stories, newest activity first (by their latest article's date, then when they last
        changed), each with its title, counts, outlets, dates, articles per day and aliases."""
        rows = []
        words = [w.lower() for w in (query or "").split()]
        for number, created, changed, _ in self.store.story_rows():
            articles = self.store.article_rows(number)
            dates = sorted(a["published"] for a in articles if a["published"])
            first, last = (dates[0], dates[-1]) if dates else (None, None)
            if since and (last is None or last < since.isoformat()):
                continue
            if until and (first is None or first > until.isoformat()):
                continue
            titled = [a for a in articles if a["title"] and not a["duplicate_of"]] or [a for a in articles if a["title"]]
            title = titled[0]["title"] if titled else articles[0]["original"][:80]
            if words:
                haystack = " ".join((a["title"] or "") + " " + a["original"][:500] for a in articles).lower()
                if not all(w in haystack for w in words):
                    continue
            outlets = sorted({a["source"] for a in articles if a["source"]})
            independent = {a["source"] or a["id"] for a in articles if not a["duplicate_of"]}
            rows.append({
                "story": story_name(number), "title": title, "articles": len(articles), "outlets": outlets,
                "independent_sources": len(independent), "first_published": first, "last_published": last,
                "per_day": dict(sorted(Counter(dates).items())), "aliases": [story_name(s) for s in self.store.aliases(number)],
                "changed": changed,
            })
        rows.sort(key=lambda r: (r["last_published"] or "", r["changed"]), reverse=True)
        return rows

    def articles(self, story: str) -> list[Article]:
        """The stored articles of a story (or its alias), as read: the brief cleans them as it would files."""
        number = self.store.resolve(story)
        return [Article(id=a["id"], original=a["original"], input=a["input"], title=a["title"], source=a["source"], url=a["url"],
                        published=dt.date.fromisoformat(a["published"]) if a["published"] else None)
                for a in self.store.article_rows(number)]

    def brief(self, story: str, max_words: int = SUMMARY_WORDS) -> Brief:
        """The brief of a stored story, computed on first request and kept until the story changes."""
        from pydantic import TypeAdapter

        from newsweave.weave import brief

        number = self.store.resolve(story)
        cached = self.store.cached_brief(number) if max_words == SUMMARY_WORDS else None
        if cached is not None:
            return TypeAdapter(Brief).validate_python(json.loads(cached))
        from newsweave import nlp

        version = self.store.version(number)
        articles = self.articles(story_name(number))
        ids = [a.id for a in articles]
        kept = self.store.parses(ids)
        nlp.restore_parses(kept)
        made = brief(articles, max_words=max_words)
        self.store.keep_parses({k: v for k, v in nlp.saved_parses(ids).items() if k not in kept}, nlp.article_of_parse)
        if max_words == SUMMARY_WORDS:
            self.store.cache_brief(number, version, made.to_json(indent=None))
        return made

    def article(self, article: str) -> dict:
        """One stored article: what `export` writes for it, and the stored articles that repeat it
        (`duplicates`: id and exact or near); a `NewsweaveError` for an id not stored."""
        row = self.store.article_row(article)
        if row is None:
            raise NewsweaveError(article, f"is not an article in {self.path}", "list a story's articles with `newsweave export --story ID`")
        return {"article": row["id"], "story": story_name(row["story"]), "duplicate_of": row["duplicate_of"], "duplicate": row["duplicate"],
                "source": row["source"], "url": row["url"], "published": row["published"], "title": row["title"], "input": row["input"],
                "text": row["original"], "duplicates": [{"article": a, "duplicate": kind} for a, kind in self.store.duplicates_of(row["id"])]}

    def history(self, story: str) -> list[dict]:
        return self.store.history(self.store.resolve(story))

    def export(self, story: str | None = None) -> list[dict]:
        """One record per stored article: what `newsweave ingest` reads back."""
        number = self.store.resolve(story) if story else None
        return [{"article": a["id"], "story": story_name(a["story"]), "duplicate_of": a["duplicate_of"], "duplicate": a["duplicate"],
                 "source": a["source"], "url": a["url"], "published": a["published"], "title": a["title"], "input": a["input"],
                 "text": a["original"]} for a in self.store.article_rows(number)]

    def skipped(self) -> list[Skipped]:
        return [Skipped(i, r) for i, r, _ in self.store.skipped_rows()]


__all__ = ["Corpus", "IngestReport", "default_db"]
