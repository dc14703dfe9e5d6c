"""`newsweave spark ...`: the corpus on Apache Spark (a sub-command of `newsweave`, and what `spark-submit`
runs through `__main__.py`)."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer

from newsweave.model import NewsweaveError

app = typer.Typer(help="The corpus on Apache Spark: the same stories as on one machine, for corpora past one (docs/spark.md).",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


def _local(path: str) -> str | None:
    """The local file system path `path` names, or None when it names another file system (hdfs://, s3a://)."""
    if path.startswith("file:"):
        return path[5:]
    return None if "://" in path else path


def _checked_before_start(inputs: list[str], out: str) -> None:
    """What can be said wrong about local paths before Spark takes seconds to start."""
    for given in inputs:
        local = _local(given)
        if local is not None and not any(ch in local for ch in "*?[{") and not os.path.exists(local):
            raise NewsweaveError(given, "no such file or folder", "check the path")
    local_out = _local(out)
    if local_out is not None and os.path.exists(local_out) and (not os.path.isdir(local_out) or os.listdir(local_out)):
        raise NewsweaveError(out, "exists and is not empty", "give --out a new or empty folder")


@app.command()
def cluster(
    inputs: Annotated[list[str], typer.Argument(help="JSON Lines, Parquet, WARC, text or HTML files, or folders of them, on any path "
                                                     "Spark reads (local, hdfs://, s3a://).", show_default=False)],
    out: Annotated[str, typer.Option("--out", help="The folder to write the tables articles/, stories/ and skipped/ to (new or empty).",
                                     show_default=False)],
    master: Annotated[Optional[str], typer.Option("--master", help="Spark master URL [default: local[*], or spark-submit's].")] = None,
    conf: Annotated[Optional[list[str]], typer.Option("--conf", help="A Spark setting, KEY=VALUE (repeat it for several).")] = None,
) -> None:
    """Read, clean, find duplicates and stories with Spark; write Parquet tables (articles, stories, skipped)."""
    from newsweave.cli import _fail, _say
    from newsweave.corpus.spark import session
    from newsweave.corpus.spark.job import cluster as run

    try:
        settings = session.parse_conf(conf or [])
        _checked_before_start(inputs, out)
        spark = session.started(master, settings)
        report = run(spark, inputs, out)
    except NewsweaveError as error:
        _fail(error)
    for line in report.lines():
        _say(line)


__all__ = ["app"]
