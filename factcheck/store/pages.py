"""The web page behind an article: its metadata and raw HTML (table `pages`, step 0008).

Called by the Store inside its write transactions; the columns are also read back with
every article (`article_select` joins them).
"""

from __future__ import annotations

import sqlite3

from factcheck.models import ArticleMeta

PAGE_FIELDS = ("byline", "site_name", "canonical_url", "modified")
ARTICLE_FIELDS = ("id", "content_hash", "title", "url", "published", "ingested_at", "chars",
                  "source_path")


def article_select(with_text: bool = False) -> str:
    """SELECT of Article rows: the article's columns and its page's (NULL without one)."""
    columns = [f"a.{f}" for f in ARTICLE_FIELDS] + [f"p.{f}" for f in PAGE_FIELDS]
    if with_text:
        columns.append("a.text")
    return ("SELECT " + ", ".join(columns)
            + " FROM articles a LEFT JOIN pages p ON p.article_id = a.id")


def has_page(meta: ArticleMeta) -> bool:
    return meta.html is not None or any(getattr(meta, f) for f in PAGE_FIELDS)


def save_page(conn: sqlite3.Connection, article_id: int, meta: ArticleMeta) -> None:
    """Insert or replace the page row of an article (call inside a transaction)."""
    if not has_page(meta):
        return
    conn.execute(
        "INSERT OR REPLACE INTO pages (article_id, byline, site_name, canonical_url, modified,"
        " html) VALUES (?, ?, ?, ?, ?, ?)",
        [article_id, *(getattr(meta, f) for f in PAGE_FIELDS), meta.html])


def page_html(conn: sqlite3.Connection, article_id: int) -> str | None:
    """The raw HTML the article was extracted from, or None (a text file)."""
    row = conn.execute("SELECT html FROM pages WHERE article_id = ?", [article_id]).fetchone()
    return row[0] if row else None
