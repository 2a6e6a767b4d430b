"""Extraction speed and memory: the fixture article repeated to about 5 MB.

    python benchmarks/extract.py [--mb 5]

Prints MB/s on one core (the text is processed as one document, so every cache and
index is exercised at full size) and the peak memory that extraction allocated.
Target: >= 2 MB/s.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.extract import extract_claims  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "belarus-prisoner-release.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the repeated text in MB")
    ap.add_argument("--runs", type=int, default=3, help="timed runs; the best is reported")
    args = ap.parse_args()
    article = FIXTURE.read_text(encoding="utf-8")
    copies = max(1, int(args.mb * 1e6 / len(article.encode("utf-8"))))
    text = "\n\n".join([article] * copies)
    size_mb = len(text.encode("utf-8")) / 1e6
    extract_claims(article, published="2025-09-11")  # warm up: imports, dateparser's tables

    best = float("inf")
    claims = []
    for _ in range(args.runs):
        t0 = time.process_time()  # CPU time of this process: one core, unaffected by other load
        claims = extract_claims(text, published="2025-09-11")
        best = min(best, time.process_time() - t0)

    tracemalloc.start()
    extract_claims(text, published="2025-09-11")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    per_article = len(claims) / copies
    print(f"text: {size_mb:.2f} MB ({copies} copies of the fixture)")
    print(f"claims: {len(claims)} ({per_article:.0f} per copy)")
    print(f"CPU time: {best:.2f} s (best of {args.runs})")
    print(f"speed: {size_mb / best:.2f} MB/s (target >= 2 MB/s)")
    print(f"peak memory allocated by extraction: {peak / 1e6:.0f} MB")
    print(f"max RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")


if __name__ == "__main__":
    main()
