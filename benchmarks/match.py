"""Verification-aid speed: cross-article matches among 100,000 claims, quote alignment.

    python benchmarks/match.py [--claims 100000] [--db PATH]

Builds (or reuses) a database of synthetic articles whose quotes and figures recur across
articles, then prints the time to find one claim's matches (targets: < 100 ms) and to
align a 200-character quote against a 50 KB source (target: < 50 ms).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.verify import crossref  # noqa: E402
from factcheck.verify.match import align_quote  # noqa: E402
from factcheck.models import ArticleMeta, Claim  # noqa: E402
from factcheck.store.facade import Store  # noqa: E402

_SYLLABLES = "ba co de fi gu ha ke li mo nu pa re si to vu wa xe yo za bro cle dra fen gor".split()
_rng = random.Random(11)
# news text has a large vocabulary: 3,000 made-up words, drawn with a long tail
WORDS = ["".join(_rng.choice(_SYLLABLES) for _ in range(_rng.randint(2, 4))) for _ in range(3000)]
NAMES = ["Ana Ruiz", "Tom Ng", "Lena Holt", "Omar Haddad", "Ines Walcott", "Marta Quiney",
         "Ivan Petrov", "Ruth Abebe", "Kofi Mensah", "Priya Natarajan"]
UNITS = ["people", "homes", "jobs", "passengers", "beds", "schools", "workers", "votes"]


def build(path: Path, n_claims: int, per_article: int = 50) -> None:
    rng = random.Random(7)
    def word():
        return WORDS[min(int(rng.paretovariate(1.2)) - 1, len(WORDS) - 1)] if rng.random() < 0.5 else rng.choice(WORDS)

    quotes = [" ".join(word() for _ in range(12)) for _ in range(3000)]
    with Store.open(path) as store:
        for a in range(n_claims // per_article):
            parts, claims, pos = [], [], 0
            for i in range(per_article):
                if i % 2 == 0:
                    body = f'"{rng.choice(quotes).capitalize()}," {rng.choice(NAMES)} said.'
                    q_end = body.index(",") + 2
                    claims.append(Claim("quote", body[:q_end], pos, pos + q_end, sentence=body,
                                        speaker=body[q_end + 1:-6]))
                else:
                    value = rng.choice([52, 120, 300, 1400, 84000, rng.randint(1, 99999)])
                    unit = rng.choice(UNITS)
                    figure = f"{value:,} {unit}"
                    body = f"The {word()} {word()} report counted {figure} in the {word()} {word()} area."
                    at = body.index(figure)
                    claims.append(Claim("number", figure, pos + at, pos + at + len(figure),
                                        sentence=body, value=float(value), unit=unit))
                parts.append(body)
                pos += len(body) + 1
            store.add_article(" ".join(parts) + f" ({a})", ArticleMeta(title=f"Article {a}"), claims)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--db", help="reuse or create this database (default: a temp file)")
    args = ap.parse_args()
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "match-bench.db"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.claims)
        print(f"built {args.claims:,} claims in {time.perf_counter() - t0:.1f} s: {path}")
    with Store.open(path) as store:
        total = store.count_claims()
        rng = random.Random(1)
        ids = [rng.randint(1, total) for _ in range(40)]
        timings = {"quote": [], "number": []}
        hits = 0
        for cid in ids:
            kind = store.claim(cid).claim.kind
            t0 = time.perf_counter()
            found = crossref.matches(store, cid)
            timings[kind].append((time.perf_counter() - t0) * 1000)
            hits += len(found)
        print(f"claims in database: {total:,}")
        for kind, ms in timings.items():
            if ms:
                print(f"cross-article matches, {kind}: median {statistics.median(ms):.1f} ms, "
                      f"worst {max(ms):.1f} ms over {len(ms)} claims (target < 100 ms)")
        print(f"matches found: {hits} for {len(ids)} claims")

    rng = random.Random(3)
    source = " ".join(rng.choice(WORDS + ["the", "a", "of", "and"]) for _ in range(9000))[:50_000]
    at = 31_000
    quote = "“" + source[at:at + 200].split(" ", 1)[1].rsplit(" ", 1)[0] + ",”"
    runs = []
    for _ in range(10):
        t0 = time.perf_counter()
        m = align_quote(quote, source)
        runs.append((time.perf_counter() - t0) * 1000)
    print(f"align a {len(quote) - 3}-character quote in a {len(source) // 1000} KB source: "
          f"median {statistics.median(runs):.1f} ms, worst {max(runs):.1f} ms (target < 50 ms); "
          f"{m.classification}")


if __name__ == "__main__":
    main()
