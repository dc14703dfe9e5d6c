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


def shown_facts(brief: Brief, limit: int | None = None) -> tuple[list, str | None]:
    """The facts a reader is shown, and a line for those left out: the facts that two or more
    independent sources report (corroboration is what this section is for), up to `limit`; when
    there are none, every fact up to `limit`. Facts that come from a single origin are counted.

    >>> from types import SimpleNamespace
    >>> from newsweave.model import Fact
    >>> facts = (Fact("A", ("a", "b"), 2, ()), Fact("B", ("a", "c"), 2, ()), Fact("C", ("a", "c"), 1, ()))
    >>> shown, left = shown_facts(SimpleNamespace(facts=facts), limit=1)
    >>> [f.text for f in shown], left
    (['A'], '1 more fact that two or more independent sources report, and 1 from a single origin (one outlet or copies of one text): in the JSON.')
    """
    corroborated = [f for f in brief.facts if f.independent_sources >= 2]
    pool = corroborated or list(brief.facts)
    shown = pool[:limit] if limit is not None else pool
    more, single = len(pool) - len(shown), len(brief.facts) - len(pool)
    parts = []
    if more and corroborated:
        parts.append(f"{more} more fact{'s' if more != 1 else ''} that two or more independent sources report")
    elif more:
        parts.append(f"{more} more fact{'s' if more != 1 else ''}")
    if single:
        each = f"{single} more fact{'s' if single != 1 else ''}, each" if not parts else f"{single}"
        parts.append(f"{each} from a single origin (one outlet or copies of one text)")
    return shown, (", and ".join(parts) + ": in the JSON.") if parts else None

