"""Linked pairs on Spark, by the rules of `newsweave.corpus.cluster`: the articles that are no duplicates,
grouped by blocking key; in each key's group a new article reaches the earlier ones `within_reach` (the
newest `KEY_POSTINGS` close to it in time), and a pair is linked when `cluster.linked` says so — the same
function the local engine calls, run in the executors.

Two articles sharing several keys meet in several groups. A key with at most `KEY_POSTINGS` + 1 articles
offers every earlier one, so a pair that shares such a "small" key is decided only in the first of those
(by name); the others skip it. Only pairs that share no small key may be decided twice, and the result is
the same set of links. The groups stream through Python in partitions sorted by key (`groups`).
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np

from newsweave.params import KEY_POSTINGS, STORY_WINDOW

LINKS = "new long, old long"
EPOCH = dt.date(1970, 1, 1)


def reach(days: np.ndarray, dated: np.ndarray) -> list[np.ndarray]:
    """For each article of one key's group in arrival order (its day number, and whether it is dated), the
    indices of the earlier ones it reaches: `cluster.within_reach` for all of them at once.

    >>> [r.tolist() for r in reach(np.array([0, 10, 100, 101]), np.array([True, True, True, True]))]
    [[], [0], [], [2]]
    """
    n = len(days)
    out = []
    if dated.all() and (np.diff(days) >= 0).all():
        # dated in arrival order (a stream usually is): the articles in reach are one run before each
        lows = np.searchsorted(days, days - STORY_WINDOW, side="left")
        for i in range(n):
            out.append(np.arange(max(lows[i], i - KEY_POSTINGS), i))
        return out
    for i in range(n):
        close = ~dated[:i] | (np.abs(days[:i] - days[i]) <= STORY_WINDOW) if dated[i] else np.ones(i, dtype=bool)
        out.append(np.flatnonzero(close)[-KEY_POSTINGS:])
    return out


def links(articles):
    """(new, old) of every linked pair among `articles` (pos, published, features, keys), new after old."""
    from pyspark.sql import functions as F

    posted = articles.select("pos", "published", "features", "keys", F.explode("keys").alias("key"))
    # the keys too crowded for every earlier article to be in reach: a short list, the one summary collected here
    crowded = {row.key for row in posted.groupBy("key").count().where(F.col("count") > KEY_POSTINGS + 1).select("key").collect()}
    in_groups = posted.repartition("key").sortWithinPartitions("key", "pos")
    return in_groups.mapInPandas(lambda batches: _linked(batches, crowded), LINKS).distinct()


def _linked(batches, crowded: set[str]):
    """`mapInPandas` over rows sorted by key: the linked pairs each key's group decides."""
    import pandas as pd

    from newsweave.corpus.spark.groups import groups

    for group in groups(batches, "key"):
        rows = _linked_in_group(group, crowded)
        if rows:
            yield pd.DataFrame(rows, columns=["new", "old"])


def _linked_in_group(group, crowded: set[str]) -> list[tuple[int, int]]:
    """One key's articles, in arrival order -> the linked pairs this group decides."""
    import pandas as pd

    from newsweave.corpus.cluster import Item, linked
    from newsweave.corpus.features import Features

    key = group["key"].iat[0]
    published = list(group["published"])
    dated = np.array([p is not None and not pd.isna(p) for p in published])
    days = np.array([(p - EPOCH).days if d else 0 for p, d in zip(published, dated)], dtype=np.int64)
    small = [set(keys) - crowded for keys in group["keys"]]
    items: dict[int, Item] = {}

    def item_at(i: int) -> Item:
        if i not in items:
            items[i] = Item(str(i), Features.from_json(json.loads(group["features"].iat[i])), published[i] if dated[i] else None)
        return items[i]

    rows = []
    for i, reached in enumerate(reach(days, dated)):
        for j in reached:
            if any(k < key for k in small[i] & small[j]):
                continue  # an earlier small key of both decides this pair
            if linked(item_at(i), item_at(int(j))):
                rows.append((int(group["pos"].iat[i]), int(group["pos"].iat[j])))
    return rows


__all__ = ["links", "reach"]
