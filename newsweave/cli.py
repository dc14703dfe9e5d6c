"""The command line: one subcommand per stage, each usable alone (`newsweave --help`)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsweave.model import Article, NewsweaveError, Skipped, to_dict
from newsweave.params import SUMMARY_WORDS
from newsweave.render.escape import json_text, visible

app = typer.Typer(
    help="Many reports, one story: a faithful, source-attributed brief of every outlet's coverage.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[list[str], typer.Argument(help="Files or directories (read recursively), or - for JSON Lines on stdin.", show_default=False)]
Output = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file instead of standard output.")]
SkipBad = Annotated[bool, typer.Option("--skip-bad", help="Carry on past bad inputs, reporting each one skipped and why.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar (there is none when standard error is not a terminal).")]


def _version(value: bool) -> None:
    if value:
        from newsweave import __version__

        typer.echo(f"newsweave {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Many reports, one story: a faithful, source-attributed brief of every outlet's coverage."""


class LineFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


def _say(line: str) -> None:
    """One line on stderr; what comes from an input (a file name, an id) cannot reach the terminal raw."""
    typer.echo(f"newsweave: {visible(line)}", err=True)


def _fail(error: NewsweaveError) -> None:
    _say(str(error))
    raise typer.Exit(code=2)


def _check_output(output: Path | None) -> None:
    """Before any work: `-o` names a file that can be written."""
    if output is None:
        return
    if output.is_dir():
        _fail(NewsweaveError(str(output), "is a directory", "give -o a file name, e.g. -o brief.html"))
    if not output.parent.is_dir():
        _fail(NewsweaveError(str(output), f"its folder {str(output.parent)!r} does not exist", "create the folder first"))
    if not os.access(output.parent, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
        _fail(NewsweaveError(str(output), "cannot be written (permission denied)", "choose another place for -o"))


def _with_skip_advice(error: NewsweaveError) -> NewsweaveError:
    """The error, its advice ending with --skip-bad (once)."""
    if "--skip-bad" in error.advice:
        return error
    return NewsweaveError(error.input, error.problem, "; ".join(filter(None, [error.advice, "or run with --skip-bad to leave it out and go on"])))


def _read(paths: list[str], skip_bad: bool, output: Path | None = None) -> tuple[list[Article], list[Skipped]]:
    from newsweave.read import read

    _check_output(output)
    try:
        articles, skipped = read(paths, skip_bad=skip_bad)
    except NewsweaveError as error:
        _fail(_with_skip_advice(error))
    _say_skipped(skipped)
    for article in articles:
        for warning in article.warnings:
            _say(f"warning: {warning}")
    if not articles:
        _fail(NewsweaveError(", ".join(paths), "no article could be read", "see the skipped inputs above"))
    return articles, skipped


def _say_skipped(skipped: list[Skipped]) -> list[Skipped]:
    """Inputs left out, said on stderr one line each."""
    for item in skipped:
        _say(f"skipped {item.input}: {item.reason}")
    return skipped


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")
        return
    try:
        output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as error:
        _fail(NewsweaveError(str(output), f"cannot be written ({error.strerror})", "choose another place for -o"))
    _say(f"wrote {output}")


def _jsonl(records) -> str:
    return "".join(json_text(json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def _skipped_records(skipped: list[Skipped]) -> list[dict]:
    return [{"input": s.input, "skipped": s.reason} for s in skipped]


@app.command()
def clean(paths: Paths, format: LineFormat = LineFormat.jsonl, output: Output = None, skip_bad: SkipBad = False) -> None:
    """Per article: title, published, source, url, cleaned text and the lines removed (with reasons)."""
    from newsweave.clean import clean as clean_articles
    from newsweave.render.text import cleaned_text
    from newsweave.weave import english

    articles, skipped = _read(paths, skip_bad, output)
    try:
        articles, foreign = english(articles, skip_bad)
    except NewsweaveError as error:
        _fail(error)
    skipped = skipped + _say_skipped(foreign)
    if not articles:
        _fail(NewsweaveError(", ".join(paths), "no article is in English", "newsweave reads English articles only"))
    cleaned = clean_articles(articles)
    if format is LineFormat.text:
        _write(cleaned_text(cleaned, skipped), output)
        return
    records = [
        {
            "article": a.id,
            "input": a.input,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "source": a.source,
            "url": a.url,
            "text": a.text,
            "original": a.original,  # what every offset indexes (for a web page, the text extracted from it)
            "removed": [to_dict(r) for r in a.removed],
            "warnings": list(a.warnings),
            "language": a.language,
        }
        for a in cleaned
    ]
    _write(_jsonl(records + _skipped_records(skipped)), output)


class BriefFormat(str, Enum):
    text = "text"
    json = "json"
    md = "md"
    html = "html"


Db = Annotated[Optional[Path], typer.Option("--db", help="The store (default: $NEWSWEAVE_DB, else newsweave.db here).", show_default=False)]


def _corpus(db: Path | None, create: bool = False):
    from newsweave.corpus import Corpus

    try:
        return Corpus(db, create=create)
    except NewsweaveError as error:
        _fail(error)


@app.command()
def brief(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or directories (read recursively), or - for JSON Lines on stdin.",
                                                         show_default=False)] = None,
    format: BriefFormat = BriefFormat.text,
    output: Output = None,
    max_words: Annotated[int, typer.Option("--max-words", min=10, help="Most words in the summary.")] = SUMMARY_WORDS,
    skip_bad: SkipBad = False,
    color: Annotated[bool, typer.Option("--color/--no-color", help="Colour in the terminal format.")] = True,
    story: Annotated[Optional[str], typer.Option("--story", help="Brief a stored story (an id from `newsweave stories`).")] = None,
    db: Db = None,
    quiet: Quiet = False,
) -> None:
    """The brief of one story: summary, facts with independent sources, quotes, timeline, copies."""
    from newsweave.render import render
    from newsweave.weave import brief as make_brief

    use_color = color and output is None and sys.stdout.isatty()
    if story is not None:
        if paths:
            _fail(NewsweaveError("brief", "takes either PATH... or --story, not both", "leave out the paths to brief a stored story"))
        _check_output(output)
        corpus = _corpus(db)
        try:
            with _listening(quiet, "brief"):
                result = corpus.brief(story, max_words=max_words)
        except NewsweaveError as error:
            _fail(error)
        _write(render(result, format.value, color=use_color), output)
        return
    if not paths:
        _fail(NewsweaveError("brief", "needs the articles of a story", "give files or folders, or --story ID for a stored story"))
    articles, skipped = _read(paths, skip_bad, output)
    try:
        with _listening(quiet, "brief"):
            result = make_brief(articles, max_words=max_words, skip_bad=skip_bad)
    except NewsweaveError as error:
        _fail(error)
    _say_skipped(list(result.skipped))
    if skipped:
        import dataclasses

        result = dataclasses.replace(result, skipped=tuple(skipped) + result.skipped)
    _write(render(result, format.value, color=use_color), output)


@app.command()
def copies(paths: Paths, format: LineFormat = LineFormat.jsonl, output: Output = None, skip_bad: SkipBad = False,
           quiet: Quiet = False) -> None:
    """Per related pair of articles: a, b, relation (duplicate/rewrite/partial), score and likely origin."""
    from newsweave.weave import copies as find_copies

    articles, skipped = _read(paths, skip_bad, output)
    emptied: list[Skipped] = []
    try:
        with _listening(quiet, "copies"):
            relations = find_copies(articles, skip_bad=skip_bad, skipped=emptied)
    except NewsweaveError as error:
        _fail(error)
    skipped = skipped + _say_skipped(emptied)
    if format is LineFormat.text:
        lines = [f"{r.a}  {r.relation:<9}  {r.b}  score {r.score:.3f}" + (f"  origin {r.origin} ({r.reason})" if r.origin else "") for r in relations]
        if not relations:
            lines = ["no article reuses another's text"]
        _write("\n".join(visible(line) for line in lines + [f"skipped {s.input}: {s.reason}" for s in skipped]), output)
        return
    _write(_jsonl([to_dict(r) for r in relations] + _skipped_records(skipped)), output)


@app.command()
def quotes(paths: Paths, format: LineFormat = LineFormat.jsonl, output: Output = None, skip_bad: SkipBad = False,
           quiet: Quiet = False) -> None:
    """Per quotation: article, text, start, end (offsets into the original), speaker, speaker mention, cue, direct,
    parts (the quoted pieces, each with start, end, text) and mixed (reported speech holding quoted words)."""
    from newsweave.story.quotes import quotes as find_quotes
    from newsweave.weave import articles_of

    articles, skipped = _read(paths, skip_bad, output)
    try:
        cleaned, emptied = articles_of(articles, skip_bad=skip_bad)
    except NewsweaveError as error:
        _fail(error)
    with _listening(quiet, "quotes"):
        found = find_quotes(cleaned)
    skipped = skipped + _say_skipped(emptied)
    if format is LineFormat.text:
        lines = []
        for q in found:
            words = f"“{q.text}”" if q.direct else f"({'reported, quoting' if q.mixed else 'reported'}) {q.text}"
            lines.append(f"{q.article} [{q.start}:{q.end}] {q.speaker or 'unknown speaker'} [{q.cue or 'continued'}]: {words}")
        _write("\n".join(visible(line) for line in lines + [f"skipped {s.input}: {s.reason}" for s in skipped]) or "no quotes found", output)
        return
    _write(_jsonl([to_dict(q) for q in found] + _skipped_records(skipped)), output)


@app.command()
def ingest(paths: Paths, db: Db = None, skip_bad: SkipBad = False,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False) -> None:
    """Store articles (files, folders, feeds, WARC, an export): duplicates linked, each article put in its story."""
    corpus = _corpus(db, create=True)
    try:
        with _progress(quiet, "ingesting") as progress:
            report = corpus.ingest(paths, skip_bad=skip_bad, progress=progress)
    except NewsweaveError as error:
        _fail(_with_skip_advice(error))
    for item in report.skipped:
        _say(f"skipped {item.input}: {item.reason}")
    for line in report.lines():
        _say(line)
    _say(f"store: {corpus.path}")


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class _Bar:
    """A rich progress bar on stderr while a long command runs (only on a terminal)."""

    def __init__(self, label: str):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                 console=Console(stderr=True), transient=True)
        self.label = label
        self.tasks: dict[str, object] = {}

    def __enter__(self):
        self.progress.start()
        return self.update

    def update(self, done: int, total: int) -> None:
        self.listen(self.label, done, total)

    def listen(self, what: str, done: int, total: int) -> None:
        """A line per kind of work: articles parsed, and the stage running (`newsweave.progress`)."""
        line = "parsing" if what == "parsing" else self.label
        if line not in self.tasks:
            self.tasks[line] = self.progress.add_task(line, total=total)
        description = "parsing articles" if what == "parsing" else (what if what == self.label else f"{self.label}: {what}")
        self.progress.update(self.tasks[line], completed=done, total=total, description=description)

    def __exit__(self, *exc):
        self.progress.stop()
        return False


def _progress(quiet: bool, label: str):
    return _NoProgress() if quiet or not sys.stderr.isatty() else _Bar(label)


@contextlib.contextmanager
def _listening(quiet: bool, label: str):
    """A progress bar for the stages and the parsing under way (`newsweave.progress`), on a terminal only."""
    from newsweave.progress import listening

    if quiet or not sys.stderr.isatty():
        yield
        return
    bar = _Bar(label)
    with bar, listening(bar.listen):
        yield


def _date(value: str | None, option: str):
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(NewsweaveError(option, f"{value!r} is not a date", "write it as YYYY-MM-DD"))


@app.command()
def stories(
    db: Db = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only stories with an article on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only stories with an article on or before this date.")] = None,
    query: Annotated[Optional[str], typer.Option("--query", help="Only stories whose articles hold all these words.")] = None,
    format: LineFormat = LineFormat.text,
    output: Output = None,
) -> None:
    """The stored stories, newest activity first: id, title, articles, outlets, independent sources, dates."""
    _check_output(output)
    rows = _corpus(db).stories(since=_date(since, "--since"), until=_date(until, "--until"), query=query)
    if format is LineFormat.jsonl:
        _write(_jsonl(rows), output)
        return
    from newsweave.render.view import count

    lines = []
    for r in rows:
        dates = f"{r['first_published']} .. {r['last_published']}" if r["first_published"] else "undated"
        one_year = len({day[:4] for day in r["per_day"]}) == 1
        growth = " ".join(f"{day[5:] if one_year else day}:{n}" for day, n in r["per_day"].items())
        outlets = (f"{count(len(r['outlets']), 'outlet')} ({', '.join(r['outlets'][:6])}{', ...' if len(r['outlets']) > 6 else ''})"
                   if r["outlets"] else "no outlet named")
        lines.append(f"{r['story']}  {r['title']}")
        lines.append(f"    {count(r['articles'], 'article')}, {r['independent_sources']} independent, {outlets}; {dates}"
                     + (f"; per day {growth}" if growth else "")
                     + (f" ({r['articles'] - sum(r['per_day'].values())} undated)" if growth and r["articles"] > sum(r["per_day"].values()) else "")
                     + (f"; aliases {', '.join(r['aliases'])}" if r["aliases"] else ""))
    _write("\n".join(visible(line) for line in lines) or "no stories stored yet", output)


@app.command()
def cluster(paths: Paths, format: LineFormat = LineFormat.jsonl, output: Output = None, skip_bad: SkipBad = False) -> None:
    """Per article: the story it belongs to (no store needed), plus the inputs skipped with their reasons."""
    from newsweave.corpus.cluster import cluster as find_stories
    from newsweave.weave import usable

    articles, skipped = _read(paths, skip_bad, output)
    try:
        cleaned, unusable = usable(articles, skip_bad=skip_bad)
    except NewsweaveError as error:
        _fail(error)
    skipped = skipped + _say_skipped(unusable)
    found = find_stories(cleaned)
    if format is LineFormat.text:
        lines = [f"{story}  {article}" for article, story in found.items()]
        _write("\n".join(visible(line) for line in lines + [f"skipped {s.input}: {s.reason}" for s in skipped]), output)
        return
    _write(_jsonl([{"article": a, "story": s} for a, s in found.items()] + _skipped_records(skipped)), output)


@app.command()
def export(
    db: Db = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Only this story's articles.")] = None,
    format: Annotated[LineFormat, typer.Option("--format", help="jsonl (the only format: one line per article).")] = LineFormat.jsonl,
    output: Output = None,
) -> None:
    """One line per stored article (article, story, duplicate_of, source, url, published, title, text as read):
    a backup that `newsweave ingest` reads back."""
    _check_output(output)
    if format is not LineFormat.jsonl:
        _fail(NewsweaveError("--format", f"{format.value} is not an export format", "export writes jsonl"))
    try:
        records = _corpus(db).export(story)
    except NewsweaveError as error:
        _fail(error)
    _write(_jsonl(records), output)


@app.command()
def serve(db: Db = None, host: Annotated[str, typer.Option("--host", help="Address to listen on; other than this machine's needs --token.")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
          token: Annotated[Optional[str], typer.Option("--token", help="A password every request must carry (open /?token=T once).")] = None) -> None:
    """The web app over the store: stories, briefs with their evidence, articles, a form to add articles, a JSON API."""
    from newsweave.web import check_bind, serve as run

    try:
        check_bind(host, token)
    except NewsweaveError as error:
        _fail(error)
    corpus = _corpus(db, create=True)
    corpus.store.close()
    _say(f"serving {corpus.path} on http://{host}:{port}/ (Ctrl-C stops)")
    run(corpus.path, host=host, port=port, token=token)


@app.command()
def stages() -> None:
    """The stages of the story pipeline in the order they run, each with the layers it needs and adds."""
    from newsweave.pipeline import describe

    _write(describe(), None)


from newsweave.corpus.spark.cli import app as _spark  # noqa: E402  (the sub-app imports no Spark until it runs)

app.add_typer(_spark, name="spark")
