"""The ingest pipeline: file → (text, meta) → claims → store, shared by the CLI and the TUI.

Extraction runs before the write transaction (it can be slow), and is skipped for text
that is already stored, so re-ingesting a folder is cheap.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.errors import ArticleError
from factcheck.models import ArticleMeta, Claim
from factcheck.store.facade import Store
from factcheck.text.files import read_article


MAX_HEADLINE_CHARS = 150  # a longer first line is body text, not a headline


@dataclass(frozen=True)
class Outcome:
    """What ingesting one article did: its id, whether it is new, how many claims."""

    article_id: int
    created: bool
    claims: int


def load(path: str | Path, encoding: str | None = None, published: str | None = None,
         title: str | None = None, url: str | None = None) -> tuple[str, ArticleMeta]:
    """Read an article; command-line values win over metadata found with the file."""
    text, meta = read_article(path, encoding)
    return text, replace(meta, title=title or meta.title or default_title(text, path),
                         url=url or meta.url, published=published or meta.published)


def default_title(text: str, path: str | Path) -> str:
    """A title for an article that declares none: its first line when that reads like a
    headline (short, no full stop), else its file name (never the whole path)."""
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= MAX_HEADLINE_CHARS and first[-1] not in ".!?:;,\"”’":
        return " ".join(first.split())
    return Path(path).name


def extract(text: str, published: str | None) -> list[Claim]:
    """Claims of `text`, relative dates resolved against `published` (ISO) when known."""
    from factcheck.extract import extract_claims  # imported late: it loads dateparser

    date = dt.date.fromisoformat(published) if published else None
    try:
        return extract_claims(text, published=date)
    except Exception as e:  # an extractor bug must not stop a whole folder
        raise ArticleError(f"claim extraction failed ({type(e).__name__}: {e})") from e


def ingest_text(store: Store, text: str, meta: ArticleMeta, source_path: str | None = None,
                reviewer: str | None = None) -> Outcome:
    """Store one article with its claims (one transaction); idempotent by content."""
    existing = store.article_id_for_text(text)
    if existing is not None:
        return Outcome(existing, False, store.count_claims(article_id=existing))
    claims = extract(text, meta.published)
    article_id, created = store.add_article(text, meta, claims, source_path=source_path,
                                            reviewer=reviewer)
    return Outcome(article_id, created, len(claims) if created
                   else store.count_claims(article_id=article_id))


def ingest_file(store: Store, path: str | Path, reviewer: str | None = None, **options
                ) -> Outcome:
    """`load` then `ingest_text`; ArticleError (with the path) if the file is unusable."""
    text, meta = load(path, **options)
    try:
        return ingest_text(store, text, meta, source_path=str(path), reviewer=reviewer)
    except ArticleError as e:
        raise ArticleError(e.message, str(path)) from e
