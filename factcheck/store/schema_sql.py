"""The long SQL texts of later schema steps (schema.py), kept apart so each module stays
short. A released step's SQL is never edited: these strings are part of the migrations.
"""

# Kept apart because 0009 rebuilds `events`, and a rebuilt table loses its triggers.
STANCES_TRIGGER = """
    CREATE TRIGGER stances_from_history AFTER INSERT ON events
    WHEN NEW.action IN ('verdict', 'undo', 'redo')
        AND NEW.claim_id IS NOT NULL AND NEW.reviewer IS NOT NULL
        AND json_type(NEW.after, '$.status') = 'text'
        AND json_type(NEW.after, '$.version') IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM stances_paused)
    BEGIN
        DELETE FROM reviews WHERE claim_id = NEW.claim_id AND reviewer = NEW.reviewer;
        INSERT INTO reviews (claim_id, reviewer, status, decided_at)
            SELECT NEW.claim_id, NEW.reviewer, json_extract(NEW.after, '$.status'),
                   json_extract(NEW.after, '$.updated_at')
            WHERE json_extract(NEW.after, '$.status') != 'pending'
                AND json_extract(NEW.after, '$.reviewer') IS NEW.reviewer;
    END
"""

# 0009_views_and_keys
APPEND_ONLY = """
    CREATE TRIGGER events_no_{verb} BEFORE {what} ON events
    BEGIN
        SELECT RAISE(ABORT, 'events are append-only: history cannot be {done}');
    END
"""
EVENTS_WITH_KEYS = (
    """
    CREATE TABLE events_keyed (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        reviewer TEXT,
        claim_id INTEGER,  -- no key: re-extraction deletes claims, their history stays
        article_id INTEGER REFERENCES articles(id),
        action TEXT NOT NULL,
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after)),
        ref INTEGER REFERENCES events_keyed(id)
    )
    """,
    "INSERT INTO events_keyed (id, at, reviewer, claim_id, article_id, action, before, after,"
    " ref) SELECT id, at, reviewer, claim_id, article_id, action, before, after, ref"
    " FROM events ORDER BY id",
    "DROP TABLE events",
    "ALTER TABLE events_keyed RENAME TO events",
    "CREATE INDEX events_claim ON events (claim_id, id)",
    "CREATE INDEX events_reviewer ON events (reviewer, id)",
    "CREATE INDEX events_article ON events (article_id, id)",
    APPEND_ONLY.format(verb="update", what="UPDATE", done="changed"),
    APPEND_ONLY.format(verb="delete", what="DELETE", done="deleted"),
)
VIEWS = (
    """
    CREATE VIEW claims_with_verdicts AS
        SELECT c.id AS claim_id, c.article_id, a.title AS article_title, c.position,
               c.kind, c.text, c.speaker, c.value, c.value_max, c.unit, c.qualifier,
               c.date, c.checkworthiness, v.status, v.reviewer, v.updated_at AS decided_at,
               v.version, c.sentence
        FROM claims c
        JOIN verdicts v ON v.claim_id = c.id
        JOIN articles a ON a.id = c.article_id
    """,
    """
    CREATE VIEW history_with_claims AS
        SELECT e.id AS event_id, e.at, e.reviewer, e.action, e.claim_id,
               c.kind AS claim_kind, c.text AS claim_text,
               coalesce(e.article_id, c.article_id) AS article_id,
               a.title AS article_title, e.before, e.after, e.ref
        FROM events e
        LEFT JOIN claims c ON c.id = e.claim_id
        LEFT JOIN articles a ON a.id = coalesce(e.article_id, c.article_id)
    """,
)

# 0010_evidence_library; indented as it was inside the step: SQLite keeps the text
EVIDENCE_LIBRARY = """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            content_hash TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('text', 'csv', 'pdf', 'html', 'claimreview')),
            title TEXT,
            path TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            passages INTEGER NOT NULL,
            added_by TEXT,
            added_at TEXT NOT NULL
        );
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            position INTEGER NOT NULL,
            page INTEGER,
            paragraph INTEGER,
            "row" INTEGER,
            text TEXT NOT NULL,
            claim_reviewed TEXT,
            rating TEXT,
            organisation TEXT,
            review_date TEXT,
            url TEXT,
            UNIQUE (document_id, position)
        );
        CREATE TABLE passage_figures (
            passage_id INTEGER NOT NULL REFERENCES passages(id),
            value REAL NOT NULL,
            value_max REAL,
            unit TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        -- every lookup names the unit (NULL for a bare figure) and a value range
        CREATE INDEX passage_figures_unit_value ON passage_figures (unit, value);
        CREATE INDEX passage_figures_passage ON passage_figures (passage_id);
        -- filled by store/documents.py in one INSERT … SELECT per batch (a per-row trigger
        -- is eight times slower); kept current on delete by triggers
        CREATE VIRTUAL TABLE passages_fts USING fts5 (text, content='passages',
            content_rowid='id');
        CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
            INSERT INTO passages_fts (passages_fts, rowid, text)
                VALUES ('delete', old.id, old.text);
        END;
        CREATE VIRTUAL TABLE passages_fts_vocab USING fts5vocab (passages_fts, 'row');
        CREATE VIRTUAL TABLE reviews_fts USING fts5 (claim_reviewed, content='passages',
            content_rowid='id');
        CREATE TRIGGER reviews_ad AFTER DELETE ON passages WHEN old.claim_reviewed IS NOT NULL
        BEGIN
            INSERT INTO reviews_fts (reviews_fts, rowid, claim_reviewed)
                VALUES ('delete', old.id, old.claim_reviewed);
        END;
        -- how many passages hold each word, copied from passages_fts_vocab after adding
        -- documents: fts5vocab counts by reading a word's whole posting list, far too slow
        -- for a lookup per claim
        CREATE TABLE passage_terms (
            term TEXT PRIMARY KEY,
            passages INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE claim_evidence (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
            suggestions INTEGER NOT NULL,
            strong INTEGER NOT NULL CHECK (strong IN (0, 1)),
            best TEXT,
            computed_at TEXT NOT NULL
        );
        ALTER TABLE sources ADD COLUMN document_id INTEGER;
        ALTER TABLE sources ADD COLUMN passage_id INTEGER;
        ALTER TABLE sources ADD COLUMN position TEXT;
        """

# 0011_claims_fts_backlog: an article with very many claims is searchable a batch at a
# time (store/fts_backlog.py); its claims above `indexed_to` are not in claims_fts yet, so
# the triggers leave them alone until the backlog indexes them.
_INDEX_NEW_ROW = """INSERT INTO claims_fts (rowid, text, sentence, speaker)
            VALUES (NEW.rowid, NEW.text, NEW.sentence, NEW.speaker);"""
# a deleted or changed claim leaves the index only if it is in it
_OLD_ROW_INDEXED = """
    CREATE TRIGGER {name} AFTER {event} ON claims
    WHEN NOT EXISTS (SELECT 1 FROM fts_backlog
                     WHERE article_id = OLD.article_id AND OLD.id > indexed_to)
    BEGIN
        INSERT INTO claims_fts (claims_fts, rowid, text, sentence, speaker)
            VALUES ('delete', OLD.rowid, OLD.text, OLD.sentence, OLD.speaker);
        {also}
    END
"""
CLAIMS_FTS_BACKLOG = (
    """
    CREATE TABLE fts_backlog (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        indexed_to INTEGER NOT NULL DEFAULT 0  -- claims of the article with id <= this are indexed
    )
    """,
    "DROP TRIGGER claims_ai",
    "DROP TRIGGER claims_ad",
    "DROP TRIGGER claims_au",
    """
    CREATE TRIGGER claims_ai AFTER INSERT ON claims
    WHEN NOT EXISTS (SELECT 1 FROM fts_backlog WHERE article_id = NEW.article_id)
    BEGIN
        """ + _INDEX_NEW_ROW + """
    END
    """,
    _OLD_ROW_INDEXED.format(event="DELETE", name="claims_ad", also=""),
    _OLD_ROW_INDEXED.format(event="UPDATE", name="claims_au", also=_INDEX_NEW_ROW),
)
