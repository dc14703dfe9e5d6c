"""The brief as Markdown: readable as plain text, renders on any forge."""

from __future__ import annotations

from newsweave.model import Brief
from newsweave.read.own import MARK
from newsweave.render.escape import markdown as _esc
from newsweave.render.escape import markdown_code
from newsweave.render.view import (changed_variants, count, labels, off_topic_lines, published, quote_words, said_by, shown_facts,
                                   sources_text, when)


def to_markdown(brief: Brief, max_facts: int = 15) -> str:
    names = labels(brief)
    s = brief.story
    out = [f"# {_esc(s.title or 'Untitled story')}", ""]
    out += [f"{count(s.articles, 'article')} from {count(len(s.outlets), 'named outlet')}, "
            f"**{count(s.independent_sources, 'independent source')}**; published {published(s)}.", ""]
    for line in off_topic_lines(brief, names):
        out += [f"**{_esc(line)}**", ""]
    out += ["## What happened", ""]
    for n, item in enumerate(brief.summary, 1):
        who = f" *{_esc(said_by(item))}*" if item.speaker else ""
        out.append(f"{n}. {_esc(item.text)}{who} — *{_esc(sources_text(brief, item.sources, names))}*")
    out += ["", "## Facts and who reports them", ""]
    facts, left = shown_facts(brief, max_facts)
    for fact in facts:
        out.append(f"- {_esc(fact.text)} — {fact.independent_sources} independent / {count(len(fact.sources), 'article')}: *{_esc(sources_text(brief, fact.sources, names))}*")
    if left:
        out.append(f"- *{_esc(left)}*")
    if brief.divergences:
        out += ["", "## Where they differ", ""]
        for d in brief.divergences:
            out.append(f"- **{_esc(d.kind)}**: {_esc(d.text)}")
            for v in d.versions:
                out.append(f"  - {_esc(v.value)} — *{_esc(sources_text(brief, v.sources, names))}*")
    if brief.quotes:
        out += ["", "## Who said what", ""]
        for q in brief.quotes:
            out.append(f"- **{_esc(q.speaker or 'unknown speaker')}**: {quote_words(q, _esc)} — *{_esc(sources_text(brief, q.sources, names))}*")
            for v in changed_variants(q):
                out.append(f"  - {_esc(names.get(v.article, v.article))}: “{_esc(v.text)}” ({_esc('; '.join(v.changes))})")
    if brief.timeline:
        out += ["", "## When", ""]
        for t in brief.timeline:
            out.append(f"- **{_esc(when(t))}** {_esc(t.text)} — *{_esc(sources_text(brief, t.sources, names))}*")
    if brief.entities:
        out += ["", "## Who is involved", ""]
        for e in brief.entities:
            extra = f" ({_esc(', '.join(e.roles))})" if e.roles else ""
            alias = f"; also {_esc(', '.join(e.aliases))}" if e.aliases else ""
            out.append(f"- {_esc(e.name)}{extra} — {e.type}, {count(e.mentions, 'mention')}{alias}")
    if brief.provenance:
        out += ["", "## Sources cited", ""]
        for c in brief.provenance:
            out.append(f"- {_esc(c.cited)} ({c.kind}) — cited by *{_esc(sources_text(brief, c.articles, names))}*")
    out += ["", "## Who copied whom", ""]
    if not brief.copies:
        out.append("No article reuses another's text.")
    for r in brief.copies:
        origin = f"; origin: {_esc(names.get(r.origin, r.origin))} ({_esc(r.reason or '')})" if r.origin else ""
        out.append(f"- {_esc(names[r.a])} and {_esc(names[r.b])}: {r.relation} (score {r.score}){origin}")
    out += ["", "## Articles", ""]
    for a in brief.articles:
        out.append(f"- {markdown_code(a.id)} {_esc(a.title or '(no title)')} — {_esc(a.source or 'outlet unknown')}, {a.published or 'date unknown'}, origin group {a.origin_group}, occasion {a.occasion}")
    for item in brief.skipped:
        out.append(f"- skipped {markdown_code(item.input)}: {_esc(item.reason)}")
    out += ["", f"*{MARK}*"]
    return "\n".join(out) + "\n"
