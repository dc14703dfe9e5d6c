"""Small charts drawn on the server as SVG coordinates (the templates write the elements): articles per day.

>>> bars = day_bars({"2031-03-11": 2, "2031-03-13": 1}, width=30, height=10)
>>> [(b.day, b.count, b.height) for b in bars]
[('2031-03-11', 2, 10.0), ('2031-03-12', 0, 0.0), ('2031-03-13', 1, 5.0)]
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

MAX_BARS = 60  # past this many days, days are put together so a bar stays visible


class Bar(NamedTuple):
    day: str  # the first day of the bar
    last: str  # the last day it counts
    count: int
    x: float
    y: float
    width: float
    height: float

    @property
    def label(self) -> str:
        days = self.day if self.day == self.last else f"{self.day} to {self.last}"
        return f"{days}: {self.count} article{'' if self.count == 1 else 's'}"


def day_bars(per_day: dict[str, int], width: float = 120, height: float = 24) -> list[Bar]:
    """One bar per day from the first to the last day with an article (days without one are bars of
    height 0), at most MAX_BARS bars (then each bar counts several days)."""
    if not per_day:
        return []
    days = sorted(per_day)
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    span = (last - first).days + 1
    step = -(-span // MAX_BARS)
    counts = []
    for i in range(0, span, step):
        start = first + dt.timedelta(days=i)
        end = min(start + dt.timedelta(days=step - 1), last)
        n = sum(per_day.get((start + dt.timedelta(days=k)).isoformat(), 0) for k in range((end - start).days + 1))
        counts.append((start.isoformat(), end.isoformat(), n))
    top = max(n for _, _, n in counts) or 1
    slot = width / len(counts)
    gap = slot * 0.15 if len(counts) > 1 else 0
    return [Bar(day, end, n, round(i * slot + gap / 2, 2), round(height - height * n / top, 2), round(slot - gap, 2),
                round(height * n / top, 2)) for i, (day, end, n) in enumerate(counts)]
