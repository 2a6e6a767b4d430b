"""The SQLite store: opening (checks + migrations), one-transaction writes, and queries.

Everything that touches SQL lives here; the CLI, the review actions, the TUI and the
exports call these methods. Every write goes through `Store.transaction()`, which starts
with BEGIN IMMEDIATE so that read-then-write sequences never fail on lock upgrade.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Collection, Iterable, Iterator

from sqlite_utils import Database

from factcheck.store.connection import (
    BUSY_TIMEOUT_S,
    applied_migrations,
    open_database,
    transaction,
    translate,
)
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
    StoredClaim,
    Verdict,
)

CLAIM_COLUMNS = (
    "kind", "text", "start", "end", "sentence", "speaker", "speaker_role", "partial",
    "mention", "value", "value_max", "unit", "qualifier", "date", "checkworthiness",
    "speaker_kind",
)
CLAIM_SELECT = (
    "SELECT c.id, c.article_id, c.position, "
    + ", ".join(f'c."{col}"' for col in CLAIM_COLUMNS)
    + ", v.status, v.reviewer, v.updated_at, v.version "
    "FROM claims c JOIN verdicts v ON v.claim_id = c.id"
)
_ARTICLE_COLUMNS = "id, content_hash, title, url, published, ingested_at, chars, source_path"


def now() -> str:
    """UTC timestamp as stored everywhere: 2025-09-11T08:30:00.123Z (sortable text)."""
    stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


def content_hash(text: str) -> str:
    """Identity of an article: the same text is the same article, whatever its file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """One open factcheck database (one connection). Cheap to open.

    Give each concurrent writer (process or thread) its own Store; the connection may be
    handed to a worker thread (check_same_thread is off) as long as one thread uses it
    at a time.
    """

    def __init__(self, db: Database, path: str):
        self.db = db
        self.conn = db.conn
        self.path = path

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, create: bool = True) -> Store:
        """Open (or create) a database and bring its schema up to date.

        Raises StoreError (not SQLite, read-only, missing with create=False) and
        SchemaTooNewError (written by a newer factcheck).
        """
        path = os.fspath(path)
        return cls(open_database(path, create), path)

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
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _rows(self, sql: str, params: Iterable = ()) -> list[dict]:
        try:
            return list(self.db.query(sql, params))
        except sqlite3.DatabaseError as e:  # locked, corrupt, disk errors: one line for people
            raise translate(e, self.path) from None

    # --- articles -----------------------------------------------------------------------

    def article_id_for_text(self, text: str) -> int | None:
        """The id of an article with exactly this text, if already ingested."""
        rows = self._rows("SELECT id FROM articles WHERE content_hash = ?", [content_hash(text)])
        return rows[0]["id"] if rows else None

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
            existing = self.conn.execute(
                "SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
            if existing:
                return existing[0], False
            article_id = self.conn.execute(
                "INSERT INTO articles (content_hash, title, url, published, ingested_at, text,"
                " chars, source_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [digest, meta.title, meta.url, meta.published, stamp, text, len(text),
                 source_path],
            ).lastrowid
            columns = ", ".join(f'"{col}"' for col in CLAIM_COLUMNS)
            marks = ", ".join("?" for _ in CLAIM_COLUMNS)
            self.conn.executemany(
                f"INSERT INTO claims (article_id, position, {columns}) VALUES (?, ?, {marks})",
                ([article_id, position, *(_claim_values(c))] for position, c in
                 enumerate(claims)),
            )
            self.conn.execute(
                "INSERT INTO verdicts (claim_id, status, reviewer, updated_at, version) "
                "SELECT id, 'pending', NULL, ?, 1 FROM claims WHERE article_id = ?",
                [stamp, article_id],
            )
            self.append_event(
                "ingest", reviewer, article_id=article_id,
                after={"title": meta.title, "url": meta.url, "published": meta.published,
                       "chars": len(text), "content_hash": digest, "claims": len(claims),
                       "source_path": source_path},
                at=stamp,
            )
        return article_id, True

    def articles(self) -> list[Article]:
        """Every article, oldest first, without its text."""
        rows = self._rows(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id")
        return [Article(**row) for row in rows]

    def article(self, article_id: int) -> Article:
        """One article with its text; NotFoundError if there is no such id."""
        rows = self._rows(f"SELECT {_ARTICLE_COLUMNS}, text FROM articles WHERE id = ?",
                          [article_id])
        if not rows:
            raise NotFoundError(f"no article with id {article_id}")
        return Article(**rows[0])

    def progress(self) -> dict[int, dict[str, int]]:
        """Claim counts by status for every article: {article_id: {status: n}}."""
        out: dict[int, dict[str, int]] = {a.id: dict.fromkeys(STATUSES, 0)
                                          for a in self.articles()}
        for row in self._rows("SELECT c.article_id, v.status, count(*) AS n FROM claims c "
                              "JOIN verdicts v ON v.claim_id = c.id GROUP BY 1, 2"):
            out.setdefault(row["article_id"], dict.fromkeys(STATUSES, 0))[row["status"]] = row["n"]
        return out

    # --- claims -------------------------------------------------------------------------

    def claims(self, article_id: int | None = None, kind: str | None = None,
               status: str | None = None, after: tuple[int, int, int] | None = None,
               limit: int | None = None) -> list[StoredClaim]:
        """Claims in list order (article, start, id); page with `after=last.key`."""
        # "+v.status": filter while walking claims in list order instead of sorting every
        # claim of that status for each page.
        where, params = _claim_filters(article_id, kind, status, status_column="+v.status")
        if after is not None:
            where.append("(c.article_id, c.start, c.id) > (?, ?, ?)")
            params.extend(after)
        sql = CLAIM_SELECT + _where(where) + " ORDER BY c.article_id, c.start, c.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_stored_claim(row) for row in self._rows(sql, params)]

    def iter_claims(self, article_id: int | None = None, kind: str | None = None,
                    status: str | None = None, page_size: int = 1000) -> Iterator[StoredClaim]:
        """Every matching claim, fetched page by page (constant memory for exports)."""
        after = None
        while True:
            page = self.claims(article_id, kind, status, after=after, limit=page_size)
            yield from page
            if len(page) < page_size:
                return
            after = page[-1].key

    def count_claims(self, article_id: int | None = None, kind: str | None = None,
                     status: str | None = None) -> int:
        where, params = _claim_filters(article_id, kind, status)
        sql = "SELECT count(*) AS n FROM claims c JOIN verdicts v ON v.claim_id = c.id"
        return self._rows(sql + _where(where), params)[0]["n"]

    def claim(self, claim_id: int) -> StoredClaim:
        rows = self._rows(CLAIM_SELECT + " WHERE c.id = ?", [claim_id])
        if not rows:
            raise NotFoundError(f"no claim with id {claim_id}")
        return _stored_claim(rows[0])

    def claims_by_id(self, ids: Iterable[int]) -> list[StoredClaim]:
        """The claims with these ids, in list order (article, start, id); unknown ids are
        left out. For lists of ids (review queues)."""
        ids = list(dict.fromkeys(int(i) for i in ids))
        out: list[StoredClaim] = []
        for at in range(0, len(ids), 500):
            chunk = ids[at:at + 500]
            out += [_stored_claim(row) for row in self._rows(
                CLAIM_SELECT + f" WHERE c.id IN ({', '.join('?' for _ in chunk)})", chunk)]
        return sorted(out, key=lambda sc: sc.key)

    def verdict(self, claim_id: int) -> Verdict:
        return self.claim(claim_id).verdict

    def search(self, query: str, limit: int = 100, prefix: bool = False) -> list[StoredClaim]:
        """Full-text search over claim text, sentence and speaker, best match first.

        The query is taken as plain words (FTS operators and stray quotes are escaped), so
        user input can never be a syntax error. `prefix=True` also matches word starts.
        """
        fts = self.db.quote_fts(query.strip())
        if not fts:
            return []
        if prefix:
            fts += "*"
        sql = (CLAIM_SELECT + " JOIN claims_fts ON claims_fts.rowid = c.id "
               "WHERE claims_fts MATCH ? ORDER BY claims_fts.rank, c.id LIMIT ?")
        return [_stored_claim(row) for row in self._rows(sql, [fts, int(limit)])]

    # --- verdicts, sources, notes (row level; review.py adds the history events) --------

    def write_verdict(self, claim_id: int, status: str, reviewer: str | None,
                      expected_version: int) -> Verdict | None:
        """Set the verdict if its version is still `expected_version`; bump the version.

        Returns the new Verdict, or None when the version moved (caller raises the conflict).
        Call inside `transaction()`.
        """
        cursor = self.conn.execute(
            "UPDATE verdicts SET status = ?, reviewer = ?, updated_at = ?, version = version + 1"
            " WHERE claim_id = ? AND version = ?",
            [status, reviewer, now(), claim_id, expected_version])
        return self.verdict(claim_id) if cursor.rowcount == 1 else None

    def sources(self, claim_id: int) -> list[Source]:
        return [Source(**row) for row in self._rows(
            "SELECT * FROM sources WHERE claim_id = ? ORDER BY id", [claim_id])]

    def sources_of(self, claim_ids: Iterable[int]) -> dict[int, list[Source]]:
        """The sources of many claims at once (a page of a listing): {claim_id: [...]}."""
        return _by_claim(Source, self._rows_for_ids("sources", claim_ids))

    def notes_of(self, claim_ids: Iterable[int]) -> dict[int, list[Note]]:
        """The notes of many claims at once: {claim_id: [...]}."""
        return _by_claim(Note, self._rows_for_ids("notes", claim_ids))

    def _rows_for_ids(self, table: str, claim_ids: Iterable[int]) -> list[dict]:
        ids = sorted({int(i) for i in claim_ids})
        if not ids:
            return []
        return self._rows(f"SELECT * FROM {table} WHERE claim_id IN "
                          "(SELECT value FROM json_each(?)) ORDER BY id", [json.dumps(ids)])

    def source(self, source_id: int) -> Source:
        rows = self._rows("SELECT * FROM sources WHERE id = ?", [source_id])
        if not rows:
            raise NotFoundError(f"no source with id {source_id}")
        return Source(**rows[0])

    def insert_source(self, source: dict) -> Source:
        """Insert a source row (with `id` when restoring one that was removed)."""
        return self.source(self._insert("sources", source))

    def delete_source(self, source_id: int) -> None:
        self.conn.execute("DELETE FROM sources WHERE id = ?", [source_id])

    def notes(self, claim_id: int) -> list[Note]:
        return [Note(**row) for row in self._rows(
            "SELECT * FROM notes WHERE claim_id = ? ORDER BY id", [claim_id])]

    def note(self, note_id: int) -> Note:
        rows = self._rows("SELECT * FROM notes WHERE id = ?", [note_id])
        if not rows:
            raise NotFoundError(f"no note with id {note_id}")
        return Note(**rows[0])

    def insert_note(self, note: dict) -> Note:
        return self.note(self._insert("notes", note))

    def update_note(self, note_id: int, body: str) -> Note:
        self.conn.execute("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?",
                          [body, now(), note_id])
        return self.note(note_id)

    def delete_note(self, note_id: int) -> None:
        self.conn.execute("DELETE FROM notes WHERE id = ?", [note_id])

    def _insert(self, table: str, row: dict) -> int:
        columns = list(row)
        return self.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})", [row[c] for c in columns]).lastrowid

    # --- history ------------------------------------------------------------------------

    def append_event(self, action: str, reviewer: str | None, *, claim_id: int | None = None,
                     article_id: int | None = None, before: dict | None = None,
                     after: dict | None = None, ref: int | None = None,
                     at: str | None = None) -> int:
        """Append one history entry (call inside the transaction of the change it records)."""
        return self.conn.execute(
            "INSERT INTO events (at, reviewer, claim_id, article_id, action, before, after, ref)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [at or now(), reviewer, claim_id, article_id, action, _json(before), _json(after),
             ref],
        ).lastrowid

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
        sql = ("SELECT id, at, reviewer, claim_id, article_id, action, before, after, ref "
               "FROM events" + _where(where) + " ORDER BY id")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_event(row) for row in self._rows(sql, params)]

    def event(self, event_id: int) -> Event:
        rows = self.history(after_id=event_id - 1, limit=1)
        if not rows or rows[0].id != event_id:
            raise NotFoundError(f"no history entry with id {event_id}")
        return rows[0]

    # --- the review list: keyset pages in either list order (see `list_key`) -----------

    def claim_page(self, article_id: int | None = None, kind: str | None = None,
                   status: str | None = None, order: str = "article",
                   after: tuple | None = None, before: tuple | None = None,
                   offset: int = 0, limit: int = 50,
                   hidden: Collection[int] = ()) -> list[StoredClaim]:
        """Up to `limit` list rows after the list key `after`, or before `before` (nearest
        last), in list order; `offset` only to seek after a jump, then page by key.
        Claims in `hidden` count as pending for the `status` filter (blind review)."""
        where, params = _claim_filters(article_id, kind, status, status_column="+v.status",
                                       hidden=hidden)
        key = after if after is not None else before
        if key is not None:
            marks = ", ".join("?" for _ in key)
            where.append(f"({_LIST_KEYS[order]}) {'<' if before is not None else '>'} ({marks})")
            params.extend(key)
        desc = " DESC" if before is not None else ""
        sql = (CLAIM_SELECT + _where(where) + " ORDER BY "
               + ", ".join(col + desc for col in _LIST_KEYS[order].split(", "))
               + " LIMIT ? OFFSET ?")
        rows = [_stored_claim(row) for row in self._rows(sql, [*params, int(limit), offset])]
        return rows[::-1] if desc else rows

    def count_list(self, article_id: int | None = None, kind: str | None = None,
                   status: str | None = None, order: str = "article",
                   before: tuple | None = None, hidden: Collection[int] = ()) -> int:
        """Rows in the review list; with `before=key`, the index that key has (or would have).
        Claims in `hidden` count as pending for the `status` filter (blind review)."""
        where, params = _claim_filters(article_id, kind, status, hidden=hidden)
        if before is not None:
            where.append(f"({_LIST_KEYS[order]}) < ({', '.join('?' for _ in before)})")
            params.extend(before)
        join = " JOIN verdicts v ON v.claim_id = c.id" if status else ""
        return self._rows("SELECT count(*) AS n FROM claims c" + join + _where(where),
                          params)[0]["n"]

    def status_counts(self, article_id: int | None = None) -> dict[str, int]:
        """Claims by verdict status, for one article or all: {status: n}."""
        where, params = _claim_filters(article_id, None, None)
        out = dict.fromkeys(STATUSES, 0)
        for row in self._rows("SELECT v.status, count(*) AS n FROM claims c JOIN verdicts v "
                              "ON v.claim_id = c.id" + _where(where) + " GROUP BY 1", params):
            out[row["status"]] = row["n"]
        return out

    # --- across articles: the same figure, the same speaker (see crossref.py) ----------

    def claims_with(self, kind: str, *, unit: str | None = None, value: float | None = None,
                    speaker: str | None = None, exclude_article: int | None = None,
                    limit: int = 5000) -> list[StoredClaim]:
        """Claims of one kind with this unit / value / speaker (indexed lookups)."""
        where, params = ["c.kind = ?"], [kind]
        for column, wanted in (("unit", unit), ("value", value), ("speaker", speaker)):
            if wanted is not None:
                where.append(f"c.{column} = ?")
                params.append(wanted)
        if exclude_article is not None:
            where.append("c.article_id != ?")
            params.append(exclude_article)
        sql = CLAIM_SELECT + _where(where) + " ORDER BY c.id LIMIT ?"
        return [_stored_claim(row) for row in self._rows(sql, [*params, int(limit)])]

    def claim_brief(self, kind: str, *, unit: str | None = None, value: float | None = None,
                    speaker: str | None = None, exclude_article: int | None = None,
                    limit: int = 20000) -> list[dict]:
        """Like `claims_with`, but only id, text, sentence, value, value_max, speaker and
        mention: enough to score thousands of candidates without building whole claims."""
        where, params = ["kind = ?"], [kind]
        for column, wanted in (("unit", unit), ("value", value), ("speaker", speaker)):
            if wanted is not None:
                where.append(f"{column} = ?")
                params.append(wanted)
        if exclude_article is not None:
            where.append("article_id != ?")
            params.append(exclude_article)
        return self._rows("SELECT id, text, sentence, value, value_max, speaker, mention FROM claims"
                          + _where(where) + " LIMIT ?", [*params, int(limit)])

    def rarest(self, words: list[str], n: int = 4, max_claims: int = 2000) -> list[str]:
        """The `n` of `words` that the fewest claims hold; words no claim holds, and words
        so common (in more than `max_claims` claims) that they would not narrow a search,
        are left out."""
        terms = sorted({w.lower() for w in words if w.isalnum()})
        if not terms:
            return []
        rows = self._rows("SELECT term, doc FROM claims_fts_vocab WHERE term IN ("
                          + ", ".join("?" for _ in terms) + ") AND doc <= ? ORDER BY doc LIMIT ?",
                          [*terms, max_claims, n])
        return [row["term"] for row in rows]

    def search_figures(self, words: list[str], unit: str, exclude_article: int | None = None,
                       limit: int = 500) -> list[dict]:
        """Number claims with this unit whose sentence holds any of `words`, best first."""
        terms = [self.db.quote_fts(w) for w in words if w.strip()]
        if not terms:
            return []
        sql = ("SELECT c.id, c.text, c.sentence, c.value, c.value_max, c.speaker, c.mention "
               "FROM claims c JOIN claims_fts ON claims_fts.rowid = c.id "
               "WHERE claims_fts MATCH ? AND c.kind = 'number' AND c.unit = ?"
               + (" AND c.article_id != ?" if exclude_article is not None else "")
               + " ORDER BY claims_fts.rank LIMIT ?")
        params = ["sentence : (" + " OR ".join(terms) + ")", unit]
        if exclude_article is not None:
            params.append(exclude_article)
        return self._rows(sql, [*params, int(limit)])

    def search_quotes(self, words: list[str], exclude_article: int | None = None,
                      limit: int = 500) -> list[dict]:
        """Quote claims whose text holds any of `words` (full-text index), best first, in
        the brief form of `claim_brief`."""
        terms = [self.db.quote_fts(w) for w in words if w.strip()]
        if not terms:
            return []
        sql = ("SELECT c.id, c.text, c.sentence, c.value, c.value_max, c.speaker, c.mention "
               "FROM claims c JOIN claims_fts ON claims_fts.rowid = c.id "
               "WHERE claims_fts MATCH ? AND c.kind = 'quote'"
               + (" AND c.article_id != ?" if exclude_article is not None else "")
               + " ORDER BY claims_fts.rank LIMIT ?")
        params = ["text : (" + " OR ".join(terms) + ")"]
        if exclude_article is not None:
            params.append(exclude_article)
        return self._rows(sql, [*params, int(limit)])

    def speaker_counts(self) -> dict[str, int]:
        """Every speaker with how many quotes they have (mentions left out)."""
        rows = self._rows("SELECT speaker, count(*) AS n FROM claims WHERE kind = 'quote' "
                          "AND speaker IS NOT NULL AND mention = 0 GROUP BY speaker")
        return {row["speaker"]: row["n"] for row in rows}

    def speaker_aliases(self) -> dict[str, str]:
        return {row["alias"]: row["canonical"] for row in self._rows(
            "SELECT alias, canonical FROM speaker_aliases ORDER BY alias")}

    def merge_speaker(self, alias: str, canonical: str, reviewer: str | None, at: str) -> list[int]:
        """Rename `alias` to `canonical` on every quote and remember the alias; the ids changed."""
        ids = [row["id"] for row in self._rows(
            "SELECT id FROM claims WHERE speaker = ? ORDER BY id", [alias])]
        self.conn.execute("UPDATE claims SET speaker = ? WHERE speaker = ?", [canonical, alias])
        self.conn.execute("INSERT OR REPLACE INTO speaker_aliases (alias, canonical, merged_by, "
                          "merged_at) VALUES (?, ?, ?, ?)", [alias, canonical, reviewer, at])
        return ids

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another writer (the TUI waits briefly, then retries)."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

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
        return Store(Database(conn), self.path)


_LIST_KEYS = {"article": "c.article_id, c.start, c.id",
              "checkworthiness": "-c.checkworthiness, c.article_id, c.start, c.id"}
LIST_ORDERS = tuple(_LIST_KEYS)


def list_key(sc: StoredClaim, order: str = "article") -> tuple:
    """Where a claim sits in the review list: ordered by article then position, or most
    check-worthy first (ties in article order). Pass to `claim_page(after=…)`."""
    if order == "checkworthiness":
        return (-sc.claim.checkworthiness, *sc.key)
    return sc.key


# --- helpers ----------------------------------------------------------------------------


def _validate_claims(text: str, claims: list[Claim]) -> None:
    """Keep the invariant every view relies on: `claim.text == text[start:end]`."""
    for n, c in enumerate(claims):
        if c.kind not in CLAIM_KINDS:
            raise FactcheckError(f"extractor returned claim {n} with unknown kind {c.kind!r}")
        if not (0 <= c.start <= c.end <= len(text)) or text[c.start:c.end] != c.text:
            raise FactcheckError(f"extractor returned claim {n} whose text {c.text!r} is not the "
                             f"article's text at {c.start}:{c.end}")


def _claim_values(c: Claim) -> list:
    values = [getattr(c, col) for col in CLAIM_COLUMNS]
    for flag in ("partial", "mention"):
        values[CLAIM_COLUMNS.index(flag)] = int(bool(getattr(c, flag)))
    return values


def _claim_filters(article_id, kind, status, status_column: str = "v.status",
                   hidden: Collection[int] = ()) -> tuple[list[str], list]:
    """WHERE conditions for the review list. `hidden`: claim ids whose verdict the reader
    may not see (blind second review) — they count as pending, whatever their status."""
    where: list[str] = []
    params: list = []
    for column, value in (("c.article_id", article_id), ("c.kind", kind),
                          (status_column, status)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if status is not None and hidden:
        ids = "(SELECT value FROM json_each(?))"  # one parameter, however many ids
        if status == "pending":
            where[-1] = f"({where[-1]} OR c.id IN {ids})"
        else:
            where.append(f"c.id NOT IN {ids}")
        params.append(json.dumps(sorted(hidden)))
    return where, params


def _by_claim(cls, rows: list[dict]) -> dict[int, list]:
    out: dict[int, list] = {}
    for row in rows:
        out.setdefault(row["claim_id"], []).append(cls(**row))
    return out


def _where(conditions: list[str]) -> str:
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def _stored_claim(row: dict) -> StoredClaim:
    fields = {col: row[col] for col in CLAIM_COLUMNS}
    fields["partial"] = bool(fields["partial"])
    fields["mention"] = bool(fields["mention"])
    verdict = Verdict(claim_id=row["id"], status=row["status"], reviewer=row["reviewer"],
                      updated_at=row["updated_at"], version=row["version"])
    return StoredClaim(id=row["id"], article_id=row["article_id"], position=row["position"],
                       claim=Claim(**fields), verdict=verdict)


def _event(row: dict) -> Event:
    return Event(**{**row, "before": _unjson(row["before"]), "after": _unjson(row["after"])})


def _json(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _unjson(value: str | None) -> dict | None:
    return None if value is None else json.loads(value)
