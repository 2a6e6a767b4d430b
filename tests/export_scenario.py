"""A reviewed fixture for report tests: the Belarus article, two reviewers, fixed clock.

The claims are frozen in tests/golden/fixture-claims.json (written once from the
extractor) so that report goldens change when reports change, not when extraction
improves. `FACTCHECK_REGEN=1 pytest tests/test_export_golden.py` rewrites the goldens
(and the frozen claims if that file is missing).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from factcheck.review import verdicts as review
from factcheck.review import undo
from factcheck.models import ArticleMeta, Claim
from factcheck.store.facade import Store

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
FIXTURE = ROOT / "fixtures" / "belarus-prisoner-release.txt"
CLAIMS_FILE = GOLDEN / "fixture-claims.json"
ARTICLE_URL = "https://news.example/world/belarus-frees-52-prisoners"
GENERATED_AT = "2025-09-13T12:00:00.000Z"
SITE_URL = "https://factdesk.example/reports/belarus.html"
REGEN = os.environ.get("FACTCHECK_REGEN") == "1"


class Clock:
    """now() for the store and review modules: one minute later on every call."""

    def __init__(self, start: str = "2025-09-12T09:00:00"):
        self.t = dt.datetime.fromisoformat(start)

    def __call__(self) -> str:
        self.t += dt.timedelta(minutes=1)
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def use_clock(monkeypatch, clock: Clock | None = None) -> Clock:
    clock = clock or Clock()
    monkeypatch.setattr("factcheck.store.facade.now", clock)
    monkeypatch.setattr("factcheck.review.verdicts.now", clock)
    return clock


def frozen_claims(text: str) -> list[Claim]:
    if not CLAIMS_FILE.exists():
        from factcheck.review.ingest import extract
        CLAIMS_FILE.write_text(json.dumps([asdict(c) for c in extract(text, "2025-09-11")],
                                          ensure_ascii=False, indent=1) + "\n", "utf-8")
    return [Claim(**c) for c in json.loads(CLAIMS_FILE.read_text("utf-8"))]


def find(store: Store, text: str, nth: int = 0) -> int:
    """The id of the nth claim whose text starts with `text`."""
    hits = [c.id for c in store.iter_claims() if c.claim.text.startswith(text)]
    return hits[nth]


def ingest_fixture(store: Store, url: str | None = ARTICLE_URL, reviewer: str = "alice") -> int:
    text = FIXTURE.read_text("utf-8")
    meta = json.loads(FIXTURE.with_suffix(".meta.json").read_text("utf-8"))
    page = dict(byline="Staff and agencies", site_name="News Example",
                canonical_url=url, modified="2025-09-12") if url else {}
    article_id, _ = store.add_article(
        text, ArticleMeta(title=meta["title"], url=url, published=meta["published"], **page),
        frozen_claims(text), source_path="fixtures/belarus-prisoner-release.txt",
        reviewer=reviewer)
    return article_id


def review_fixture(store: Store) -> dict[str, int]:
    """The scripted review: verdicts, sources and notes by alice and bob, an override,
    an undo and an edited note. Returns the claim ids it touched, by name."""
    ids = {
        "range": find(store, "1,300 or 1,400 prisoners"),
        "percent": find(store, "only 4 percent"),
        "main_task": find(store, "“Our main task"),
        "fifty_two": find(store, "52 prisoners"),
        "year": find(store, "2021"),
        "nauseda": find(store, "“No man left behind"),
    }
    viasna = "https://spring96.org/en/news/political-prisoners"
    review.set_verdict(store, ids["range"], "disputed", "alice")
    review.add_source(store, ids["range"], viasna, "alice", title="Viasna: list of political "
                      "prisoners", excerpt="1,150 people are recognised as political prisoners")
    review.add_note(store, ids["range"], "Trump's figure is higher than any count by rights "
                    "groups.\nAsked the embassy for theirs.", "alice")
    review.set_verdict(store, ids["percent"], "verified", "bob")
    review.add_source(store, ids["percent"], viasna, "bob", title="Viasna count",
                      excerpt="52 of about 1,150")
    review.set_verdict(store, ids["main_task"], "unverifiable", "bob")
    review.add_note(store, ids["main_task"], "Only BelTA carried this; no recording.", "bob")
    review.set_verdict(store, ids["fifty_two"], "verified", "alice")
    review.add_source(store, ids["fifty_two"], "https://www.state.gov/releases/belarus",
                      "alice", title="US State Department statement")
    review.set_verdict(store, ids["fifty_two"], "disputed", "bob")  # bob overrides alice
    review.add_note(store, ids["fifty_two"], "Lithuania counted 52 at the border; the "
                    "statement says 52 'individuals'. Disputed until clarified.", "bob")
    review.set_verdict(store, ids["year"], "verified", "alice")
    undo.undo(store, "alice")  # alice takes the 2021 verdict back: pending again
    check = QuoteCheck(99.2, "punctuation", "No man left behind! 52 prisoners safely crossed")
    review.add_quote_check(store, ids["nauseda"], "file:///desk/nauseda-x-post.txt", check,
                           "alice")
    note = review.add_note(store, ids["nauseda"], "Posted on X, checked the account.", "alice")
    review.edit_note(store, note.id, "Posted on X at 14:05; checked the account.", "alice")
    review.set_verdict(store, ids["nauseda"], "verified", "alice")
    return ids


@dataclass(frozen=True)
class QuoteCheck:
    """What factcheck.verify.match returns, as far as review.add_quote_check reads it."""

    score: float
    classification: str
    excerpt: str


def build(store: Store, monkeypatch) -> dict[str, int]:
    use_clock(monkeypatch)
    ingest_fixture(store)
    return review_fixture(store)
