"""An article's original text cut into pieces for its page: the lines the cleaner removed (struck through,
with the reason), the spans the brief uses (marked, with what uses them) and the one span asked for
(highlighted). Every offset indexes the article's original text, as every span of a brief does.

>>> ps = pieces("Menu\\nFerry hits tanker.", removed=[(0, 4, "navigation")], uses=[Use(5, 23, "fact")], highlight=(5, 10))
>>> [(p.text, p.removed, p.used, p.highlighted, p.first_of_highlight) for p in ps]
[('Menu', 'navigation', (), False, False), ('\\n', None, (), False, False), ('Ferry', None, ('fact',), True, True), (' hits tanker.', None, ('fact',), False, False)]
"""

from __future__ import annotations

from typing import NamedTuple


class Use(NamedTuple):
    """A span of the article that the brief shows, and where ("summary line 2", "fact", "quote")."""

    start: int
    end: int
    what: str


class Piece(NamedTuple):
    text: str
    start: int
    removed: str | None  # the cleaner's reason, when the piece is in a line it removed
    first_of_removed: bool  # the reason is written once, before the line
    used: tuple[str, ...]
    highlighted: bool
    first_of_highlight: bool  # the anchor the page scrolls to


def uses(brief, article: str) -> list[Use]:
    """Every span of `article` the brief shows: summary lines (and the spans naming their speakers),
    facts, quotes, where outlets differ, timeline items and cited sources."""
    out: list[Use] = []

    def add(evidence, what: str) -> None:
        out.extend(Use(e.start, e.end, what) for e in evidence if e.article == article)

    for i, s in enumerate(brief.summary, start=1):
        add(s.evidence, f"summary line {i}")
        if s.speaker_evidence:
            add((s.speaker_evidence,), f"speaker of summary line {i}")
    for f in brief.facts:
        add(f.evidence, "fact")
    for q in brief.quotes:
        for v in q.variants:
            add(v.evidence(), f"quote of {q.speaker or 'an unknown speaker'}")
    for d in brief.divergences:
        for v in d.versions:
            add(v.evidence, f"where they differ: {d.kind}")
    for t in brief.timeline:
        add(t.evidence, f"timeline: {t.date or 'undated'}")
    for c in brief.provenance:
        add(c.evidence, f"cites {c.cited}")
    return out


def pieces(text: str, removed=(), uses=(), highlight: tuple[int, int] | None = None) -> list[Piece]:
    """`text` cut at every edge of a removed line, a used span and the highlight (spans past the text
    are clipped to it)."""
    n = len(text)

    def clip(start: int, end: int) -> tuple[int, int]:
        return max(0, min(start, n)), max(0, min(end, n))

    removed = [(*clip(s, e), reason) for s, e, reason in removed]
    used = [Use(*clip(u.start, u.end), u.what) for u in uses]
    high = clip(*highlight) if highlight else None
    edges = {0, n}
    for s, e, _ in removed:
        edges |= {s, e}
    for u in used:
        edges |= {u.start, u.end}
    if high:
        edges |= set(high)
    edges = sorted(edges)
    out = []
    for start, end in zip(edges, edges[1:]):
        if start == end:
            continue
        reason = next(((r, s) for s, e, r in removed if s <= start and end <= e), None)
        whats = tuple(dict.fromkeys(u.what for u in used if u.start <= start and end <= u.end))
        lit = bool(high) and high[0] <= start and end <= high[1]
        out.append(Piece(text[start:end], start, reason[0] if reason else None, bool(reason) and reason[1] == start, whats, lit,
                         lit and start == high[0]))
    return out
