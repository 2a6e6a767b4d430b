"""Adding evidence documents: file → passages (text/) → figures (extract/) → store.

Reading and figure-finding run before the write transaction; a file whose bytes are
already stored is skipped before it is parsed, so re-adding a folder is cheap.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from factcheck.extract.figures import figures
from factcheck.store import documents as library
from factcheck.store.facade import Store
from factcheck.text.documents import DEFAULT_MAX_BYTES, Document, read_document


@dataclass(frozen=True)
class DocumentOutcome:
    document_id: int
    created: bool
    passages: int
    kind: str


def passage_figures(text: str) -> list[tuple]:
    """(value, value_max, unit, start, end) of every figure in a passage (years left out:
    dates are matched by their resolved date, not as numbers)."""
    return figures(text)


def store_document(store: Store, document: Document, reviewer: str | None = None
                   ) -> DocumentOutcome:
    existing = library.document_id_for_hash(store, document.content_hash)
    if existing is not None:
        return DocumentOutcome(existing, False, library.document(store, existing).passages,
                               document.kind)
    figures = [passage_figures(p.text) for p in document.passages]
    doc_id, created = library.insert_document(store, document, figures, reviewer)
    return DocumentOutcome(doc_id, created, len(document.passages), document.kind)


def store_documents(store: Store, documents: list[Document], reviewer: str | None = None,
                    count_words: bool = True) -> list[DocumentOutcome]:
    """Several documents in one transaction (one commit: fast for folders of small files).
    Adding many batches, pass count_words=False and call `finish_adding` after the last."""
    batch = [(d, [passage_figures(p.text) for p in d.passages]) for d in documents]
    stored = library.insert_documents(store, batch, reviewer)
    if count_words and any(created for _, created in stored):
        library.refresh_term_counts(store)
    return [DocumentOutcome(doc_id, created, len(d.passages), d.kind)
            for (doc_id, created), d in zip(stored, documents)]


def finish_adding(store: Store) -> None:
    """After the last batch: the word counts that pick a claim's rarest words."""
    library.refresh_term_counts(store)


def already_stored(store: Store, path: Path, max_bytes: int) -> DocumentOutcome | None:
    """The stored document with this file's exact bytes, if any (checked before parsing)."""
    try:
        if not path.is_file() or path.stat().st_size > max_bytes:
            return None
        existing = library.document_id_for_hash(store, hashlib.sha256(path.read_bytes()).hexdigest())
    except OSError:
        return None  # read_document reports it
    if existing is None:
        return None
    doc = library.document(store, existing)
    return DocumentOutcome(existing, False, doc.passages, doc.kind)


def add_document_file(store: Store, path: str | Path, reviewer: str | None = None,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentOutcome:
    """Read and store one file; ArticleError naming the file when it is unusable."""
    path = Path(path)
    return already_stored(store, path, max_bytes) \
        or store_document(store, read_document(path, max_bytes), reviewer)
