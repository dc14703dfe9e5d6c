"""Who copied whom as a graph drawn on the server: the story's articles (labelled by outlet) on a circle,
each copy an edge from the copy to its origin (an arrow at the origin's end; no arrow when the origin is
unknown), the relation written on the edge, so nothing is told by colour alone.

>>> from types import SimpleNamespace as S
>>> g = layout(S(articles=(S(id="w"), S(id="c")), copies=(S(a="w", b="c", relation="duplicate", score=0.97, origin="w"),)), {"w": "Wire", "c": "Courier"})
>>> [(e.relation, e.directed) for e in g.edges], len(g.nodes)
([('duplicate', True)], 2)
"""

from __future__ import annotations

import math
from typing import NamedTuple

WIDTH, HEIGHT, RADIUS = 640, 400, 8
LABEL = 30  # characters of an outlet's name shown beside its node


class Node(NamedTuple):
    article: str
    label: str
    x: float
    y: float
    anchor: str  # text-anchor of the label: start on the right half, end on the left
    label_x: float


class Edge(NamedTuple):
    relation: str
    score: float
    directed: bool  # an arrow points at the origin
    x1: float
    y1: float
    x2: float
    y2: float
    mid_x: float
    mid_y: float
    title: str


class Graph(NamedTuple):
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]


def layout(brief, names: dict[str, str]) -> Graph:
    ids = [a.id for a in brief.articles]
    n = len(ids)
    cx, cy = WIDTH / 2, HEIGHT / 2
    r = 0 if n == 1 else min(WIDTH / 2 - 170, HEIGHT / 2 - 40)
    at: dict[str, tuple[float, float]] = {}
    nodes = []
    for i, article in enumerate(ids):
        angle = 2 * math.pi * i / max(n, 1) - math.pi / 2
        x, y = round(cx + r * math.cos(angle), 1), round(cy + r * math.sin(angle), 1)
        at[article] = (x, y)
        label = names.get(article, article)
        label = label if len(label) <= LABEL else label[:LABEL - 1] + "…"
        right = x >= cx
        nodes.append(Node(article, label, x, y, "start" if right else "end", x + (RADIUS + 6) * (1 if right else -1)))
    edges = []
    for c in brief.copies:
        if c.a not in at or c.b not in at:
            continue
        directed = c.origin in (c.a, c.b)
        copy, origin = (c.b, c.a) if c.origin == c.a else (c.a, c.b)
        (x1, y1), (x2, y2) = at[copy], at[origin]
        length = math.hypot(x2 - x1, y2 - y1) or 1
        # stop short of the nodes, so the arrow head is seen
        dx, dy = (x2 - x1) / length, (y2 - y1) / length
        short = RADIUS + 3
        title = (f"{names.get(copy, copy)} is a {c.relation} of {names.get(origin, origin)} (score {c.score})" if directed
                 else f"{names.get(c.a, c.a)} and {names.get(c.b, c.b)}: {c.relation} (score {c.score}), origin unknown")
        edges.append(Edge(c.relation, c.score, directed, round(x1 + dx * short, 1), round(y1 + dy * short, 1),
                          round(x2 - dx * short, 1), round(y2 - dy * short, 1), round((x1 + x2) / 2, 1), round((y1 + y2) / 2 - 4, 1), title))
    return Graph(WIDTH, HEIGHT, nodes, edges)
