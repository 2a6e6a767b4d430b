"""Memory while ingesting a folder: peak RSS for N and for 4×N web pages should be about equal.

    python benchmarks/ingest_memory.py [--n 200]

Builds folders of distinct HTML articles (the pages of tests/pages, each copy numbered so
its text differs), runs `factcheck ingest FOLDER` on each in a fresh process and prints
the peak resident memory of each run. Target: the larger folder within ~10% of the smaller.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"


def build(folder: Path, n: int) -> None:
    pages = sorted(PAGES.glob("*.html"))
    folder.mkdir()
    for i in range(n):
        page = pages[i % len(pages)].read_text(encoding="utf-8")
        numbered = page.replace("<p>", f"<p>Update {i}: ", 1)  # distinct text: no dedupe
        (folder / f"page-{i:05d}.html").write_text(numbered, encoding="utf-8")


def peak_rss_mb(folder: Path, db: Path) -> tuple[float, float]:
    code = ("import resource, sys; from factcheck.cli import main\n"
            "try:\n    main(['--db', sys.argv[2], 'ingest', sys.argv[1]])\n"
            "except SystemExit:\n    pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, str(folder), str(db)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="pages in the smaller folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in (args.n, 4 * args.n):
            folder = Path(tmp) / f"pages-{n}"
            build(folder, n)
            rss, seconds = peak_rss_mb(folder, Path(tmp) / f"{n}.db")
            print(f"{n:6} pages: peak RSS {rss:6.1f} MB, {seconds:5.1f} s "
                  f"({1000 * seconds / n:.0f} ms/page)")


if __name__ == "__main__":
    main()
