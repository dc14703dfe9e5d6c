"""From inputs to a brief: read and clean the inputs (the edge), make them one `Story`, and run the
declared pipeline (`newsweave.pipeline`) over it.

>>> import newsweave
>>> brief = newsweave.brief([newsweave.example_dir()], max_words=60)
>>> brief.story.articles, sum(len(s.text.split()) for s in brief.summary) <= 60
(5, True)
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterable
from pathlib import Path

from newsweave import pipeline
from newsweave.clean import clean
from newsweave.model import Article, Brief, CopyRelation, NewsweaveError, Skipped, Story
from newsweave.params import SUMMARY_WORDS
from newsweave.read import read, unique_ids
from newsweave.read.language import language, name

EMPTIED = "nothing left after cleaning: every line looked like page debris"
SKIP_ADVICE = "or run with --skip-bad (skip_bad=True) to leave it out and go on"


def inputs_of(inputs) -> list[Article | str | Path]:
    """The inputs of a stage as a list: one path (a str or Path) is one input, not a sequence of characters.

    >>> inputs_of("stories/ferry"), len(inputs_of(["a.txt", Path("b.txt")]))
    (['stories/ferry'], 2)
    """
    if isinstance(inputs, (str, os.PathLike, Article)):
        return [inputs]
    try:
        inputs = list(inputs)
    except TypeError:
        raise TypeError(f"give paths (str or pathlib.Path) or Article records, not {type(inputs).__name__}") from None
    for x in inputs:
        if not isinstance(x, (str, os.PathLike, Article)):
            raise TypeError(f"give paths (str or pathlib.Path) or Article records, not {type(x).__name__}: {x!r:.60}")
    return inputs


def english(articles: list[Article], skip_bad: bool = False) -> tuple[list[Article], list[Skipped]]:
    """The articles newsweave's stages can read (English, or too short to tell), and those in another
    language as skipped with theirs: a `NewsweaveError` for the first of them unless `skip_bad`."""
    kept, skipped = [], []
    for a in articles:
        code = a.language or (None if a.cleaned else language(a.original))
        if code in (None, "en"):
            kept.append(a)
            continue
        problem = f"is in {name(code)} ({code}); newsweave reads English articles only"
        if not skip_bad:
            raise NewsweaveError(a.input or a.id, problem, f"remove it, {SKIP_ADVICE}")
        skipped.append(Skipped(input=a.input or a.id, reason=problem))
    return kept, skipped


def usable(articles: list[Article], skip_bad: bool = False) -> tuple[list[Article], list[Skipped]]:
    """The articles cleaned (records already cleaned are kept as they are), without those not in English or
    that cleaning leaves empty: a `NewsweaveError` for the first of them, or with `skip_bad` listed as skipped."""
    articles, skipped = english(articles, skip_bad)
    raw = [a for a in articles if not a.cleaned]
    cleaned = {a.id: a for a in clean(raw)} if raw else {}
    articles = [cleaned.get(a.id, a) if not a.cleaned else a for a in articles]
    for a in articles:
        if not a.body.strip():
            if not skip_bad:
                raise NewsweaveError(a.input or a.id, EMPTIED, f"check that it holds article text, {SKIP_ADVICE}")
            skipped.append(Skipped(input=a.input or a.id, reason=EMPTIED))
    return [a for a in articles if a.body.strip()], skipped


def articles_of(inputs: Iterable[Article | str | Path], skip_bad: bool = False) -> tuple[list[Article], list[Skipped]]:
    """Cleaned articles from paths or records (records already cleaned are kept as they are), and the
    inputs skipped with their reasons. An input that could not be read, that is not in English or that
    cleaning leaves empty stops the run with a `NewsweaveError` naming it, or, with `skip_bad`, is
    skipped and listed. No input is dropped without a word."""
    inputs = inputs_of(inputs)
    given = [x for x in inputs if isinstance(x, Article)]
    paths = [x for x in inputs if not isinstance(x, Article)]
    skipped: list[Skipped] = []
    if paths:
        read_articles, skipped = read(paths, skip_bad=skip_bad)
        given += read_articles
    if not given:
        raise NewsweaveError(", ".join(map(str, paths)) or "input", "no article could be read", "give at least one article")
    kept, unusable = usable(unique_ids(given), skip_bad)
    skipped += unusable
    if not kept:
        raise NewsweaveError(", ".join(s.input for s in skipped) or "input", "no article is left to read",
                             "see the skipped inputs; give English article text")
    return kept, skipped


def story_of(inputs: Iterable[Article | str | Path], skip_bad: bool = False) -> Story:
    """A `Story` of the cleaned articles, oldest first, with the inputs skipped on the way; no layer yet."""
    articles, skipped = articles_of(inputs, skip_bad)
    return Story(articles=tuple(sorted(articles, key=lambda a: (a.published or dt.date.max, a.id))), skipped=tuple(skipped))


def copies(inputs: Iterable[Article | str | Path], skip_bad: bool = False, skipped: list[Skipped] | None = None) -> list[CopyRelation]:
    """Related pairs of articles (`duplicate`, `rewrite`, `partial`) with their likely origin. `skipped`,
    when given, is filled with the inputs left out and why."""
    articles, left_out = articles_of(inputs, skip_bad)
    if skipped is not None:
        skipped.extend(left_out)
    # in the order given: which of two undated articles is the origin can depend on it
    return pipeline.run(Story(articles=tuple(articles)), until="copies").copies


def brief(inputs: Iterable[Article | str | Path], max_words: int = SUMMARY_WORDS, skip_bad: bool = False,
          timings: dict[str, float] | None = None) -> Brief:
    """The brief of one story told by `inputs` (paths, or `Article` records).

    `timings`, when given, is filled with the seconds each stage took (for `benchmarks/speed.py`)."""
    if isinstance(max_words, bool) or not isinstance(max_words, int):
        raise TypeError(f"max_words is a whole number of words, not {type(max_words).__name__} {max_words!r}")
    if max_words < 1:
        raise ValueError(f"max_words must be at least 1 (the summary's length in words), not {max_words}")
    started = time.perf_counter()
    story = story_of(inputs, skip_bad)
    if timings is not None:
        timings["read+clean"] = timings.get("read+clean", 0.0) + time.perf_counter() - started
    return pipeline.run(story, timings=timings, max_words=max_words).brief


__all__ = ["brief", "copies", "articles_of", "story_of", "english", "inputs_of", "usable"]
