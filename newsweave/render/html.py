"""The brief as one self-contained HTML file: no script, no external resource, everything escaped."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from newsweave.model import Brief
from newsweave.render.escape import visible
from newsweave.render.view import (count, derived_from, labels, off_topic_lines, published, quote_words, said_by, shown_facts, sources_text,
                                   when)


@functools.lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined
    from markupsafe import Markup

    # every value shown passes `visible` (no control character) and then autoescape (no markup); the
    # template's own markup (a macro's output) is left as it is
    env = Environment(loader=PackageLoader("newsweave.render", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, finalize=lambda value: visible(value) if isinstance(value, str) and not isinstance(value, Markup) else value)
    env.filters["safe_url"] = _safe_url
    return env


def _safe_url(url: str) -> str:
    """Only web links become links: a `javascript:` URL from the input must not run."""
    return url if urlsplit(url).scheme in ("http", "https") else "#"


def to_html(brief: Brief) -> str:
    names = labels(brief)
    template = _environment().get_template("brief.html.j2")
    facts, left = shown_facts(brief, where=False)
    listed = {id(f) for f in facts}
    return template.render(
        story=brief.story, summary=brief.summary, facts=facts, facts_left=left, facts_rest=[f for f in brief.facts if id(f) not in listed],
        derived=derived_from(brief, names), divergences=brief.divergences, quotes=brief.quotes,
        timeline=brief.timeline, entities=brief.entities, provenance=brief.provenance, copies=brief.copies,
        articles=brief.articles, skipped=brief.skipped, names=names, off_topic=off_topic_lines(brief, names),
        names_of=lambda sources: sources_text(brief, sources, names), said_by=said_by, when=when, count=count,
        published=published, words_of=lambda quote: quote_words(quote, str),  # escaped by the template
    )
