"""The evidence library in SQL: documents, passages, their figures, and the lookups that
find candidate passages for a claim (full-text by rarest words, figures by value).

Callers pass a Store; every write runs inside `store.transaction()`, so a document is
stored whole (document row, passages, figures) or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.errors import NotFoundError
from factcheck.store.facade import Store, now

PASSAGE_COLUMNS = ("id", "document_id", "position", "page", "paragraph", "row", "text",
                   "claim_reviewed", "rating", "organisation", "review_date", "url")
_PASSAGE_SELECT = ("SELECT " + ", ".join(f'p."{c}"' for c in PASSAGE_COLUMNS)
                   + ", d.title AS document_title, d.path AS document_path, d.kind AS document_kind"
                   " FROM passages p JOIN documents d ON d.id = p.document_id")
_DOCUMENT_COLUMNS = "id, content_hash, kind, title, path, bytes, passages, added_by, added_at"


@dataclass(frozen=True)
class StoredDocument:
    id: int
    content_hash: str
    kind: str
    title: str | None
    path: str
    bytes: int
    passages: int
    added_by: str | None
    added_at: str


@dataclass(frozen=True)
class StoredPassage:
    """A passage with the document it belongs to (for citations)."""

    id: int
    document_id: int
    position: int
    page: int | None
    paragraph: int | None
    row: int | None
    text: str
    claim_reviewed: str | None
    rating: str | None
    organisation: str | None
    review_date: str | None
    url: str | None
    document_title: str | None
    document_path: str
    document_kind: str

    def where(self) -> str:
        parts = [f"{name} {value}" for name, value in
                 (("page", self.page), ("row", self.row), ("paragraph", self.paragraph))
                 if value is not None]
        return ", ".join(parts)


def document_id_for_hash(store: Store, digest: str) -> int | None:
    rows = store._dicts("SELECT id FROM documents WHERE content_hash = ?", [digest])
    return rows[0]["id"] if rows else None


def insert_documents(store: Store, batch: list[tuple], reviewer: str | None
                     ) -> list[tuple[int, bool]]:
    """Store several text.documents.Document, each with its passages' figures
    ((value, value_max, unit, start, end) per figure), in one transaction (one commit
    for many small files keeps indexing fast); each gets a "document.add" event.
    Idempotent by content hash: returns (id, created) per document."""
    out: list[tuple[int, bool]] = []
    stamp = now()
    with store.transaction():
        first = _next_passage_id(store)
        for document, figures in batch:
            existing = document_id_for_hash(store, document.content_hash)
            if existing is not None:
                out.append((existing, False))
                continue
            out.append((_insert_one(store, document, figures, reviewer, stamp), True))
        if any(created for _, created in out):
            # the full-text indexes in one pass over the new passages
            store.conn.execute("INSERT INTO passages_fts (rowid, text) "
                               "SELECT id, text FROM passages WHERE id >= ?", [first])
            store.conn.execute("INSERT INTO reviews_fts (rowid, claim_reviewed) SELECT id, "
                               "claim_reviewed FROM passages WHERE id >= ? "
                               "AND claim_reviewed IS NOT NULL", [first])
            store.conn.execute("DELETE FROM claim_evidence")  # suggestions may have changed
    return out


def insert_document(store: Store, document, figures: list[list[tuple]],
                    reviewer: str | None) -> tuple[int, bool]:
    """One document (see insert_documents)."""
    return insert_documents(store, [(document, figures)], reviewer)[0]


def _next_passage_id(store: Store) -> int:
    """A passage id never used before, not even by a removed document's passage that an
    attached source still names."""
    return store.conn.execute(
        "SELECT max(coalesce((SELECT max(id) FROM passages), 0),"
        " coalesce((SELECT max(passage_id) FROM sources), 0)) + 1").fetchone()[0]


def _insert_one(store: Store, document, figures: list[list[tuple]], reviewer: str | None,
                stamp: str) -> int:
    doc_id = store.conn.execute(
        "INSERT INTO documents (content_hash, kind, title, path, bytes, passages, added_by,"
        " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [document.content_hash, document.kind, document.title, document.path,
         document.size, len(document.passages), reviewer, stamp]).lastrowid
    first = _next_passage_id(store)
    store.conn.executemany(
        'INSERT INTO passages (id, document_id, position, page, paragraph, "row", text,'
        " claim_reviewed, rating, organisation, review_date, url)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ([first + n, doc_id, n, p.page, p.paragraph, p.row, p.text, p.claim_reviewed,
          p.rating, p.organisation, p.review_date, p.url]
         for n, p in enumerate(document.passages)))
    store.conn.executemany(
        'INSERT INTO passage_figures (passage_id, value, value_max, unit, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?)",
        ((first + n, *figure) for n, found in enumerate(figures) for figure in found))
    store.append_event("document.add", reviewer, after={
        "document_id": doc_id, "title": document.title, "path": document.path,
        "kind": document.kind, "passages": len(document.passages),
        "content_hash": document.content_hash}, at=stamp)
    return doc_id


def documents(store: Store) -> list[StoredDocument]:
    return [StoredDocument(**row) for row in
            store._dicts(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY id")]


def document(store: Store, document_id: int) -> StoredDocument:
    rows = store._dicts(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", [document_id])
    if not rows:
        raise NotFoundError(f"no document with id {document_id} (see 'factcheck sources list')")
    return StoredDocument(**rows[0])


def passages_of(store: Store, document_id: int, limit: int | None = None) -> list[StoredPassage]:
    sql = _PASSAGE_SELECT + " WHERE p.document_id = ? ORDER BY p.position"
    params: list = [document_id]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [StoredPassage(**row) for row in store._dicts(sql, params)]


def passages_by_id(store: Store, ids: Iterable[int]) -> dict[int, StoredPassage]:
    ids = list(dict.fromkeys(int(i) for i in ids))
    out: dict[int, StoredPassage] = {}
    for at in range(0, len(ids), 500):
        chunk = ids[at:at + 500]
        for row in store._dicts(_PASSAGE_SELECT + " WHERE p.id IN ("
                               + ", ".join("?" for _ in chunk) + ")", chunk):
            out[row["id"]] = StoredPassage(**row)
    return out


def passage(store: Store, passage_id: int) -> StoredPassage:
    found = passages_by_id(store, [passage_id])
    if passage_id not in found:
        raise NotFoundError(f"no passage with id {passage_id}")
    return found[passage_id]


def remove_document(store: Store, document_id: int, reviewer: str | None) -> StoredDocument:
    """Delete a document and its passages (sources already attached keep their copy)."""
    with store.transaction():
        doc = document(store, document_id)
        store.conn.execute("DELETE FROM passage_figures WHERE passage_id IN "
                           "(SELECT id FROM passages WHERE document_id = ?)", [document_id])
        store.conn.execute("DELETE FROM passages WHERE document_id = ?", [document_id])
        store.conn.execute("DELETE FROM documents WHERE id = ?", [document_id])
        store.conn.execute("DELETE FROM claim_evidence")
        refresh_term_counts(store)
        store.append_event("document.remove", reviewer, before={
            "document_id": doc.id, "title": doc.title, "path": doc.path, "kind": doc.kind,
            "passages": doc.passages, "content_hash": doc.content_hash})
    return doc


def refresh_term_counts(store: Store) -> None:
    """Count again how many passages hold each word (one pass over the full-text index,
    about a second for 50 MB): call once after adding or removing documents."""
    with store.transaction():
        store.conn.execute("DELETE FROM passage_terms")
        store.conn.execute("INSERT INTO passage_terms (term, passages) "
                           "SELECT term, doc FROM passages_fts_vocab")


def rarest_words(store: Store, words: list[str], n: int = 4) -> list[tuple[str, int]]:
    """The `n` of `words` that the fewest passages hold, with how many hold each (words
    no passage holds are left out), rarest first."""
    terms = sorted({w.lower() for w in words if w.isalnum()})
    if not terms:
        return []
    rows = store.conn.execute("SELECT term, passages FROM passage_terms WHERE term IN ("
                              + ", ".join("?" for _ in terms) + ") ORDER BY passages LIMIT ?",
                              [*terms, n]).fetchall()
    return [(term, count) for term, count in rows]


def search_passages(store: Store, words: list[str], *, all_words: bool = False,
                    limit: int = 50) -> list[tuple[int, str]]:
    """(id, text) of passages holding any (or all) of `words`, best full-text match first."""
    terms = [store.db.quote_fts(w) for w in words if w.strip()]
    if not terms:
        return []
    match = (" AND " if all_words else " OR ").join(terms)
    return store.conn.execute(
        "SELECT p.id, p.text FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid"
        " WHERE passages_fts MATCH ? ORDER BY passages_fts.rank LIMIT ?",
        [match, int(limit)]).fetchall()


def search_reviews(store: Store, words: list[str], limit: int = 50) -> list[tuple[int, str]]:
    """(id, claim reviewed) of earlier fact-checks sharing any of `words`, best first."""
    terms = [store.db.quote_fts(w) for w in words if w.strip()]
    if not terms:
        return []
    return store.conn.execute(
        "SELECT p.id, p.claim_reviewed FROM reviews_fts JOIN passages p"
        " ON p.id = reviews_fts.rowid WHERE reviews_fts MATCH ?"
        " ORDER BY reviews_fts.rank LIMIT ?", [" OR ".join(terms), int(limit)]).fetchall()


def figures_between(store: Store, low: float, high: float, unit: str | None,
                    limit: int = 200) -> list[tuple]:
    """Figures with low <= value <= high, stated with this unit (or, unit None, stated
    bare), with their passage's text: (passage_id, value, unit, start, end, text)."""
    condition = "pf.unit IS NULL" if unit is None else "pf.unit = ?"
    params = [] if unit is None else [unit]
    return store.conn.execute(
        'SELECT pf.passage_id, pf.value, pf.unit, pf.start, pf."end", p.text'
        " FROM passage_figures pf JOIN passages p ON p.id = pf.passage_id"
        f" WHERE {condition} AND pf.value BETWEEN ? AND ? AND p.claim_reviewed IS NULL LIMIT ?",
        [*params, low, high, int(limit)]).fetchall()


def library_size(store: Store) -> dict[str, int]:
    row = store._dicts("SELECT (SELECT count(*) FROM documents) AS documents, "
                      "(SELECT count(*) FROM passages) AS passages")[0]
    return dict(row)


def remember_suggestions(store: Store, claim_id: int, count: int, strong: bool,
                         best: str | None) -> None:
    """What the last look for evidence found for a claim (a cache, not history)."""
    with store.transaction():
        store.conn.execute(
            "INSERT OR REPLACE INTO claim_evidence (claim_id, suggestions, strong, best,"
            " computed_at) VALUES (?, ?, ?, ?, ?)", [claim_id, count, int(strong), best, now()])


def evidence_marks(store: Store, claim_ids: Iterable[int]) -> dict[int, bool]:
    """{claim_id: strong} for claims whose suggestions were computed (others left out)."""
    ids = list(dict.fromkeys(int(i) for i in claim_ids))
    out: dict[int, bool] = {}
    for at in range(0, len(ids), 500):
        chunk = ids[at:at + 500]
        for row in store._dicts("SELECT claim_id, strong FROM claim_evidence WHERE claim_id IN ("
                               + ", ".join("?" for _ in chunk) + ")", chunk):
            out[row["claim_id"]] = bool(row["strong"])
    return out


def strong_claims(store: Store) -> frozenset[int]:
    """Claims whose last look for evidence found an exact quote or the same figure."""
    return frozenset(row[0] for row in store.conn.execute(
        "SELECT claim_id FROM claim_evidence WHERE strong = 1"))
