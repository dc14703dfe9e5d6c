"""Speed and scale of the story store: `newsweave ingest` end to end, `cluster` alone and a stored story's
brief, each with its floor or baseline side by side, on a synthetic corpus made from the dev articles.

    .venv/bin/python benchmarks/ingest.py                          # sizes 1,000 and 10,000 (about 2 minutes)
    .venv/bin/python benchmarks/ingest.py --sizes 1000,10000,100000  # the 100k scale check (see below)
    .venv/bin/python benchmarks/ingest.py --sizes 1000 --cluster-size 1000   # a quick look

Synthetic corpus (written to a temporary folder outside the repository, removed at the end unless --keep;
the text never goes into the repository). The sentence pools are the real stories of ../shared/data
(skipped cleanly when absent): the 66 ECB+ stories (`ecbplus/docs.jsonl`, grouped by `story`) and the
250 Multi-News validation clusters (`multinews_val/input/<cluster>/*.txt`), each story's articles split
into sentences (lines, then `. ! ?` followed by a capital or a quote). With a fixed seed (--seed, 0):

- stories: N/8 synthetic stories, each a real story's pool (the real stories in a shuffled cycle, so at
  100k a real story is reused ~40 times, at dates months apart) with a start date spread uniformly over
  two years (2030-01-01 to 2031-12-31); each article goes to a story drawn at random (so story sizes
  vary, ~8 articles on average);
- each article: dated its story's start plus 0-6 days; a title (a short sentence of the pool) and 6-20
  sentences drawn from the pool without replacement, kept in pool order, in paragraphs of 1-3 sentences;
  written as `<date>-<n>.txt` with a leading `date YYYY-MM-DD` token (what the plain-text reader takes
  as the published date), so the folder read in name order arrives by date.

Measured on the machine at hand (the issue's targets are for a 2-core machine):

1. ingest: `python -m newsweave ingest DIR --db FILE --quiet --skip-bad` as a child process into a fresh
   store (--skip-bad: at 100k a few recombined articles are all debris-like lines and clean to nothing,
   which would stop the run; the skipped count is in the notes), per size: wall time, articles/s (target >= 150/s), and the child's peak memory: the larger of its own ru_maxrss (through
   os.wait4) and the proportional set size of it and its worker processes together, sampled ten times a second
   (target <= 2 GB at 100k). Growth: time ratio between each two sizes run (target: 10k -> 100k
   grows <= 12x; between other sizes the ratio is shown per 10x of size, for reference).
   Floor (baseline side by side): `newsweave.read` then `newsweave.clean` of the same folder in this
   process, cleaning timed alone: one process cannot ingest faster than it cleans (ingest cleans in
   worker processes, one per core, so on two cores it can pass this floor).
2. cluster: `newsweave.corpus.cluster.cluster(articles)` alone on --cluster-size (5,000) cleaned
   synthetic articles in arrival order (cleaned once, not timed), median of 3 runs; target >= 1,000/s.
   Baseline: the TF-IDF single-link of benchmarks/cluster.py (`baseline(articles, t)`, t = 0.26, the
   threshold it finds on the ECB+ tuned part) on the same articles, median of 3 runs.
3. brief: `Corpus(db).brief(story)` in this process on the 1,000-article store (the smallest size run),
   for a story of 10 articles (the one nearest 10 when none has exactly 10): the first call (computes,
   and loads what the brief needs), then the cached call, median of 5; target <= 1 s warm.

Time (measured on the 2-core machine): the default run takes about 2 minutes (124 s). --sizes with
100000 adds about 17-18 minutes: writing the 100k files (~25 s), the 100k ingest (~14 min, 816 s) and
reading and cleaning the same 100k in this process for the floor (~3 min); `--sizes 10000,100000` as a
whole takes about 19 minutes, `--sizes 1000,10000,100000` about 20.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import os
import random
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import print_table, require, work_folder
from _timing import PeakPss, median_time

REPO = Path(__file__).resolve().parents[1]
START = dt.date(2030, 1, 1)
SPAN_DAYS = 730
BASELINE_T = 0.26
TARGET_INGEST = 150.0
TARGET_GROWTH = 12.0
TARGET_PEAK_GB = 2.0
TARGET_CLUSTER = 1000.0
TARGET_BRIEF = 1.0
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'‘])")


# ---------------------------------------------------------------- the synthetic corpus


def sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        for s in SENTENCE.split(line.strip()):
            s = " ".join(s.split())
            if len(s.split()) >= 4:
                out.append(s)
    return out


def pools() -> list[list[str]]:
    """One sentence pool per real story (ECB+ stories, Multi-News clusters), each in reading order."""
    ecb = require("ecbplus") / "docs.jsonl"
    multinews = require("multinews_val") / "input"
    by_story: dict[str, list[str]] = defaultdict(list)
    for line in ecb.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        by_story[f"ecb/{r['story']}"] += sentences(r["text"])
    for folder in sorted(p for p in multinews.iterdir() if p.is_dir()):
        for f in sorted(folder.glob("*.txt")):
            by_story[f"mn/{folder.name}"] += sentences(f.read_text(encoding="utf-8", errors="replace"))
    # a story needs enough sentences to make different articles from
    return [list(dict.fromkeys(s)) for _, s in sorted(by_story.items()) if len(set(s)) >= 12]


def write_corpus(folder: Path, n: int, story_pools: list[list[str]], seed: int, near_copies: float = 0.0) -> list[tuple[str, str]]:
    """n synthetic articles as .txt files in `folder` (see the module docstring). With `near_copies` (a
    share), that share of them also gets a planted near duplicate, `<name>_copy.txt` (arriving right after
    it): the same text with one word changed and a credit line added. Returns (copy, original) ids; the n
    articles are the same with or without copies."""
    rng = random.Random(f"{seed}-{n}")
    copies_rng = random.Random(f"{seed}-{n}-copies")
    planted = []
    order = list(range(len(story_pools)))
    rng.shuffle(order)
    stories = []
    for j in range(max(1, n // 8)):
        stories.append((story_pools[order[j % len(order)]], START + dt.timedelta(days=rng.randrange(SPAN_DAYS))))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        pool, start = stories[rng.randrange(len(stories))]
        date = start + dt.timedelta(days=rng.randrange(7))
        titles = [s for s in pool if len(s.split()) <= 20] or pool
        title = rng.choice(titles).rstrip(".")
        chosen = sorted(rng.sample(range(len(pool)), min(len(pool), rng.randint(6, 20))))
        paragraphs, k = [], 0
        while k < len(chosen):
            step = rng.randint(1, 3)
            paragraphs.append(" ".join(pool[x] for x in chosen[k:k + step]))
            k += step
        text = f"date {date.isoformat()} {title}\n\n" + "\n\n".join(paragraphs) + "\n"
        name = f"{date.isoformat()}-{i:06d}"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        if near_copies and copies_rng.random() < near_copies:
            words = text.split(" ")
            at = copies_rng.randrange(len(words) // 2, len(words))
            words[at] = "reportedly"
            copy = " ".join(words) + "\nDistributed by a wire service.\n"
            (folder / f"{name}_copy.txt").write_text(copy, encoding="utf-8")
            planted.append((f"{name}_copy", name))
    return planted


# ---------------------------------------------------------------- measuring


def ingest_child(folder: Path, db: Path, logs: Path) -> tuple[float, int, int, int]:
    """(wall seconds, peak RSS of the ingest process in bytes, peak PSS of it and its worker processes
    together in bytes, exit code) of `newsweave ingest` in a child process."""
    out, err = (logs / f"{db.stem}.out").open("wb"), (logs / f"{db.stem}.err").open("wb")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "newsweave", "ingest", str(folder), "--db", str(db), "--quiet", "--skip-bad"],
                            stdout=out, stderr=err, cwd=REPO)
    with PeakPss(proc.pid) as peak:
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.close()
    err.close()
    # ru_maxrss is in kilobytes on Linux
    return seconds, usage.ru_maxrss * 1024, peak.bytes, proc.returncode


def read_and_clean(folder: Path) -> tuple[list, float, float]:
    """The folder's articles cleaned by newsweave, with the seconds of reading and of cleaning."""
    from newsweave import clean, read

    started = time.perf_counter()
    articles, _ = read([folder])
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    cleaned = clean(articles)
    return cleaned, read_s, time.perf_counter() - started


def met(ok: bool) -> str:
    return "met" if ok else "not met"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="ingest sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--cluster-size", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    args = parser.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    started_run = time.perf_counter()

    story_pools = pools()
    rows: list[list[str]] = []
    with work_folder("ingest", args.keep) as work:
        print(f"synthetic corpus from {len(story_pools)} real stories, seed {args.seed}, in {work}")
        ingest: dict[int, tuple[float, int]] = {}
        cleaned_of: dict[int, list] = {}
        for n in sizes:
            folder = work / f"corpus-{n}"
            t0 = time.perf_counter()
            write_corpus(folder, n, story_pools, args.seed)
            print(f"  {n}: wrote {n} files in {time.perf_counter() - t0:.0f} s", flush=True)
            seconds, rss, pss, code = ingest_child(folder, work / f"store-{n}.db", work)
            peak = max(rss, pss)  # the ingest process alone, or with its worker processes: the larger
            if code != 0:
                err = (work / f"store-{n}.err").read_text(errors="replace")[-2000:]
                raise SystemExit(f"newsweave ingest of {n} articles failed (exit {code}):\n{err}")
            # the report lines ("read N: ... new ...", "stories: ...") are on stderr
            summary = [line.removeprefix("newsweave: ") for line in (work / f"store-{n}.err").read_text(errors="replace").splitlines()
                       if line.startswith(("newsweave: read ", "newsweave: stories: "))]
            ingest[n] = (seconds, peak)
            print(f"  {n}: ingest {seconds:.1f} s, peak {peak / 2**20:.0f} MiB; " + " / ".join(summary[:2]), flush=True)
            cleaned, read_s, clean_s = read_and_clean(folder)
            if n == args.cluster_size:
                cleaned_of[n] = cleaned
            print(f"  {n}: floor read {read_s:.1f} s, clean {clean_s:.1f} s", flush=True)
            rate = n / seconds
            peak_gb = peak / 1e9
            peak_target = f"≤ {TARGET_PEAK_GB:g} GB at 100k ({met(peak_gb <= TARGET_PEAK_GB)})" if n >= 100_000 else f"≤ {TARGET_PEAK_GB:g} GB at 100k"
            rows.append([f"ingest {n:,} (child process)", "newsweave ingest", f"{n:,}", f"{seconds:.1f}", f"{rate:.0f}",
                         f"≥ {TARGET_INGEST:.0f}/s ({met(rate >= TARGET_INGEST)})", f"{peak / 2**20:.0f} MiB ({peak_target}); {'; '.join(summary)}"])
            rows.append([f"ingest {n:,}: floor", "newsweave.clean alone (in process)", f"{n:,}", f"{clean_s:.1f}",
                         f"{n / clean_s:.0f}", f"(read before it: {read_s:.1f} s)", ""])
            del cleaned

        for a, b in itertools.pairwise(sizes):
            ratio = ingest[b][0] / ingest[a][0]
            per10 = ratio ** (1 / math.log10(b / a))
            if a == 10_000 and b == 100_000:
                target = f"≤ {TARGET_GROWTH:g}× ({met(ratio <= TARGET_GROWTH)})"
            else:
                target = f"≤ {TARGET_GROWTH:g}× per 10× (issue: 10k→100k; here {met(per10 <= TARGET_GROWTH)}, for reference)"
            rows.append([f"ingest growth {a:,} → {b:,}", "newsweave ingest", f"×{b / a:.3g} articles", f"×{ratio:.2f} time",
                         f"×{per10:.2f} per 10×", target, f"peak ×{ingest[b][1] / ingest[a][1]:.2f}"])

        # ------------------------------------------------ cluster alone
        from cluster import baseline

        from newsweave.corpus.cluster import cluster

        n = args.cluster_size
        if n in cleaned_of:
            articles = cleaned_of.pop(n)
        else:
            folder = work / f"corpus-{n}"
            write_corpus(folder, n, story_pools, args.seed)
            articles, _, _ = read_and_clean(folder)
        articles = [a for a in articles if a.body.strip()]
        articles.sort(key=lambda a: (a.published is None, a.published or dt.date.min, a.id))
        stories, seconds = median_time(lambda: cluster(articles), 3)
        print(f"  cluster {len(articles)}: {seconds:.2f} s, {len(set(stories.values()))} stories", flush=True)
        rate = len(articles) / seconds
        rows.append([f"cluster {len(articles):,} cleaned", "newsweave cluster()", f"{len(articles):,}", f"{seconds:.2f}",
                     f"{rate:.0f}", f"≥ {TARGET_CLUSTER:,.0f}/s ({met(rate >= TARGET_CLUSTER)})",
                     f"{len(set(stories.values())):,} stories (~{n // 8:,} made)"])
        base, base_s = median_time(lambda: baseline(articles, BASELINE_T), 3)
        print(f"  baseline {len(articles)}: {base_s:.2f} s", flush=True)
        rows.append([f"cluster {len(articles):,} cleaned: baseline", f"TF-IDF single-link, t = {BASELINE_T}", f"{len(articles):,}",
                     f"{base_s:.2f}", f"{len(articles) / base_s:.0f}", "", f"{len(set(base.values())):,} stories"])

        # ------------------------------------------------ brief of a stored story
        from newsweave.corpus import Corpus

        small = sizes[0]
        corpus = Corpus(work / f"store-{small}.db", create=False)
        listed = corpus.stories()
        pick = min(listed, key=lambda s: (abs(s["articles"] - 10), s["story"]))
        started = time.perf_counter()
        corpus.brief(pick["story"])
        first = time.perf_counter() - started
        _, warm = median_time(lambda: corpus.brief(pick["story"]), 5)
        label = f"brief of story {pick['story']} ({pick['articles']} articles, store of {small:,})"
        rows.append([label, "first call (computes)", str(pick["articles"]), f"{first:.2f}", "", "", ""])
        rows.append([label, "cached call, median of 5", str(pick["articles"]), f"{warm:.3f}", "",
                     f"≤ {TARGET_BRIEF:g} s warm ({met(warm <= TARGET_BRIEF)})", ""])

    print(f"\nmachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print_table("| measure | system | articles | seconds | articles/s | target | peak memory / notes |\n|---|---|---:|---:|---:|---|---|", rows)
    print(f"\nwhole run: {time.perf_counter() - started_run:.0f} s")


if __name__ == "__main__":
    main()
