"""The story pipeline, declared: each stage names the layers of a `Story` it needs and the layers it adds,
and `run` orders the stages from those declarations alone. The brief is the last stage.

    python -m newsweave.pipeline      # or `newsweave stages`: the stages, what each needs and adds

A stage is a plain function `stage(story, **options) -> {layer: value}` over the layers it declared;
it never re-runs another stage, and it reads only what it needs. To add a stage, write its function
here with `@stage("nlp", needs=..., adds=...)` (and its logic in a module of its own under `story/`); the
order follows.

>>> import newsweave

>>> [s.name for s in order()][:3]
['nlp', 'quotes', 'quote_groups']
>>> from newsweave.weave import story_of
>>> story = run(story_of([newsweave.example_dir()]), until="origin_groups")
>>> story.copies[0].relation, len(set(story.origin_groups.values())), story.summary is None
('duplicate', 3, True)
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from newsweave import nlp
from newsweave.model import Article, ArticleInfo, Brief, Fact, Story, StoryInfo
from newsweave.progress import report
from newsweave.story import align, copies, divergences, entities, events, provenance, quote_merge, summary, timeline, topic
from newsweave.story.quotes import quotes_of


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: its name, the layers it needs and adds, and the function that adds them."""

    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[..., dict[str, Any]]

    @property
    def options(self) -> tuple[str, ...]:
        """The options the stage takes: its keyword-only arguments (`max_words=120`)."""
        return tuple(self.run.__kwdefaults__ or ())

    @property
    def doc(self) -> str:
        return (self.run.__doc__ or "").strip().splitlines()[0]


STAGES: list[Stage] = []


def stage(name: str, *, needs: Iterable[str], adds: Iterable[str]) -> Callable:
    """Declare a stage: `@stage("quotes", needs=("analysed",), adds=("quotes",))` over a function of the story."""

    def declare(run: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        known = set(Story.layers()) | {"articles", "skipped"}
        unknown = [layer for layer in (*needs, *adds) if layer not in known]
        if unknown:
            raise ValueError(f"stage {name}: no such layer of a Story: {', '.join(unknown)}")
        STAGES.append(Stage(name, tuple(needs), tuple(adds), run))
        return run

    return declare


# ------------------------------------------------------------------------------------------ the stages


@stage("nlp", needs=("articles",), adds=("analysed",))
def parse(story: Story) -> dict[str, Any]:
    """The one spaCy pass: each article's Doc and sentences."""
    return {"analysed": nlp.analysed(story.articles)}


@stage("quotes", needs=("analysed",), adds=("quotes",))
def find_all_quotes(story: Story) -> dict[str, Any]:
    """Direct and reported quotes of each article, with their speakers."""
    return {"quotes": quotes_of(story.analysed)}


@stage("quote_groups", needs=("quotes", "articles"), adds=("quote_groups",))
def merge_quotes(story: Story) -> dict[str, Any]:
    """The same quote across outlets merged, with every outlet's wording as a variant."""
    return {"quote_groups": quote_merge.merge_quotes(story.quotes, story.articles)}


@stage("provenance", needs=("articles", "analysed", "quotes"), adds=("provenance",))
def cite(story: Story) -> dict[str, Any]:
    """The agencies, outlets and officials the articles cite."""
    return {"provenance": provenance.citations(story.articles, quotes=story.quotes, told=story.analysed)}


@stage("copies", needs=("articles",), adds=("copies",))
def find_copies(story: Story) -> dict[str, Any]:
    """Pairs of articles that share text: duplicate, rewrite or partial, with the likely origin."""
    return {"copies": copies.copies(story.articles)}


@stage("origin_groups", needs=("articles", "copies", "provenance"), adds=("origin_groups",))
def group_origins(story: Story) -> dict[str, Any]:
    """Articles that share one origin (copies, one agency's texts, one outlet's texts) numbered as one group."""
    return {"origin_groups": copies.origin_groups(story.articles, story.copies, story.provenance)}


@stage("dates", needs=("analysed",), adds=("date_mentions",))
def find_dates(story: Story) -> dict[str, Any]:
    """Every date an article mentions, relative ones resolved against its publication date."""
    return {"date_mentions": timeline.date_mentions(story.analysed)}


@stage("occasions", needs=("analysed", "date_mentions"), adds=("occasions",))
def find_occasions(story: Story) -> dict[str, Any]:
    """The occasion each article is mainly about, so look-alike events' ledes stay apart in the facts."""
    return {"occasions": events.story_events_of_articles(story.analysed, mentions=story.date_mentions)}


@stage("align", needs=("analysed", "origin_groups", "occasions", "quotes"), adds=("alignment",))
def align_facts(story: Story) -> dict[str, Any]:
    """Sentences that state the same thing aligned across outlets into facts."""
    return {"alignment": align.align_story(story.analysed, story.origin_groups, occasions=story.occasions, quotes=story.quotes)}


@stage("off_topic", needs=("analysed", "alignment"), adds=("off_topic", "on_topic", "on_story"))
def set_apart(story: Story) -> dict[str, Any]:
    """Inputs about something else: named in the brief, kept out of the summary, the differences, when and who."""
    strays = topic.off_topic(story.analysed, story.alignment)
    return {
        "off_topic": strays,
        "on_topic": topic.on_topic(story.alignment, strays),
        "on_story": [told for told in story.analysed if strays.get(told.article.id) != topic.OUTSIDE],
    }


@stage("timeline", needs=("on_story", "date_mentions"), adds=("timeline",))
def make_timeline(story: Story) -> dict[str, Any]:
    """The timeline: dated items, oldest first, merged across outlets."""
    return {"timeline": timeline.timeline(story.on_story, mentions=story.date_mentions)}


@stage("entities", needs=("on_story",), adds=("entities", "entity_mentions", "roles"))
def find_entities(story: Story) -> dict[str, Any]:
    """People, organisations, places and vessels, name variants merged, with their mentions and the roles articles give them."""
    found = entities.find(story.on_story)
    return {"entities": found.entities, "entity_mentions": found.mentions, "roles": found.roles}


@stage("events", needs=("on_story", "date_mentions", "occasions", "entity_mentions"), adds=("events",))
def find_events(story: Story) -> dict[str, Any]:
    """The story's distinct occasions with their dates."""
    return {"events": events.events(story.on_story, mentions=story.date_mentions, occasions=story.occasions,
                                    people=story.entity_mentions)}


@stage("header", needs=("articles", "origin_groups", "off_topic"), adds=("info",))
def make_header(story: Story) -> dict[str, Any]:
    """The story's header: title, counts of articles, outlets and independent sources, first and last date."""
    return {"info": _story_info(story.articles, story.origin_groups, story.off_topic)}


@stage("divergences", needs=("on_story", "on_topic", "quote_groups", "events", "roles", "info", "origin_groups", "date_mentions", "occasions"),
       adds=("divergences", "contested"))
def find_divergences(story: Story) -> dict[str, Any]:
    """Where outlets differ (numbers, dates, roles, quotes, framing, facts only some report, distinct events)."""
    found = divergences.divergences(
        story.on_story, _standing(story.on_topic.facts, story.on_topic), story.quote_groups, story.events, story.roles,
        # "reported by 2 of 5 independent sources": of the story's sources, as its header counts them
        story.info.independent_sources, story.origin_groups, mentions=story.date_mentions, occasions=story.occasions)
    return {"divergences": found, "contested": divergences.contested(found, story.origin_groups)}


@stage("summary", needs=("on_topic", "contested", "quote_groups", "quotes", "articles"), adds=("summary",))
def summarize(story: Story, *, max_words: int = 120) -> dict[str, Any]:
    """What happened: the summary, at most `max_words` words, each line with its sources and spans."""
    lines = summary.summarize(story.on_topic, max_words=max_words, contested=story.contested)
    return {"summary": summary.speakers_agreed(lines, story.quote_groups, story.quotes, {a.id: a.original for a in story.articles})}


@stage("facts", needs=("alignment", "contested"), adds=("facts",))
def list_facts(story: Story) -> dict[str, Any]:
    """The facts as the brief lists them: told as most sources tell them, each marked if it reads on its own."""
    return {"facts": _standing(divergences.told_as_most_say(story.alignment.facts, story.contested), story.alignment)}


@stage("brief", needs=("info", "articles", "skipped", "origin_groups", "occasions", "off_topic", "summary", "facts", "divergences",
              "quote_groups", "timeline", "entities", "provenance", "copies", "events"), adds=("brief",))
def assemble(story: Story) -> dict[str, Any]:
    """The brief: every layer a reader sees, as one record."""
    return {"brief": Brief(
        story=story.info,
        articles=tuple(_article_info(a, story.origin_groups, story.occasions, story.off_topic) for a in story.articles),
        summary=tuple(story.summary),
        facts=tuple(story.facts),
        divergences=tuple(story.divergences),
        quotes=_quotes_as_shown(story),
        timeline=tuple(story.timeline),
        entities=tuple(story.entities),
        provenance=tuple(story.provenance),
        copies=tuple(story.copies),
        skipped=tuple(story.skipped),
        events=tuple(story.events),
    )}


def _quotes_as_shown(story: Story) -> tuple:
    """The quote groups as a reader sees them: one speaker per person (the name the entities give a
    spelling they merge: "Sergei Lavrov" is "Sergey Lavrov" there too), glued words parted as in the
    bodies. The variants keep their spans and their outlet's words."""
    from newsweave.clean.glue import repaired, story_words

    words = story_words(a.original for a in story.articles)
    named = {alias: e.name for e in story.entities if e.type == "person" for alias in e.aliases}
    return tuple(replace(q, speaker=named.get(q.speaker, q.speaker), text=repaired(q.text, words)) for q in story.quote_groups)


# ------------------------------------------------------------------------------------------ running them


def order(stages: Iterable[Stage] | None = None) -> list[Stage]:
    """The stages in an order where each runs after every stage that adds a layer it needs (the order of
    declaration among those that could go either way)."""
    todo = list(STAGES if stages is None else stages)
    have = {"articles", "skipped"}
    out: list[Stage] = []
    while todo:
        ready = next((s for s in todo if set(s.needs) <= have), None)
        if ready is None:
            missing = sorted({n for s in todo for n in s.needs} - have - {a for s in todo for a in s.adds})
            raise ValueError(f"no stage can run next: {', '.join(s.name for s in todo)} wait for {', '.join(missing) or 'each other'}")
        out.append(ready)
        have |= set(ready.adds)
        todo.remove(ready)
    return out


def run(story: Story, *, until: str | None = None, timings: dict[str, float] | None = None, **options: Any) -> Story:
    """The story with the layers of the pipeline added: all of them, or only those the layer `until` needs.

    `options` go to the stages that take them (`max_words` to the summary); `timings`, when given, is
    filled with the seconds each stage took."""
    steps = order()
    if until is not None:
        steps = _needed_for(until, steps)
    takes = {name for step in steps for name in step.options}
    unknown = sorted(set(options) - takes)
    if unknown:
        raise TypeError(f"no stage takes the option {', '.join(unknown)} (options: {', '.join(sorted(takes)) or 'none'})")
    for done, step in enumerate(steps):
        report(step.name, done, len(steps))
        missing = [layer for layer in step.needs if getattr(story, layer) is None]
        if missing:
            raise ValueError(f"stage {step.name} needs {', '.join(missing)}, which no earlier stage added")
        started = time.perf_counter()
        added = step.run(story, **{name: options[name] for name in step.options if name in options})
        if timings is not None:
            timings[step.name] = timings.get(step.name, 0.0) + time.perf_counter() - started
        if set(added) != set(step.adds):
            raise ValueError(f"stage {step.name} declared {sorted(step.adds)} but added {sorted(added)}")
        story = replace(story, **added)
    return story


def _needed_for(layer: str, steps: list[Stage]) -> list[Stage]:
    """The stages (in running order) that the stage adding `layer` needs, itself included."""
    adder = {added: step for step in steps for added in step.adds}
    if layer not in adder:
        raise ValueError(f"no stage adds the layer {layer!r} (layers: {', '.join(adder)})")
    wanted, todo = set(), [layer]
    while todo:
        step = adder.get(todo.pop())
        if step is not None and step.name not in wanted:
            wanted.add(step.name)
            todo.extend(step.needs)
    return [step for step in steps if step.name in wanted]


def describe() -> str:
    """The stages in the order they run, each with what it needs and what it adds."""
    lines = []
    for i, step in enumerate(order(), 1):
        lines.append(f"{i:>2}. {step.name:<13} {step.doc}")
        lines.append(f"    needs: {', '.join(step.needs)}")
        lines.append(f"    adds:  {', '.join(step.adds)}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ helpers


def _story_info(articles, groups: dict[str, int], strays: dict[str, str]) -> StoryInfo:
    dates = sorted(a.published for a in articles if a.published)
    outlets = tuple(dict.fromkeys(a.source for a in articles if a.source))
    # an input about something else (a widget's copies) neither titles the story nor counts as its source
    about = [a for a in articles if strays.get(a.id) != topic.OUTSIDE]
    return StoryInfo(
        title=_story_title(about, groups),
        articles=len(articles),
        outlets=outlets,
        independent_sources=len({groups[a.id] for a in about}),
        first_published=dates[0].isoformat() if dates else None,
        last_published=dates[-1].isoformat() if dates else None,
    )


def _story_title(articles, groups: dict[str, int]) -> str | None:
    """The title of the earliest article of the largest origin group: the most widely carried report."""
    titled = [a for a in articles if a.title]
    if not titled:
        return None
    size = Counter(groups.values())
    return max(titled, key=lambda a: (size[groups[a.id]], -articles.index(a))).title


def _article_info(article: Article, groups: dict[str, int], occasions: dict[str, int], strays: dict[str, str]) -> ArticleInfo:
    return ArticleInfo(
        id=article.id,
        title=article.title,
        source=article.source,
        published=article.published.isoformat() if article.published else None,
        url=article.url,
        input=article.input,
        origin_group=groups[article.id],
        occasion=occasions.get(article.id, 0),
        off_topic=strays.get(article.id),
        original=article.original,
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
        out.append(replace(fact, stands_alone=unit is not None and summary.stands_alone(fact.text, unit)))
    return out


if __name__ == "__main__":
    print(describe())
