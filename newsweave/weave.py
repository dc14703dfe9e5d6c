"""From inputs to a brief: read and clean the inputs (the edge), make them one `Story`, and run the
declared pipeline (`newsweave.pipeline`) over it.

>>> import newsweave
>>> brief = newsweave.brief([newsweave.example_dir()], max_words=60)
>>> brief.story.articles, sum(len(s.text.split()) for s in brief.summary) <= 60
(5, True)
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from pathlib import Path

from newsweave import pipeline
from newsweave.clean import clean
from newsweave.model import Article, Brief, CopyRelation, NewsweaveError, Skipped, Story
from newsweave.read import read


def articles_of(inputs: Iterable[Article | str | Path], skip_bad: bool = False) -> tuple[list[Article], list[Skipped]]:
    """Cleaned articles from paths or records (records already cleaned are kept as they are), and the
    inputs skipped with their reasons: one that could not be read (with `skip_bad`), one that cleaning
    leaves empty. No input is dropped without a word."""
    inputs = list(inputs)
    given = [x for x in inputs if isinstance(x, Article)]
    paths = [x for x in inputs if not isinstance(x, Article)]
    skipped: list[Skipped] = []
    if paths:
        read_articles, skipped = read(paths, skip_bad=skip_bad)
        given += read_articles
    if not given:
        raise NewsweaveError(", ".join(map(str, paths)) or "input", "no article could be read", "give at least one article")
    raw = [a for a in given if not a.cleaned]
    cleaned = {a.id: a for a in clean(raw)} if raw else {}
    articles = [cleaned.get(a.id, a) if not a.cleaned else a for a in given]
    # an article that is all page debris is accounted for, not fatal: the story goes on without it
    for a in articles:
        if not a.body.strip():
            skipped.append(Skipped(input=a.input or a.id, reason="nothing left after cleaning: every line looked like page debris"))
    kept = [a for a in articles if a.body.strip()]
    if not kept:
        raise NewsweaveError(", ".join(a.input or a.id for a in articles), "nothing is left after cleaning", "check that the inputs hold article text")
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


def brief(inputs: Iterable[Article | str | Path], max_words: int = 120, skip_bad: bool = False,
          timings: dict[str, float] | None = None) -> Brief:
    """The brief of one story told by `inputs` (paths, or `Article` records).

    `timings`, when given, is filled with the seconds each stage took (for `benchmarks/speed.py`)."""
    started = time.perf_counter()
    story = story_of(inputs, skip_bad)
    if timings is not None:
        timings["read+clean"] = timings.get("read+clean", 0.0) + time.perf_counter() - started
    return pipeline.run(story, timings=timings, max_words=max_words).brief


__all__ = ["brief", "copies", "articles_of", "story_of"]
