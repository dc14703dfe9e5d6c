"""Scores for a clustering against gold stories: BCubed precision, recall and F1, and ARI.

BCubed is item-based (Bagga & Baldwin 1998; Amigó et al. 2009): for each article, precision is the
share of its predicted cluster (itself included) that shares its gold story, recall the share of its
gold story (itself included) that shares its predicted cluster; both are averaged over articles, and
F1 is the harmonic mean of the two averages.

>>> gold = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
>>> predicted = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
>>> p, r, f = bcubed(predicted, gold)
>>> round(p, 4), round(r, 4), round(f, 4)
(0.7333, 0.7333, 0.7333)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping


def bcubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> tuple[float, float, float]:
    """(precision, recall, F1) of `predicted` (article -> cluster) against `gold` (article -> story),
    over the articles of `gold`; every one of them must have a predicted cluster.

    >>> bcubed({"a": 1, "b": 1}, {"a": "x", "b": "y"})
    (0.5, 1.0, 0.6666666666666666)
    """
    missing = [a for a in gold if a not in predicted]
    if missing:
        raise ValueError(f"{len(missing)} gold articles have no predicted cluster, e.g. {missing[:3]}")
    if not gold:
        raise ValueError("no articles to score")
    both = Counter((predicted[a], gold[a]) for a in gold)
    cluster_size = Counter(predicted[a] for a in gold)
    story_size = Counter(gold[a] for a in gold)
    # every article in the cell (cluster c, story s) has the same precision and recall: sum per cell
    precision = sum(n * n / cluster_size[c] for (c, s), n in both.items()) / len(gold)
    recall = sum(n * n / story_size[s] for (c, s), n in both.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def ari(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> float:
    """Adjusted Rand index (`sklearn.metrics.adjusted_rand_score`) over the articles of `gold`.

    >>> ari({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "y"})
    1.0
    """
    from sklearn.metrics import adjusted_rand_score

    ids = sorted(gold)
    return float(adjusted_rand_score([str(gold[a]) for a in ids], [str(predicted[a]) for a in ids]))
