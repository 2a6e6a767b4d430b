"""Body text and dates of the original newsroom pages in tests/pages (see benchmarks/html.py).

Each page hides its story among teasers, related links, embeds, cookie walls, comments, a
tweet inside a quote or JSON-LD with junk dates; NAME.txt is the body a person marked.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.text.files import read_article

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text())
BENCH = ROOT / "benchmarks" / "html.py"


def _scores(text: str, gold: str) -> tuple[float, float]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("html_benchmark", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.precision_recall(text, gold)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_body_and_publication_date(name):
    text, meta = read_article(PAGES / f"{name}.html")
    precision, recall = _scores(text, (PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    assert precision >= 0.85 and recall >= 0.8, (precision, recall, text)
    assert meta.published == EXPECTED[name]["published"]


def test_no_comments_teasers_or_consent_text_become_article_text():
    bodies = {name: read_article(PAGES / f"{name}.html")[0] for name in EXPECTED}
    assert "totally agree" not in bodies["comments"] and "Leave a reply" not in bodies["comments"]
    assert "bakery" not in bodies["teasers"] and "Most read" not in bodies["teasers"]
    assert "842 partners" not in bodies["cookie-banner"]
    assert "Related articles" not in bodies["related-links"]
    assert "Classifieds" not in bodies["old-cms"]  # a layout table is not a data table
    # paragraphs stay apart even when the page only had <br><br> between them
    gold = (PAGES / "old-cms.txt").read_text(encoding="utf-8").strip().split("\n\n")
    assert bodies["old-cms"].split("\n\n")[-4:] == gold


def test_the_benchmark_prints_both_scores_in_one_run():
    out = subprocess.run([sys.executable, str(BENCH)], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.splitlines()
    assert [line.split(" F1 ")[0].strip() for line in out] == ["factcheck",
                                                                 "trafilatura defaults"]
    ours, theirs = (float(line.split(" F1 ")[1].split()[0]) for line in out)
    assert ours >= theirs


@pytest.mark.parametrize("name, modified", [
    ("cookie-banner", "2024-04-12"),  # article:modified_time in the head
    ("related-links", "2023-11-09"),  # dateModified of the NewsArticle
    ("header-date-box", None),  # only the site header's "today": the page was not updated
    ("teasers", None),
])
def test_the_last_change_is_the_one_the_page_states(name, modified):
    assert read_article(PAGES / f"{name}.html")[1].modified == modified
