"""The brief in a terminal: rich text, readable at 100 columns."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape as markup_escape
from rich.table import Table

from newsweave.model import Brief
from newsweave.read.own import MARK
from newsweave.render.escape import visible
from newsweave.render.view import (changed_variants, count, fold, labels, off_topic_lines, published, quote_words, said_by, shown_facts,
                                   sources_text, when)


def escape(text: str) -> str:
    """An input's string as the terminal shows it: no control or escape sequence, no rich markup."""
    return markup_escape(visible(text))


def to_text(brief: Brief, width: int = 100, color: bool = False, max_facts: int = 10) -> str:
    names = labels(brief)
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False)
    s = brief.story
    console.rule(f"[bold]{escape(s.title or 'Untitled story')}")
    console.print(f"{count(s.articles, 'article')} · {count(len(s.outlets), 'named outlet')} · "
                  f"[bold]{count(s.independent_sources, 'independent source')}[/] · {published(s)}")
    for line in off_topic_lines(brief, names):
        console.print(f"[bold yellow]{escape(line)}[/]")

    def section(title: str) -> None:
        console.print()
        console.print(f"[bold underline]{title}[/]")

    def cite(sources) -> str:
        return f"[dim]— {escape(sources_text(brief, sources, names))}[/]"

    section("What happened")
    for n, item in enumerate(brief.summary, 1):
        who = f" [italic]{escape(said_by(item))}[/]" if item.speaker else ""
        console.print(f"{n}. {escape(item.text)}{who} {cite(item.sources)}")
    section("Facts and who reports them")
    facts, left = shown_facts(brief, max_facts)
    for fact in facts:
        console.print(f"• [{fact.independent_sources} indep./{len(fact.sources)}] {escape(fact.text)} {cite(fact.sources)}")
    if left:
        console.print(f"[dim]{escape(left)}[/]")
    def folded(items, part: str, noun: str) -> list:
        shown, left = fold(items, part, noun)
        if left:
            deferred.append(left)
        return shown

    def flush() -> None:
        for line in deferred:
            console.print(f"[dim]{escape(line)}[/]")
        deferred.clear()

    deferred: list[str] = []
    if brief.divergences:
        section("Where they differ")
        for d in folded(brief.divergences, "divergences", "difference"):
            console.print(f"• [bold]{escape(d.kind)}[/]: {escape(d.text)}")
            for v in d.versions:
                console.print(f"    – {escape(v.value)} {cite(v.sources)}")
        flush()
    if brief.quotes:
        section("Who said what")
        for q in folded(brief.quotes, "quotes", "quote"):
            console.print(f"• [bold]{escape(q.speaker or 'unknown speaker')}[/]: {quote_words(q, escape)} {cite(q.sources)}")
            changed, left = fold(changed_variants(q), "variants", "changed wording")
            for v in changed:
                console.print(f"    – {escape(names.get(v.article, v.article))}: {escape('; '.join(v.changes))}")
            if left:
                console.print(f"    [dim]{escape(left)}[/]")
        flush()
    if brief.timeline:
        section("When")
        for t in folded(brief.timeline, "timeline", "dated item"):
            console.print(f"• [bold]{escape(when(t))}[/] {escape(t.text)} {cite(t.sources)}")
        flush()
    if brief.entities:
        section("Who is involved")
        for e in folded(brief.entities, "entities", "name"):
            roles = f" ({escape(', '.join(e.roles))})" if e.roles else ""
            console.print(f"• {escape(e.name)}{roles} [dim]{e.type}, {count(e.mentions, 'mention')}[/]")
        flush()
    if brief.provenance:
        section("Sources cited")
        for c in folded(brief.provenance, "provenance", "cited source"):
            console.print(f"• {escape(c.cited)} [dim]({c.kind})[/] {cite(c.articles)}")
        flush()
    section("Who copied whom")
    if not brief.copies:
        console.print("No article reuses another's text.")
    for r in folded(brief.copies, "copies", "pair"):
        origin = f"; origin {escape(names.get(r.origin, r.origin))} [dim]({escape(r.reason or '')})[/]" if r.origin else ""
        console.print(f"• {escape(names[r.a])} ↔ {escape(names[r.b])}: [bold]{r.relation}[/] ({r.score}){origin}")
    flush()
    section("Articles")
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    for column in ("outlet", "title", "published", "origin", "occasion"):
        table.add_column(column)
    for a in folded(brief.articles, "articles", "article"):
        table.add_row(escape(names[a.id]), escape(a.title or a.id), a.published or "unknown", str(a.origin_group), str(a.occasion))
    console.print(table)
    flush()
    for item in brief.skipped:
        console.print(f"[dim]skipped {escape(item.input)}: {escape(item.reason)}[/]")
    console.print()
    console.print(f"[dim]Every line above points at the source text behind it. {MARK}[/]")
    return buffer.getvalue()
