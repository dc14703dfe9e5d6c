"""The one union-find: groups in the callers' order, roots as the callers keep them."""

from newsweave.graph import UnionFind


def test_unjoined_items_are_groups_of_one_in_their_order():
    assert UnionFind(["c", "a", "b"]).groups() == [["c"], ["a"], ["b"]]


def test_groups_are_ordered_by_first_item_and_keep_the_items_order():
    joined = UnionFind(range(6))
    joined.union(5, 2)
    joined.union(4, 0)
    joined.union(2, 4)
    assert joined.groups() == [[0, 2, 4, 5], [1], [3]]


def test_joining_is_transitive_and_idempotent():
    joined = UnionFind("abcde")
    joined.union("a", "b")
    joined.union("b", "c")
    joined.union("c", "a")
    assert joined.find("a") == joined.find("c") != joined.find("d")
    assert joined.groups() == [["a", "b", "c"], ["d"], ["e"]]


def test_union_keeps_the_first_items_root():
    joined = UnionFind(range(4))
    root = joined.union(2, 3)
    assert root == joined.find(2) == joined.find(3) == 2
    assert joined.union(1, 3) == 1 and joined.find(2) == 1


def test_membership():
    joined = UnionFind(["a", "b"])
    assert "a" in joined and "z" not in joined


def test_a_long_chain_is_one_group():
    joined = UnionFind(range(1000))
    for i in range(999):
        joined.union(i + 1, i)
    assert joined.groups() == [list(range(1000))]
