"""Groups of things joined by pairs: the one union-find of newsweave (origin groups of copies, a
timeline's items of one date, a story's events).

>>> joined = UnionFind("abcd")
>>> joined.union("c", "a"), joined.union("d", "d")
('c', 'd')
>>> joined.groups()
[['a', 'c'], ['b'], ['d']]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable


class UnionFind:
    """Disjoint sets over `items`, merged by `union`. `groups` lists them in the items' order: each group
    in the order its items were given, the groups by their first item. The callers number groups that
    way, so which item a set's root is never shows in their output."""

    def __init__(self, items: Iterable[Hashable]):
        self._parent = {item: item for item in items}

    def __contains__(self, item: Hashable) -> bool:
        return item in self._parent

    def find(self, item: Hashable) -> Hashable:
        """The root of the set `item` is in (path halving keeps later finds short)."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: Hashable, b: Hashable) -> Hashable:
        """Join the sets of `a` and `b`; the root of `a`'s set is the root of both, and is returned (a
        caller that keeps something per set moves `b`'s root's share to it)."""
        root = self.find(a)
        self._parent[self.find(b)] = root
        return root

    def groups(self) -> list[list]:
        """The sets, each a list in the items' order, ordered by their first item.

        >>> joined = UnionFind(range(5))
        >>> joined.union(4, 1) and joined.union(3, 0)
        3
        >>> joined.groups()
        [[0, 3], [1, 4], [2]]
        """
        out: dict[Hashable, list] = {}
        for item in self._parent:
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())


__all__ = ["UnionFind"]
