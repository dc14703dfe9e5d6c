"""Fuzzing for minutes: the properties of `tests/test_fuzz.py` (random bytes, records and encodings through
the readers, the cleaner, the CLI and the brief; never a traceback, every input accounted for), each run
with many random examples instead of the tests' few derandomised ones.

    .venv/bin/python benchmarks/fuzz.py [--examples 2000]

Prints one row per property: examples, seconds, and passed or the failing example pytest reports.
Needs no data; exits non-zero when a property fails.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests" / "test_fuzz.py"


def properties() -> list[str]:
    return re.findall(r"^def (test_\w+)", TESTS.read_text(encoding="utf-8"), flags=re.M)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="random examples per property (the brief gets a fifth)")
    args = parser.parse_args()
    env = {**os.environ, "NEWSWEAVE_FUZZ_EXAMPLES": str(args.examples)}
    rows, failed = [], 0
    for name in properties():
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"{TESTS}::{name}"],
                             cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        examples = args.examples // 5 if "brief" in name else args.examples
        outcome = "passed" if run.returncode == 0 else "FAILED: " + " ".join(
            line.strip() for line in run.stdout.splitlines() if line.strip().startswith(("E ", "Falsifying")))[:300]
        failed += run.returncode != 0
        rows.append((name.removeprefix("test_"), examples, seconds, outcome))
    print("| property | examples | seconds | result |\n|---|---|---|---|")
    for name, examples, seconds, outcome in rows:
        print(f"| {name} | {examples} | {seconds:.0f} | {outcome} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
