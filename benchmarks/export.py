"""Export benchmark: 100,000 claims in every format, with time and peak memory.

    .venv/bin/python benchmarks/export.py [--claims 100000] [--articles 100] [--keep DIR]

Builds a database with bulk inserts (articles of generated sentences, 40% of claims
decided by two reviewers with history, sources on 10%, notes on 10%), then exports it
in each format in a fresh process and prints wall time (best of two), peak Python heap
(tracemalloc, from a third, traced run) and peak RSS. The target is under 5 s per format, with memory
that does not grow with the database.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.export import FORMATS, export_to_path  # noqa: E402
from factcheck.store.facade import Store, content_hash  # noqa: E402

REVIEWERS = ("alice", "bob")
DECIDED = ("verified", "disputed", "unverifiable")
SITE = "https://desk.example/report.html"


def build(path: Path, claims: int, articles: int, seed: int = 5) -> None:
    """Fill a fresh database by bulk insert (no extraction: the claims are generated)."""
    rng = random.Random(seed)
    per_article = claims // articles
    store = Store.open(path)
    conn = store.conn
    stamp = "2025-09-12T09:00:00.000Z"
    with store.transaction():
        for a in range(articles):
            parts, spans, pos = [], [], 0
            for n in range(per_article):
                if n % 5 == 0:
                    quote = f"“We counted {n} ballots in ward {a},”"
                    sentence = f"{quote} said Jane Roe of the Election Agency. "
                    spans.append(("quote", quote, pos, sentence, "Election Agency"))
                else:
                    number = f"{n * 7 + a} people"
                    sentence = f"Officials said {number} attended the meeting on day {n}. "
                    spans.append(("number", number, pos + sentence.index(number), sentence, None))
                parts.append(sentence)
                pos += len(sentence)
            text = "".join(parts)
            article_id = conn.execute(
                "INSERT INTO articles (content_hash, title, url, published, ingested_at, text, "
                "chars) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [content_hash(text), f"Generated article {a}", f"https://news.example/{a}",
                 "2025-09-11", stamp, text, len(text)]).lastrowid
            conn.executemany(
                'INSERT INTO claims (article_id, position, kind, text, start, "end", sentence, '
                "speaker, value, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(article_id, i, kind, t, s, s + len(t), sentence, speaker,
                  None if kind == "quote" else float(t.split()[0]),
                  None if kind == "quote" else "people")
                 for i, (kind, t, s, sentence, speaker) in enumerate(spans)])
        conn.execute("INSERT INTO verdicts (claim_id, status, updated_at, version) "
                     "SELECT id, 'pending', ?, 1 FROM claims", [stamp])
        ids = [r[0] for r in conn.execute("SELECT id FROM claims")]
        decided = rng.sample(ids, int(len(ids) * 0.4))
        verdicts, events = [], []
        for cid in decided:
            status, who = rng.choice(DECIDED), rng.choice(REVIEWERS)
            verdicts.append((status, who, cid))
            events.append((stamp, who, cid, "verdict",
                           json.dumps({"status": "pending", "reviewer": None,
                                       "updated_at": stamp, "version": 1}),
                           json.dumps({"status": status, "reviewer": who, "updated_at": stamp,
                                       "version": 2})))
        conn.executemany("UPDATE verdicts SET status = ?, reviewer = ?, version = 2 "
                         "WHERE claim_id = ?", verdicts)
        conn.executemany("INSERT INTO events (at, reviewer, claim_id, action, before, after) "
                         "VALUES (?, ?, ?, ?, ?, ?)", events)
        conn.executemany(
            "INSERT INTO sources (claim_id, url, title, excerpt, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(cid, f"https://evidence.example/{cid}", "Official tally", "the count was",
              "alice", stamp) for cid in decided[: len(ids) // 10]])
        conn.executemany(
            "INSERT INTO notes (claim_id, body, author, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(cid, "Checked against the ward's published tally.\nSecond line.", "bob",
              stamp, stamp) for cid in decided[-(len(ids) // 10):]])
    store.close()


def one(db: str, fmt: str, out: str) -> dict:
    """Export twice untraced (best time, RSS; the best of two filters out a busy machine)
    and once under tracemalloc (peak heap)."""
    options = {"site_url": SITE} if fmt == "claimreview" else {}
    with Store.open(db, create=False) as store:
        times = []
        for _ in range(2):
            start = time.perf_counter()
            export_to_path(store, fmt, out, **options)
            times.append(time.perf_counter() - start)
        seconds = min(times)
        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        export_to_path(store, fmt, out, **options)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {"format": fmt, "seconds": seconds, "peak_heap_mb": peak / 2**20,
            "peak_rss_mb": rss_kb / 1024, "output_mb": os.path.getsize(out) / 2**20}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--keep", help="directory for the database and outputs")
    parser.add_argument("--one", nargs=3, metavar=("DB", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(*args.one)))
        return 0
    work = Path(args.keep or tempfile.mkdtemp(prefix="factcheck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    build(db, args.claims, args.articles)
    print(f"built {args.claims:,} claims in {args.articles} articles in "
          f"{time.perf_counter() - start:.1f} s; database {db.stat().st_size / 2**20:.1f} MB")
    print(f"{'format':<12} {'time':>7} {'heap peak':>10} {'RSS peak':>9} {'output':>9}")
    worst = 0.0
    for fmt, spec in FORMATS.items():
        out = work / f"report-{fmt}{spec.suffix}"
        done = subprocess.run([sys.executable, __file__, "--one", str(db), fmt, str(out)],
                              capture_output=True, text=True, check=True)
        r = json.loads(done.stdout)
        worst = max(worst, r["seconds"])
        print(f"{fmt:<12} {r['seconds']:>6.2f}s {r['peak_heap_mb']:>8.1f}MB "
              f"{r['peak_rss_mb']:>7.0f}MB {r['output_mb']:>7.1f}MB")
    print(f"slowest: {worst:.2f} s ({'under' if worst < 5 else 'OVER'} the 5 s target)")
    return 0 if worst < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
