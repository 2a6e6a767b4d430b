"""Extraction speed and memory: the fixture article repeated to about 5 MB.

    python benchmarks/extract.py [--mb 5]
    python benchmarks/extract.py --articles ../shared/eval/polnear-train [--limit 200]

Prints MB/s on one core (the text is processed as one document, so every cache and
index is exercised at full size) and the peak memory that extraction allocated.
With --articles, a mix of real articles instead (each *.txt, its published date from the
*.gold.json or *.meta.json beside it), one document each, in this process, after a warm-up
pass: a pass with the cache of name shapes emptied first (every name met anew, as when one
article is extracted by one command) and the best of the timed passes (names cached, as in
a long-running import).
Target: >= 2 MB/s.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.extract import extract_claims  # noqa: E402
from factcheck.extract.names import run_shapes  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "belarus-prisoner-release.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the repeated text in MB")
    ap.add_argument("--runs", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument("--articles", type=Path, help="a folder of real articles (*.txt) to measure instead")
    ap.add_argument("--limit", type=int, default=200, help="with --articles: the first N articles by name")
    args = ap.parse_args()
    if args.articles:
        articles_speed(args.articles, args.limit, args.runs)
        return
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


def _published(txt: Path) -> str | None:
    for meta in (txt.with_suffix(".gold.json"), txt.with_suffix(".meta.json")):
        if meta.exists():
            return json.loads(meta.read_text(encoding="utf-8")).get("published")
    return None


def articles_speed(folder: Path, limit: int, runs: int) -> None:
    paths = sorted(folder.glob("*.txt"))[:limit]
    docs = [(p.read_text(encoding="utf-8"), _published(p)) for p in paths]
    size_mb = sum(len(text.encode("utf-8")) for text, _ in docs) / 1e6
    def one_pass() -> float:
        t0 = time.process_time()
        for text, published in docs:
            extract_claims(text, published=published)
        return time.process_time() - t0

    one_pass()  # warm up: imports, dateparser's tables
    run_shapes.cache_clear()
    cold = one_pass()
    best = min(one_pass() for _ in range(runs))
    print(f"articles: {len(docs)} from {folder} ({size_mb:.2f} MB)")
    print(f"names not cached: {cold:.2f} s CPU, {size_mb / cold:.2f} MB/s")
    print(f"speed: {size_mb / best:.2f} MB/s (best of {runs} passes; target >= 2 MB/s)")


if __name__ == "__main__":
    main()
