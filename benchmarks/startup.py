"""Start-up time of the command line, beside sqlite-utils on the same machine.

    python benchmarks/startup.py [--runs 15]

Runs each command as a new process (the way a user or a script does) and prints the
median and best wall-clock time: `factcheck --help`, `factcheck claims` on a small
database, `factcheck extract` (which does load the extractors), and `sqlite-utils --help`.
Target: `factcheck --help` and `factcheck claims` no slower than `sqlite-utils --help`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "belarus-prisoner-release.txt"


def tool(name: str) -> str:
    """The console script beside this Python (a venv's bin), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"startup.py: {name} is not installed (pip install -e . sqlite-utils)")
    return found


def timed(argv: list[str], runs: int, env: dict) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="runs of each command")
    args = ap.parse_args()
    factcheck, sqlite_utils = tool("factcheck"), tool("sqlite-utils")
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "startup.db")
        env = {**os.environ, "FACTCHECK_DB": db, "FACTCHECK_REVIEWER": "bench"}
        subprocess.run([factcheck, "ingest", str(FIXTURE)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        commands = {
            "sqlite-utils --help": [sqlite_utils, "--help"],
            "factcheck --help": [factcheck, "--help"],
            "factcheck claims": [factcheck, "claims"],
            "factcheck extract FIXTURE": [factcheck, "extract", str(FIXTURE)],
        }
        print(f"{'command':<28} {'median':>8} {'best':>8}  ({args.runs} runs each)")
        results = {}
        for label, argv in commands.items():
            times = timed(argv, args.runs, env)
            results[label] = statistics.median(times)
            print(f"{label:<28} {results[label] * 1000:>6.0f}ms {min(times) * 1000:>6.0f}ms")
    base = results["sqlite-utils --help"]
    for label in ("factcheck --help", "factcheck claims"):
        print(f"{label}: {results[label] / base:.2f}x sqlite-utils --help")


if __name__ == "__main__":
    main()
