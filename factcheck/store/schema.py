"""The database schema as an ordered list of sqlite-utils migrations.

Rules: a migration, once released, is never edited; every change is a new step appended
at the end. `Store.open` applies pending steps and refuses a database that has applied
steps this code does not know (it was written by a newer factcheck).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from factcheck.store.schema_sql import (CLAIMS_FTS_BACKLOG, EVENTS_WITH_KEYS, EVIDENCE_LIBRARY,
                                       STANCES_TRIGGER, VIEWS)

MIGRATION_SET = "factcheck"
migrations = Migrations(MIGRATION_SET)
KNOWN: list[str] = []  # every step this code knows, in order


def step(name: str):
    """Register a migration under a fixed name (names, not function names, are the contract)."""

    def register(fn):
        KNOWN.append(name)
        return migrations(name=name)(fn)

    return register


@step("0001_core")
def _core(db: Database) -> None:
    """Articles, claims, verdicts, sources, notes and the append-only history.

    Sources and notes use AUTOINCREMENT so that an id freed by undo is never reused and
    redo can put the row back under its old id.
    """
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            url TEXT,
            published TEXT,
            ingested_at TEXT NOT NULL,
            text TEXT NOT NULL,
            chars INTEGER NOT NULL,
            source_path TEXT
        );
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'number', 'date')),
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence TEXT NOT NULL DEFAULT '',
            speaker TEXT,
            speaker_role TEXT,
            partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
            mention INTEGER NOT NULL DEFAULT 0 CHECK (mention IN (0, 1)),
            value REAL,
            value_max REAL,
            unit TEXT,
            qualifier TEXT,
            date TEXT,
            checkworthiness REAL NOT NULL DEFAULT 0,
            CHECK (start >= 0 AND "end" >= start),
            UNIQUE (article_id, position)
        );
        CREATE INDEX claims_article_start ON claims (article_id, start, id);
        CREATE INDEX claims_kind ON claims (kind);
        CREATE TABLE verdicts (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'verified', 'disputed', 'unverifiable')),
            reviewer TEXT,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
        );
        CREATE INDEX verdicts_status ON verdicts (status, claim_id);
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            url TEXT NOT NULL,
            title TEXT,
            excerpt TEXT,
            retrieved_at TEXT,
            added_by TEXT,
            added_at TEXT NOT NULL
        );
        CREATE INDEX sources_claim ON sources (claim_id);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            body TEXT NOT NULL CHECK (length(trim(body)) > 0),
            author TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX notes_claim ON notes (claim_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            reviewer TEXT,
            claim_id INTEGER,
            article_id INTEGER,
            action TEXT NOT NULL,
            before TEXT CHECK (before IS NULL OR json_valid(before)),
            after TEXT CHECK (after IS NULL OR json_valid(after))
        );
        CREATE INDEX events_claim ON events (claim_id, id);
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN
            SELECT RAISE(ABORT, 'events are append-only: history cannot be changed');
        END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN
            SELECT RAISE(ABORT, 'events are append-only: history cannot be deleted');
        END;
        """
    )


@step("0002_claims_fts")
def _claims_fts(db: Database) -> None:
    """Full-text search over claim text, sentence and speaker, kept current by triggers."""
    db["claims"].enable_fts(["text", "sentence", "speaker"], create_triggers=True)


@step("0003_event_ref")
def _event_ref(db: Database) -> None:
    """Undo/redo events point at the event they revert; per-reviewer replay needs an index."""
    db.execute("ALTER TABLE events ADD COLUMN ref INTEGER")
    db.execute("CREATE INDEX events_reviewer ON events (reviewer, id)")



@step("0004_verification")
def _verification(db: Database) -> None:
    """Quote checks are sources with a match score and class; figures and speakers are
    looked up across articles by value and name; merged speaker aliases are remembered."""
    db.execute("ALTER TABLE sources ADD COLUMN match_score REAL")
    db.execute("ALTER TABLE sources ADD COLUMN match_class TEXT")
    db.execute('CREATE INDEX claims_kind_unit_value ON claims (kind, unit, value)')
    db.execute("CREATE INDEX claims_speaker ON claims (speaker)")
    # how many claims hold each word: lookups search by a claim's rarest words
    db.execute("CREATE VIRTUAL TABLE claims_fts_vocab USING fts5vocab(claims_fts, 'row')")
    db.execute(
        """
        CREATE TABLE speaker_aliases (
            alias TEXT PRIMARY KEY,
            canonical TEXT NOT NULL,
            merged_by TEXT,
            merged_at TEXT NOT NULL
        )
        """
    )


@step("0005_team")
def _team(db: Database) -> None:
    """A desk of reviewers: desk settings (second-review policy, editors), every reviewer's
    own verdict per claim (for second review and agreement), editors' resolutions of
    disagreements, and who has taken which article."""
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE reviews (
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            reviewer TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('verified', 'disputed', 'unverifiable')),
            decided_at TEXT NOT NULL,
            PRIMARY KEY (claim_id, reviewer)
        );
        CREATE INDEX reviews_reviewer ON reviews (reviewer);
        CREATE TABLE resolutions (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
            status TEXT NOT NULL CHECK (status IN ('verified', 'disputed', 'unverifiable')),
            editor TEXT NOT NULL,
            note TEXT,
            resolved_at TEXT NOT NULL
        );
        CREATE TABLE takes (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            reviewer TEXT NOT NULL,
            taken_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        INSERT INTO reviews (claim_id, reviewer, status, decided_at)
            SELECT claim_id, reviewer, status, updated_at FROM verdicts
            WHERE status != 'pending' AND reviewer IS NOT NULL;
        """
    )


@step("0006_speaker_kind")
def _speaker_kind(db: Database) -> None:
    """Whether a quote's speaker is a person or an organisation, as extraction saw it
    (ClaimReview names the speaker as a Person or an Organization)."""
    db.execute("ALTER TABLE claims ADD COLUMN speaker_kind TEXT")


@step("0007_stances_from_history")
def _stances_from_history(db: Database) -> None:
    """Each reviewer's own verdict (`reviews`) follows the history, so that the review
    actions know nothing of second review: a verdict, undo or redo entry by a reviewer
    leaves them with the status it sets if the verdict is now theirs, and with no stance
    otherwise (pending, or an undo that gave the claim back to someone else).

    While `stances_paused` holds a row (only ever inside one transaction, see
    store/team.py) appended history is not a stance: an editor's resolution, or entries
    copied in by import, which brings each reviewer's stance over on its own.
    """
    db.execute("CREATE TABLE stances_paused (id INTEGER PRIMARY KEY)")
    db.execute(STANCES_TRIGGER)


@step("0008_page_metadata")
def _page_metadata(db: Database) -> None:
    """What a web page says about the article it holds (byline, site, canonical URL, last
    change) and its raw HTML, so the article can be extracted again later without fetching
    it again. One row per article that came from a page (the URL asked for is the
    article's source_path; the final URL after redirects is its url)."""
    db.executescript(
        """
        CREATE TABLE pages (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            byline TEXT,
            site_name TEXT,
            canonical_url TEXT,
            modified TEXT,
            html TEXT
        );
        """
    )


@step("0009_views_and_keys")
def _views_and_keys(db: Database) -> None:
    """For browsing with Datasette (or any SQLite tool): history entries point at their
    article and reverted entry by foreign key (not at their claim: `reextract` deletes
    claims that are gone from the text, and their history outlives them), and two views join what a person
    wants to read — every claim with its current verdict and article, and the history
    with the claim and article each entry is about.

    SQLite cannot add a foreign key to a table, so `events` is rebuilt (same rows, ids,
    indexes and triggers: append-only, and the stances of 0007). Keys are added only where they hold: in a database
    whose history points at rows that are not there (edited by hand), `events` is left
    as it was. Statements run one by one: `executescript` would commit mid-migration.
    """
    dangling = db.execute(
        """
        SELECT count(*) FROM events e
        WHERE (e.article_id IS NOT NULL AND e.article_id NOT IN (SELECT id FROM articles))
           OR (e.ref IS NOT NULL AND e.ref NOT IN (SELECT id FROM events))
        """).fetchone()[0]
    if not dangling:
        for statement in EVENTS_WITH_KEYS:
            db.execute(statement)
        db.execute(STANCES_TRIGGER)  # dropped with the old table
    for statement in VIEWS:
        db.execute(statement)


@step("0010_evidence_library")
def _evidence_library(db: Database) -> None:
    """The evidence library: documents, their citable passages (with page/paragraph/row and,
    for earlier fact-checks, the claim reviewed and its rating), full-text search over
    passages (and over earlier fact-checks' claimReviewed alone, a much smaller index),
    the figures each passage states (looked up by value), what the last look
    for evidence found per claim (for the list marker; cleared when the library changes),
    and sources that remember which passage they cite and where."""
    db.executescript(EVIDENCE_LIBRARY)


@step("0011_claims_fts_backlog")
def _claims_fts_backlog(db: Database) -> None:
    """An article with very many claims is made searchable in short batches after it is
    stored, so one huge article does not hold the write lock past other writers' patience
    (store/fts_backlog.py). Statements run one by one (no executescript: it commits)."""
    for statement in CLAIMS_FTS_BACKLOG:
        db.execute(statement)

