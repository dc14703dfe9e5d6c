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


def quote_words(quote, escape) -> str:
    """A quote as every renderer shows it: direct words in quote marks, reported speech marked so."""
    return f"“{escape(quote.text)}”" if quote.direct else f"(reported) {escape(quote.text)}"


def changed_variants(quote) -> list:
    """The variants whose wording differs, for a direct quote only: reported speech is paraphrase,
    so its wording is not compared."""
    return [v for v in quote.variants if v.changes] if quote.direct else []
