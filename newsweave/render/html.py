"""The brief as one self-contained HTML file: no script, no external resource, everything escaped.

The sections are macros (templates/brief_sections.html.j2) that the web app's story page draws too,
from the same `context`: one template set, not two ways to draw a brief.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from newsweave.model import Brief
from newsweave.render.escape import visible
from newsweave.render.view import (SHOWN, count, derived_from, labels, off_topic_lines, published, quote_words, said_by, shown_facts, sources_text,
                                   when)


def environment(loader=None):
    """The Jinja environment every newsweave page is drawn with: autoescape, no undefined name, every value
    shown made `visible` (no control character) and links only for web URLs. `loader` adds templates (the
    web app's) in front of the brief's own."""
    from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined
    from markupsafe import Markup

    own = PackageLoader("newsweave.render", "templates")
    # every value shown passes `visible` (no control character) and then autoescape (no markup); the
    # template's own markup (a macro's output) is left as it is
    env = Environment(loader=ChoiceLoader([loader, own]) if loader else own, autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, finalize=lambda value: visible(value) if isinstance(value, str) and not isinstance(value, Markup) else value)
    env.filters["safe_url"] = safe_url
    return env


_environment = functools.lru_cache(maxsize=1)(environment)


def safe_url(url: str) -> str:
    """Only web links become links: a `javascript:` URL from the input must not run.

    >>> safe_url("https://gazette.example/ferry"), safe_url("javascript:alert(1)"), safe_url(" JavaScript:x")
    ('https://gazette.example/ferry', '#', '#')
    """
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return "#"
    return url if scheme in ("http", "https") else "#"


def context(brief: Brief, evidence_url=None, article_url=None, word_diff=None) -> dict:
    """What the brief's sections are drawn from. The web app gives `evidence_url(evidence)` and
    `article_url(article id)` (links to its article pages) and `word_diff(a, b)` (a quote's changed
    words marked); the file has none of them."""
    names = labels(brief)
    facts, left = shown_facts(brief, where=False)
    listed = {id(f) for f in facts}
    return dict(
        story=brief.story, summary=brief.summary, facts=facts, facts_left=left, facts_rest=[f for f in brief.facts if id(f) not in listed],
        derived=derived_from(brief, names), divergences=brief.divergences, quotes=brief.quotes,
        timeline=brief.timeline, entities=brief.entities, provenance=brief.provenance, copies=brief.copies,
        articles=brief.articles, skipped=brief.skipped, names=names, off_topic=off_topic_lines(brief, names),
        names_of=lambda sources: sources_text(brief, sources, names), said_by=said_by, when=when, count=count,
        published=published, words_of=lambda quote: quote_words(quote, str),  # escaped by the template
        quote_spans=lambda quote: [v.evidence()[0] for v in quote.variants],
        evidence_url=evidence_url, article_url=article_url, word_diff=word_diff, shown=SHOWN,
    )


def to_html(brief: Brief) -> str:
    return _environment().get_template("brief.html.j2").render(context(brief))
