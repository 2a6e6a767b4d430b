"""Import benchmark: `factcheck import` of a 100,000-claim JSON export, time and peak memory.

    .venv/bin/python benchmarks/importing.py [--claims 100000] [--articles 100] [--keep DIR]

Builds the export benchmark's database (benchmarks/export.py), exports it as JSON, then
imports the file into a fresh database and again into the one that holds it already
(everything matches), each in a fresh process, and prints wall time and peak RSS. For
comparison it also prints the peak RSS of only loading the same file with `json.load`,
which is what import did before it streamed. The target: memory that does not grow
with the file (the whole-file load took 476 MB at 100,000 claims).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def one(db: str, path: str) -> dict:
    from factcheck.export.importer import merge, read_export
    from factcheck.store.facade import Store

    start = time.perf_counter()
    checked = read_export(path)
    with Store.open(db) as store:
        result = merge(store, checked, "bench")
    return {"seconds": time.perf_counter() - start,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "claims_added": result.added["claims"], "claims_matched": result.matched["claims"]}


def whole(path: str) -> dict:
    start = time.perf_counter()
    with open(path, encoding="utf-8") as fh:
        json.load(fh)
    return {"seconds": time.perf_counter() - start,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--keep", help="directory for the databases and the export")
    parser.add_argument("--one", nargs=2, metavar=("DB", "FILE"), help=argparse.SUPPRESS)
    parser.add_argument("--whole", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(*args.one)))
        return 0
    if args.whole:
        print(json.dumps(whole(args.whole)))
        return 0
    import export as export_bench
    from factcheck.export import export_to_path
    from factcheck.store.facade import Store

    work = Path(args.keep or tempfile.mkdtemp(prefix="factcheck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    source, target, out = work / "source.db", work / "imported.db", work / "export.json"
    for db in (source, target):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    export_bench.build(source, args.claims, args.articles)
    with Store.open(source, create=False) as store:
        export_to_path(store, "json", out)
    print(f"{args.claims:,} claims in {args.articles} articles: export "
          f"{out.stat().st_size / 2**20:.0f} MB")
    loaded = run("--whole", str(out))
    print(f"{'json.load of the file (before)':<34} {loaded['seconds']:>6.1f}s "
          f"{loaded['rss_mb']:>6.0f} MB RSS")
    for label in ("import into a fresh database", "import again (all matched)"):
        r = run("--one", str(target), str(out))
        print(f"{label:<34} {r['seconds']:>6.1f}s {r['rss_mb']:>6.0f} MB RSS "
              f"({r['claims_added']:,} added, {r['claims_matched']:,} matched)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
