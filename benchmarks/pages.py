"""HTML extraction: newsweave's HTML path (the longer of trafilatura's default and `favor_recall` texts, the
headline from the page's h1, then newsweave's cleaning of lines marked as debris) against trafilatura alone,
with its defaults and with `favor_recall`, side by side, on WCXB dev article pages.

    .venv/bin/python benchmarks/pages.py [--limit N]

(Not `html.py`: a script of that name beside `_data.py` would shadow the standard library's `html`.)

Data: `../shared/data/wcxb_dev` (711 crawled article pages, `html/<id>.html.gz`, with their reviewed main
text, title and date in `gold.jsonl`); skipped cleanly when absent.

Metrics, as the benchmark's own evaluate.py: word F1 between the extracted text and the reviewed main
text (lower-cased `\\w+` tokens as bags), averaged over pages; title accuracy (equal after case-folding
and squeezing spaces); date accuracy over the pages whose gold date is known.

Held out before any tuning, by a rule fixed here: a page whose numeric id is divisible by 5
is in `held-out` (153 of the 709 pages with reviewed text); the rest is `dev`, the only part to look at while changing the HTML path. Both are
printed; a change is kept only if `held-out` agrees with `dev`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import require  # noqa: E402

WORD = re.compile(r"\w+")


def word_f1(predicted: str | None, reference: str) -> float:
    p, r = Counter(WORD.findall((predicted or "").lower())), Counter(WORD.findall(reference.lower()))
    overlap = sum((p & r).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(r.values())
    return 2 * precision * recall / (precision + recall)


def same_title(predicted: str | None, reference: str | None) -> bool:
    def norm(t):
        return " ".join((t or "").casefold().split())

    return bool(reference) and norm(predicted) == norm(reference)


def held_out(page_id: str) -> bool:
    return int(page_id) % 5 == 0


def trafilatura_system(**options):
    import trafilatura

    def run(html: str, page_id: str, path: Path):
        doc = trafilatura.bare_extraction(html, with_metadata=True, **options)
        if doc is None:
            return None, None, None
        return doc.text, doc.title, (doc.date or "")[:10] or None

    return run


def newsweave_system(html: str, page_id: str, path: Path):
    from newsweave.clean import clean
    from newsweave.model import NewsweaveError
    from newsweave.read import read

    try:
        [article], _ = read([path])
    except (NewsweaveError, ValueError):
        return None, None, None
    [cleaned] = clean([article])
    return cleaned.text, cleaned.title, cleaned.published.isoformat() if cleaned.published else None


SYSTEMS = {
    "trafilatura (defaults)": trafilatura_system(),
    "trafilatura (favor_recall)": trafilatura_system(favor_recall=True),
    "newsweave": newsweave_system,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (a quick look)")
    args = parser.parse_args()
    folder = require("wcxb_dev")
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
    gold = gold[: args.limit] if args.limit else gold
    unreviewed = [p["id"] for p in gold if not p.get("main_content")]
    gold = [p for p in gold if p.get("main_content")]  # a page without reviewed text cannot be scored
    scores: dict[tuple[str, str], list[tuple[float, bool, bool | None, bool]]] = {}
    seconds: dict[str, float] = {name: 0.0 for name in SYSTEMS}
    for page in gold:
        path = folder / "html" / f"{page['id']}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        part = "held-out" if held_out(page["id"]) else "dev"
        for name, system in SYSTEMS.items():
            started = time.perf_counter()
            text, title, date = system(html, page["id"], path)
            seconds[name] += time.perf_counter() - started
            dated = date == page["published"] if page["published"] else None
            wrong = bool(date) and date != page["published"]  # a date given that is not the page's
            scores.setdefault((name, part), []).append((word_f1(text, page["main_content"]), same_title(title, page["title"]), dated, wrong))
    print(f"WCXB dev article pages: {len(gold)} ({sum(held_out(p['id']) for p in gold)} held out by id % 5 == 0; "
          f"{len(unreviewed)} without reviewed text left out)\n")
    print("| system | part | pages | word F1 | title acc. | date acc. (pages with a date) | wrong dates given | pages/s |")
    print("|---|---|---|---|---|---|---|---|")
    for (name, part), rows in sorted(scores.items(), key=lambda kv: (kv[0][1], list(SYSTEMS).index(kv[0][0]))):
        dated = [d for _, _, d, _ in rows if d is not None]
        print(f"| {name} | {part} | {len(rows)} | {sum(f for f, _, _, _ in rows) / len(rows):.3f} | "
              f"{sum(t for _, t, _, _ in rows) / len(rows):.3f} | {sum(dated) / max(len(dated), 1):.3f} ({len(dated)}) | "
              f"{sum(w for *_, w in rows)} | {len(gold) / seconds[name]:.0f} |")


if __name__ == "__main__":
    main()
