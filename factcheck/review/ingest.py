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
from factcheck.text.files import MAX_ARTICLE_BYTES, read_article
from factcheck.text.page import EARLIEST_YEAR


MAX_HEADLINE_CHARS = 150  # a longer first line is body text, not a headline


@dataclass(frozen=True)
class Outcome:
    """What ingesting one article did: its id, whether it is new, how many claims."""

    article_id: int
    created: bool
    claims: int


def load(path: str | Path, encoding: str | None = None, published: str | None = None,
         title: str | None = None, url: str | None = None,
         max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[str, ArticleMeta]:
    """Read an article; command-line values win over metadata found with the file."""
    text, meta = read_article(path, encoding, max_bytes)
    meta = override(meta, published, title, url)
    return text, replace(meta, title=meta.title or default_title(text, path))


def load_url(url: str, published: str | None = None, title: str | None = None,
             timeout: float | None = None, max_bytes: int = MAX_ARTICLE_BYTES
             ) -> tuple[str, ArticleMeta]:
    """Fetch a page and extract its article; ArticleError naming the URL on any failure.

    The article's url is where the page ended up after redirects; the raw HTML is kept
    in `meta.html` so that the article can be extracted again without fetching.
    """
    from factcheck.text.fetch import DEFAULT_TIMEOUT_S, fetch
    from factcheck.text.files import page_article

    page = fetch(url, timeout or DEFAULT_TIMEOUT_S, max_bytes)
    text, fields = page_article(page.html, page.requested_url, page.final_url)
    meta = ArticleMeta(**{**fields, "url": page.final_url})
    return text, override(meta, published, title)


def load_any(source: str | Path, encoding: str | None = None, published: str | None = None,
             title: str | None = None, url: str | None = None, timeout: float | None = None,
             max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[str, ArticleMeta]:
    """`load_url` for an http(s) URL, `load` for a file."""
    from factcheck.text.fetch import is_url

    if is_url(str(source)):
        return load_url(str(source), published, title, timeout, max_bytes)
    return load(source, encoding, published, title, url, max_bytes)


def override(meta: ArticleMeta, published: str | None = None, title: str | None = None,
             url: str | None = None) -> ArticleMeta:
    """Values given on the command line win over what the file or page says."""
    return replace(meta, title=title or meta.title, url=url or meta.url,
                   published=published or meta.published)


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
    if date is not None and date.year < EARLIEST_YEAR:  # a placeholder such as 0001-01-01:
        date = None  # nothing resolves against it (and date arithmetic would overflow)
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
    """`load_any` then `ingest_text`; ArticleError (with the path or URL) if unusable."""
    text, meta = load_any(path, **options)
    try:
        return ingest_text(store, text, meta, source_path=str(path), reviewer=reviewer)
    except ArticleError as e:
        raise ArticleError(e.message, str(path)) from e
