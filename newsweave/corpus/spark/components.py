"""Connected groups of a graph on Spark: every node labelled with the smallest node of its group, by
iterated joins (each node takes the smallest label among its neighbours, then the label of its label);
rounds grow with the logarithm of a group's diameter, each round is written to disk (so memory holds no
round's lineage or data), and each round hands the driver one count.
"""

from __future__ import annotations


def components(edges, saved):
    """(node, root) for every node of `edges` (a, b), root the smallest node connected to it. `saved(frame,
    name)` writes a frame and reads it back: each round starts from disk, not from a growing plan."""
    from pyspark.sql import functions as F

    both = saved(edges.select("a", "b").union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct(), "edges")
    labels = both.groupBy("a").agg(F.min("b").alias("low")).select(F.col("a").alias("node"), F.least("a", "low").alias("root"))
    labels = saved(labels, "labels-0")
    round = 0
    while True:
        round += 1
        heard = both.join(labels, both.b == labels.node).select(F.col("a").alias("node"), "root", F.lit(None).cast("long").alias("before"))
        lowest = (heard.unionByName(labels.withColumn("before", F.col("root"))).groupBy("node")
                  .agg(F.min("root").alias("root"), F.max("before").alias("before")))
        lowest = saved(lowest, f"lowest-{round}")
        jumped = (lowest.alias("n").join(lowest.select("node", "root").alias("r"), F.col("n.root") == F.col("r.node"))
                  .select(F.col("n.node").alias("node"), F.least("n.root", "r.root").alias("root"), F.col("n.before").alias("before")))
        jumped = saved(jumped, f"labels-{round}")
        changed = jumped.where(F.col("root") != F.col("before")).count()
        labels = jumped.drop("before")
        if changed == 0:
            return labels


__all__ = ["components"]
