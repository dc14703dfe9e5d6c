"""Speed of the brief: seconds per stage and peak memory, cold (process start to output) and warm
(models loaded), with LexRank (sumy) on the same input side by side.

    .venv/bin/python benchmarks/speed.py [--repeat 5]

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
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA  # noqa: E402

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
    args = parser.parse_args(argv)
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
    print(f"## Speed of `newsweave brief` (median of {args.repeat} warm runs; cold = new process)\n")
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


# when, who and where they differ: the stages wave 1 asked to stay within a fifth of the brief
LATER_STAGES = ("dates", "occasions", "timeline", "entities", "events", "header", "divergences")
LATER = "share of " + "+".join(LATER_STAGES)

if __name__ == "__main__":
    main()
