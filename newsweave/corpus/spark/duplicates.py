"""Exact and near duplicates on Spark, by the rules of `newsweave.corpus.cluster.duplicate_of`: an article
repeats the first article with its exact key; else, among the earlier articles it shares an LSH band with,
the one `cluster.nearest` picks (the most similar at `NEAR_DUPLICATE` or more, the first met on a tie).

Only the first article of each exact key takes part in the band join: its exact copies have its signature,
come after it and so never win a tie, and the join stays small where a text is copied many times.
"""

from __future__ import annotations

PAIRS = "pos long, original long"


def duplicates(items):
    """(pos, original, duplicate) of every duplicate among `items` (pos, exact, signature, bands)."""
    from pyspark.sql import functions as F

    first = items.groupBy("exact").agg(F.min("pos").alias("first"))
    with_first = items.join(first, "exact")
    exact = with_first.where(F.col("pos") != F.col("first")).select("pos", F.col("first").alias("original"),
                                                                     F.lit("exact").alias("duplicate"))
    firsts = with_first.where(F.col("pos") == F.col("first")).select("pos", "signature", "bands")
    banded = firsts.select("pos", F.posexplode("bands").alias("band_no", "band"))
    new, old = banded.alias("new"), banded.alias("old")
    met = (new.join(old, (F.col("new.band") == F.col("old.band")) & (F.col("old.pos") < F.col("new.pos")))
           .groupBy(F.col("new.pos").alias("pos"), F.col("old.pos").alias("other"))
           .agg(F.min("new.band_no").alias("band_no")))
    signatures = firsts.select("pos", "signature")
    met = (met.join(signatures, "pos")
           .join(signatures.select(F.col("pos").alias("other"), F.col("signature").alias("other_signature")), "other"))
    # each article's band mates in the order `nearest` meets them: band by band, oldest first
    in_order = met.repartition("pos").sortWithinPartitions("pos", "band_no", "other")
    near = in_order.mapInPandas(_nearest, PAIRS).select("pos", "original", F.lit("near").alias("duplicate"))
    return exact.unionByName(near)


def _nearest(batches):
    """`mapInPandas` over band mates (pos, other, band_no, signature, other_signature) sorted by pos: the
    article each one repeats."""
    import numpy as np
    import pandas as pd

    from newsweave.corpus.cluster import nearest
    from newsweave.corpus.spark.groups import groups

    rows = []
    for group in groups(batches, "pos"):
        signature = np.frombuffer(group["signature"].iat[0], dtype=np.uint64)
        found = nearest(signature, ((str(other), np.frombuffer(sig, dtype=np.uint64))
                                    for other, sig in zip(group["other"], group["other_signature"])))
        if found is not None:
            rows.append((int(group["pos"].iat[0]), int(found)))
    yield pd.DataFrame(rows, columns=["pos", "original"])


__all__ = ["duplicates"]
