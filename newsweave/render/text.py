"""Plain-text views of the line-oriented stages, for reading in a terminal."""

from __future__ import annotations

import textwrap

from newsweave.model import Article, Skipped
from newsweave.render.escape import visible


def cleaned_text(articles: list[Article], skipped: list[Skipped] = ()) -> str:
    """Each cleaned article: its metadata, its body, then the lines removed and why."""
    out = []
    for a in articles:
        out.append(f"== {visible(a.id)}  ({visible(a.input)})")
        out.append(f"title:     {visible(a.title or '-')}")
        out.append(f"published: {a.published.isoformat() if a.published else '-'}")
        out.append(f"source:    {visible(a.source or '-')}")
        if a.url:
            out.append(f"url:       {visible(a.url)}")
        out.append("")
        for paragraph in visible(a.text or "", newlines=True).split("\n\n"):
            out.append(textwrap.fill(paragraph, width=100))
            out.append("")
        if a.removed:
            out.append(f"removed ({len(a.removed)} lines):")
            for line in a.removed:
                shown = line.text if len(line.text) <= 80 else line.text[:77] + "..."
                out.append(f"  [{line.reason}] {visible(shown)}")
        out.append("")
    for item in skipped:
        out.append(f"skipped {visible(item.input)}: {visible(item.reason)}")
    return "\n".join(out)
