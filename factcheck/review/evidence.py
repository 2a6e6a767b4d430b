"""Attaching a suggested passage to a claim as a source: one undoable review change.

The source keeps everything a citation needs even if the document is later removed from
the library: the document's title, its path or URL, where in it (page/paragraph/row),
the excerpt and how it relates to the claim (exact quote, same figure, conflict…).
"""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import DatabaseBusyError
from factcheck.models import Source, source_record
from factcheck.store import documents as library
from factcheck.store.facade import Store, now
from factcheck.verify.evidence import Suggestion, suggest_for


def source_url(suggestion: Suggestion) -> str:
    """A fact-check's own URL, else the document's web address or file URI."""
    p = suggestion.passage
    if p.url:
        return p.url
    if p.document_path.lower().startswith(("http://", "https://")):
        return p.document_path
    try:
        return Path(p.document_path).resolve().as_uri()
    except ValueError:
        return p.document_path


def evidence_class(suggestion: Suggestion) -> str:
    """'exact', 'altered' for quotes (as check-quote saves them); 'figure: conflict',
    'date: same', 'fact-check: close' otherwise."""
    if suggestion.kind == "quote":
        return suggestion.classification
    label = "fact-check" if suggestion.kind == "factcheck" else suggestion.kind
    return f"{label}: {suggestion.classification}"


def attach(store: Store, claim_id: int, suggestion: Suggestion, reviewer: str) -> Source:
    """Save a suggestion as a source on the claim, with a "source.add" history event
    (so `undo` takes it back)."""
    p = suggestion.passage
    with store.transaction():
        store.claim(claim_id)  # NotFoundError for an unknown claim
        stamp = now()
        title = p.document_title or Path(p.document_path).name
        if p.organisation and suggestion.kind == "factcheck":
            title = f"{p.organisation}: {p.rating or 'fact-check'}"
        row = store.insert_source({
            "claim_id": claim_id, "url": source_url(suggestion), "title": title,
            "excerpt": suggestion.excerpt or None, "retrieved_at": stamp, "added_by": reviewer,
            "added_at": stamp, "match_score": round(suggestion.score, 1),
            "match_class": evidence_class(suggestion), "document_id": p.document_id,
            "passage_id": p.id, "position": p.where() or None})
        store.append_event("source.add", reviewer, claim_id=claim_id, after=source_record(row), at=stamp)
    return row


def compute(store: Store, claim_id: int, limit: int = 10, remember: bool = True
            ) -> list[Suggestion]:
    """Suggestions for a claim; with `remember`, what was found (how many, whether one is
    strong) is kept for the marker in the claims list (a cache: skipped when busy)."""
    sc = store.claim(claim_id)
    found = suggest_for(store, sc, limit)
    if remember:
        try:
            library.remember_suggestions(store, claim_id, len(found),
                                         any(s.strong for s in found),
                                         found[0].reason if found else None)
        except DatabaseBusyError:
            pass
    return found
