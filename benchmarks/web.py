"""The web app under load: how fast `newsweave serve` answers with the Multi-News validation pages stored.

    .venv/bin/python benchmarks/web.py                 # 20 clients, 30 s per page
    .venv/bin/python benchmarks/web.py --clients 5 --seconds 10

What it does (../shared/data, skipped cleanly when absent):

1. reads and cleans the 690 Multi-News validation pages (250 clusters) with `cluster.load("multinews")`, the
   cluster benchmark's loader and cache, and ingests them into a store in a temporary folder (one
   `Corpus.ingest`, timed);
2. makes the brief of one story (the next closest to 10 articles after those of step 4) in this process, so
   it is cached in the store, as a story read before would be;
3. starts `newsweave serve` on a free port of 127.0.0.1 in its own process (its brief worker a second
   process, warmed at start), and waits for it;
4. asks for the story page of the 3 stories closest to 10 articles, whose briefs are not made yet, each time from the first request to the page with the brief (the page says "being computed" and
   the client asks `/api/stories/ID/status` every 50 ms, as the page's script does, more eagerly);
5. for each of the story list (`/`) and the cached story page: 20 clients (httpx, asyncio), each asking
   again as soon as answered, for 30 s; every answer but 200 is an error. p50 and p95 are of every request.

Targets (issue 17): p95 <= 150 ms for cached pages, <= 2 s for a story page whose brief must first be made
(10 articles), zero errors. The machine has 2 cores: the server, its brief worker and the 20 clients share
them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA

REPO = Path(__file__).resolve().parents[1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    server = subprocess.Popen([sys.executable, "-m", "newsweave", "serve", "--db", str(db), "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    import httpx

    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stories?q=__none__", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"the server did not start: {server.stderr.read().decode()[-2000:]}")


def fresh_brief(base: str, sid: str) -> float:
    """Seconds from asking for a story page whose brief is not made to having the page with the brief."""
    import httpx

    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=60) as client:
        first = client.get(f"/stories/{sid}")
        if first.status_code == 202:
            while True:
                status = client.get(f"/api/stories/{sid}/status").json()
                if status["error"]:
                    raise SystemExit(f"{sid}: {status['error']}")
                if status["ready"]:
                    break
                time.sleep(0.05)
            page = client.get(f"/stories/{sid}")
        else:
            page = first
        assert page.status_code == 200 and "What happened" in page.text, page.status_code
    return time.perf_counter() - started


async def load(base: str, path: str, clients: int, seconds: float) -> tuple[list[float], int]:
    """(latencies, errors) of `clients` clients asking for `path` again and again for `seconds`."""
    import httpx

    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        async def one() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    answer = await client.get(path)
                    ok = answer.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - started)
                errors += not ok

        await asyncio.gather(*(one() for _ in range(clients)))
    return latencies, errors


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--fresh", type=int, default=3, help="stories whose brief is made on request")
    args = parser.parse_args(argv)
    if not (DATA / "multinews_val" / "input").is_dir():
        print(f"skipped: benchmark data {DATA / 'multinews_val'} is not there (it lives outside the repository; see docs/benchmarks.md)")
        return
    import cluster

    from newsweave.corpus import Corpus

    corpus_data = cluster.load("multinews")
    folder = Path(tempfile.mkdtemp(prefix="newsweave-web-bench-"))
    db = folder / "news.db"
    corpus = Corpus(db)
    started = time.perf_counter()
    report = corpus.ingest(corpus_data.articles, skip_bad=True)
    ingest_seconds = time.perf_counter() - started
    stories = corpus.stories()
    by_size = sorted(stories, key=lambda s: (abs(s["articles"] - 10), -s["articles"], s["story"]))
    fresh = by_size[:args.fresh]
    cached_story = by_size[args.fresh]
    started = time.perf_counter()
    corpus.brief(cached_story["story"])
    first_brief = time.perf_counter() - started
    corpus.store.close()
    print(f"stored {report.new} articles ({len(corpus_data.articles)} read) in {len(stories)} stories in {ingest_seconds:.1f} s; "
          f"cached the brief of {cached_story['story']} ({cached_story['articles']} articles) in {first_brief:.1f} s")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port)
    try:
        time.sleep(15)  # the brief worker starts and loads what a brief needs (it briefs the bundled example)
        fresh_times = [(s["story"], s["articles"], fresh_brief(base, s["story"])) for s in fresh]
        rows = []
        for label, path in ((f"story list ({len(stories)} stories, 100 a page)", "/"), (f"cached story page ({cached_story['articles']} articles)",
                                                                 f"/stories/{cached_story['story']}")):
            latencies, errors = asyncio.run(load(base, path, args.clients, args.seconds))
            rows.append((label, len(latencies), len(latencies) / args.seconds, percentile(latencies, 50), percentile(latencies, 95),
                         max(latencies), errors))
    finally:
        server.terminate()
        server.wait(10)

    print(f"\n{args.clients} clients, {args.seconds:.0f} s per page, {platform.node()} ({os.cpu_count()} cores), "
          f"{time.strftime('%Y-%m-%d')}; target p95 <= 150 ms, 0 errors\n")
    print("| page | requests | per s | p50 ms | p95 ms | max ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, n, rate, p50, p95, worst, errors in rows:
        print(f"| {label} | {n} | {rate:.0f} | {p50 * 1000:.0f} | {p95 * 1000:.0f} | {worst * 1000:.0f} | {errors} |")
    print("\nA story page whose brief is made on request (first request to the page with the brief; target <= 2 s):\n")
    print("| story | articles | seconds |")
    print("|---|---:|---:|")
    for sid, n, seconds in fresh_times:
        print(f"| {sid} | {n} | {seconds:.2f} |")
    print(f"\nmedian {statistics.median(t for _, _, t in fresh_times):.2f} s, worst {max(t for _, _, t in fresh_times):.2f} s")


if __name__ == "__main__":
    main()
