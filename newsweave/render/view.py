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


def shown_facts(brief: Brief, limit: int | None = None) -> tuple[list, int]:
    """The facts a reader is shown, and how many are left out: those that two or more independent
    sources report (corroboration is what this section is for); when there are none, those that
    two or more articles carry. Facts that only copies of one text repeat are counted, not listed.

    >>> from types import SimpleNamespace
    >>> from newsweave.model import Fact
    >>> facts = (Fact("A", ("a", "b"), 2, ()), Fact("B", ("a", "c"), 1, ()))
    >>> shown, left = shown_facts(SimpleNamespace(facts=facts))
    >>> [f.text for f in shown], left
    (['A'], 1)
    """
    corroborated = [f for f in brief.facts if f.independent_sources >= 2] or list(brief.facts)
    shown = corroborated[:limit] if limit is not None else corroborated
    return shown, len(brief.facts) - len(shown)


def left_out_text(left: int) -> str:
    return f"{left} more fact{'s' if left != 1 else ''}, each from a single origin (one outlet or copies of one text): in the JSON."
