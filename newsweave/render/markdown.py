"""The brief as Markdown: readable as plain text, renders on any forge."""

from __future__ import annotations

from newsweave.model import Brief
from newsweave.read.own import MARK
from newsweave.render.escape import markdown as _esc
from newsweave.render.escape import markdown_code
from newsweave.render.view import (changed_variants, count, fold, labels, off_topic_lines, published, quote_words, said_by, shown_facts,
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
    def listed(items, part: str, noun: str, lines, indent: str = "") -> list[str]:
        shown, left = fold(items, part, noun)
        return [line for item in shown for line in lines(item)] + ([f"{indent}- *{_esc(left)}*"] if left else [])

    def cited(sources) -> str:
        return _esc(sources_text(brief, sources, names))

    if brief.divergences:
        out += ["", "## Where they differ", ""]
        out += listed(brief.divergences, "divergences", "difference", lambda d: [f"- **{_esc(d.kind)}**: {_esc(d.text)}"] + [
            f"  - {_esc(v.value)} — *{cited(v.sources)}*" for v in d.versions])
    if brief.quotes:
        out += ["", "## Who said what", ""]
        out += listed(brief.quotes, "quotes", "quote", lambda q: [
            f"- **{_esc(q.speaker or 'unknown speaker')}**: {quote_words(q, _esc)} — *{cited(q.sources)}*"] + listed(
            changed_variants(q), "variants", "changed wording",
            lambda v: [f"  - {_esc(names.get(v.article, v.article))}: “{_esc(v.text)}” ({_esc('; '.join(v.changes))})"], "  "))
    if brief.timeline:
        out += ["", "## When", ""]
        out += listed(brief.timeline, "timeline", "dated item", lambda t: [f"- **{_esc(when(t))}** {_esc(t.text)} — *{cited(t.sources)}*"])
    if brief.entities:
        out += ["", "## Who is involved", ""]
        def entity(e) -> list[str]:
            roles = f" ({_esc(', '.join(e.roles))})" if e.roles else ""
            alias = f"; also {_esc(', '.join(e.aliases))}" if e.aliases else ""
            return [f"- {_esc(e.name)}{roles} — {e.type}, {count(e.mentions, 'mention')}{alias}"]

        out += listed(brief.entities, "entities", "name", entity)
    if brief.provenance:
        out += ["", "## Sources cited", ""]
        out += listed(brief.provenance, "provenance", "cited source", lambda c: [f"- {_esc(c.cited)} ({c.kind}) — cited by *{cited(c.articles)}*"])
    out += ["", "## Who copied whom", ""]
    if not brief.copies:
        out.append("No article reuses another's text.")
    out += listed(brief.copies, "copies", "pair", lambda r: [
        f"- {_esc(names[r.a])} and {_esc(names[r.b])}: {r.relation} (score {r.score})"
        + (f"; origin: {_esc(names.get(r.origin, r.origin))} ({_esc(r.reason or '')})" if r.origin else "")])
    out += ["", "## Articles", ""]
    out += listed(brief.articles, "articles", "article", lambda a: [
        f"- {markdown_code(a.id)} {_esc(a.title or '(no title)')} — {_esc(a.source or 'outlet unknown')}, {a.published or 'date unknown'}, "
        f"origin group {a.origin_group}, occasion {a.occasion}"])
    for item in brief.skipped:
        out.append(f"- skipped {markdown_code(item.input)}: {_esc(item.reason)}")
    out += ["", f"*{MARK}*"]
    return "\n".join(out) + "\n"
