"""Many reviewers on one database: 8 processes writing 500 verdicts each.

    python benchmarks/concurrency.py [--processes 8] [--verdicts 500]

Each process is a reviewer setting verdicts on the same claims as the others (WAL, a
busy timeout, one short BEGIN IMMEDIATE transaction per verdict). Prints verdicts per
second, the worst wait for one verdict, any error, and checks that the history holds
exactly processes × verdicts verdict events.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.models import ArticleMeta, Claim  # noqa: E402
from factcheck.store.facade import Store  # noqa: E402

WRITER = """
import json, sys, time
sys.path.insert(0, sys.argv[5])
from factcheck.review import verdicts as review
from factcheck.store.facade import Store
db, name, first, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
statuses = ("verified", "disputed", "unverifiable")
waits, errors = [], []
with Store.open(db) as store:
    for i in range(n):
        t0 = time.perf_counter()
        try:
            review.set_verdict(store, first + i, statuses[(i + int(name[1:])) % 3], name)
        except Exception as e:
            errors.append(f"{type(e).__name__}: {e}")
        waits.append(time.perf_counter() - t0)
print(json.dumps({"max_wait": max(waits), "errors": errors}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--processes", type=int, default=8)
    ap.add_argument("--verdicts", type=int, default=500)
    args = ap.parse_args()
    db = Path(tempfile.mkdtemp()) / "desk.db"
    n = args.verdicts
    text = " ".join(f"Item {i:05d} counted {i + 1} boxes." for i in range(n))
    claims = []
    for i in range(n):
        figure = f"{i + 1} boxes"
        at = text.index(f"Item {i:05d}") + len(f"Item {i:05d} counted ")
        claims.append(Claim("number", figure, at, at + len(figure), value=float(i + 1), unit="boxes"))
    with Store.open(db) as store:
        store.add_article(text, ArticleMeta(title="Boxes"), claims)
        first = min(sc.id for sc in store.iter_claims())
        before = len(store.history())
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), f"r{k}", str(first), str(n), str(ROOT)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k in range(args.processes)]
    results = []
    for p in procs:
        out, err = p.communicate()
        results.append(json.loads(out) if p.returncode == 0 else {"max_wait": 0, "errors": [err.strip()[-300:]]})
    elapsed = time.perf_counter() - t0
    with Store.open(db) as store:
        events = [e for e in store.history(after_id=0) if e.action == "verdict"]
        total_events = len(store.history()) - before
        integrity = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    written = args.processes * n
    errors = [e for r in results for e in r["errors"]]
    print(f"{args.processes} reviewer processes × {n} verdicts = {written} verdicts in {elapsed:.2f} s")
    print(f"throughput: {written / elapsed:.0f} verdicts/s")
    print(f"worst wait for one verdict: {max(r['max_wait'] for r in results) * 1000:.0f} ms")
    print(f"history: {len(events)} verdict events, {total_events} new events (expected {written}); "
          f"integrity_check: {integrity}")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    locked = [e for e in errors if "locked" in e]
    if len(events) != written or errors or integrity != "ok":
        print("FAILED: " + ("'database is locked' surfaced" if locked else "lost or failed writes"))
        sys.exit(1)


if __name__ == "__main__":
    main()
