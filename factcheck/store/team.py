"""The desk's tables: settings, each reviewer's own verdicts, resolutions and taken articles.

Row-level reads and writes next to the store (like bulk.py); team.py holds the rules.
Writes are called inside `store.transaction()`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from factcheck.store.connection import translate
from factcheck.store.facade import Store


def _rows(store: Store, sql: str, params: Sequence = ()) -> list[sqlite3.Row | tuple]:
    try:
        return store.conn.execute(sql, list(params)).fetchall()
    except sqlite3.DatabaseError as e:
        raise translate(e, store.path) from None


def _run(store: Store, sql: str, params: Sequence = ()) -> int:
    try:
        return store.conn.execute(sql, list(params)).rowcount
    except sqlite3.DatabaseError as e:
        raise translate(e, store.path) from None


# --- settings -------------------------------------------------------------------------

def get_setting(store: Store, key: str, default=None):
    rows = _rows(store, "SELECT value FROM settings WHERE key = ?", [key])
    return json.loads(rows[0][0]) if rows else default


def put_setting(store: Store, key: str, value) -> None:
    _run(store, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, json.dumps(value)])


# --- each reviewer's own verdict ------------------------------------------------------

def set_review(store: Store, claim_id: int, reviewer: str, status: str, at: str) -> None:
    """Record `reviewer`'s stance on a claim; 'pending' takes it back."""
    if status == "pending":
        _run(store, "DELETE FROM reviews WHERE claim_id = ? AND reviewer = ?", [claim_id, reviewer])
    else:
        _run(store, "INSERT OR REPLACE INTO reviews (claim_id, reviewer, status, decided_at) "
                    "VALUES (?, ?, ?, ?)", [claim_id, reviewer, status, at])


def reviews_of(store: Store, claim_id: int) -> list[tuple[str, str, str]]:
    """(reviewer, status, decided_at) for one claim, earliest first."""
    return [tuple(r) for r in _rows(
        store, "SELECT reviewer, status, decided_at FROM reviews WHERE claim_id = ? "
               "ORDER BY decided_at, reviewer", [claim_id])]


def review_pairs(store: Store, article_id: int | None = None) -> list[tuple[int, str, str]]:
    """(claim_id, reviewer, status) for every claim at least two reviewers decided."""
    where = "WHERE r.claim_id IN (SELECT claim_id FROM reviews GROUP BY claim_id HAVING count(*) >= 2)"
    params: list = []
    if article_id is not None:
        where += " AND c.article_id = ?"
        params.append(article_id)
    return [tuple(r) for r in _rows(
        store, "SELECT r.claim_id, r.reviewer, r.status FROM reviews r JOIN claims c ON c.id = r.claim_id "
               + where + " ORDER BY r.claim_id, r.reviewer", params)]


def claim_ids_needing_second(store: Store, reviewer: str, disputed_only: bool,
                             article_id: int | None = None) -> list[int]:
    """Claims one other reviewer decided (disputed ones only, if so), that `reviewer`
    has not, and that no editor settled: the second reviewer's queue."""
    sql = ("SELECT r.claim_id FROM reviews r JOIN claims c ON c.id = r.claim_id "
           "WHERE r.claim_id IN (SELECT claim_id FROM reviews GROUP BY claim_id HAVING count(*) = 1) "
           "AND r.reviewer != ? AND r.claim_id NOT IN (SELECT claim_id FROM resolutions)")
    params: list = [reviewer]
    if disputed_only:
        sql += " AND r.status = 'disputed'"
    if article_id is not None:
        sql += " AND c.article_id = ?"
        params.append(article_id)
    return [r[0] for r in _rows(store, sql + " ORDER BY c.article_id, c.start, c.id", params)]


def claim_ids_disagreed(store: Store, article_id: int | None = None) -> list[int]:
    """Claims whose reviewers disagree and that no editor has settled: the resolve queue."""
    sql = ("SELECT c.id FROM claims c WHERE c.id IN (SELECT claim_id FROM reviews GROUP BY claim_id "
           "HAVING count(DISTINCT status) > 1) AND c.id NOT IN (SELECT claim_id FROM resolutions)")
    params: list = []
    if article_id is not None:
        sql += " AND c.article_id = ?"
        params.append(article_id)
    return [r[0] for r in _rows(store, sql + " ORDER BY c.article_id, c.start, c.id", params)]


# --- resolutions ----------------------------------------------------------------------

def resolution(store: Store, claim_id: int) -> dict | None:
    rows = _rows(store, "SELECT status, editor, note, resolved_at FROM resolutions WHERE claim_id = ?",
                 [claim_id])
    if not rows:
        return None
    status, editor, note, at = rows[0]
    return {"claim_id": claim_id, "status": status, "editor": editor, "note": note, "resolved_at": at}


def add_resolution(store: Store, claim_id: int, status: str, editor: str, note: str | None, at: str) -> None:
    _run(store, "INSERT INTO resolutions (claim_id, status, editor, note, resolved_at) VALUES (?, ?, ?, ?, ?)",
         [claim_id, status, editor, note, at])


def drop_resolution(store: Store, claim_id: int) -> None:
    _run(store, "DELETE FROM resolutions WHERE claim_id = ?", [claim_id])


# --- taken articles -------------------------------------------------------------------

def take_of(store: Store, article_id: int) -> dict | None:
    rows = _rows(store, "SELECT reviewer, taken_at, expires_at FROM takes WHERE article_id = ?", [article_id])
    if not rows:
        return None
    reviewer, taken_at, expires_at = rows[0]
    return {"article_id": article_id, "reviewer": reviewer, "taken_at": taken_at, "expires_at": expires_at}


def all_takes(store: Store, now: str) -> dict[int, dict]:
    """Takes still in force at `now`, by article id."""
    return {r[0]: {"article_id": r[0], "reviewer": r[1], "taken_at": r[2], "expires_at": r[3]}
            for r in _rows(store, "SELECT article_id, reviewer, taken_at, expires_at FROM takes "
                                  "WHERE expires_at > ?", [now])}


def put_take(store: Store, article_id: int, reviewer: str, taken_at: str, expires_at: str) -> None:
    _run(store, "INSERT OR REPLACE INTO takes (article_id, reviewer, taken_at, expires_at) VALUES (?, ?, ?, ?)",
         [article_id, reviewer, taken_at, expires_at])


def drop_take(store: Store, article_id: int, reviewer: str | None = None) -> int:
    if reviewer is None:
        return _run(store, "DELETE FROM takes WHERE article_id = ?", [article_id])
    return _run(store, "DELETE FROM takes WHERE article_id = ? AND reviewer = ?", [article_id, reviewer])
