"""Stories on Spark (`newsweave spark cluster`) beside the local engine (`newsweave.corpus.cluster`): how far
they agree on the dev sets, and time and memory at scale.

    .venv/bin/python benchmarks/spark.py                            # agreement, then scale at 10k (~5 minutes)
    .venv/bin/python benchmarks/spark.py --sizes 10000,100000       # the 100k scale check (see below)
    .venv/bin/python benchmarks/spark.py --part agreement           # the dev sets only (~3 minutes)

Needs ../shared/data (skipped cleanly when absent), pyspark and Java 17 (`pip install -e '.[spark]'`).

1. Agreement, on ECB+ dev (all 35 topics) and the mixed Multi-News validation pages (all 250 stories), read
   and cleaned by benchmarks/cluster.py (`load`): each set's articles as read are written, in the given
   arrival order of benchmarks/cluster.py, to one JSON Lines file of records (id, text); both engines read
   that file: the local engine in this process (`read`, `weave.usable`, `cluster`: what `newsweave cluster`
   does), Spark in a child process (`newsweave spark cluster FILE --out DIR --master local[2]`). Printed:
   ARI between the two engines (target >= .99), BCubed F1 and ARI of each against the gold stories, stories
   found, and the articles whose duplicate link differs. Spark cleans 500 articles per call (one machine
   cleans the whole input in one), so glued words can be repaired differently: the one known source of
   disagreement.
2. Scale, on the synthetic corpus of benchmarks/ingest.py (`write_corpus`, seed 0: sentences of the real
   stories recombined, dates over two years) with 5% of its articles given a planted near duplicate (one word
   changed, a credit line added), as a folder of .txt files: each engine in a child process on the same
   folder — the local engine (read, clean, cluster with duplicates, as `newsweave cluster` does; run as
   `benchmarks/spark.py --local-engine DIR OUT`) and `newsweave spark cluster DIR --master local[2]`. Per
   size: wall seconds, articles/s, peak memory sampled every 0.2 s over the process tree (the driver's
   Python, Spark's JVM — in local mode the driver and the executors are one JVM — and the Python workers
   together), Spark's stage times, near-duplicate recall of the planted copies (found as duplicates of their
   original; target >= .98 for both), ARI between the engines, and growth between sizes. Targets (2-core
   machine): 100k on Spark within 1.5x the local engine's time; 1M in <= 90 minutes with a driver < 4 GB.

Time (2-core machine, shared): agreement ~3 minutes; scale 10k ~2 minutes; 100k adds ~12 minutes (both
engines); 1M was not run (~1 hour each, on paper).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA, print_table, work_folder
from _scores import ari, bcubed

REPO = Path(__file__).resolve().parents[1]
AGREEMENT_TARGET = 0.99
RECALL_TARGET = 0.98
TIME_TARGET = 1.5
SETS = {"ecbplus": "ECB+ dev, all 35 topics", "multinews": "Multi-News validation, all 250 mixed"}
NEAR_COPIES = 0.05


# ---------------------------------------------------------------- running and measuring a child


class Peak:
    """Peak resident memory of a process tree, sampled: (the process itself, Spark's JVMs, other children)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peaks = {"driver": 0, "jvm": 0, "workers": 0, "total": 0}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @staticmethod
    def _rss(pid: int) -> tuple[int, str, int]:
        """(rss bytes, command name, parent pid) of one process, or (0, "", 0) once it is gone."""
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2:].split()
            return int(fields[21]) * os.sysconf("SC_PAGE_SIZE"), name, int(fields[1])
        except (OSError, ValueError, IndexError):
            return 0, "", 0

    def _sample(self) -> None:
        parents: dict[int, int] = {}
        info: dict[int, tuple[int, str]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                rss, name, parent = self._rss(int(entry))
                parents[int(entry)] = parent
                info[int(entry)] = (rss, name)
        tree, grown = {self.pid}, True
        while grown:
            more = {p for p, parent in parents.items() if parent in tree} - tree
            grown = bool(more)
            tree |= more
        now = {"driver": 0, "jvm": 0, "workers": 0}
        for p in tree:
            rss, name = info.get(p, (0, ""))
            now["driver" if p == self.pid else "jvm" if name == "java" else "workers"] += rss
        now["total"] = sum(now.values())
        for k, v in now.items():
            self.peaks[k] = max(self.peaks[k], v)

    def _run(self) -> None:
        while not self.done.is_set():
            self._sample()
            self.done.wait(0.2)

    def stop(self) -> dict[str, int]:
        self.done.set()
        self.thread.join()
        return self.peaks


def run_child(command: list[str], log: Path) -> tuple[float, dict[str, int], str]:
    """(wall seconds, peak memory by part, stderr) of a child process; exits with its error when it fails."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    started = time.perf_counter()
    with log.open("wb") as err:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, cwd=REPO, env=env)
        peak = Peak(proc.pid)
        code = proc.wait()
    seconds = time.perf_counter() - started
    peaks = peak.stop()
    said = log.read_text(errors="replace")
    if code != 0:
        raise SystemExit(f"{' '.join(command)} failed (exit {code}):\n{said[-3000:]}")
    return seconds, peaks, said


def spark_cluster(inputs: Path, out: Path, log: Path) -> tuple[float, dict[str, int], dict, dict[str, float]]:
    """Run `newsweave spark cluster` on local[2]: (seconds, peaks, {article: row}, stage seconds)."""
    import pyarrow.parquet as pq

    seconds, peaks, said = run_child([sys.executable, "-m", "newsweave", "spark", "cluster", str(inputs), "--out", str(out),
                                      "--master", "local[2]", "--conf", "spark.ui.showConsoleProgress=false"], log)
    rows = {r["article"]: r for r in pq.read_table(out / "articles", columns=["article", "story", "duplicate_of", "duplicate"]).to_pylist()}
    stages = {}
    for line in said.splitlines():
        if line.startswith("newsweave: seconds: "):
            for part in line.removeprefix("newsweave: seconds: ").split(", "):
                stage, value = part.rsplit(" ", 1)
                stages[stage] = float(value)
    return seconds, peaks, rows, stages


def local_engine(inputs: list[str]) -> dict[str, dict]:
    """The local engine as `newsweave cluster` runs it (read, clean, place every article in memory), with
    each article's duplicate link: {article: {story, duplicate_of, duplicate}}."""
    from newsweave.corpus.cluster import Memory, item, place
    from newsweave.read import read
    from newsweave.weave import usable

    articles, _ = read(inputs, skip_bad=True)
    cleaned, _ = usable(articles, skip_bad=True)
    memory = Memory()
    links = {a.id: place(item(a), memory) for a in cleaned}
    return {a: {"story": f"s{memory.story_of(a)}", "duplicate_of": p.duplicate_of, "duplicate": p.duplicate} for a, p in links.items()}


def stories_of(rows: dict[str, dict]) -> dict[str, str]:
    return {a: r["story"] for a, r in rows.items()}


def gb(n: int) -> str:
    return f"{n / 1e9:.2f} GB"


# ---------------------------------------------------------------- 1. agreement


def agreement(work: Path) -> list[list[str]]:
    import cluster as cluster_bench

    rows = []
    for name, label in SETS.items():
        corpus = cluster_bench.load(name)
        if corpus is None:
            continue
        given = corpus.articles_in("all")
        records = work / f"{name}.jsonl"
        records.write_text("".join(json.dumps({"id": a.id, "text": a.original}) + "\n" for a in given), encoding="utf-8")
        started = time.perf_counter()
        local = local_engine([str(records)])
        local_s = time.perf_counter() - started
        spark_s, _, spark, _ = spark_cluster(records, work / f"{name}-out", work / f"{name}.log")
        common = sorted(set(local) & set(spark) & set(corpus.gold))
        gold = {a: corpus.gold[a] for a in common}
        mine, theirs = {a: local[a]["story"] for a in common}, {a: spark[a]["story"] for a in common}
        links_differ = sum((local[a]["duplicate_of"], local[a]["duplicate"]) != (spark[a]["duplicate_of"], spark[a]["duplicate"]) for a in common)
        between = ari(mine, theirs)
        print(f"  {name}: {len(common)} articles, ARI between engines {between:.4f}, local {local_s:.1f} s, spark {spark_s:.1f} s", flush=True)
        for engine, found, seconds in (("local engine", mine, local_s), ("Spark local[2]", theirs, spark_s)):
            _, _, f1 = bcubed(found, gold)
            rows.append([label, engine, f"{len(common):,}", f"{len(set(found.values())):,} ({len(set(gold.values()))} gold)",
                         f"{f1:.3f}", f"{ari(found, gold):.3f}", f"{between:.4f} (≥ {AGREEMENT_TARGET}: {met(between >= AGREEMENT_TARGET)})",
                         f"{seconds:.1f}", f"{links_differ} articles' duplicate link differs" if engine != "local engine" else ""])
    return rows


def met(ok: bool) -> str:
    return "met" if ok else "not met"


# ---------------------------------------------------------------- 2. scale


def recall(rows: dict[str, dict], planted: list[tuple[str, str]]) -> float:
    """The share of planted copies found as a duplicate of their original (or of what it duplicates)."""
    found = 0
    for copy, original in planted:
        target = rows.get(copy, {}).get("duplicate_of")
        found += target is not None and target in (original, rows.get(original, {}).get("duplicate_of"))
    return found / len(planted) if planted else float("nan")


def scale(work: Path, sizes: list[int], seed: int) -> list[list[str]]:
    from ingest import pools, write_corpus

    story_pools = pools()
    rows, times = [], {}
    for n in sizes:
        folder = work / f"corpus-{n}"
        planted = write_corpus(folder, n, story_pools, seed, near_copies=NEAR_COPIES)
        total = n + len(planted)
        print(f"  {n}: wrote {total:,} files ({len(planted):,} planted copies)", flush=True)
        local_out = work / f"local-{n}.jsonl"
        local_s, local_peak, _ = run_child([sys.executable, str(Path(__file__).resolve()), "--local-engine", str(folder), str(local_out)],
                                           work / f"local-{n}.log")
        local = {r["article"]: r for r in map(json.loads, local_out.read_text(encoding="utf-8").splitlines())}
        print(f"  {n}: local engine {local_s:.0f} s, peak {gb(local_peak['total'])}", flush=True)
        spark_s, spark_peak, spark, stages = spark_cluster(folder, work / f"spark-{n}", work / f"spark-{n}.log")
        print(f"  {n}: spark {spark_s:.0f} s, peak {gb(spark_peak['total'])}, stages {stages}", flush=True)
        times[n] = (local_s, spark_s)
        common = sorted(set(local) & set(spark))
        between = ari({a: local[a]["story"] for a in common}, {a: spark[a]["story"] for a in common})
        ratio = spark_s / local_s
        for engine, seconds, peak, found in (("local engine", local_s, local_peak, local), ("Spark local[2]", spark_s, spark_peak, spark)):
            r = recall(found, planted)
            if engine == "local engine":
                memory = f"{gb(peak['total'])} (one process)"
                target = ""
            else:
                memory = f"{gb(peak['total'])}: driver Python {gb(peak['driver'])}, JVM {gb(peak['jvm'])}, Python workers {gb(peak['workers'])}"
                target = f"×{ratio:.2f} local's time" + (f" (≤ {TIME_TARGET}× at 100k: {met(ratio <= TIME_TARGET)})" if n >= 100_000 else "")
            rows.append([f"{total:,} ({n:,} + {len(planted):,} copies)", engine, f"{seconds:.0f}", f"{len(found) / seconds:.0f}", memory,
                         f"{r:.3f} ({met(r >= RECALL_TARGET)})", f"{between:.4f}", target])
        stage_line = ", ".join(f"{k} {v:.0f} s" for k, v in stages.items())
        rows.append([f"{total:,}", "Spark stages", "", "", "", "", "", stage_line])
    ordered = sorted(times)
    for a, b in zip(ordered, ordered[1:]):
        for i, engine in enumerate(("local engine", "Spark local[2]")):
            ratio = times[b][i] / times[a][i]
            nlogn = (b * (b.bit_length())) / (a * (a.bit_length()))
            rows.append([f"growth {a:,} → {b:,}", engine, f"×{ratio:.2f}", "", "", "", "", f"n log n would be ×{nlogn:.1f}"])
    return rows


# ---------------------------------------------------------------- main


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["agreement", "scale", "both"], default="both")
    parser.add_argument("--sizes", default="10000", help="scale sizes, comma-separated (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    parser.add_argument("--local-engine", nargs=2, metavar=("DIR", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.local_engine:
        folder, out = args.local_engine
        rows = local_engine([folder])
        Path(out).write_text("".join(json.dumps({"article": a, **r}) + "\n" for a, r in rows.items()), encoding="utf-8")
        return
    if not DATA.is_dir():
        print(f"skipped: no benchmark data in {DATA}")
        return
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("skipped: pyspark is not installed (pip install -e '.[spark]')")
        return
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        print("skipped: Java is not installed (Spark needs Java 17)")
        return
    started = time.perf_counter()
    with work_folder("spark", args.keep) as work:
        print(f"working in {work}; {dt.date.today()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}", flush=True)
        if args.part in ("agreement", "both"):
            rows = agreement(work)
            print_table("\n| set | engine | articles | stories | BCubed F1 | ARI vs gold | ARI between engines | seconds | notes |\n"
                        "|---|---|---:|---:|---:|---:|---:|---:|---|", rows)
            print(flush=True)
        if args.part in ("scale", "both"):
            rows = scale(work, sorted({int(s) for s in args.sizes.split(",") if s.strip()}), args.seed)
            print_table("\n| articles | engine | seconds | articles/s | peak memory | near-duplicate recall (≥ .98) | ARI between engines | notes |\n"
                        "|---|---|---:|---:|---|---:|---:|---|", rows)
    print(f"\nwhole run: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
