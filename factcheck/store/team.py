"""The desk's tables: settings, each reviewer's own verdicts, resolutions and taken articles.

Row-level reads and writes next to the store (like bulk.py); review/team.py holds the
rules. Writes are called inside `store.transaction()`.

Each reviewer's own verdict (a `reviews` row) is not written by the review actions: the
trigger of schema step 0007 derives it from every verdict, undo and redo entry appended
to the history. Writes that are not a reviewer's own stance (an editor's resolution,
history copied in by import) run inside `stances_paused`.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

from factcheck.models import Resolution, Review, Take
from factcheck.store.facade import Store
from factcheck.store.rows import (
    RESOLUTION_COLUMNS,
    REVIEW_COLUMNS,
    TAKE_COLUMNS,
    resolution as _resolution,
    review as _review,
    take as _take,
)

# --- settings -------------------------------------------------------------------------

def get_setting(store: Store, key: str, default=None):
    rows = store._query("SELECT value FROM settings WHERE key = ?", [key])
    return json.loads(rows[0][0]) if rows else default


def put_setting(store: Store, key: str, value) -> None:
    store._run("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
               [key, json.dumps(value)])


# --- each reviewer's own verdict ------------------------------------------------------

@contextlib.contextmanager
def stances_paused(store: Store) -> Iterator[None]:
    """History appended inside this block leaves the `reviews` rows alone (one
    transaction; the marker row never outlives it, so no other connection sees it)."""
    with store.transaction():
        marker = store._run("INSERT INTO stances_paused DEFAULT VALUES").lastrowid
        try:
            yield
        finally:
            store._run("DELETE FROM stances_paused WHERE id = ?", [marker])


def set_review(store: Store, claim_id: int, reviewer: str, status: str, at: str) -> None:
    """Record `reviewer`'s stance on a claim as another database had it (import); 'pending'
    takes it back. Live verdicts reach `reviews` through the history trigger instead."""
    if status == "pending":
        store._run("DELETE FROM reviews WHERE claim_id = ? AND reviewer = ?",
                   [claim_id, reviewer])
    else:
        store._run(f"INSERT OR REPLACE INTO reviews ({REVIEW_COLUMNS}) VALUES (?, ?, ?, ?)",
                   [claim_id, reviewer, status, at])


def reviews_of(store: Store, claim_id: int) -> list[Review]:
    """Every reviewer's own verdict on one claim, earliest first."""
    return [_review(r) for r in store._query(
        f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE claim_id = ? "
        "ORDER BY decided_at, reviewer", [claim_id])]


def review_pairs(store: Store, article_id: int | None = None) -> list[tuple[int, str, str]]:
    """(claim_id, reviewer, status) for every claim at least two reviewers decided: the
    stances review/agreement.py compares."""
    where = ("WHERE r.claim_id IN (SELECT claim_id FROM reviews GROUP BY claim_id "
             "HAVING count(*) >= 2)")
    params: list = []
    if article_id is not None:
        where += " AND c.article_id = ?"
        params.append(article_id)
    return store._query("SELECT r.claim_id, r.reviewer, r.status FROM reviews r "
                        "JOIN claims c ON c.id = r.claim_id " + where
                        + " ORDER BY r.claim_id, r.reviewer", params)


def claim_ids_needing_second(store: Store, reviewer: str, disputed_only: bool,
                             article_id: int | None = None) -> list[int]:
    """Claims one other reviewer decided (disputed ones only, if so), that `reviewer`
    has not, and that no editor settled: the second reviewer's queue."""
    sql = ("SELECT r.claim_id FROM reviews r JOIN claims c ON c.id = r.claim_id "
           "WHERE r.claim_id IN (SELECT claim_id FROM reviews GROUP BY claim_id "
           "HAVING count(*) = 1) AND r.reviewer != ?")
    params: list = [reviewer]
    if disputed_only:
        sql += " AND r.status = 'disputed'"
    return _unsettled_in_list_order(store, sql, params, article_id)


def claim_ids_disagreed(store: Store, article_id: int | None = None) -> list[int]:
    """Claims whose reviewers disagree and that no editor has settled: the resolve queue."""
    sql = ("SELECT c.id FROM claims c WHERE c.id IN (SELECT claim_id FROM reviews "
           "GROUP BY claim_id HAVING count(DISTINCT status) > 1)")
    return _unsettled_in_list_order(store, sql, [], article_id)


def _unsettled_in_list_order(store: Store, sql: str, params: list,
                             article_id: int | None) -> list[int]:
    """The ids `sql` selects (claims as `c`), less those an editor settled, of one article
    if given, in list order."""
    sql += " AND c.id NOT IN (SELECT claim_id FROM resolutions)"
    if article_id is not None:
        sql += " AND c.article_id = ?"
        params = [*params, article_id]
    return [r[0] for r in store._query(sql + " ORDER BY c.article_id, c.start, c.id", params)]


# --- resolutions ----------------------------------------------------------------------

def resolution(store: Store, claim_id: int) -> Resolution | None:
    rows = store._query(f"SELECT {RESOLUTION_COLUMNS} FROM resolutions WHERE claim_id = ?",
                        [claim_id])
    return _resolution(rows[0]) if rows else None


def add_resolution(store: Store, claim_id: int, status: str, editor: str, note: str | None,
                   at: str) -> None:
    store._run(f"INSERT INTO resolutions ({RESOLUTION_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
               [claim_id, status, editor, note, at])


# --- taken articles -------------------------------------------------------------------

def take_of(store: Store, article_id: int) -> Take | None:
    rows = store._query(f"SELECT {TAKE_COLUMNS} FROM takes WHERE article_id = ?", [article_id])
    return _take(rows[0]) if rows else None


def all_takes(store: Store, now: str) -> dict[int, Take]:
    """Takes still in force at `now`, by article id."""
    return {t.article_id: t for t in map(_take, store._query(
        f"SELECT {TAKE_COLUMNS} FROM takes WHERE expires_at > ?", [now]))}


def put_take(store: Store, article_id: int, reviewer: str, taken_at: str, expires_at: str) -> None:
    store._run(f"INSERT OR REPLACE INTO takes ({TAKE_COLUMNS}) VALUES (?, ?, ?, ?)",
               [article_id, reviewer, taken_at, expires_at])


def drop_take(store: Store, article_id: int, reviewer: str) -> int:
    return store._run("DELETE FROM takes WHERE article_id = ? AND reviewer = ?",
                      [article_id, reviewer]).rowcount
