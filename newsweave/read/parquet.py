"""Parquet: article records in columns (`text` or `html`, and optional `id` or `article`, `title`, `url`,
`source`, `published`, as in JSON Lines), and the output folder of `newsweave spark cluster`, which
`newsweave ingest` loads with the stories Spark found. Read through pyarrow, a row group at a time.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path, PurePath

from newsweave.model import NewsweaveError
from newsweave.read.records import checked

INSTALL = "install pyarrow (`pip install 'newsweave[spark]'`)"
# the tables `newsweave spark cluster` writes under its output folder
TABLES = ("articles", "stories", "skipped")


def _pyarrow(name: str):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise NewsweaveError(name, "is Parquet, and reading Parquet needs pyarrow", INSTALL) from None
    return pq


def parquet_records(data: bytes, name: str) -> Iterator[tuple[str, dict | NewsweaveError]]:
    """(where, record or the error for that record) for every row of the Parquet file `name`, from its bytes."""
    pq = _pyarrow(name)
    try:
        rows = pq.ParquetFile(io.BytesIO(data))
    except Exception as error:  # pyarrow raises its own errors, and OSError, for bytes that are no Parquet
        raise NewsweaveError(name, f"is not a readable Parquet file ({error})", "give Parquet files as .parquet") from None
    stem = PurePath(name).stem
    number = 0
    for batch in rows.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            number += 1
            where = f"{name}[{number}]"
            yield where, checked(record, where, f"{stem}-{number}")


def is_spark_output(path: str | Path) -> bool:
    """Whether `path` is a folder `newsweave spark cluster` wrote (its `articles` and `stories` tables)."""
    folder = Path(path)
    return all((folder / table).is_dir() and any((folder / table).glob("*.parquet")) for table in TABLES[:2])


def spark_rows(path: str | Path, table: str) -> Iterator[dict]:
    """The rows of one table of a `newsweave spark cluster` output folder, in the order it wrote them."""
    pq = _pyarrow(str(path))
    for part in sorted((Path(path) / table).glob("*.parquet")):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=1024):
            yield from batch.to_pylist()


__all__ = ["is_spark_output", "parquet_records", "spark_rows"]
