"""Speed of the brief: seconds per stage and peak memory, cold (process start to output) and warm
(models loaded), with LexRank (sumy) on the same input side by side; then big stories.

    .venv/bin/python benchmarks/speed.py [--repeat 5] [--sizes 10,100,1000,3000]   # --sizes "" skips big stories

Inputs: the five seed articles (`../shared/data/seeds`), a 10-article cluster (MultiLing 2011
topic M000, `../shared/data/multiling2011_en/input/M000`), and the bundled example (always there).

- cold: `newsweave brief PATH --format json` in a new process, median wall seconds of `--repeat`
  runs, and the peak resident memory of that process;
- warm: `newsweave.brief` in this process with the spaCy model loaded and the per-article NLP cache
  emptied before every run (so each run pays for its NLP pass), median seconds per stage;
- LexRank (sumy): read, clean, the same spaCy pass for sentences, then sumy's LexRank — the summary
  baseline of `benchmarks/summary.py`, warm, same input.

Targets (issue 3, this 2-core machine): 10 articles warm ≤ 2 s, cold ≤ 8 s, peak RSS ≤ 1.5 GB;
(issue 5) timeline + entities + events/divergences ≤ 20% of the warm brief.

Big stories (issue 20): the brief of 10, 100, 1,000 and 3,000 real articles, each size in a new process
(`newsweave.brief(folder, timings=...)`, models loaded inside, so the time is cold), with the seconds of
each stage, the peak memory of the process and of the spaCy workers it starts (the sum of their
proportional set sizes, sampled every 0.1 s: the workers are forked and share the process's pages), and the growth of each stage from 100 to 1,000 articles against n log n
(×15 for ×10 articles). The articles: the dev articles of ../shared/data between 1 and 8 KB — PolNeAR's
political news of 2016 first (one long story of many outlets), then Multi-News validation, ECB+ and
METER — shuffled with a fixed seed within each set, the first n taken; past the ~2,300 there are, the
rest are republished copies of them (the same text under another file name, as a wire story runs in
many papers). Written to a temporary folder outside the repository. Targets: 1,000 articles ≤ 60 s and
≤ 2 GB; 3,000 ≤ 200 s and ≤ 4 GB; each stage ≤ ~n log n from 100 to 1,000. The floor beside the whole
brief is its `nlp` row; the baseline beside that, timed in one more child process over the same cleaned
texts: newsweave's NLP pass (`newsweave.nlp.load()`, with its table versions of spaCy's attribute ruler and
lemmatizer) and spaCy's pipeline as the model ships it, each parsing every distinct text once as the brief does.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
import json
import random
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA  # noqa: E402
from _timing import PeakPss  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / ".venv" / "bin" / "newsweave"


def inputs() -> list[tuple[str, Path]]:
    import newsweave

    found = [("bundled example (5)", newsweave.example_dir())]
    if (DATA / "seeds").is_dir():
        found.append(("seeds (5)", DATA / "seeds"))
    cluster = DATA / "multiling2011_en" / "input" / "M000"
    if cluster.is_dir():
        found.append((f"MultiLing M000 ({len(list(cluster.glob('*.txt')))})", cluster))
    return found


def cold(path: Path, repeat: int) -> tuple[float, float]:
    """Median wall seconds of a fresh `newsweave brief`, and its peak RSS in MB."""
    command = [str(CLI) if CLI.exists() else "newsweave", "brief", str(path), "--format", "json", "-o", os.devnull]
    seconds, peaks = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        seconds.append(time.perf_counter() - start)
        if status != 0:
            raise SystemExit(f"{' '.join(command)} failed with status {status}")
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(seconds), max(peaks)


def warm(path: Path, repeat: int) -> tuple[float, dict[str, float]]:
    """Median seconds of the whole warm brief and of each stage."""
    import newsweave
    from newsweave import nlp

    newsweave.brief([path])  # loads the models
    totals, stages = [], {}
    for _ in range(repeat):
        nlp._cache.clear()
        timings: dict[str, float] = {}
        start = time.perf_counter()
        newsweave.brief([path], timings=timings)
        totals.append(time.perf_counter() - start)
        for stage, seconds in timings.items():
            stages.setdefault(stage, []).append(seconds)
    return statistics.median(totals), {k: statistics.median(v) for k, v in stages.items()}


def lexrank_warm(path: Path, repeat: int) -> float | None:
    """Median seconds of the LexRank (sumy) baseline on the same input, models loaded."""
    from summary import Cluster, lexrank_sumy, prepare

    from newsweave import nlp

    system = lexrank_sumy()
    if isinstance(system, str):
        return None
    seconds = []
    for _ in range(repeat + 1):
        nlp._cache.clear()
        cluster = Cluster("speed", path, [])
        start = time.perf_counter()
        prepare(cluster)
        system(cluster)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds[1:])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="10,100,1000,3000", help="big-story sizes; empty to skip them")
    args = parser.parse_args(argv)
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    if sizes:
        big_stories(sizes)
    rows, per_stage, names = [], {}, []
    for name, path in inputs():
        cold_s, cold_mb = cold(path, max(3, args.repeat // 2))
        warm_s, stages = warm(path, args.repeat)
        baseline = lexrank_warm(path, args.repeat)
        ratio = f"{warm_s / baseline:.2f}" if baseline else "n/a"
        rows.append(f"| {name} | {cold_s:.2f} | {cold_mb:.0f} | {warm_s:.2f} | {baseline:.2f} | {ratio} |" if baseline
                    else f"| {name} | {cold_s:.2f} | {cold_mb:.0f} | {warm_s:.2f} | n/a | n/a |")
        names.append(name)
        for stage, seconds in stages.items():
            per_stage.setdefault(stage, {})[name] = seconds
        per_stage.setdefault(LATER, {})[name] = sum(stages.get(s, 0.0) for s in LATER_STAGES) / warm_s
    print(f"\n## Speed of `newsweave brief` (median of {args.repeat} warm runs; cold = new process)\n")
    print("| input | cold s | cold peak RSS MB | warm s | LexRank (sumy) warm s | warm / LexRank |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    print(f"\nPeak RSS of this process (warm runs, all inputs): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("\n### Warm seconds per stage (`newsweave stages` says what each does)\n")
    print("| stage | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for stage, seconds in per_stage.items():
        cells = (f"{seconds.get(n, 0.0):.0%}" if stage == LATER else f"{seconds.get(n, 0.0):.3f}" for n in names)
        print(f"| {stage} | " + " | ".join(cells) + " |")
    print("\nTargets: 10 articles warm ≤ 2 s, cold ≤ 8 s, peak RSS ≤ 1.5 GB; timeline+entities+events ≤ 20% of the warm brief.")


# ------------------------------------------------------------------------------------------- big stories

BIG_SETS = ("polnear/input", "multinews_val/input", "ecbplus/input", "meter_showbiz/input")
CHILD = """
import json, sys, time, newsweave
timings = {}
start = time.perf_counter()
newsweave.brief([sys.argv[1]], timings=timings, skip_bad=True)
print(json.dumps({"seconds": time.perf_counter() - start, "stages": timings}))
"""
# the NLP pass alone, newsweave's and spaCy's pipeline as the model ships it, over the story's cleaned texts
# (each distinct text once, two processes from 64 texts, as the brief parses them), in one child, alternating
NLP_CHILD = """
import json, os, sys, time
from newsweave import nlp, weave
story = weave.story_of([sys.argv[1]], skip_bad=True)
texts = list(dict.fromkeys(a.body for a in story.articles))
processes = min(2, os.cpu_count() or 1) if len(texts) >= nlp.PARALLEL_FROM else 1
shipped = nlp.as_shipped()
ours = nlp.load()
seconds = {}
for name, pipe in (("newsweave", ours), ("spaCy as shipped", shipped)):
    start = time.perf_counter()
    for doc in pipe.pipe(texts, batch_size=16, n_process=processes):
        pass
    seconds[name] = time.perf_counter() - start
print(json.dumps(seconds))
"""


def big_pool() -> list[Path]:
    """The dev articles big stories are made of (see the module docstring), in the order they are taken."""
    pool = []
    for folder in BIG_SETS:
        found = sorted(f for f in (DATA / folder).rglob("*.txt") if 1_000 <= f.stat().st_size <= 8_000)
        random.Random(1).shuffle(found)
        pool += found
    return pool


def write_story(folder: Path, pool: list[Path], n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        source = pool[i % len(pool)]
        (folder / f"a{i:05d}.txt").write_bytes(source.read_bytes())


def brief_child(folder: Path) -> tuple[dict, float]:
    """The child's report (seconds, stage seconds) and the peak memory of its process tree, in MB."""
    process = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    with PeakPss(process.pid) as peak:
        out, _ = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"brief of {folder} failed with status {process.returncode}")
    return json.loads(out), peak.bytes / 2**20


def big_stories(sizes: list[int]) -> None:
    if not (DATA / BIG_SETS[0]).is_dir():
        print(f"skipped big stories: {DATA / BIG_SETS[0]} is not there")
        return
    pool = big_pool()
    reports, passes = {}, {}
    with tempfile.TemporaryDirectory(prefix="newsweave-big-") as tmp:
        for n in sizes:
            folder = Path(tmp) / str(n)
            write_story(folder, pool, n)
            reports[n] = brief_child(folder)
            seconds = reports[n][0]["seconds"]
            passes[n] = json.loads(subprocess.run([sys.executable, "-c", NLP_CHILD, str(folder)], capture_output=True,
                                                  text=True, check=True).stdout)
            print(f"  {n} articles: {seconds:.1f} s, peak {reports[n][1]:.0f} MB; NLP pass {passes[n]}", file=sys.stderr)
    print(f"\n## Big stories: `brief` of n real articles, new process each ({len(pool)} distinct articles in the pool)\n")
    print("| articles | seconds | peak MB (process + spaCy workers, PSS) | target |")
    print("|---:|---:|---:|---|")
    targets = {1000: (60, 2048), 3000: (200, 4096)}
    for n, (report, peak) in reports.items():
        goal = targets.get(n)
        verdict = "" if goal is None else f"≤ {goal[0]} s {'met' if report['seconds'] <= goal[0] else 'NOT met'}, " \
            f"≤ {goal[1] // 1024} GB {'met' if peak <= goal[1] else 'NOT met'}"
        print(f"| {n:,} | {report['seconds']:.1f} | {peak:.0f} | {verdict} |")
    stages = list(dict.fromkeys(s for report, _ in reports.values() for s in report["stages"]))
    print("\n| stage | " + " | ".join(f"{n:,}" for n in reports) + " | ×, 100 → 1,000 (n log n: ×15) |")
    print("|---|" + "---:|" * (len(reports) + 1))
    for stage in stages:
        cells = [reports[n][0]["stages"].get(stage, 0.0) for n in reports]
        growth = ""
        if 100 in reports and 1000 in reports and reports[100][0]["stages"].get(stage):
            growth = f"{reports[1000][0]['stages'].get(stage, 0.0) / reports[100][0]['stages'][stage]:.1f}"
        print(f"| {stage} | " + " | ".join(f"{c:.2f}" for c in cells) + f" | {growth} |")
    print("\nThe NLP pass alone over the same cleaned texts, same run (the baseline: spaCy's pipeline as the model ships it):\n")
    print("| articles | newsweave's pass s | spaCy as shipped s | newsweave / spaCy |")
    print("|---:|---:|---:|---:|")
    for n, seconds in passes.items():
        ours, theirs = seconds["newsweave"], seconds["spaCy as shipped"]
        print(f"| {n:,} | {ours:.1f} | {theirs:.1f} | {ours / theirs:.2f} |")


# when, who and where they differ: the stages wave 1 asked to stay within a fifth of the brief
LATER_STAGES = ("dates", "occasions", "timeline", "entities", "events", "header", "divergences")
LATER = "share of " + "+".join(LATER_STAGES)

if __name__ == "__main__":
    main()
