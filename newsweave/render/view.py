"""What every renderer shows the same way: outlet labels for article ids, and the sections in order."""

from __future__ import annotations

from newsweave.model import Brief


def labels(brief: Brief) -> dict[str, str]:
    """A short reader-facing label per article id: its outlet, made unique with the id when needed."""
    count: dict[str, int] = {}
    for a in brief.articles:
        if a.source:
            count[a.source] = count.get(a.source, 0) + 1
    out = {}
    for a in brief.articles:
        out[a.id] = a.source if a.source and count[a.source] == 1 else (f"{a.source} ({a.id})" if a.source else a.id)
    return out


def sources_text(brief: Brief, sources, names: dict[str, str] | None = None) -> str:
    names = names or labels(brief)
    return ", ".join(names.get(s, s) for s in sources)
