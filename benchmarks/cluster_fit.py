"""Fit the story pair decision (params.STORY_WEIGHTS, STORY_BIAS, SAME_STORY) on the tuned parts only.

    .venv/bin/python benchmarks/cluster_fit.py

The pairs are those the clustering compares (articles sharing a blocking key) in the tuned parts of ECB+
(topics 1-20) and Multi-News (clusters 000-124), each set cleaned as benchmarks/cluster.py cleans it; a
logistic regression of the four cosines gives the weights, and the threshold is the one with the best mean
BCubed F1 over the two tuned parts. The held-out parts, MultiLing and METER are never read here. It also prints
the gaps in days between consecutive dated articles of one gold story on the tuned parts (for STORY_WINDOW).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cluster as bench  # noqa: E402
from _scores import bcubed  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from newsweave.corpus import cluster as engine  # noqa: E402
from newsweave.corpus.features import cosine  # noqa: E402


def pairs(items, gold):
    X, y = [], []
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if set(a.features.keys) & set(b.features.keys):
                fa, fb = a.features, b.features
                X.append([cosine(fa.words, fb.words), cosine(fa.names, fb.names), cosine(fa.title, fb.title), cosine(fa.numbers, fb.numbers)])
                y.append(gold[a.id] == gold[b.id])
    return X, y


def main() -> None:
    tuned = []
    for name in ("ecbplus", "multinews"):
        corpus = bench.load(name)
        articles = corpus.articles_in("tuned")
        tuned.append((name, articles, corpus.gold_of(articles)))
    X, y, gaps = [], [], []
    for name, articles, gold in tuned:
        x, t = pairs([engine.item(a) for a in articles], gold)
        X += x
        y += t
        by_story: dict[str, list] = {}
        for a in articles:
            if a.published:
                by_story.setdefault(gold[a.id], []).append(a.published)
        for dates in by_story.values():
            dates.sort()
            gaps += [(b - a).days for a, b in zip(dates, dates[1:])]
    kept = engine.STORY_WEIGHTS, engine.STORY_BIAS, engine.SAME_STORY
    scores = [bcubed(engine.cluster(articles), gold)[2] for _, articles, gold in tuned]
    print(f"params.py now {kept}: " + ", ".join(f"{n} F1 {f:.3f}" for (n, _, _), f in zip(tuned, scores)) + f"; mean {np.mean(scores):.3f}")
    model = LogisticRegression(max_iter=1000).fit(np.array(X), np.array(y))
    weights, bias = tuple(round(float(w), 3) for w in model.coef_[0]), round(float(model.intercept_[0]), 3)
    print(f"pairs {len(y)} (same story {sum(y)}); STORY_WEIGHTS = {weights}; STORY_BIAS = {bias}")
    engine.STORY_WEIGHTS, engine.STORY_BIAS = weights, bias
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        engine.SAME_STORY = threshold
        scores = [bcubed(engine.cluster(articles), gold)[2] for _, articles, gold in tuned]
        print(f"SAME_STORY {threshold}: " + ", ".join(f"{n} F1 {f:.3f}" for (n, _, _), f in zip(tuned, scores)) + f"; mean {np.mean(scores):.3f}")
    if gaps:
        print(f"days between consecutive dated articles of one story (tuned parts, {len(gaps)} gaps): "
              f"median {np.median(gaps):.0f}, 90th percentile {np.percentile(gaps, 90):.0f}, 95th {np.percentile(gaps, 95):.0f}, max {max(gaps)}")


if __name__ == "__main__":
    main()
