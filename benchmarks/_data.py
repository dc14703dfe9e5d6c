"""Where the benchmark data lives, and a clean skip when it is not there.

The data sets are third-party text kept outside the repository (in `../shared/data` next to it),
so every benchmark must still run, and say why it measured nothing, on a machine without them.

>>> folder = require("seeds")  # doctest: +SKIP
>>> sorted(folder.glob("*.txt"))[:1]  # doctest: +SKIP
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def require(folder: str) -> Path:
    """The data folder `DATA / folder`; when it is absent, print why and exit 0 (a skip, not a failure)."""
    path = DATA / folder
    if not path.is_dir():
        print(f"skipped: benchmark data {path} is not there (it lives outside the repository; see docs/benchmarks.md)")
        sys.exit(0)
    return path


@contextmanager
def work_folder(name: str, keep: bool = False) -> Iterator[Path]:
    """A temporary folder for a benchmark's stores and outputs, outside the repository, removed afterwards
    unless `keep` (then its path is printed)."""
    work = Path(tempfile.mkdtemp(prefix=f"newsweave-bench-{name}-"))
    if Path(__file__).resolve().parents[1] in work.resolve().parents:
        shutil.rmtree(work, ignore_errors=True)
        raise SystemExit(f"the temporary folder {work} is inside the repository; set TMPDIR elsewhere")
    try:
        yield work
    finally:
        if keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def print_table(head: str, rows) -> None:
    """A Markdown table: `head` (its header and separator lines) and one line per row of cells."""
    print(head)
    for row in rows:
        print("| " + " | ".join(row) + " |")
