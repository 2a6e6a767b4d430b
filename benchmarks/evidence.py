"""Evidence library at scale: 10,000 documents (~50 MB of text) and 100,000 claims.

    python benchmarks/evidence.py [--documents 10000] [--claims 100000] [--samples 300]

Writes synthetic documents (transcripts as .txt, statistics tables as .csv, a few
ClaimReview feeds) to a temporary folder, adds them with the same code as `factcheck
sources add`, then times suggestions for random claims. Targets: indexing < 60 s,
one claim's suggestions < 100 ms at the 95th percentile, memory flat in the number of
documents (resident memory after each quarter of the documents is printed).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.models import ArticleMeta, Claim  # noqa: E402
from factcheck.review.documents import finish_adding, store_documents  # noqa: E402
from factcheck.text.documents import read_document  # noqa: E402
from factcheck.store.facade import Store  # noqa: E402
from factcheck.verify.evidence import suggest_for  # noqa: E402

_SYLLABLES = "ba co de fi gu ha ke li mo nu pa re si to vu wa xe yo za bro cle dra fen gor".split()
_rng = random.Random(11)
WORDS = ["".join(_rng.choice(_SYLLABLES) for _ in range(_rng.randint(2, 4))) for _ in range(3000)]
UNITS = ["people", "homes", "jobs", "passengers", "beds", "schools", "workers", "votes"]
DOC_BYTES = 5000  # 10,000 documents ≈ 50 MB
BATCH = 200  # documents per transaction, as the CLI stores them


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 1e6


class Corpus:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.quotes = [" ".join(self.word() for _ in range(14)) for _ in range(3000)]

    def word(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return WORDS[min(int(rng.paretovariate(1.2)) - 1, len(WORDS) - 1)]
        return rng.choice(WORDS)

    def sentence(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return f'"{rng.choice(self.quotes).capitalize()}," the {self.word()} said.'
        if roll < 0.6:
            value = rng.choice([52, 120, 300, 1400, 84000, rng.randint(1, 99999)])
            return (f"The {self.word()} {self.word()} report counted {value:,} "
                    f"{rng.choice(UNITS)} in the {self.word()} area.")
        return " ".join(self.word() for _ in range(rng.randint(8, 20))).capitalize() + "."

    def text_document(self) -> str:
        out, size = [], 0
        while size < DOC_BYTES:
            paragraph = " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))
            out.append(paragraph)
            size += len(paragraph) + 2
        return "\n\n".join(out)

    def csv_document(self) -> str:
        rows, size = ["area,measure,count"], 0
        while size < DOC_BYTES:
            row = f"{self.word()} {self.word()},{self.rng.choice(UNITS)},\"{self.rng.randint(1, 99999):,}\""
            rows.append(row)
            size += len(row) + 1
        return "\n".join(rows)

    def review_feed(self) -> str:
        return json.dumps([{"@type": "ClaimReview", "claimReviewed": self.sentence(),
                            "reviewRating": {"alternateName": self.rng.choice(["True", "False"])},
                            "author": {"name": "Bench Desk"}} for _ in range(25)])


def write_documents(folder: Path, n: int) -> list[Path]:
    corpus = Corpus()
    paths = []
    for i in range(n):
        if i % 100 == 99:
            path, body = folder / f"reviews-{i}.json", corpus.review_feed()
        elif i % 5 == 4:
            path, body = folder / f"table-{i}.csv", corpus.csv_document()
        else:
            path, body = folder / f"doc-{i}.txt", corpus.text_document()
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def add_claims(store: Store, n_claims: int, per_article: int = 50) -> None:
    corpus = Corpus(seed=3)
    rng = corpus.rng
    for a in range(max(1, n_claims // per_article)):
        parts, claims, pos = [], [], 0
        for i in range(per_article):
            if i % 2 == 0:
                body = f'"{rng.choice(corpus.quotes).capitalize()}," an official said.'
                q_end = body.index(",") + 2
                claims.append(Claim("quote", body[:q_end], pos, pos + q_end, sentence=body))
            else:
                value = rng.choice([52, 120, 300, 1400, 84000, rng.randint(1, 99999)])
                unit = rng.choice(UNITS)
                figure = f"{value:,} {unit}"
                body = f"The {corpus.word()} report counted {figure} in the {corpus.word()} area."
                at = body.index(figure)
                claims.append(Claim("number", figure, pos + at, pos + at + len(figure),
                                    sentence=body, value=float(value), unit=unit))
            parts.append(body)
            pos += len(body) + 1
        store.add_article(" ".join(parts), ArticleMeta(title=f"Article {a}"), claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--db", metavar="PATH",
                        help="Keep the database here; reuse it if it exists (times lookups only).")
    args = parser.parse_args()
    if args.db and Path(args.db).exists():
        with Store.open(args.db) as store:
            time_lookups(store, args.samples)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        started = time.perf_counter()
        paths = write_documents(folder, args.documents)
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        print(f"wrote {len(paths):,} documents, {megabytes:.1f} MB, "
              f"in {time.perf_counter() - started:.1f} s")
        with Store.open(args.db or Path(tmp) / "bench.db") as store:
            started, cpu_started = time.perf_counter(), time.process_time()
            quarter = max(1, len(paths) // 4)
            batch = []
            for i, path in enumerate(paths, start=1):
                batch.append(read_document(path))
                if len(batch) == BATCH:  # as `factcheck sources add` does
                    store_documents(store, batch, "bench", count_words=False)
                    batch = []
                if i % quarter == 0:
                    print(f"  {i:,} documents indexed, {time.perf_counter() - started:.1f} s, "
                          f"resident memory {rss_mb():.0f} MB")
            store_documents(store, batch, "bench", count_words=False)
            finish_adding(store)
            indexing = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            print(f"indexing: {indexing:.1f} s ({cpu:.1f} s of CPU) for {megabytes:.1f} MB "
                  "(target < 60 s)")
            started = time.perf_counter()
            add_claims(store, args.claims)
            print(f"stored {args.claims:,} claims in {time.perf_counter() - started:.1f} s")
            time_lookups(store, args.samples)


def time_lookups(store: Store, samples: int) -> None:
    total = store.count_claims()
    rng = random.Random(5)
    ids = [rng.randint(1, total) for _ in range(samples)]
    times, found = [], 0
    for cid in ids:
        sc = store.claim(cid)
        t = time.perf_counter()
        found += bool(suggest_for(store, sc))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"suggestions for one claim: median {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms (target p95 < 100 ms); "
          f"{found} of {len(ids)} claims had suggestions")
    print(f"resident memory at the end: {rss_mb():.0f} MB")

if __name__ == "__main__":
    main()
