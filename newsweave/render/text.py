"""Plain-text views of the line-oriented stages, for reading in a terminal."""

from __future__ import annotations

import textwrap

from newsweave.model import Article, Skipped


def cleaned_text(articles: list[Article], skipped: list[Skipped] = ()) -> str:
    """Each cleaned article: its metadata, its body, then the lines removed and why."""
    out = []
    for a in articles:
        out.append(f"== {a.id}  ({a.input})")
        out.append(f"title:     {a.title or '-'}")
        out.append(f"published: {a.published.isoformat() if a.published else '-'}")
        out.append(f"source:    {a.source or '-'}")
        if a.url:
            out.append(f"url:       {a.url}")
        out.append("")
        for paragraph in (a.text or "").split("\n\n"):
            out.append(textwrap.fill(paragraph, width=100))
            out.append("")
        if a.removed:
            out.append(f"removed ({len(a.removed)} lines):")
            for line in a.removed:
                shown = line.text if len(line.text) <= 80 else line.text[:77] + "..."
                out.append(f"  [{line.reason}] {shown}")
        out.append("")
    for item in skipped:
        out.append(f"skipped {item.input}: {item.reason}")
    return "\n".join(out)
