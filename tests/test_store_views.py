"""Datasette-friendly schema (issue 13, item 19): history entries carry foreign keys to
their claim, article and reverted entry, and two views join claims with their verdicts
and history with its claims — on fresh databases and on upgraded ones."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from factcheck.review import undo, verdicts as review
from factcheck.store import schema
from factcheck.store.facade import Store

STEP = "0009_views_and_keys"


def keys(conn, table: str) -> set[tuple[str, str]]:
    return {(row[3], row[2]) for row in conn.execute(f"PRAGMA foreign_key_list({table})")}


def test_views_show_claims_with_verdicts_and_history_with_claims(store, sample):
    review.set_verdict(store, 4, "disputed", "ann")
    review.add_note(store, 4, "the survey says 3 percent", "ann")
    rows = list(store.db.query("SELECT * FROM claims_with_verdicts ORDER BY claim_id"))
    assert [r["claim_id"] for r in rows] == [1, 2, 3, 4]
    assert rows[3]["status"] == "disputed" and rows[3]["reviewer"] == "ann"
    assert rows[3]["article_title"] == "Sample" and rows[3]["text"] == "4 percent"
    history = list(store.db.query("SELECT * FROM history_with_claims ORDER BY event_id"))
    assert [(h["action"], h["claim_text"], h["article_title"]) for h in history] == [
        ("ingest", None, "Sample"), ("verdict", "4 percent", "Sample"),
        ("note.add", "4 percent", "Sample")]


def test_history_entries_have_foreign_keys_that_hold(store, sample):
    assert keys(store.conn, "events") == {("claim_id", "claims"), ("article_id", "articles"),
                                          ("ref", "events")}
    review.set_verdict(store, 1, "verified", "ann")
    undo.undo(store, "ann")
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):
        store.append_event("verdict", "ann", claim_id=999)
    with pytest.raises(sqlite3.IntegrityError):  # still append-only after the rebuild
        store.conn.execute("DELETE FROM events")


def _database_before_the_step(db_path) -> Database:
    old = Database(str(db_path))
    schema.migrations.apply(old, stop_before=STEP)
    return old


def test_an_older_database_keeps_its_history_when_keys_are_added(db_path):
    old = _database_before_the_step(db_path)
    assert keys(old.conn, "events") == set()
    with old.atomic():
        old.execute("INSERT INTO articles (content_hash, title, ingested_at, text, chars) "
                    "VALUES ('h', 'Old', '2025-01-01T00:00:00Z', 'Bob Jones spoke.', 16)")
        old.execute("INSERT INTO claims (article_id, position, kind, text, start, \"end\") "
                    "VALUES (1, 0, 'quote', 'Bob Jones', 0, 9)")
        old.execute("INSERT INTO verdicts (claim_id, updated_at) VALUES (1, '2025-01-01')")
        for at, action, claim, ref in (("2025-01-01", "ingest", None, None),
                                       ("2025-01-02", "verdict", 1, None),
                                       ("2025-01-03", "undo", 1, 2)):
            old.execute("INSERT INTO events (at, action, article_id, claim_id, ref) "
                        "VALUES (?, ?, 1, ?, ?)", [at, action, claim, ref])
    before = list(old.query("SELECT * FROM events ORDER BY id"))
    old.close()
    with Store.open(db_path) as store:
        assert store.applied_migrations() == schema.KNOWN
        assert keys(store.conn, "events") == {("claim_id", "claims"),
                                              ("article_id", "articles"), ("ref", "events")}
        assert list(store.db.query("SELECT * FROM events ORDER BY id")) == before
        assert [h["claim_text"] for h in store.db.query(
            "SELECT claim_text FROM history_with_claims ORDER BY event_id")] == [
            None, "Bob Jones", "Bob Jones"]
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE events SET action = 'x'")


def test_history_that_points_nowhere_is_kept_without_keys(db_path):
    old = _database_before_the_step(db_path)
    with old.atomic():
        old.execute("INSERT INTO events (at, action, claim_id) VALUES "
                    "('2025-01-01T00:00:00Z', 'verdict', 999)")
    old.close()
    with Store.open(db_path) as store:
        assert STEP in store.applied_migrations()
        assert keys(store.conn, "events") == set()
        assert [e.claim_id for e in store.history()] == [999]
        assert list(store.db.query("SELECT claim_id, claim_text FROM history_with_claims")) == [
            {"claim_id": 999, "claim_text": None}]
