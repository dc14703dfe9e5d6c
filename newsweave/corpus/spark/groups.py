"""Groups of rows streamed through Python: a partition sorted by a key arrives in Arrow batches, and the
rows of one key are consecutive, so each group is cut out as it passes — no pandas frame per group (which
costs more than the work for small groups), and no group held longer than it takes to decide it.

>>> import pandas as pd
>>> batches = [pd.DataFrame({"k": ["a", "a"], "v": [1, 2]}), pd.DataFrame({"k": ["a", "b"], "v": [3, 4]})]
>>> [(g["k"].iat[0], list(g["v"])) for g in groups(iter(batches), "k")]
[('a', [1, 2, 3]), ('b', [4])]
"""

from __future__ import annotations

from collections.abc import Iterator


def groups(batches: Iterator, key: str) -> Iterator:
    """The rows of each value of `key`, as one pandas frame, from batches sorted by `key`."""
    import pandas as pd

    pending = []
    for batch in batches:
        if batch.empty:
            continue
        values = batch[key].to_numpy()
        starts = [0] + [i for i in range(1, len(values)) if values[i] != values[i - 1]] + [len(values)]
        for a, b in zip(starts, starts[1:]):
            part = batch.iloc[a:b]
            if pending and pending[0][key].iat[0] != values[a]:
                yield pd.concat(pending, ignore_index=True)
                pending = []
            pending.append(part)
    if pending:
        yield pd.concat(pending, ignore_index=True)


__all__ = ["groups"]
