"""Review actions: verdicts, sources and notes, each one transaction plus a history event.

No UI here: the CLI and the TUI call these. Every event stores the full row before and
after the change, so the history alone is enough to undo or redo it (see undo.py).
Compose several actions atomically with `with store.transaction(): ...`.
"""

from __future__ import annotations

from dataclasses import asdict
from urllib.parse import urlsplit

from factcheck.errors import InvalidInputError, VersionConflictError
from factcheck.models import STATUSES, Note, Source, Verdict, source_record
from factcheck.store.facade import Store, now

# "source.remove": no action writes it now, but a history written before may hold it
UNDOABLE = ("verdict", "source.add", "source.remove", "note.add", "note.edit", "note.delete")


def set_verdict(store: Store, claim_id: int, status: str, reviewer: str,
                expected_version: int | None = None, reused_from: int | None = None) -> Verdict:
    """Record `reviewer`'s verdict on a claim.

    With `expected_version` (the version the caller saw) the change is refused with
    VersionConflictError if someone else changed the verdict meanwhile. Setting the same
    status by the same reviewer again changes nothing and records nothing.
    """
    if status not in STATUSES:
        raise InvalidInputError(f"unknown status {status!r} (use one of: {', '.join(STATUSES)})")
    with store.transaction():
        before = store.verdict(claim_id)
        if expected_version is not None and before.version != expected_version:
            raise VersionConflictError(claim_id, expected_version, before)
        if before.status == status and before.reviewer == reviewer:
            return before
        after = store.write_verdict(claim_id, status, reviewer, before.version)
        if after is None:  # cannot happen under BEGIN IMMEDIATE; kept as a guard
            raise VersionConflictError(claim_id, before.version, store.verdict(claim_id))
        recorded = after.to_dict()
        if reused_from is not None:
            recorded["reused_from"] = reused_from
        store.append_event("verdict", reviewer, claim_id=claim_id, before=before.to_dict(),
                           after=recorded, at=after.updated_at)
    return after


def reuse_verdict(store: Store, claim_id: int, from_claim_id: int, reviewer: str,
                  expected_version: int | None = None, force: bool = False) -> Verdict:
    """Give a claim the verdict already reached on the same claim in another article;
    the history says where it came from.

    Only between claims that say the same thing (`crossref.matches` lists one for the
    other, not as a conflict) in different articles, unless `force`. A claim that already
    has that verdict is left alone: the returned Verdict is unchanged (same version)."""
    if from_claim_id == claim_id:
        raise InvalidInputError("a claim cannot reuse its own verdict")
    with store.transaction():
        target = store.claim(claim_id)
        source = store.claim(from_claim_id)
        if source.status == "pending":
            raise InvalidInputError(f"claim {from_claim_id} has no verdict yet to reuse")
        if not force:
            _check_reusable(store, target, source)
        if target.status == source.status:
            return target.verdict
        return set_verdict(store, claim_id, source.status, reviewer, expected_version,
                           reused_from=from_claim_id)


def _check_reusable(store: Store, target, source) -> None:
    """InvalidInputError unless the two claims are the same quote or figure, in two
    different articles."""
    from factcheck.verify import crossref  # imported late: it loads rapidfuzz

    if target.article_id == source.article_id:
        raise InvalidInputError(f"claims {target.id} and {source.id} are in the same article; "
                                "reuse copies a verdict from another article (--force to copy "
                                "it anyway)")

    def same(a, b) -> bool:
        return any(m.claim.id == b.id and m.conflict is None for m in crossref.matches(store, a.id))

    if not (same(target, source) or same(source, target)):
        raise InvalidInputError(f"claim {source.id} is not the same {target.claim.kind} as "
                                f"claim {target.id} (see 'factcheck matches {target.id}'; "
                                "--force to copy its verdict anyway)")


def add_quote_check(store: Store, claim_id: int, source: str, match, reviewer: str) -> Source:
    """Save a quote check (factcheck.verify.match.QuoteMatch) as evidence: a source whose excerpt
    is the matching passage, with the score and classification."""
    with store.transaction():
        claim = store.claim(claim_id)
        if claim.claim.kind != "quote":
            raise InvalidInputError(f"claim {claim_id} is a {claim.claim.kind}, not a quote")
        stamp = now()
        row = store.insert_source({
            "claim_id": claim_id, "url": source, "title": f"Quote check: {match.classification}",
            "excerpt": _blank_to_none(match.excerpt), "retrieved_at": stamp, "added_by": reviewer,
            "added_at": stamp, "match_score": round(match.score, 1),
            "match_class": match.classification})
        store.append_event("source.add", reviewer, claim_id=claim_id, after=source_record(row), at=stamp)
    return row


def merge_speaker(store: Store, alias: str, canonical: str, reviewer: str) -> int:
    """Make `alias` ("Trump") read `canonical` ("Donald Trump") on every quote; returns how
    many quotes changed. One event per quote, so each claim's history shows it."""
    alias, canonical = alias.strip(), canonical.strip()
    if not alias or not canonical or alias == canonical:
        raise InvalidInputError("give two different speaker names: ALIAS and CANONICAL")
    with store.transaction():
        if canonical not in store.speaker_counts() and canonical not in store.speaker_aliases().values():
            raise InvalidInputError(f"no speaker named {canonical!r} (see 'factcheck speakers')")
        stamp = now()
        ids = store.merge_speaker(alias, canonical, reviewer, stamp)
        if not ids:
            raise InvalidInputError(f"no quote is attributed to {alias!r}")
        for cid in ids:
            store.append_event("speaker.merge", reviewer, claim_id=cid, before={"speaker": alias},
                               after={"speaker": canonical}, at=stamp)
    return len(ids)


def validate_url(url: str) -> str:
    """An http(s) address with a host, trimmed; InvalidInputError otherwise."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if not parts or parts.scheme.lower() not in ("http", "https") or not host \
            or any(ch.isspace() for ch in url):
        raise InvalidInputError(f"not a web address: {url!r} "
                                "(a source must start with http:// or https:// and name a host)")
    return url


def add_source(store: Store, claim_id: int, url: str, reviewer: str, title: str | None = None,
               excerpt: str | None = None, retrieved_at: str | None = None) -> Source:
    """Attach evidence to a claim (the URL must be http/https with a host)."""
    url = validate_url(url)
    with store.transaction():
        store.claim(claim_id)  # NotFoundError for an unknown claim
        stamp = now()
        source = store.insert_source({
            "claim_id": claim_id, "url": url, "title": _blank_to_none(title),
            "excerpt": _blank_to_none(excerpt), "retrieved_at": retrieved_at or stamp,
            "added_by": reviewer, "added_at": stamp})
        store.append_event("source.add", reviewer, claim_id=claim_id, after=source_record(source),
                           at=stamp)
    return source


def add_note(store: Store, claim_id: int, body: str, reviewer: str) -> Note | None:
    """Add a note; an empty or blank note is nothing: no row, no event, returns None."""
    if not body or not body.strip():
        return None
    with store.transaction():
        store.claim(claim_id)
        stamp = now()
        note = store.insert_note({"claim_id": claim_id, "body": body, "author": reviewer,
                                  "created_at": stamp, "updated_at": stamp})
        store.append_event("note.add", reviewer, claim_id=claim_id, after=asdict(note), at=stamp)
    return note


def edit_note(store: Store, note_id: int, body: str, reviewer: str) -> Note | None:
    """Change a note's text. Unchanged text records nothing; blank text deletes the note."""
    if not body or not body.strip():
        delete_note(store, note_id, reviewer)
        return None
    with store.transaction():
        before = store.note(note_id)
        if before.body == body:
            return before
        after = store.update_note(note_id, body)
        store.append_event("note.edit", reviewer, claim_id=before.claim_id,
                           before=asdict(before), after=asdict(after), at=after.updated_at)
    return after


def delete_note(store: Store, note_id: int, reviewer: str) -> None:
    with store.transaction():
        note = store.note(note_id)
        store.delete_note(note_id)
        store.append_event("note.delete", reviewer, claim_id=note.claim_id, before=asdict(note))


def _blank_to_none(value: str | None) -> str | None:
    return (value.strip() or None) if value else None
