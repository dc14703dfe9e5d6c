"""Connected groups of a graph on Spark: every node labelled with the smallest node of its group, by
iterated joins (each node takes the smallest label among its neighbours, then the label of its label);
rounds grow with the logarithm of a group's diameter, and each round hands the driver one count.
"""

from __future__ import annotations


def components(edges):
    """(node, root) for every node of `edges` (a, b), root the smallest node connected to it."""
    from pyspark.sql import functions as F

    both = edges.select("a", "b").union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct().persist()
    labels = both.groupBy("a").agg(F.min("b").alias("low")).select(F.col("a").alias("node"), F.least("a", "low").alias("root")).persist()
    while True:
        heard = both.join(labels, both.b == labels.node).select(F.col("a").alias("node"), "root")
        lowest = heard.unionByName(labels).groupBy("node").agg(F.min("root").alias("root"))
        jumped = (lowest.alias("n").join(lowest.alias("r"), F.col("n.root") == F.col("r.node"))
                  .select(F.col("n.node").alias("node"), F.least("n.root", "r.root").alias("root"))).localCheckpoint()
        changed = jumped.join(labels.withColumnRenamed("root", "before"), "node").where(F.col("root") != F.col("before")).count()
        labels.unpersist()
        labels = jumped
        if changed == 0:
            both.unpersist()
            return labels


__all__ = ["components"]
