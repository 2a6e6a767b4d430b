"""The store: schema migrations, safe opening, one-transaction ingest, queries, history."""

from __future__ import annotations

import os
import sqlite3
import threading

import pytest
from sqlite_utils import Database

from conftest import SAMPLE_TEXT, sample_claims
from factcheck.review import verdicts as review
from factcheck.store import schema
from factcheck.errors import FactcheckError, NotFoundError, SchemaTooNewError, StoreError
from factcheck.models import ArticleMeta, Claim
from factcheck.store.facade import Store


# --- migrations -------------------------------------------------------------------------


def test_fresh_database_has_every_step_and_safe_pragmas(store):
    assert store.applied_migrations() == schema.KNOWN
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10000
    tables = set(store.db.table_names())
    assert {"articles", "claims", "verdicts", "sources", "notes", "events",
            "claims_fts"} <= tables


def test_database_from_first_version_upgrades_on_open(db_path):
    old = Database(str(db_path))
    schema.migrations.apply(old, stop_before=schema.KNOWN[1])
    assert [m.name for m in schema.migrations.applied(old)] == ["0001_core"]
    with old.atomic():
        old.execute("INSERT INTO articles (content_hash, title, ingested_at, text, chars) "
                    "VALUES ('h', 'Old', '2025-01-01T00:00:00Z', 'Bob Jones spoke.', 16)")
        old.execute("INSERT INTO claims (article_id, position, kind, text, start, \"end\", "
                    "speaker) VALUES (1, 0, 'quote', 'Bob Jones', 0, 9, 'Bob Jones')")
        old.execute("INSERT INTO verdicts (claim_id, updated_at) VALUES (1, '2025-01-01')")
        old.execute("INSERT INTO events (at, action, article_id) VALUES ('2025-01-01', "
                    "'ingest', 1)")
    old.close()

    with Store.open(db_path) as store:
        assert store.applied_migrations() == schema.KNOWN
        # 0002: existing claims were indexed for full-text search
        assert [c.id for c in store.search("jones")] == [1]
        # 0003: history entries can now point at the event they undo
        review.set_verdict(store, 1, "verified", "ann")
        assert [e.action for e in store.history()] == ["ingest", "verdict"]
        assert store.history()[0].ref is None


def test_database_from_newer_version_is_refused_untouched(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('factcheck', '0099_from_the_future', '2030-01-01')")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of factcheck.*0099_from_the_future"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_migrations_run_in_a_transaction(db_path, monkeypatch):
    """A failing step leaves no half-built schema: the next open starts cleanly."""
    def boom(db):
        raise RuntimeError("step failed")

    monkeypatch.setattr(schema.migrations._migrations[2], "fn", boom)
    with pytest.raises(RuntimeError):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'"
                        ).fetchone()[0] == 0
    conn.close()
    monkeypatch.undo()
    with Store.open(db_path) as store:
        assert store.applied_migrations() == schema.KNOWN


# --- opening bad paths ------------------------------------------------------------------


def test_not_a_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello, I am not a database\n" * 10)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store.open(path)
    assert path.read_text().startswith("hello")


def test_read_only_database_is_refused(db_path):
    Store.open(db_path).close()
    os.chmod(db_path, 0o444)
    with pytest.raises(StoreError, match="read-only"):
        Store.open(db_path)


def test_directory_and_missing_database(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="no database here yet"):
        Store.open(tmp_path / "absent.db", create=False)
    with pytest.raises(StoreError, match="directory does not exist"):
        Store.open(tmp_path / "no" / "such" / "x.db")


def test_foreign_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a factcheck database.*recipes"):
        Store.open(path)


# --- articles and claims ----------------------------------------------------------------


def test_add_article_stores_claims_verdicts_and_event_once(store):
    claims = sample_claims()
    article_id, created = store.add_article(SAMPLE_TEXT, ArticleMeta(title="T"), claims)
    assert created
    again_id, created_again = store.add_article(SAMPLE_TEXT, ArticleMeta(title="other"), claims)
    assert (again_id, created_again) == (article_id, False)
    assert len(store.articles()) == 1
    stored = store.claims(article_id=article_id)
    assert [s.claim for s in stored] == sorted(claims, key=lambda c: c.start)
    assert all(s.status == "pending" and s.verdict.version == 1 for s in stored)
    article = store.article(article_id)
    assert article.title == "T" and article.chars == len(SAMPLE_TEXT)
    assert all(article.text[s.claim.start:s.claim.end] == s.claim.text for s in stored)
    events = store.history()
    assert [(e.action, e.article_id, e.after["claims"]) for e in events] == [("ingest", 1, 4)]


def test_claim_with_wrong_offsets_is_refused_and_nothing_written(store):
    bad = [Claim("number", "52", 0, 2)]  # the text there is "Al", not "52"
    with pytest.raises(FactcheckError, match="not the article's text"):
        store.add_article(SAMPLE_TEXT, ArticleMeta(), bad)
    assert store.articles() == [] and store.history() == []


def test_claims_page_by_key_and_filter(store):
    texts = []
    for n in range(3):
        text = f"Article {n}: " + " ".join(f"{i} apples" for i in range(40))
        texts.append(text)
        claims = [Claim("number", m, text.index(m), text.index(m) + len(m), value=float(m))
                  for m in sorted({w for w in text.split() if w.isdigit()}, key=text.index)]
        store.add_article(text, ArticleMeta(), claims)
    everything = store.claims()
    assert len(everything) == store.count_claims() == 120
    pages, after = [], None
    while page := store.claims(after=after, limit=7):
        pages.extend(page)
        after = page[-1].key
    assert [c.id for c in pages] == [c.id for c in everything]
    assert [c.key for c in everything] == sorted(c.key for c in everything)
    assert len(list(store.iter_claims(page_size=13))) == 120

    review.set_verdict(store, everything[5].id, "disputed", "ann")
    disputed = store.claims(status="disputed")
    assert [c.id for c in disputed] == [everything[5].id]
    assert store.count_claims(status="pending") == 119
    assert store.count_claims(article_id=2, kind="number") == 40
    assert store.count_claims(kind="quote") == 0
    assert store.progress()[1] == {"pending": 39, "verified": 0, "disputed": 1,
                                   "unverifiable": 0}


def test_unknown_ids_raise_not_found(store, sample):
    with pytest.raises(NotFoundError, match="no claim with id 999"):
        store.claim(999)
    with pytest.raises(NotFoundError, match="no article with id 7"):
        store.article(7)


@pytest.mark.parametrize("query", ['"', "AND", "(", "NEAR(", "*", "a OR", "ballots\"",
                                   "speaker:alice", "-", "^"])
def test_search_never_fails_on_user_input(store, sample, query):
    store.search(query)  # no exception is the behaviour under test


def test_search_finds_text_sentence_and_speaker(store, sample):
    assert [c.claim.text for c in store.search("alice")] == ['"we counted 52 ballots"']
    assert sorted(c.claim.kind for c in store.search("ballots")) == ["number", "quote"]
    assert store.search("ballo") == []
    assert len(store.search("ballo", prefix=True)) == 2
    assert store.search("   ") == []


# --- history and transactions -----------------------------------------------------------


def test_events_are_append_only(store, sample):
    review.set_verdict(store, 1, "verified", "ann")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE events SET reviewer = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM events")
    assert [e.reviewer for e in store.history()] == [None, "ann"]


def test_a_failed_transaction_leaves_nothing(store, sample):
    with pytest.raises(RuntimeError):
        with store.transaction():
            review.set_verdict(store, 1, "verified", "ann")
            review.add_note(store, 1, "looks right", "ann")
            raise RuntimeError("crash in the middle")
    assert store.claim(1).status == "pending"
    assert store.notes(1) == [] and len(store.history()) == 1


def test_concurrent_reviewers_lose_no_update(db_path):
    with Store.open(db_path) as s:
        s.add_article(SAMPLE_TEXT, ArticleMeta(), sample_claims())
    errors = []

    def work(name):
        try:
            with Store.open(db_path) as s:
                for i in range(40):
                    review.set_verdict(s, 1 + i % 4, ("verified", "disputed")[(i // 4) % 2], name)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(f"r{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(db_path) as s:
        verdict_events = [e for e in s.history() if e.action == "verdict"]
        assert len(verdict_events) == 160
        # versions form an unbroken chain per claim: nobody overwrote blindly
        for claim_id in range(1, 5):
            versions = [e.after["version"] for e in verdict_events if e.claim_id == claim_id]
            assert versions == list(range(2, 42))


def test_opening_the_database_twice_in_one_process_keeps_later_writes(tmp_path):
    """Reading the file with open() while a connection is open would drop this process's
    POSIX locks; another process closing the database could then delete the WAL under
    us, and later writes would be invisible to everyone else."""
    import subprocess
    import sys

    from factcheck.models import ArticleMeta, Claim

    db = tmp_path / "twice.db"
    count = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
             "print(c.execute('select count(*) from articles').fetchone()[0]); c.close()")

    def seen_elsewhere() -> int:
        out = subprocess.run([sys.executable, "-c", count, str(db)], capture_output=True,
                             text=True, check=True)
        return int(out.stdout)

    first = Store.open(db)
    first.add_article("One claim: 5 boxes.", ArticleMeta(title="a"),
                      [Claim("number", "5 boxes", 11, 18, value=5.0, unit="boxes")])
    Store.open(db).close()  # a second open and close in the same process
    assert seen_elsewhere() == 1
    first.add_article("Two claims: 6 boxes.", ArticleMeta(title="b"),
                      [Claim("number", "6 boxes", 12, 19, value=6.0, unit="boxes")])
    assert seen_elsewhere() == 2  # with the header read by open(), this saw 1
    first.close()
