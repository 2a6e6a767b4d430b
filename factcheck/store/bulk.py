"""Bulk reads for reports and raw-row writes for import, next to the store.

Reports read claims a page at a time (keyset on `(start, id)` within an article) and fetch
the sources, notes and history of a whole page in one query each: one query per claim
would be 300,000 queries for 100,000 claims. Import restores rows exactly as another
database wrote them (their timestamps, reviewers and versions), which the store's
domain writes deliberately never do. Kept out of facade.py so the Store stays the
workbench's row API; rows are read through the Store's one query helper and mapped by
rows.py, like every other part of the store package.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from factcheck.models import (ArticleMeta, Claim, Event, Note, Review, Source, StoredClaim,
                              Verdict)
from factcheck.store.claims import marks as _marks
from factcheck.store.facade import Store
from factcheck.store.rows import (
    ALIAS_COLUMNS,
    CLAIM_COLUMNS,
    CLAIM_INSERT,
    CLAIM_SELECT,
    EVENT_COLUMNS,
    REVIEW_COLUMNS,
    claim_values,
    event,
    review,
    stored_claim,
)
from factcheck.store.pages import PAGE_FIELDS, save_page

CLAIM_FIELDS = CLAIM_COLUMNS  # the Claim fields a claim row holds (import reads them)
_SELECT = CLAIM_SELECT + " WHERE c.article_id = ?"


# --- reads --------------------------------------------------------------------------------


def claim_pages(store: Store, article_id: int, statuses: Sequence[str] | None = None,
                page_size: int = 500) -> Iterator[list[StoredClaim]]:
    """The article's claims in text order (start, id), optionally of some statuses only."""
    for rows in _text_order_pages(store, _SELECT, article_id, statuses, page_size, start_column=5):
        yield [stored_claim(row) for row in rows]


def _text_order_pages(store: Store, select: str, article_id: int, statuses: Sequence[str] | None,
                      page_size: int, start_column: int) -> Iterator[list[tuple]]:
    """Rows of `select` (which filters on c.article_id = ?) in text order, a keyset page
    at a time; `start_column` is where c.start is in a row, c.id being column 0."""
    sql = select
    params: list = [article_id]
    if statuses:
        # "+": walk the (article_id, start, id) index and filter, rather than sort by status
        sql += f" AND +v.status IN ({_marks(statuses)})"
        params.extend(statuses)
    sql += " AND (c.start, c.id) > (?, ?) ORDER BY c.start, c.id LIMIT ?"
    after = (-1, -1)
    while True:
        rows = store._query(sql, [*params, *after, page_size])
        if rows:
            yield rows
        if len(rows) < page_size:
            return
        after = (rows[-1][start_column], rows[-1][0])


def claim_spans(store: Store, article_id: int, statuses: Sequence[str] | None = None,
                page_size: int = 5000) -> Iterator[tuple[int, int, int, str, str]]:
    """(id, start, end, kind, status) of the article's claims in text order: what the
    highlighted article text needs, without building claim objects."""
    select = ('SELECT c.id, c.start, c."end", c.kind, v.status FROM claims c JOIN verdicts v '
              "ON v.claim_id = c.id WHERE c.article_id = ?")
    for rows in _text_order_pages(store, select, article_id, statuses, page_size, start_column=1):
        yield from rows


def sources_for(store: Store, claim_ids: Sequence[int]) -> dict[int, list[Source]]:
    out: dict[int, list[Source]] = defaultdict(list)
    for row in store._query("SELECT id, claim_id, url, title, excerpt, retrieved_at, added_by,"
                            " added_at, match_score, match_class, document_id, passage_id,"
                            " position FROM sources WHERE claim_id IN "
                            f"({_marks(claim_ids)}) ORDER BY claim_id, id", claim_ids):
        out[row[1]].append(Source(*row))
    return out


def notes_for(store: Store, claim_ids: Sequence[int]) -> dict[int, list[Note]]:
    out: dict[int, list[Note]] = defaultdict(list)
    for row in store._query("SELECT id, claim_id, body, author, created_at, updated_at FROM "
                      f"notes WHERE claim_id IN ({_marks(claim_ids)}) ORDER BY claim_id, id",
                      claim_ids):
        out[row[1]].append(Note(*row))
    return out


def events_for(store: Store, claim_ids: Sequence[int]) -> dict[int, list[Event]]:
    out: dict[int, list[Event]] = defaultdict(list)
    for row in store._query(f"SELECT {EVENT_COLUMNS} FROM events WHERE claim_id IN "
                      f"({_marks(claim_ids)}) ORDER BY claim_id, id", claim_ids):
        out[row[3]].append(event(row))
    return out


def reviews_for(store: Store, claim_ids: Sequence[int]) -> dict[int, list[Review]]:
    """Each reviewer's own verdict on each claim (the team's stances), earliest first."""
    out: dict[int, list[Review]] = defaultdict(list)
    for row in store._query(f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE claim_id IN "
                            f"({_marks(claim_ids)}) ORDER BY claim_id, decided_at, reviewer",
                            claim_ids):
        out[row[0]].append(review(row))
    return out


def article_events(store: Store, article_id: int | None) -> list[Event]:
    """Events about an article as a whole (ingest), or with article_id None: about nothing
    in particular (neither claim nor article)."""
    cond = "article_id = ?" if article_id is not None else "article_id IS NULL"
    params = [article_id] if article_id is not None else []
    return [event(row) for row in store._query(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE claim_id IS NULL AND {cond} "
        "ORDER BY id", params)]


def reviewers(store: Store, article_id: int) -> list[str]:
    """Everyone who decided, sourced or noted a claim of the article (history and rows)."""
    rows = store._query("""
        SELECT e.reviewer FROM events e JOIN claims c ON c.id = e.claim_id
            WHERE c.article_id = ? AND e.reviewer IS NOT NULL
        UNION SELECT v.reviewer FROM verdicts v JOIN claims c ON c.id = v.claim_id
            WHERE c.article_id = ? AND v.reviewer IS NOT NULL
        ORDER BY 1""", [article_id, article_id])
    return [r[0] for r in rows]


def existing_article_ids(store: Store, ids: Iterable[int]) -> set[int]:
    ids = list(ids)
    if not ids:
        return set()
    return {r[0] for r in store._query(f"SELECT id FROM articles WHERE id IN ({_marks(ids)})",
                                 ids)}


def article_ids(store: Store) -> list[int]:
    return [r[0] for r in store._query("SELECT id FROM articles ORDER BY id")]


# --- raw writes for import (call inside store.transaction()) ---------------------------


def article_id_by_hash(store: Store, digest: str) -> int | None:
    row = store._query("SELECT id FROM articles WHERE content_hash = ?", [digest])
    return row[0][0] if row else None


def insert_article(store: Store, row: dict) -> int:
    """Insert an article row (and its page metadata, when `row` has any)."""
    columns = ("content_hash", "title", "url", "published", "ingested_at", "text", "chars",
               "source_path")
    article_id = store._insert("articles", {c: row.get(c) for c in columns})
    save_page(store.conn, article_id, ArticleMeta(**{f: row.get(f) for f in PAGE_FIELDS}))
    return article_id


def claims_by_span(store: Store, article_id: int) -> dict[tuple[int, int, str], Verdict]:
    """{(start, end, kind): current verdict} for matching imported claims to local ones."""
    return {(r[0], r[1], r[2]): Verdict(*r[3:]) for r in store._query(
        'SELECT c.start, c."end", c.kind, c.id, v.status, v.reviewer, v.updated_at, '
        "v.version FROM claims c JOIN verdicts v ON v.claim_id = c.id WHERE c.article_id = ?",
        [article_id])}


def next_position(store: Store, article_id: int) -> int:
    row = store._query("SELECT coalesce(max(position) + 1, 0) FROM claims WHERE article_id = ?",
                 [article_id])
    return row[0][0]


def insert_claim(store: Store, article_id: int, position: int, claim: Claim,
                 verdict: dict) -> int:
    claim_id = store._run(CLAIM_INSERT, [article_id, position, *claim_values(claim)]).lastrowid
    store._insert("verdicts", {"claim_id": claim_id, **{
        k: verdict[k] for k in ("status", "reviewer", "updated_at", "version")}})
    return claim_id


def restore_verdict(store: Store, claim_id: int, status: str, reviewer: str | None,
                    updated_at: str) -> None:
    """Take another database's verdict as it was decided there (its reviewer and time)."""
    store._run("UPDATE verdicts SET status = ?, reviewer = ?, updated_at = ?, "
               "version = version + 1 WHERE claim_id = ?", [status, reviewer, updated_at, claim_id])


def restore_note_body(store: Store, note_id: int, body: str, updated_at: str) -> None:
    store._run("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?",
               [body, updated_at, note_id])


def add_speaker_alias(store: Store, row: dict) -> bool:
    """Remember another database's alias unless this one already maps that name."""
    return store._run(
        f"INSERT OR IGNORE INTO speaker_aliases ({ALIAS_COLUMNS}) VALUES (?, ?, ?, ?)",
        [row["alias"], row["canonical"], row.get("merged_by"), row["merged_at"]]).rowcount == 1


def insert_event(store: Store, row: dict) -> int:
    """Append another database's history entry as it was (its time and reviewer)."""
    return store.append_event(row["action"], row["reviewer"], claim_id=row.get("claim_id"),
                              article_id=row.get("article_id"), before=row.get("before"),
                              after=row.get("after"), ref=row.get("ref"), at=row["at"])


def start_pending_events(store: Store) -> None:
    """A temporary table for the history entries an import adds at its end, in time order
    (kept on disk by SQLite, not in Python's memory)."""
    store._run("DROP TABLE IF EXISTS temp.pending_events")
    store._run("CREATE TEMP TABLE pending_events (at TEXT NOT NULL, seq INTEGER NOT "
                       "NULL, file_id INTEGER, ref INTEGER, row TEXT NOT NULL)")


def add_pending_event(store: Store, seq: int, file_id: int | None, ref: int | None,
                      row: dict) -> None:
    store._run("INSERT INTO temp.pending_events (at, seq, file_id, ref, row) "
                       "VALUES (?, ?, ?, ?, ?)", [row["at"], seq, file_id, ref,
                                                  json.dumps(row, ensure_ascii=False)])


def pending_events(store: Store) -> Iterator[tuple[int | None, int | None, dict]]:
    """(file id, ref, row) of the pending entries, oldest first (ties: as offered)."""
    cursor = store._run("SELECT file_id, ref, row FROM temp.pending_events "
                                "ORDER BY at, seq")
    for file_id, ref, row in cursor:
        yield file_id, ref, json.loads(row)


def end_pending_events(store: Store) -> None:
    store._run("DROP TABLE IF EXISTS temp.pending_events")
