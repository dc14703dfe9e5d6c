"""Off-topic inputs: how many articles `newsweave.story.topic.off_topic` flags on sets whose stories are
on topic, and whether it catches a stray planted in each story.

    .venv/bin/python benchmarks/topic.py                  # every set
    .venv/bin/python benchmarks/topic.py --set multinews --list   # and print each flagged article's opening

Sets (../shared/data, skipped cleanly when absent): the seeds (one story, 5 articles), MultiLing 2011
(10 topics of 10 WikiNews articles), ECB+ (one story per gold event: 66 stories) and the Multi-News
validation sample (250 clusters as scraped: Multi-News keeps the pages its scraper saved, among them
web-archive notices, sharing widgets and pages of other stories, so flags there are expected and must be
read one by one with `--list`).

"Planted stray": each story again with the first article of another story of the same set added (the
story half-way down the sorted list), an article about something else written as news. "Caught" counts
the stories where it is flagged. The last two columns count articles of the story flagged only once the
stray is planted: "set aside" (the planted report was taken for the story: the story had no report of
at least 3 statements of its own) and "sharing nothing" (a planted report against a story of one
report: no story to side with, so every input related to no other is flagged as sharing nothing).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA  # noqa: E402

SETS = ("seeds", "multiling", "ecbplus", "multinews")


def stories(name: str) -> list[tuple[str, list[Path]]]:
    """(story id, input paths) for every story of a set; [] when the set is absent."""
    if name == "seeds":
        folder = DATA / "seeds"
        return [("seeds", [folder])] if folder.is_dir() else []
    if name in ("multiling", "multinews"):
        folder = DATA / ("multiling2011_en" if name == "multiling" else "multinews_val") / "input"
        return [(p.name, [p]) for p in sorted(folder.iterdir())] if folder.is_dir() else []
    docs = DATA / "ecbplus" / "ecbplus_docs.jsonl"
    if not docs.is_file():
        return []
    by_event: dict[str, list[Path]] = defaultdict(list)
    for line in docs.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        by_event[record["event_id"]].append(DATA / "ecbplus" / "input" / f"{record['doc_id']}.txt")
    return sorted(by_event.items())


def flags(articles) -> dict[str, str]:
    """The off-topic articles of one story, through the same stages as `newsweave.brief`."""
    from newsweave import nlp
    from newsweave.story import copies
    from newsweave.story.align import align_story
    from newsweave.story.topic import off_topic

    analysed = nlp.analysed(articles)
    groups = copies.origin_groups(articles, copies.copies(articles))
    return off_topic(analysed, align_story(analysed, groups))


def measure(name: str, planted: bool, listing: bool) -> dict | None:
    from newsweave import nlp
    from newsweave.story.topic import OUTSIDE
    from newsweave.weave import articles_of

    todo = stories(name)
    if not todo:
        print(f"skipped {name}: its data is not in {DATA}")
        return None
    row = {"set": name, "stories": 0, "articles": 0, "flagged": 0, "stories_flagged": 0, "caught": 0, "planted": 0, "set_aside": 0, "alone": 0}
    started = time.perf_counter()
    for n, (story, paths) in enumerate(todo):
        articles, _ = articles_of(paths, skip_bad=True)
        found = flags(articles)
        row["stories"] += 1
        row["articles"] += len(articles)
        row["flagged"] += len(found)
        row["stories_flagged"] += bool(found)
        if listing:
            for article in articles:
                if article.id in found:
                    print(f"  {story}/{article.id} [{found[article.id]}]: {' '.join(article.body.split()[:24])[:150]}")
        if planted and len(todo) > 1:
            other, other_paths = todo[(n + len(todo) // 2) % len(todo)]
            stray, _ = articles_of(other_paths, skip_bad=True)
            stray = dataclasses.replace(stray[0], id=f"planted-{other}-{stray[0].id}")
            with_stray = flags(articles + [stray])
            row["planted"] += 1
            row["caught"] += stray.id in with_stray
            extra = [a for a in with_stray if a != stray.id and a not in found]
            row["set_aside"] += sum(with_stray[a] == OUTSIDE for a in extra)
            row["alone"] += sum(with_stray[a] != OUTSIDE for a in extra)
        nlp._cache.clear()  # thousands of Docs would fill memory; each story is analysed once here
    row["seconds"] = time.perf_counter() - started
    return row


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--list", action="store_true", help="print every flagged article's opening words")
    parser.add_argument("--no-planted", action="store_true", help="skip the planted-stray run (half the time)")
    args = parser.parse_args(argv)
    rows = [r for name in (SETS if args.set == "all" else [args.set]) if (r := measure(name, not args.no_planted, args.list))]
    print("\n| set | stories | articles | articles flagged | stories with a flag | planted stray caught "
          "| story's articles then set aside | story's articles then flagged as sharing nothing |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        caught = f"{r['caught']}/{r['planted']}" if r["planted"] else "n/a"
        extra = (r["set_aside"], r["alone"]) if r["planted"] else ("n/a", "n/a")
        print(f"| {r['set']} | {r['stories']} | {r['articles']} | {r['flagged']} | {r['stories_flagged']} | {caught} | {extra[0]} | {extra[1]} |")


if __name__ == "__main__":
    main()
