"""The story pipeline end to end: read → clean → one NLP pass → copies → facts → summary → the other
sections → one `Brief`.

>>> import newsweave
>>> brief = newsweave.brief([newsweave.example_dir()], max_words=60)
>>> brief.story.articles, sum(len(s.text.split()) for s in brief.summary) <= 60
(5, True)
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsweave import nlp
from newsweave.clean import clean
from newsweave.model import Article, ArticleInfo, Brief, CopyRelation, Fact, NewsweaveError, Skipped, StoryInfo
from newsweave.read import read
import newsweave.story.copies as copies_stage
from newsweave.story.align import align_story
from newsweave.story.divergences import contested, divergences, told_as_most_say
from newsweave.story.entities import entities, role_mentions
from newsweave.story.events import events, story_events_of_articles
from newsweave.story.provenance import citations
from newsweave.story.quote_merge import merge_quotes
from newsweave.story.quotes import find_quotes
from newsweave.story.summary import speakers_agreed, stands_alone, summarize
from newsweave.story.timeline import date_mentions, timeline
from newsweave.story.topic import OUTSIDE, off_topic, on_topic


def articles_of(inputs: Iterable[Article | str | Path], skip_bad: bool = False) -> tuple[list[Article], list[Skipped]]:
    """Cleaned articles from paths or records (records already cleaned are kept as they are)."""
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


def copies(inputs: Iterable[Article | str | Path], skip_bad: bool = False) -> list[CopyRelation]:
    """Related pairs of articles (`duplicate`, `rewrite`, `partial`) with their likely origin."""
    articles, _ = articles_of(inputs, skip_bad)
    return copies_stage.copies(articles)


def brief(inputs: Iterable[Article | str | Path], max_words: int = 120, skip_bad: bool = False,
          timings: dict[str, float] | None = None) -> Brief:
    """The brief of one story told by `inputs` (paths, or `Article` records).

    `timings`, when given, is filled with the seconds each stage took (for `benchmarks/speed.py`)."""
    clock = _Stopwatch(timings)
    with clock("read+clean"):
        articles, skipped = articles_of(inputs, skip_bad)
        articles = _by_date(articles)
    with clock("nlp"):
        analysed = nlp.analysed(articles)
    with clock("quotes+provenance"):
        quotes = [q for article, doc, _ in analysed for q in find_quotes(article, doc)]
        quote_groups = merge_quotes(quotes, articles)
        provenance = citations(articles, quotes=quotes)
    with clock("copies"):
        relations = copies_stage.copies(articles)
        groups = copies_stage.origin_groups(articles, relations, provenance)
    with clock("timeline"):
        mentions = date_mentions(analysed)  # found once: the timeline, the events and the date divergences read them
    with clock("events+divergences"):
        # the occasion each article is about keeps look-alike events' ledes apart in the facts
        occasions = story_events_of_articles(analysed, mentions=mentions)
    with clock("facts+summary"):
        alignment = align_story(analysed, groups, occasions=occasions, quotes=quotes)
        strays = off_topic(analysed, alignment)  # inputs about something else: named in the brief, kept out of the summary
        story_only = on_topic(alignment, strays)  # and out of what the outlets are said to report or not
        on_story = [told for told in analysed if strays.get(told[0].id) != OUTSIDE]  # and out of when and who
    with clock("timeline"):
        dated = timeline(on_story, mentions=mentions)
    with clock("entities"):
        people = entities(on_story)
        roles = role_mentions(on_story)
    with clock("events+divergences"):
        story_events = events(on_story, mentions=mentions, occasions=occasions)
        # "reported by 2 of 5 independent sources": of the story's sources, as its header counts them
        story = _story(articles, groups, strays)
        differences = divergences(on_story, _standing(story_only.facts, story_only), quote_groups, story_events, roles, story.independent_sources, groups,
                                  mentions=mentions, occasions=occasions)
    with clock("facts+summary"):
        disputed = contested(differences, groups)
        summary = summarize(story_only, max_words=max_words, contested=disputed)
        summary = speakers_agreed(summary, quote_groups, quotes, {a.id: a.original for a in articles})
    return Brief(
        story=story,
        articles=tuple(_info(a, groups, occasions, strays) for a in articles),
        summary=tuple(summary),
        facts=tuple(_standing(told_as_most_say(alignment.facts, disputed), alignment)),
        divergences=tuple(differences),
        quotes=tuple(quote_groups),
        timeline=tuple(dated),
        entities=tuple(people),
        provenance=tuple(provenance),
        copies=tuple(relations),
        skipped=tuple(skipped),
        events=tuple(story_events),
    )


class _Stopwatch:
    """`with clock("stage"):` adds the stage's seconds to a dict, when there is one."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.stage = ""

    def __call__(self, stage: str) -> "_Stopwatch":
        self.stage = stage
        return self

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *_) -> None:
        if self.timings is not None:
            self.timings[self.stage] = self.timings.get(self.stage, 0.0) + time.perf_counter() - self.started


def _by_date(articles: Sequence[Article]) -> list[Article]:
    import datetime as dt

    return sorted(articles, key=lambda a: (a.published or dt.date.max, a.id))


def _story(articles: Sequence[Article], groups: dict[str, int], strays: dict[str, str]) -> StoryInfo:
    dates = sorted(a.published for a in articles if a.published)
    outlets = tuple(dict.fromkeys(a.source for a in articles if a.source))
    # an input about something else (a widget's copies) neither titles the story nor counts as its source
    about = [a for a in articles if strays.get(a.id) != OUTSIDE]
    return StoryInfo(
        title=_story_title(about, groups),
        articles=len(articles),
        outlets=outlets,
        independent_sources=len({groups[a.id] for a in about}),
        first_published=dates[0].isoformat() if dates else None,
        last_published=dates[-1].isoformat() if dates else None,
    )


def _story_title(articles: Sequence[Article], groups: dict[str, int]) -> str | None:
    """The title of the earliest article of the largest origin group: the most widely carried report."""
    titled = [a for a in articles if a.title]
    if not titled:
        return None
    size = Counter(groups.values())
    return max(titled, key=lambda a: (size[groups[a.id]], -articles.index(a))).title


def _info(article: Article, groups: dict[str, int], occasions: dict[str, int], strays: dict[str, str] | None = None) -> ArticleInfo:
    return ArticleInfo(
        id=article.id,
        title=article.title,
        source=article.source,
        published=article.published.isoformat() if article.published else None,
        url=article.url,
        input=article.input,
        origin_group=groups[article.id],
        occasion=occasions.get(article.id, 0),
        off_topic=(strays or {}).get(article.id),
    )


def _standing(facts, alignment) -> list[Fact]:
    """Each fact marked with whether its text stands alone by the summary's trust rules, judged on the
    telling it shows (`told_as_most_say` may show another telling than the representative's)."""
    out = []
    for fact, members in zip(facts, alignment.clusters):
        bare = "".join(fact.text.split())
        units = [alignment.items[k] for k in members]
        # the text is a telling as cleaned, or (after `told_as_most_say`) as the original spells it
        shown = {(e.article, e.start) for e in fact.evidence if "".join(e.text.split()) == bare}
        unit = next((u for u in units if "".join(u.sentence.text.split()) == bare or (u.article.id, u.sentence.start) in shown), None)
        out.append(replace(fact, stands_alone=unit is not None and stands_alone(fact.text, unit)))
    return out


__all__ = ["brief", "copies", "articles_of"]
