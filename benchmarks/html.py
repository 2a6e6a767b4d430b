"""Body extraction from web pages: factcheck's stored text beside trafilatura's defaults.

    python benchmarks/html.py [-v] [--pages DIR]

Scores each page in DIR (default tests/pages: original pages in common newsroom layouts,
NAME.html with its hand-made body text NAME.txt) with the shingle F1 of the
article-extraction benchmark: 4-word shingles of lower-cased words, precision and recall
per page, each averaged over the pages, F1 from the two averages. Also counts pages
refused, and publication dates found against tests/pages/expected.json.

Measured (trafilatura 2.3.1, 11 pages): factcheck F1 0.979 (P 0.976, R 0.982), 0 refused,
dates 11/11; trafilatura defaults F1 0.931 (P 0.886, R 0.982). Option grid on the first 10
pages: favor_precision 0.977, favor_recall 0.969, include_tables off 0.976 — within noise,
so trafilatura's defaults stay except include_comments (off); deduplicate=True blanks
later pages (its cache spans documents) and stays off.

Real pages: point --pages at a folder of saved pages nobody here wrote, each NAME.html
beside its body text NAME.txt (and expected.json with {"NAME": {"published": DATE}} to
check dates). Not committed: such pages belong to their publishers. Run on the eleven
English news pages among newspaper4k 0.9.6's test fixtures (its sdist's tests/data/html with
tests/data/txt as body text; the dates its metadata gives): factcheck F1 0.976 (P 0.958,
R 0.996), trafilatura defaults 0.976 (P 0.956, R 0.996), 0 refused, dates 10/10 where that
metadata has one; the eleventh page states its date only under the headline, below a
header box with the day it was saved, which factcheck now reads (before: the saved day).
"""

from __future__ import annotations

import sys
from pathlib import Path

# run as a script, this folder comes first on sys.path and this file would hide the
# standard library's `html` module from trafilatura: put the project root there instead
ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402

from factcheck.errors import ArticleError  # noqa: E402
from factcheck.text.files import read_article  # noqa: E402

PAGES = ROOT / "tests" / "pages"
SHINGLE = 4
_WORD = re.compile(r"\w+")


def shingles(text: str) -> Counter:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)))


def precision_recall(predicted: str, expected: str) -> tuple[float, float]:
    got, want = shingles(predicted), shingles(expected)
    overlap = sum((got & want).values())
    return (overlap / sum(got.values()) if got else 0.0,
            overlap / sum(want.values()) if want else 0.0)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def factcheck_text(path: Path) -> tuple[str, str | None]:
    text, meta = read_article(path)
    return text, meta.published


def trafilatura_text(path: Path) -> tuple[str, str | None]:
    import trafilatura

    return trafilatura.extract(path.read_text(encoding="utf-8")) or "", None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=PAGES, help="folder of NAME.html + NAME.txt")
    ap.add_argument("-v", "--verbose", action="store_true", help="scores of every page")
    args = ap.parse_args()
    pages = sorted(args.pages.glob("*.html"))
    expected_path = args.pages / "expected.json"
    expected = json.loads(expected_path.read_text()) if expected_path.exists() else {}
    systems = {"factcheck": factcheck_text, "trafilatura defaults": trafilatura_text}
    for name, extract in systems.items():
        ps, rs, refused, dated, seconds = [], [], [], 0, 0.0
        for page in pages:
            gold = page.with_suffix(".txt").read_text(encoding="utf-8")
            t0 = time.perf_counter()
            try:
                text, published = extract(page)
            except ArticleError as e:
                text, published = "", None
                refused.append(f"{page.name}: {e.message}")
            seconds += time.perf_counter() - t0
            p, r = precision_recall(text, gold)
            ps.append(p)
            rs.append(r)
            want = expected.get(page.stem, {}).get("published")
            dated += bool(want) and published == want
            if args.verbose:
                print(f"  {name:22} {page.stem:16} P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f}"
                      + (f"  date {published} (want {want})" if name == "factcheck" else ""))
        p, r = sum(ps) / len(ps), sum(rs) / len(rs)
        with_dates = sum(1 for v in expected.values() if v.get("published"))
        dates = f", dates {dated}/{with_dates}" if name == "factcheck" else ""
        print(f"{name:22} F1 {f1(p, r):.3f} (P {p:.3f}, R {r:.3f}) on {len(pages)} pages, "
              f"{len(refused)} refused{dates}, {1000 * seconds / len(pages):.0f} ms/page")
        for line in refused:
            print(f"  refused {line}")


if __name__ == "__main__":
    main()
