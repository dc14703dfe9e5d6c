"""Off-topic inputs: how many articles `newsweave.story.topic.off_topic` flags on sets whose stories are
on topic, and whether it catches a stray planted in each story, with two simple baselines run side by
side on the same inputs.

    .venv/bin/python benchmarks/topic.py                  # every set
    .venv/bin/python benchmarks/topic.py --set multinews --list   # and print each flagged article's opening

Sets (../shared/data, skipped cleanly when absent): the seeds (one story, 5 articles), MultiLing 2011
(10 topics of 10 WikiNews articles), ECB+ (one story per gold event: 66 stories) and the Multi-News
validation sample (250 clusters as scraped: Multi-News keeps the pages its scraper saved, among them
web-archive notices, sharing widgets and pages of other stories, so flags there are expected and must be
read one by one with `--list`).

Systems (the "system" column; every row of a set comes from the same run, the same articles and the
same NLP pass, and both baselines read newsweave's own content-word similarity: the TF-IDF cosine of
`topic.content_words(doc)[0]` plus the title's words, `topic.word_similarity`, as returned by
`topic.links`, so only the decision rule differs):

- newsweave: `off_topic`.
- baseline "nearest neighbour TF-IDF < 0.06": an article whose highest cosine with any other article
  of the story is below 0.06 (newsweave's RELATED) is flagged.
- baseline "centroid outlier": each article's score is its cosine to the centroid of the other
  articles; with at least 3 articles, an article is flagged when its score is below the mean minus 2
  standard deviations (sample sd) of the *other* articles' scores. The textbook rule (the mean and sd
  of all scores, the article's own included) is ill-defined for these sets: no z-score can fall below
  -sqrt(n - 1) (Samuelson's inequality), so it cannot flag anything in a story of fewer than 6
  articles, i.e. almost every Multi-News cluster even with the stray planted. Leaving the article out
  (the leave-one-out, or externally studentized, form of the same rule) removes that bound.

"Planted stray": each story again with the first article of another story of the same set added (the
story half-way down the sorted list), an article about something else written as news. "Caught" counts
the stories where it is flagged. The last two columns count articles of the story flagged only once the
stray is planted: "set aside" (the planted report was taken for the story: the story had no report of
at least 3 statements of its own) and "sharing nothing" (a planted report against a story of one
report: no story to side with, so every input related to no other is flagged as sharing nothing). The
baselines give no such reasons: a story article newly flagged by the nearest-neighbour rule is counted
as "sharing nothing" (that is its rule), one newly flagged by the centroid rule as "set aside" (it
was pushed out of the story), and the other column is "-".
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA  # noqa: E402

SETS = ("seeds", "multiling", "ecbplus", "multinews")
NEWSWEAVE = "newsweave"
NEAREST = "baseline: nearest neighbour TF-IDF < 0.06"
CENTROID = "baseline: centroid outlier (mean - 2 sd)"
SYSTEMS = (NEWSWEAVE, NEAREST, CENTROID)
NEAREST_BELOW = 0.06
CENTROID_SDS = 2.0
CENTROID_MIN = 3
# the column of the planted-stray run where a baseline's newly flagged story articles are counted
BASELINE_COLUMN = {NEAREST: "alone", CENTROID: "set_aside"}


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


def flags(articles) -> dict[str, dict[str, str]]:
    """System → the off-topic articles of one story: newsweave through the same stages as
    `newsweave.brief`, the baselines over the word similarity of the same analysis."""
    from newsweave import nlp
    from newsweave.story import copies
    from newsweave.story.align import align_story
    from newsweave.story.quotes import find_quotes
    from newsweave.story.topic import links, off_topic

    analysed = nlp.analysed(articles)
    groups = copies.origin_groups(articles, copies.copies(articles))
    alignment = align_story(analysed, groups, quotes=[q for article, doc, _ in analysed for q in find_quotes(article, doc)])
    ids = [article.id for article, _, _ in analysed]
    _, similarity, _ = links(analysed, alignment)
    return {NEWSWEAVE: off_topic(analysed, alignment),
            NEAREST: nearest_neighbour(ids, similarity),
            CENTROID: centroid_outlier(ids, similarity)}


def nearest_neighbour(ids: list[str], similarity: np.ndarray, below: float = NEAREST_BELOW) -> dict[str, str]:
    """The articles whose highest cosine with any other article is below `below`.

    >>> nearest_neighbour(["a", "b", "c"], np.array([[1, .5, 0], [.5, 1, .01], [0, .01, 1]]))
    {'c': 'nearest neighbour below 0.06'}
    """
    if len(ids) < 2:
        return {}
    others = np.where(np.eye(len(ids), dtype=bool), -np.inf, similarity)
    return {i: f"nearest neighbour below {below}" for i, best in zip(ids, others.max(axis=1)) if best < below}


def centroid_scores(similarity: np.ndarray) -> np.ndarray:
    """Each article's cosine to the centroid of the other articles, from the cosine matrix of unit vectors
    (v_i · Σ_{j≠i} v_j / |Σ_{j≠i} v_j|); 0 when the others have no words.

    >>> centroid_scores(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1]])).round(2).tolist()
    [0.71, 0.71, 0.0]
    """
    n = len(similarity)
    off = similarity * (1 - np.eye(n))
    total = similarity.sum()
    scores = np.zeros(n)
    for i in range(n):
        # |Σ_{j≠i} v_j|² = Σ_{j,k≠i} v_j·v_k
        norm_sq = total - 2 * similarity[i].sum() + similarity[i, i]
        if norm_sq > 1e-12:
            scores[i] = off[i].sum() / np.sqrt(norm_sq)
    return scores


def centroid_outlier(ids: list[str], similarity: np.ndarray, sds: float = CENTROID_SDS) -> dict[str, str]:
    """The articles whose cosine to the centroid of the others is below the mean minus `sds` sample
    standard deviations of the other articles' such cosines (stories of at least CENTROID_MIN articles).

    >>> sim = np.array([[1, .5, .4, 0], [.5, 1, .45, 0], [.4, .45, 1, .01], [0, 0, .01, 1]])
    >>> centroid_outlier(["a", "b", "c", "d"], sim)
    {'d': 'centroid outlier'}
    """
    if len(ids) < CENTROID_MIN:
        return {}
    scores = centroid_scores(similarity)
    out = {}
    for i, score in enumerate(scores):
        others = np.delete(scores, i)
        if score < others.mean() - sds * others.std(ddof=1):
            out[ids[i]] = "centroid outlier"
    return out


def measure(name: str, planted: bool, listing: bool) -> list[dict] | None:
    """One row per system for one set: the on-topic run, then the planted-stray run."""
    from newsweave import nlp
    from newsweave.story.topic import OUTSIDE
    from newsweave.weave import articles_of

    todo = stories(name)
    if not todo:
        print(f"skipped {name}: its data is not in {DATA}")
        return None
    rows = {system: {"set": name, "system": system, "stories": 0, "articles": 0, "flagged": 0, "stories_flagged": 0,
                     "caught": 0, "planted": 0, "set_aside": 0, "alone": 0} for system in SYSTEMS}
    started = time.perf_counter()
    for n, (story, paths) in enumerate(todo):
        articles, _ = articles_of(paths, skip_bad=True)
        found = flags(articles)
        for system, row in rows.items():
            row["stories"] += 1
            row["articles"] += len(articles)
            row["flagged"] += len(found[system])
            row["stories_flagged"] += bool(found[system])
        if listing:
            for system in SYSTEMS:
                for article in articles:
                    if article.id in found[system]:
                        print(f"  {story}/{article.id} [{found[system][article.id]}]: {' '.join(article.body.split()[:24])[:150]}")
        if planted and len(todo) > 1:
            other, other_paths = todo[(n + len(todo) // 2) % len(todo)]
            stray, _ = articles_of(other_paths, skip_bad=True)
            stray = dataclasses.replace(stray[0], id=f"planted-{other}-{stray[0].id}")
            with_stray = flags(articles + [stray])
            for system, row in rows.items():
                row["planted"] += 1
                row["caught"] += stray.id in with_stray[system]
                extra = [a for a in with_stray[system] if a != stray.id and a not in found[system]]
                if system == NEWSWEAVE:
                    row["set_aside"] += sum(with_stray[system][a] == OUTSIDE for a in extra)
                    row["alone"] += sum(with_stray[system][a] != OUTSIDE for a in extra)
                else:
                    row[BASELINE_COLUMN[system]] += len(extra)
        nlp._cache.clear()  # thousands of Docs would fill memory; each story is analysed once here
    seconds = time.perf_counter() - started
    for row in rows.values():
        row["seconds"] = seconds
    return list(rows.values())


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--list", action="store_true", help="print every flagged article's opening words")
    parser.add_argument("--no-planted", action="store_true", help="skip the planted-stray run (half the time)")
    args = parser.parse_args(argv)
    rows = [r for name in (SETS if args.set == "all" else [args.set]) if (rs := measure(name, not args.no_planted, args.list)) for r in rs]
    print("\n| set | system | stories | articles | articles flagged | stories with a flag | planted stray caught "
          "| story's articles then set aside | story's articles then flagged as sharing nothing |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        caught = f"{r['caught']}/{r['planted']}" if r["planted"] else "n/a"
        if not r["planted"]:
            extra = ("n/a", "n/a")
        elif r["system"] == NEWSWEAVE:
            extra = (r["set_aside"], r["alone"])
        else:
            extra = (r["set_aside"], "-") if BASELINE_COLUMN[r["system"]] == "set_aside" else ("-", r["alone"])
        print(f"| {r['set']} | {r['system']} | {r['stories']} | {r['articles']} | {r['flagged']} | {r['stories_flagged']} "
              f"| {caught} | {extra[0]} | {extra[1]} |")


if __name__ == "__main__":
    main()
