"""What every report format reads: the selection, articles with their summary, and claims
with their sources and notes, streamed a page at a time in the order a reader wants.

Formats only turn these into text; none of them builds SQL (see factcheck/store/bulk.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from factcheck.store import bulk
from factcheck.errors import InvalidInputError, NotFoundError
from factcheck.models import (DECIDED, STATUSES, Article, Event, Note, Review, Source,
                              StoredClaim)
from factcheck.store.facade import Store

# Reports list the claims a reader must act on first.
STATUS_ORDER = ("disputed", "unverifiable", "verified", "pending")

PAGE_SIZE = 500


@dataclass(frozen=True)
class Selection:
    """Which articles and verdicts a report covers, and the time it is stamped with."""

    article_ids: tuple[int, ...]
    statuses: tuple[str, ...] | None  # None: every status
    generated_at: str
    all_articles: bool = True

    def wants(self, status: str) -> bool:
        return self.statuses is None or status in self.statuses


def select(store: Store, article_ids: Sequence[int] | None, statuses: Sequence[str] | None,
           generated_at: str) -> Selection:
    """Check ids and statuses before anything is written (NotFoundError, InvalidInputError)."""
    if article_ids:
        wanted = list(dict.fromkeys(int(i) for i in article_ids))
        missing = [i for i in wanted if i not in bulk.existing_article_ids(store, wanted)]
        if missing:
            raise NotFoundError(f"no article with id {missing[0]}")
    else:
        wanted = bulk.article_ids(store)
    if statuses:
        unknown = [s for s in statuses if s not in STATUSES]
        if unknown:
            raise InvalidInputError(f"unknown status {unknown[0]!r} "
                                    f"(use one of: {', '.join(STATUSES)})")
        statuses = tuple(s for s in STATUS_ORDER if s in statuses)
    return Selection(tuple(wanted), tuple(statuses) if statuses else None, generated_at,
                     all_articles=not article_ids)


@dataclass(frozen=True)
class ArticleReport:
    """One article with what its report header shows."""

    article: Article
    counts: dict[str, int]
    reviewers: list[str]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def decided(self) -> int:
        return self.total - self.counts["pending"]

    def shown(self, selection: Selection) -> int:
        return sum(n for s, n in self.counts.items() if selection.wants(s))


def articles(store: Store, selection: Selection, with_text: bool = True
             ) -> Iterator[ArticleReport]:
    """The selected articles one at a time (at most one article's text in memory)."""
    headers = None if with_text else {a.id: a for a in store.articles()}
    for article_id in selection.article_ids:
        counts = store.status_counts(article_id)
        article = store.article(article_id) if headers is None else headers[article_id]
        yield ArticleReport(article, counts, bulk.reviewers(store, article_id))


@dataclass(frozen=True)
class ClaimRecord:
    """A claim with everything attached to it; `history` only when asked for."""

    stored: StoredClaim
    sources: list[Source]
    notes: list[Note]
    history: list[Event] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)  # with the history

    @property
    def claim(self):
        return self.stored.claim

    @property
    def verdict(self):
        return self.stored.verdict


def records(store: Store, article_id: int, statuses: Sequence[str] | None = None,
            history: bool = False, page_size: int = PAGE_SIZE) -> Iterator[ClaimRecord]:
    """Claims of one article in text order, each with its sources and notes."""
    for page in bulk.claim_pages(store, article_id, statuses, page_size):
        ids = [c.id for c in page]
        sources = bulk.sources_for(store, ids)
        notes = bulk.notes_for(store, ids)
        events = bulk.events_for(store, ids) if history else {}
        stances = bulk.reviews_for(store, ids) if history else {}
        for c in page:
            yield ClaimRecord(c, sources.get(c.id, []), notes.get(c.id, []),
                              events.get(c.id, []), stances.get(c.id, []))


def records_by_verdict(store: Store, article_id: int, selection: Selection
                       ) -> Iterator[ClaimRecord]:
    """Claims of one article, disputed first (STATUS_ORDER), text order within a verdict."""
    for status in STATUS_ORDER:
        if selection.wants(status):
            yield from records(store, article_id, [status])


def anchor(article: Article, c: StoredClaim) -> str:
    """A fragment id that survives export and import (no database ids in it)."""
    return span_anchor(article, c.claim.start, c.claim.end, c.claim.kind)


def span_anchor(article: Article, start: int, end: int, kind: str) -> str:
    return f"claim-{article.content_hash[:10]}-{start}-{end}-{kind}"


def when(stamp: str | None) -> str:
    """2025-09-12T09:03:00.000Z → 2025-09-12 09:03 UTC (stored times are UTC)."""
    if not stamp:
        return ""
    return stamp[:16].replace("T", " ") + (" UTC" if "T" in stamp else "")


def is_web_url(url: str | None) -> bool:
    """Only http(s) addresses with a host become links; anything else stays text."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def quote_check(source: Source) -> str | None:
    """"quote check: altered, score 72.5" for a source saved by check-quote, else None
    (the class is left out when the source's title already says it). Evidence attached
    from the library reads "evidence: figure: conflict, row 2"."""
    if not source.match_class:
        return None
    if source.document_id is not None or source.position:
        parts = [source.match_class] + ([source.position] if source.position else [])
        return "evidence: " + ", ".join(parts)
    parts = [] if source.match_class.lower() in (source.title or "").lower() \
        else [source.match_class]
    if source.match_score is not None:
        parts.append(f"score {source.match_score:g}")
    return "quote check: " + ", ".join(parts) if parts else "quote check"


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def counts_line(counts: dict[str, int]) -> str:
    return " · ".join(f"{counts[s]} {s}" for s in STATUS_ORDER)
