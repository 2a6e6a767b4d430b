"""Every report format on the reviewed fixture, compared with a file a person has read.

Rewrite the goldens after an intended change with
    FACTCHECK_REGEN=1 .venv/bin/python -m pytest tests/test_export_golden.py
and read the diff before committing it.
"""

from __future__ import annotations

import io

import pytest

from export_scenario import GENERATED_AT, GOLDEN, REGEN, SITE_URL, build
from factcheck.export import FORMATS, write_report

OPTIONS = {"claimreview": {"site_url": SITE_URL, "org_name": "Example Fact Desk",
                           "org_url": "https://factdesk.example/"}}
GOLDENS = {"md": "fixture.md", "html": "fixture.html", "json": "fixture.json",
           "csv": "fixture.csv", "claimreview": "fixture.claimreview.json"}


@pytest.fixture
def reviewed(store, monkeypatch):
    build(store, monkeypatch)
    return store


def render(store, fmt: str, **kwargs) -> str:
    out = io.StringIO(newline="")
    write_report(store, fmt, out, generated_at=GENERATED_AT, **OPTIONS.get(fmt, {}), **kwargs)
    return out.getvalue()


def test_every_format_has_a_golden():
    assert set(GOLDENS) == set(FORMATS)


@pytest.mark.parametrize("fmt", list(GOLDENS))
def test_report_matches_golden(reviewed, fmt):
    got = render(reviewed, fmt)
    path = GOLDEN / GOLDENS[fmt]
    if REGEN:
        path.write_text(got, encoding="utf-8", newline="")
    assert path.exists(), f"{path} is missing: a golden is written only on request (FACTCHECK_REGEN=1)"
    with open(path, encoding="utf-8", newline="") as fh:
        want = fh.read()
    assert got == want, (
        f"{fmt} report differs from {path}; if intended, rerun with FACTCHECK_REGEN=1")


def test_markdown_lists_disputed_first_with_who_and_when(reviewed):
    md = render(reviewed, "md")
    headings = [line for line in md.splitlines() if line.startswith("#### ")]
    statuses = [h.split(" · ")[1] for h in headings]
    order = ["DISPUTED", "UNVERIFIABLE", "VERIFIED", "PENDING"]
    assert statuses == sorted(statuses, key=order.index)
    assert "- **Reviewers:** alice, bob" in md
    assert "- **Progress:** 5 of 42 claims decided (12%)" in md
    assert "- **Verdict:** disputed by bob, 2025-09-12 09:11 UTC" in md


def test_status_filter_keeps_only_those_claims(reviewed):
    md = render(reviewed, "md", statuses=["disputed", "unverifiable"])
    statuses = {h.split(" · ")[1] for h in md.splitlines() if h.startswith("#### ")}
    assert statuses == {"DISPUTED", "UNVERIFIABLE"}
    rows = render(reviewed, "csv", statuses=["verified"]).splitlines()[1:]
    assert len(rows) == 2 and all(",verified," in r for r in rows)


def test_html_highlights_every_claim_and_links_it_to_its_entry(reviewed):
    html = render(reviewed, "html")
    assert html.count('<span class="hl ') == 42
    assert html.count('<article class="claim ') == 42
    for anchor in set(__import__("re").findall(r'href="#(claim-[^"]+)"', html)):
        assert f'id="{anchor}"' in html and f'id="t-{anchor}"' in html
    assert "<script" not in html and "http://" not in html.split("<body>")[0]
    assert html.count("<svg") == 1  # one article: one chart


def test_html_with_several_articles_has_a_chart_each_and_an_overview(reviewed):
    from factcheck.models import ArticleMeta
    from conftest import SAMPLE_TEXT, sample_claims
    reviewed.add_article(SAMPLE_TEXT, ArticleMeta(title="Sample"), sample_claims())
    html = render(reviewed, "html")
    assert '<table class="overview">' in html
    assert html.count('class="chart"') == 2 and html.count('class="stack"') == 2
