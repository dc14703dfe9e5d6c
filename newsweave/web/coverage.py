"""The coverage matrix of a story: its facts down, its articles across, grouped by independent origin
(an outlet that republishes another's copy sits beside it, under one origin), a mark where an article
reports a fact, linked to the words it reports it in.

>>> from newsweave.model import ArticleInfo, Evidence, Fact
>>> from types import SimpleNamespace as S
>>> arts = tuple(ArticleInfo(i, None, s, None, None, i, g) for i, s, g in (("w", "Wire", 0), ("c", "Courier", 0), ("h", "Herald", 1)))
>>> fact = Fact("Ferry hits tanker.", ("w", "h"), 2, (Evidence("w", 0, 18, "Ferry hits tanker."), Evidence("h", 4, 20, "...")))
>>> m = matrix(S(articles=arts, facts=(fact,)), {"w": "Wire", "c": "Courier", "h": "Herald"})
>>> [(g.number, [a.label for a in g.articles]) for g in m.groups], [[reports for reports, _ in r.cells] for r in m.rows]
([(1, ['Wire', 'Courier']), (2, ['Herald'])], [[True, False, True]])
"""

from __future__ import annotations

from typing import NamedTuple

from newsweave.model import Evidence, Fact

MAX_ROWS = 60  # a story of hundreds of facts shows the most corroborated; the JSON and the brief have all


class Column(NamedTuple):
    article: str
    label: str


class Group(NamedTuple):
    number: int  # 1, 2, ... in the order the origins first appear
    articles: list[Column]


class Row(NamedTuple):
    fact: Fact
    cells: list[tuple[bool, Evidence | None]]  # per column: does the article report the fact, and the span it does in


class Matrix(NamedTuple):
    groups: list[Group]
    rows: list[Row]
    left_out: int  # facts not shown (past MAX_ROWS)


def matrix(brief, names: dict[str, str], max_rows: int = MAX_ROWS) -> Matrix:
    """The matrix of `brief`: facts that read on their own first, most independent sources first."""
    by_origin: dict[int, list[Column]] = {}
    for a in brief.articles:
        by_origin.setdefault(a.origin_group, []).append(Column(a.id, names.get(a.id, a.id)))
    groups = [Group(n, cols) for n, cols in enumerate(by_origin.values(), start=1)]
    order = [c.article for g in groups for c in g.articles]
    facts = sorted(brief.facts, key=lambda f: (not f.stands_alone, -f.independent_sources, -len(f.sources)))
    rows = []
    for fact in facts[:max_rows]:
        first: dict[str, Evidence] = {}
        for e in fact.evidence:
            first.setdefault(e.article, e)
        rows.append(Row(fact, [(a in fact.sources or a in first, first.get(a)) for a in order]))
    return Matrix(groups, rows, max(len(facts) - max_rows, 0))
