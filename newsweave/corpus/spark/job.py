"""`newsweave spark cluster`: the corpus's stories computed with Spark, written as Parquet tables.

    INPUT... -> files in arrival order -> read, cleaned, described (executors) -> duplicates (exact key,
    LSH bands) -> linked pairs (blocking keys) -> connected groups -> story numbers -> DIR/articles,
    DIR/stories, DIR/skipped

Every stage is a DataFrame computation; what the driver receives is the count of files, the short list of
keys too crowded for the KEY_POSTINGS bound to be moot, one count per round of the grouping, and the totals. Stage results are written under DIR/_work (Parquet) and
read back, so nothing is computed twice; the folder is removed at the end.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from newsweave.corpus.spark.components import components
from newsweave.corpus.spark.duplicates import duplicates
from newsweave.corpus.spark.inputs import SCHEMA, contents, files, read_and_clean
from newsweave.corpus.spark.links import links
from newsweave.corpus.spark.session import exists, is_empty_or_absent, remove
from newsweave.model import NewsweaveError
from newsweave.read import SUFFIXES_SAID

FILES_PER_BATCH = 64
ARTICLE_COLUMNS = ("article", "story", "duplicate_of", "duplicate", "source", "url", "published", "title", "input",
                   "text", "cleaned", "length", "position")


@dataclass
class Report:
    """What one job did: files read, articles and duplicates found, stories, inputs skipped."""

    out: str
    files: int
    articles: int
    exact_duplicates: int
    near_duplicates: int
    stories: int
    skipped: int
    seconds: dict[str, float] = field(default_factory=dict)  # wall seconds of each stage, in the order run

    def lines(self) -> list[str]:
        return [f"read {self.files} files: {self.articles} articles, {self.exact_duplicates + self.near_duplicates} duplicates "
                f"({self.exact_duplicates} exact, {self.near_duplicates} near), {self.skipped} skipped",
                f"stories: {self.stories}",
                "seconds: " + ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in self.seconds.items()),
                f"wrote {self.out}/articles, {self.out}/stories, {self.out}/skipped (load them with `newsweave ingest {self.out}`)"]


def cluster(spark, inputs: list[str], out: str) -> Report:
    """Read, clean, deduplicate and cluster every article under `inputs`; write the tables under `out`."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    out = out.rstrip("/")
    for given in inputs:
        if not exists(spark, given):
            raise NewsweaveError(given, "no such file or folder (as Spark sees it)", "check the path, or the file system's settings for its scheme")
    if not is_empty_or_absent(spark, out):
        raise NewsweaveError(out, "exists and is not empty", "give --out a new or empty folder")
    work = f"{out}/_work"
    seconds: dict[str, float] = {}
    clock = [time.perf_counter()]

    def saved(frame, name: str):
        frame.write.parquet(f"{work}/{name}")
        return spark.read.parquet(f"{work}/{name}")

    def lap(stage: str) -> None:
        now = time.perf_counter()
        seconds[stage] = now - clock[0]
        clock[0] = now

    numbered, listed_skipped = files(spark, inputs)
    numbered = saved(numbered, "files")
    file_count = numbered.count()
    if file_count == 0:
        raise NewsweaveError(", ".join(inputs), "holds no article files", f"give {SUFFIXES_SAID} files")
    lap("list")
    # a batch handed to Python holds whole files (WARC files among them): a few at a time
    batch_rows = spark.conf.get("spark.sql.execution.arrow.maxRecordsPerBatch")
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(FILES_PER_BATCH))
    try:
        rows = saved(contents(spark, inputs, numbered).mapInPandas(read_and_clean, SCHEMA), "read")
    finally:
        spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", batch_rows)
    lap("read and clean")
    items = rows.where(F.col("reason").isNull()).drop("reason")
    skipped = listed_skipped.unionByName(rows.where(F.col("reason").isNotNull()).select("input", "reason"))

    # ids made unique in arrival order, as `newsweave.read.unique_ids` makes them
    n = F.row_number().over(Window.partitionBy("article").orderBy("pos"))
    ids = items.select("pos", "article").withColumn("n", n).select(
        "pos", F.when(F.col("n") > 1, F.concat("article", F.lit("~"), F.col("n").cast("string"))).otherwise(F.col("article")).alias("article"))
    found = saved(duplicates(items.select("pos", "exact", "signature", "bands")), "duplicates")
    lap("duplicates")
    originals = items.join(found, "pos", "left_anti").select("pos", "published", "features", "keys")
    linked = saved(links(originals), "links")
    lap("links")
    edges = linked.select(F.col("new").alias("a"), F.col("old").alias("b")).unionByName(
        found.select(F.col("pos").alias("a"), F.col("original").alias("b")))
    roots = components(edges, saved)
    lap("groups")
    # a story is opened by an article that is no duplicate and links to no earlier one, numbered in order
    openers = originals.select("pos").join(linked.select(F.col("new").alias("pos")).distinct(), "pos", "left_anti")
    numbers = openers.select(F.col("pos").alias("root"), F.row_number().over(Window.orderBy("pos")).alias("number"))
    repeated = found.join(ids.select(F.col("pos").alias("original"), F.col("article").alias("duplicate_of")), "original")
    named = ids.join(repeated.select("pos", "duplicate_of", "duplicate"), "pos", "left")
    placed = (named.join(roots.withColumnRenamed("node", "pos"), "pos", "left")
              .withColumn("root", F.coalesce("root", "pos")).join(numbers, "root")
              .withColumn("story", F.concat(F.lit("s"), F.col("number").cast("string"))))
    articles = (items.drop("article").join(placed, "pos").withColumnRenamed("pos", "position")
                .orderBy("position").select(*ARTICLE_COLUMNS))
    articles.write.parquet(f"{out}/articles")
    articles = spark.read.parquet(f"{out}/articles")
    stories(articles).write.parquet(f"{out}/stories")
    skipped.write.parquet(f"{out}/skipped")

    totals = articles.agg(F.count("*"), F.sum((F.col("duplicate") == "exact").cast("int")),
                          F.sum((F.col("duplicate") == "near").cast("int")), F.count_distinct("story")).first()
    report = Report(out, file_count, totals[0], totals[1] or 0, totals[2] or 0, totals[3],
                    spark.read.parquet(f"{out}/skipped").count())
    remove(spark, work)
    lap("write")
    report.seconds = seconds
    return report


def stories(articles):
    """One row per story, as `newsweave stories --format jsonl` gives it: story, title, articles, outlets,
    independent_sources, first_published, last_published; in the order of the story numbers."""
    from pyspark.sql import functions as F

    position = F.col("position")
    titled = (F.col("title").isNotNull()) & (F.length("title") > 0)
    original = F.col("duplicate_of").isNull()
    return (articles.groupBy("story").agg(
        F.coalesce(F.min_by("title", F.when(titled & original, position)), F.min_by("title", F.when(titled, position)),
                   F.min_by(F.substring("text", 1, 80), position)).alias("title"),
        F.count("*").cast("int").alias("articles"),
        F.sort_array(F.collect_set("source")).alias("outlets"),
        F.count_distinct(F.when(original, F.coalesce("source", "article"))).cast("int").alias("independent_sources"),
        F.min("published").alias("first_published"), F.max("published").alias("last_published"))
        .orderBy(F.substring("story", 2, 20).cast("long")))


__all__ = ["ARTICLE_COLUMNS", "Report", "cluster", "stories"]
