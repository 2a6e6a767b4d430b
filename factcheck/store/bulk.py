"""Bulk reads for reports and raw-row writes for import, next to the store.

Reports read claims a page at a time (keyset on `(start, id)` within an article) and fetch
the sources, notes and history of a whole page in one query each: one query per claim
would be 300,000 queries for 100,000 claims. Import restores rows exactly as another
database wrote them (their timestamps, reviewers and versions), which the store's
domain writes deliberately never do. Kept out of store.py so the store stays the
workbench's row API; like the store, this is the only other place that speaks SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from factcheck.store.connection import translate
from factcheck.models import Claim, Event, Note, Source, StoredClaim, Verdict
from factcheck.store.facade import CLAIM_COLUMNS as CLAIM_FIELDS
from factcheck.store.facade import CLAIM_SELECT, Store

_SELECT = CLAIM_SELECT + " WHERE c.article_id = ?"
_EVENT_COLUMNS = "id, at, reviewer, claim_id, article_id, action, before, after, ref"


def _query(store: Store, sql: str, params: Sequence = ()) -> list[tuple]:
    try:
        return store.conn.execute(sql, list(params)).fetchall()
    except sqlite3.DatabaseError as e:
        raise translate(e, store.path) from None


def _marks(values: Sequence) -> str:
    return ", ".join("?" for _ in values)


# --- reads --------------------------------------------------------------------------------


def claim_pages(store: Store, article_id: int, statuses: Sequence[str] | None = None,
                page_size: int = 500) -> Iterator[list[StoredClaim]]:
    """The article's claims in text order (start, id), optionally of some statuses only."""
    for rows in _text_order_pages(store, _SELECT, article_id, statuses, page_size, start_column=5):
        yield [_stored_claim(row) for row in rows]


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
        rows = _query(store, sql, [*params, *after, page_size])
        if rows:
            yield rows
        if len(rows) < page_size:
            return
        after = (rows[-1][start_column], rows[-1][0])


def _stored_claim(row: tuple) -> StoredClaim:
    n = len(CLAIM_FIELDS)
    fields = dict(zip(CLAIM_FIELDS, row[3:3 + n]))
    fields["partial"] = bool(fields["partial"])
    fields["mention"] = bool(fields["mention"])
    status, reviewer, updated_at, version = row[3 + n:7 + n]
    verdict = _filled(Verdict, {"claim_id": row[0], "status": status, "reviewer": reviewer,
                                "updated_at": updated_at, "version": version})
    return _filled(StoredClaim, {"id": row[0], "article_id": row[1], "position": row[2],
                                 "claim": _filled(Claim, fields), "verdict": verdict})


def _filled(cls, fields: dict):
    """A frozen dataclass with every field given, without running its __init__.

    A frozen __init__ sets each field through object.__setattr__; for the 200,000 objects
    of a large report that is a third of the export time. Only for classes whose every
    field is passed (tests/test_export_records.py checks it equals normal construction).
    """
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


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
    for row in _query(store, "SELECT id, claim_id, url, title, excerpt, retrieved_at, added_by,"
                      " added_at, match_score, match_class, document_id, passage_id, position"
                      " FROM sources WHERE claim_id IN "
                      f"({_marks(claim_ids)}) ORDER BY claim_id, id", claim_ids):
        out[row[1]].append(Source(*row))
    return out


def notes_for(store: Store, claim_ids: Sequence[int]) -> dict[int, list[Note]]:
    out: dict[int, list[Note]] = defaultdict(list)
    for row in _query(store, "SELECT id, claim_id, body, author, created_at, updated_at FROM "
                      f"notes WHERE claim_id IN ({_marks(claim_ids)}) ORDER BY claim_id, id",
                      claim_ids):
        out[row[1]].append(Note(*row))
    return out


def events_for(store: Store, claim_ids: Sequence[int]) -> dict[int, list[Event]]:
    out: dict[int, list[Event]] = defaultdict(list)
    for row in _query(store, f"SELECT {_EVENT_COLUMNS} FROM events WHERE claim_id IN "
                      f"({_marks(claim_ids)}) ORDER BY claim_id, id", claim_ids):
        out[row[3]].append(_event(row))
    return out


def article_events(store: Store, article_id: int | None) -> list[Event]:
    """Events about an article as a whole (ingest), or with article_id None: about nothing
    in particular (neither claim nor article)."""
    cond = "article_id = ?" if article_id is not None else "article_id IS NULL"
    params = [article_id] if article_id is not None else []
    return [_event(row) for row in _query(
        store, f"SELECT {_EVENT_COLUMNS} FROM events WHERE claim_id IS NULL AND {cond} "
        "ORDER BY id", params)]


def _unjson(value: str | None) -> dict | None:
    return None if value is None else json.loads(value)


def _json(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _event(row: tuple) -> Event:
    return Event(id=row[0], at=row[1], reviewer=row[2], claim_id=row[3], article_id=row[4],
                 action=row[5], before=_unjson(row[6]), after=_unjson(row[7]), ref=row[8])


def status_counts(store: Store, article_id: int) -> dict[str, int]:
    return dict(_query(store, "SELECT v.status, count(*) FROM claims c JOIN verdicts v "
                       "ON v.claim_id = c.id WHERE c.article_id = ? GROUP BY 1", [article_id]))


def reviewers(store: Store, article_id: int) -> list[str]:
    """Everyone who decided, sourced or noted a claim of the article (history and rows)."""
    rows = _query(store, """
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
    return {r[0] for r in _query(store, f"SELECT id FROM articles WHERE id IN ({_marks(ids)})",
                                 ids)}


def speaker_aliases(store: Store) -> list[dict]:
    """Merged speaker names ("Trump" reads "Donald Trump"), with who merged them and when."""
    return [dict(zip(("alias", "canonical", "merged_by", "merged_at"), row)) for row in _query(
        store, "SELECT alias, canonical, merged_by, merged_at FROM speaker_aliases ORDER BY alias")]


def article_ids(store: Store) -> list[int]:
    return [r[0] for r in _query(store, "SELECT id FROM articles ORDER BY id")]


# --- raw writes for import (call inside store.transaction()) ---------------------------


def article_id_by_hash(store: Store, digest: str) -> int | None:
    row = _query(store, "SELECT id FROM articles WHERE content_hash = ?", [digest])
    return row[0][0] if row else None


def insert_article(store: Store, row: dict) -> int:
    columns = ("content_hash", "title", "url", "published", "ingested_at", "text", "chars",
               "source_path")
    return store.conn.execute(
        f"INSERT INTO articles ({', '.join(columns)}) VALUES ({_marks(columns)})",
        [row.get(c) for c in columns]).lastrowid


def claims_by_span(store: Store, article_id: int) -> dict[tuple[int, int, str], Verdict]:
    """{(start, end, kind): current verdict} for matching imported claims to local ones."""
    return {(r[0], r[1], r[2]): Verdict(*r[3:]) for r in _query(
        store, 'SELECT c.start, c."end", c.kind, c.id, v.status, v.reviewer, v.updated_at, '
        "v.version FROM claims c JOIN verdicts v ON v.claim_id = c.id WHERE c.article_id = ?",
        [article_id])}


def next_position(store: Store, article_id: int) -> int:
    row = _query(store, "SELECT coalesce(max(position) + 1, 0) FROM claims WHERE article_id = ?",
                 [article_id])
    return row[0][0]


def insert_claim(store: Store, article_id: int, position: int, claim: Claim,
                 verdict: dict) -> int:
    values = [getattr(claim, f) for f in CLAIM_FIELDS]
    values[7], values[8] = int(claim.partial), int(claim.mention)
    columns = ", ".join(f'"{f}"' for f in CLAIM_FIELDS)
    claim_id = store.conn.execute(
        f"INSERT INTO claims (article_id, position, {columns}) VALUES (?, ?, "
        f"{_marks(CLAIM_FIELDS)})", [article_id, position, *values]).lastrowid
    store.conn.execute(
        "INSERT INTO verdicts (claim_id, status, reviewer, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?)", [claim_id, verdict["status"], verdict["reviewer"],
                                   verdict["updated_at"], verdict["version"]])
    return claim_id


def restore_verdict(store: Store, claim_id: int, status: str, reviewer: str | None,
                    updated_at: str) -> None:
    """Take another database's verdict as it was decided there (its reviewer and time)."""
    store.conn.execute("UPDATE verdicts SET status = ?, reviewer = ?, updated_at = ?, "
                       "version = version + 1 WHERE claim_id = ?",
                       [status, reviewer, updated_at, claim_id])


def restore_note_body(store: Store, note_id: int, body: str, updated_at: str) -> None:
    store.conn.execute("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?",
                       [body, updated_at, note_id])


def add_speaker_alias(store: Store, row: dict) -> bool:
    """Remember another database's alias unless this one already maps that name."""
    return store.conn.execute(
        "INSERT OR IGNORE INTO speaker_aliases (alias, canonical, merged_by, merged_at) "
        "VALUES (?, ?, ?, ?)", [row["alias"], row["canonical"], row.get("merged_by"),
                                row["merged_at"]]).rowcount == 1


def insert_event(store: Store, event: dict) -> int:
    return store.conn.execute(
        "INSERT INTO events (at, reviewer, claim_id, article_id, action, before, after, ref)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [event["at"], event["reviewer"], event.get("claim_id"), event.get("article_id"),
         event["action"], _json(event.get("before")), _json(event.get("after")),
         event.get("ref")]).lastrowid
