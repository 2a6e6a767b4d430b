"""The SQLite store: opening (checks + migrations), one-transaction writes, and queries.

`Store` is the one door to the database: the CLI, the review actions, the TUI and the
exports call its methods and never see SQL. Its parts live beside it in store/: claim
reads and the review list (claims.py), lookups across articles (lookups.py), the row
mapping (rows.py), bulk reads for reports and raw writes for import (bulk.py), the
desk's tables (team.py), the schema (schema.py) and the connection (connection.py).
Every write goes through `Store.transaction()`, which starts with BEGIN IMMEDIATE so
that read-then-write sequences never fail on lock upgrade.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3

from sqlite_utils import Database

from factcheck.store import fts_backlog
from factcheck.store.pages import PAGE_FIELDS, article_select, page_html, save_page
from factcheck.errors import FactcheckError, NotFoundError
from factcheck.models import (
    CLAIM_KINDS,
    STATUSES,
    Article,
    ArticleMeta,
    Claim,
    Event,
    Note,
    Source,
    Verdict,
)
from factcheck.store.claims import LIST_ORDERS, ClaimQueries, list_key, marks, where_clause
from factcheck.store.connection import (
    BUSY_TIMEOUT_S,
    applied_migrations,
    open_database,
    transaction,
    translate,
)
from factcheck.store.lookups import CrossArticleQueries
from factcheck.store.rows import (
    CLAIM_INSERT,
    EVENT_COLUMNS,
    claim_values,
    event,
    to_json,
)

__all__ = ["LIST_ORDERS", "Store", "content_hash",
           "list_key", "now"]

def now() -> str:
    """UTC timestamp as stored everywhere: 2025-09-11T08:30:00.123Z (sortable text)."""
    stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


def content_hash(text: str) -> str:
    """Identity of an article: the same text is the same article, whatever its file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store(ClaimQueries, CrossArticleQueries):
    """One open factcheck database (one connection). Cheap to open.

    Give each concurrent writer (process or thread) its own Store; the connection may be
    handed to a worker thread (check_same_thread is off) as long as one thread uses it
    at a time. Claim reads live in claims.py, cross-article lookups in lookups.py; this
    file holds opening, articles, the row writes of review actions and the history.
    """

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, create: bool = True) -> Store:
        """Open (or create) a database and bring its schema up to date.

        Raises StoreError (not SQLite, read-only, missing with create=False) and
        SchemaTooNewError (written by a newer factcheck).
        """
        path = os.fspath(path)
        store = cls(open_database(path, create), path)
        try:
            if fts_backlog.pending(store):  # a process killed while indexing a huge article
                fts_backlog.index_pending(store)
        except BaseException:
            store.close()
            raise
        return store

    def applied_migrations(self) -> list[str]:
        return applied_migrations(self.db)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- transactions -------------------------------------------------------------------

    def transaction(self) -> contextlib.AbstractContextManager:
        """One write transaction (BEGIN IMMEDIATE); nested calls become savepoints.

        Compose several domain actions atomically with `with store.transaction(): ...`.
        """
        return transaction(self.db, self.path)

    def data_version(self) -> int:
        """Changes when another connection commits (poll it to refresh views)."""
        return self._query("PRAGMA data_version")[0][0]

    # --- articles -----------------------------------------------------------------------

    def article_id_for_text(self, text: str) -> int | None:
        """The id of an article with exactly this text, if already ingested."""
        rows = self._query("SELECT id FROM articles WHERE content_hash = ?", [content_hash(text)])
        return rows[0][0] if rows else None

    def add_article(self, text: str, meta: ArticleMeta, claims: list[Claim],
                    source_path: str | None = None,
                    reviewer: str | None = None) -> tuple[int, bool]:
        """Store an article, its claims, a pending verdict each and an "ingest" event.

        All in one transaction; idempotent by content hash: returns (id, created).
        """
        _validate_claims(text, claims)
        digest = content_hash(text)
        stamp = now()
        with self.transaction():
            existing = self.article_id_for_text(text)
            if existing is not None:
                return existing, False
            article_id = self._insert("articles", {
                "content_hash": digest, "title": meta.title, "url": meta.url,
                "published": meta.published, "ingested_at": stamp, "text": text,
                "chars": len(text), "source_path": source_path})
            save_page(self.conn, article_id, meta)
            deferred = len(claims) > fts_backlog.DEFER_OVER
            if deferred:
                fts_backlog.defer(self, article_id)
            try:
                self.conn.executemany(CLAIM_INSERT, ([article_id, position, *claim_values(c)]
                                                     for position, c in enumerate(claims)))
            except sqlite3.DatabaseError as e:
                raise translate(e, self.path) from None
            self._run("INSERT INTO verdicts (claim_id, status, reviewer, updated_at, version) "
                      "SELECT id, 'pending', NULL, ?, 1 FROM claims WHERE article_id = ?",
                      [stamp, article_id])
            self.append_event(
                "ingest", reviewer, article_id=article_id,
                after={"title": meta.title, "url": meta.url, "published": meta.published,
                       **{f: getattr(meta, f) for f in PAGE_FIELDS if getattr(meta, f)},
                       "chars": len(text), "content_hash": digest, "claims": len(claims),
                       "source_path": source_path},
                at=stamp,
            )
        if deferred:
            fts_backlog.index_pending(self)
        return article_id, True

    def articles(self) -> list[Article]:
        """Every article, oldest first, without its text."""
        rows = self._dicts(article_select() + " ORDER BY a.id")
        return [Article(**row) for row in rows]

    def article(self, article_id: int) -> Article:
        """One article with its text; NotFoundError if there is no such id."""
        rows = self._dicts(article_select(with_text=True) + " WHERE a.id = ?", [article_id])
        if not rows:
            raise NotFoundError(f"no article with id {article_id}")
        return Article(**rows[0])

    def page_html(self, article_id: int) -> str | None:
        """The raw HTML an article was extracted from, or None (it came from a text file)."""
        return page_html(self.conn, article_id)

    def progress(self) -> dict[int, dict[str, int]]:
        """Claim counts by status for every article: {article_id: {status: n}}."""
        out: dict[int, dict[str, int]] = {a.id: dict.fromkeys(STATUSES, 0)
                                          for a in self.articles()}
        for article_id, status, n in self._query(
                "SELECT c.article_id, v.status, count(*) FROM claims c "
                "JOIN verdicts v ON v.claim_id = c.id GROUP BY 1, 2"):
            out.setdefault(article_id, dict.fromkeys(STATUSES, 0))[status] = n
        return out

    # --- verdicts, sources, notes (row level; review.py adds the history events) --------

    def write_verdict(self, claim_id: int, status: str, reviewer: str | None,
                      expected_version: int) -> Verdict | None:
        """Set the verdict if its version is still `expected_version`; bump the version.

        Returns the new Verdict, or None when the version moved (caller raises the conflict).
        Call inside `transaction()`.
        """
        cursor = self._run(
            "UPDATE verdicts SET status = ?, reviewer = ?, updated_at = ?, version = version + 1"
            " WHERE claim_id = ? AND version = ?",
            [status, reviewer, now(), claim_id, expected_version])
        return self.verdict(claim_id) if cursor.rowcount == 1 else None

    def sources(self, claim_id: int) -> list[Source]:
        return [Source(**row) for row in self._of_claim("sources", claim_id)]

    def source(self, source_id: int) -> Source:
        return Source(**self._one("sources", "source", source_id))

    def insert_source(self, source: dict) -> Source:
        """Insert a source row (with `id` when restoring one that was removed)."""
        return self.source(self._insert("sources", source))

    def delete_source(self, source_id: int) -> None:
        self._run("DELETE FROM sources WHERE id = ?", [source_id])

    def notes(self, claim_id: int) -> list[Note]:
        return [Note(**row) for row in self._of_claim("notes", claim_id)]

    def note(self, note_id: int) -> Note:
        return Note(**self._one("notes", "note", note_id))

    def insert_note(self, note: dict) -> Note:
        return self.note(self._insert("notes", note))

    def update_note(self, note_id: int, body: str) -> Note:
        self._run("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?",
                  [body, now(), note_id])
        return self.note(note_id)

    def delete_note(self, note_id: int) -> None:
        self._run("DELETE FROM notes WHERE id = ?", [note_id])

    def _of_claim(self, table: str, claim_id: int) -> list[dict]:
        """A claim's rows of `table` (sources, notes) as dicts, oldest first."""
        return self._dicts(f"SELECT * FROM {table} WHERE claim_id = ? ORDER BY id", [claim_id])

    def _one(self, table: str, what: str, row_id: int) -> dict:
        """The row with this id as a dict; NotFoundError naming `what` if there is none."""
        rows = self._dicts(f"SELECT * FROM {table} WHERE id = ?", [row_id])
        if not rows:
            raise NotFoundError(f"no {what} with id {row_id}")
        return rows[0]

    def _insert(self, table: str, row: dict) -> int:
        """INSERT one row given as {column: value}; its id."""
        columns = list(row)
        return self._run(f"INSERT INTO {table} ({', '.join(columns)}) "
                         f"VALUES ({marks(columns)})", [row[c] for c in columns]).lastrowid

    # --- history ------------------------------------------------------------------------

    def append_event(self, action: str, reviewer: str | None, *, claim_id: int | None = None,
                     article_id: int | None = None, before: dict | None = None,
                     after: dict | None = None, ref: int | None = None,
                     at: str | None = None) -> int:
        """Append one history entry (call inside the transaction of the change it records)."""
        return self._insert("events", {
            "at": at or now(), "reviewer": reviewer, "claim_id": claim_id,
            "article_id": article_id, "action": action, "before": to_json(before),
            "after": to_json(after), "ref": ref})

    def history(self, claim_id: int | None = None, reviewer: str | None = None,
                article_id: int | None = None, after_id: int = 0,
                limit: int | None = None) -> list[Event]:
        """History entries, oldest first, optionally for one claim / reviewer / article."""
        where, params = ["id > ?"], [after_id]
        for column, value in (("claim_id", claim_id), ("reviewer", reviewer),
                              ("article_id", article_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        sql = f"SELECT {EVENT_COLUMNS} FROM events" + where_clause(where) + " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [event(row) for row in self._query(sql, params)]

    def event(self, event_id: int) -> Event:
        rows = self.history(after_id=event_id - 1, limit=1)
        if not rows or rows[0].id != event_id:
            raise NotFoundError(f"no history entry with id {event_id}")
        return rows[0]

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another writer (the TUI waits briefly, then retries)."""
        self._run(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def another_connection(self) -> Store:
        """A second connection to this (already checked and migrated) database, e.g. for a
        worker thread: cheaper than `Store.open`, which checks the path and the schema."""
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as e:
            raise translate(e, self.path) from None
        return Store(Database(conn, execute_plugins=False), self.path)


# --- helpers ----------------------------------------------------------------------------


def _validate_claims(text: str, claims: list[Claim]) -> None:
    """Keep the invariant every view relies on: `claim.text == text[start:end]`."""
    for n, c in enumerate(claims):
        if c.kind not in CLAIM_KINDS:
            raise FactcheckError(f"extractor returned claim {n} with unknown kind {c.kind!r}")
        if not (0 <= c.start <= c.end <= len(text)) or text[c.start:c.end] != c.text:
            raise FactcheckError(f"extractor returned claim {n} whose text {c.text!r} is not the "
                             f"article's text at {c.start}:{c.end}")
