"""Extraction and storing time for one article that is a single long line of figures.

    python benchmarks/long_line.py [--sizes 50000,100000,200000,400000]

A line of "123,456, 789,012, …" with no full stop is the worst case for sentence-based
extraction: every figure is a claim, and each claim keeps its sentence. Prints, per size,
the claims found, seconds to extract, seconds to store (all of it), the longest single
write transaction (the most another writer waits: an article over 5,000 claims is made
searchable in batches after it is stored, see store/fts_backlog.py), and seconds per
100 KB. Target: seconds per 100 KB roughly constant (linear time) and the longest write
transaction well under the 10 s busy timeout at every size.

Measured on a quiet machine: 882 KB → 99,192 claims, extract 2.4 s, store 5.0 s, longest
transaction 2.3 s (before the backlog, 8500f65: one 14.5 s transaction, past the 10 s busy
timeout). With four other jobs on the 2 cores: longest 5.7 s.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import tempfile
import time
from pathlib import Path

from factcheck.extract import extract_claims
from factcheck.models import ArticleMeta
from factcheck.store.facade import Store


def figures_line(chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < chars:
        part = f"{rng.randint(1, 999)},{rng.randint(100, 999)}"
        parts.append(part)
        size += len(part) + 2
    return ", ".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,100000,200000,400000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    print(f"{'chars':>8} {'claims':>7} {'extract s':>9} {'store s':>8} {'longest':>8} "
          f"{'s/100KB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n, chars in enumerate(sizes):
            text = figures_line(chars)
            start = time.perf_counter()
            claims = extract_claims(text, "2025-01-01")
            extracted = time.perf_counter()
            with Store.open(Path(tmp) / f"{n}.db") as store:
                held = _timed_transactions(store)
                store.add_article(text, ArticleMeta(title="figures"), claims)
            stored = time.perf_counter()
            total = stored - start
            print(f"{len(text):>8} {len(claims):>7} {extracted - start:>9.2f} "
                  f"{stored - extracted:>8.2f} {max(held):>8.2f} "
                  f"{total / len(text) * 100_000:>8.2f}")


def _timed_transactions(store: Store) -> list[float]:
    """Seconds each outermost write transaction of `store` holds the lock, as they run."""
    held: list[float] = []
    begin = store.transaction

    @contextlib.contextmanager
    def timed():
        outermost = not store.conn.in_transaction
        started = time.perf_counter()
        with begin():
            yield
        if outermost:
            held.append(time.perf_counter() - started)

    store.transaction = timed
    return held


if __name__ == "__main__":
    main()
