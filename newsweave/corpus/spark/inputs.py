"""Reading, cleaning and describing articles inside the executors: every input file becomes the rows of
its articles (each with the clustering's view of it, `cluster.item`) or of what was skipped in it.

Files are listed under each INPUT as Spark lists them (recursively; names starting with "_" or "." are
hidden from it, as Spark hides its own bookkeeping files) and ordered as `newsweave.read` walks a folder
(by their path's parts), so an article's position, (file number, place in the file), is its arrival order
on one machine. A file is read by `newsweave.read.read_data` and its articles cleaned by
`newsweave.weave.usable`, a few hundred articles in one call, as on one machine; nothing returns to the
driver but the count of files.
"""

from __future__ import annotations

import json
import re

from newsweave.read import ARTICLE_SUFFIXES, SUFFIXES_SAID

# Spark reads a file whole into one value: no file of 2 GB or more
SPARK_FILE_LIMIT = 2**31 - 1
CLEAN_BATCH = 500  # articles cleaned in one call: they lend each other evidence (glued words), as one input does
ARTICLE_FILE = r"(?i)\.(" + "|".join(s.lstrip(".") for s in ARTICLE_SUFFIXES) + r")(\.gz)?$"
COLUMNS = {
    "pos": "long", "article": "string", "input": "string", "source": "string", "url": "string", "published": "date",
    "title": "string", "text": "string", "cleaned": "string", "length": "int", "features": "string",
    "keys": "array<string>", "exact": "string", "signature": "binary", "bands": "array<string>", "reason": "string",
}
SCHEMA = ", ".join(f"{name} {kind}" for name, kind in COLUMNS.items())


def _glob() -> str:
    """A Hadoop glob matching the article files (any case), so no other file's content is read."""
    def any_case(word: str) -> str:
        return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)

    names = [any_case(s.lstrip(".")) for s in ARTICLE_SUFFIXES]
    return "*.{" + ",".join(names + [f"{n}.[gG][zZ]" for n in names]) + "}"


def shown(path: str) -> str:
    """A path as the user gave it: a local file without Spark's `file:` scheme."""
    return re.sub(r"^file:(//)?(?=/)", "", path)


def files(spark, inputs: list[str]):
    """(article files with their number in arrival order: path, file; files skipped: input, reason)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    listing = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(inputs)
               .select("path", "length", F.regexp_extract("path", ARTICLE_FILE, 1).alias("kind")))
    shown_path = F.regexp_replace("path", r"^file:(//)?(?=/)", "")
    skipped = listing.where((F.col("kind") == "") | ((F.col("kind") == "warc") & (F.col("length") >= SPARK_FILE_LIMIT))).select(
        shown_path.alias("input"),
        F.when(F.col("kind") == "", f"not an article file (expected {SUFFIXES_SAID})")
        .otherwise("a WARC file of 2 GB or more, which Spark cannot read whole: split it").alias("reason"))
    chosen = listing.where((F.col("kind") != "") & (F.col("length") < SPARK_FILE_LIMIT)).select("path")
    # the order `newsweave.read` walks a folder in, by the path's parts ("a/x" before "a-b/y"): a path
    # whose "/" sorts before any character; one window over the file names, not over their content
    in_walk_order = Window.orderBy(F.translate("path", "/", "\x01"))
    numbered = chosen.select("path", (F.row_number().over(in_walk_order) - 1).alias("file"))
    return numbered, skipped


def contents(spark, inputs: list[str], numbered):
    """(path, file, content) of every article file."""
    from pyspark.sql import functions as F

    raw = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").option("pathGlobFilter", _glob())
           .load(inputs).where(F.col("length") < SPARK_FILE_LIMIT))
    return raw.join(F.broadcast(numbered), "path").select("path", "file", "content")


def read_and_clean(batches):
    """`mapInPandas` over (path, file, content): the rows of the articles read, cleaned and described, and
    of every input skipped (with `reason`)."""
    import pandas as pd

    from newsweave.read import read_data

    pending: list = []
    for batch in batches:
        rows = []
        for path, file, content in zip(batch["path"], batch["file"], batch["content"]):
            articles, skipped = read_data(shown(path), bytes(content))
            rows += [_skipped(s.input, s.reason) for s in skipped]
            pending += [((int(file) << 32) | i, a) for i, a in enumerate(articles)]
            if len(pending) >= CLEAN_BATCH:
                rows += _described(pending)
                pending = []
        if rows:
            yield pd.DataFrame(rows, columns=list(COLUMNS))
    if pending:
        yield pd.DataFrame(_described(pending), columns=list(COLUMNS))


def _skipped(input: str, reason: str) -> dict:
    return {**dict.fromkeys(COLUMNS), "input": input, "reason": reason}


def _described(pending: list) -> list[dict]:
    """The rows of articles cleaned together. Their ids are made unique across the whole corpus later, so
    while cleaning each goes by its position."""
    import dataclasses

    from newsweave.corpus.cluster import item
    from newsweave.weave import usable

    real_id = {str(pos): a.id for pos, a in pending}
    cleaned, skipped = usable([dataclasses.replace(a, id=str(pos)) for pos, a in pending], skip_bad=True)
    rows = [_skipped(s.input, s.reason) for s in skipped]
    for a in cleaned:
        seen = item(a)
        rows.append({
            "pos": int(a.id), "article": real_id[a.id], "input": a.input, "source": a.source, "url": a.url,
            "published": a.published, "title": a.title, "text": a.original, "cleaned": a.body, "length": len(a.body),
            "features": json.dumps(seen.features.to_json(), ensure_ascii=False, separators=(",", ":")),
            "keys": list(seen.features.keys), "exact": seen.exact, "signature": seen.signature.tobytes(),
            "bands": seen.bands, "reason": None,
        })
    return rows


__all__ = ["COLUMNS", "SCHEMA", "contents", "files", "read_and_clean", "shown"]
