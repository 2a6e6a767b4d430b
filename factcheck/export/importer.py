"""`factcheck import`: merge a JSON export (json_format) into this database.

Articles match by content hash, claims by (article, start, end, kind), sources by
(url, added_by, added_at), notes by (author, created_at) and history entries by their
content (when, who, what, before and after; ids aside), speaker aliases by name. What
matches is kept, what is
missing is added under its original reviewer and time, nothing is deleted, so importing
the same file twice adds nothing and both databases' histories end up side by side.

Verdicts: a decided verdict replaces a pending one. When both sides decided differently,
the later decision becomes current and the claim is reported as differing (issue 7 turns
these into disagreements for an editor). Every verdict an import changes is a history
entry ("import": who imported, when, from which file), and a verdict this database has
seen before is never taken again, so re-importing a file cannot revert a later local
decision. Times are checked (validate.py): none lies in the future.

The file is outside data. It is read twice, streaming (export_file.py), never whole: first
checked from end to end (validate.py: every field by type and format) before any database
is opened, then merged in one transaction: all or nothing. Memory stays at one article.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from factcheck.store import bulk
from factcheck.store import team as teamdb
from factcheck.errors import InvalidInputError
from factcheck.export import validate
from factcheck.export.export_file import (  # read_export: callers import it from here
    ExportFile, read_export, reread_articles)
from factcheck.models import Claim, Event, Verdict
from factcheck.store.facade import Store, now

_ROW_IDS = ("id", "claim_id")


@dataclass
class ImportResult:
    """What an import did, for the one-paragraph summary the CLI prints."""

    added: Counter = field(default_factory=Counter)  # articles, claims, sources, notes, events
    matched: Counter = field(default_factory=Counter)  # articles, claims
    verdicts_taken: int = 0
    notes_updated: int = 0
    differing: list[int] = field(default_factory=list)  # local claim ids decided differently

    def summary(self) -> str:
        a, m = self.added, self.matched
        text = (f"{a['articles']} articles added, {m['articles']} already here; "
                f"{a['claims']} claims added, {m['claims']} matched; "
                f"{self.verdicts_taken} verdicts taken; {a['sources']} sources and "
                f"{a['notes']} notes added; {a['events']} history entries added")
        if a["speaker aliases"]:
            text += f"; {a['speaker aliases']} speaker aliases added"
        if self.differing:
            shown = ", ".join(str(i) for i in self.differing[:10])
            more = "…" if len(self.differing) > 10 else ""
            text += (f"; {len(self.differing)} claims decided differently here and there "
                     f"(the later verdict is current, both are in the history): {shown}{more}")
        return text


def merge(store: Store, doc: dict | ExportFile, reviewer: str | None = None) -> ImportResult:
    """Merge a checked export (a file from read_export, or a document) into the store, in
    one transaction. `reviewer` is who imports: every verdict the import changes is a
    history entry of theirs naming the file."""
    if isinstance(doc, ExportFile):
        return _merge(store, doc.path, reread_articles(doc), doc.events, doc.speaker_aliases,
                      reviewer)
    problem = validate.check_document(doc)
    if problem:
        raise InvalidInputError(f"not a valid factcheck export ({problem})")
    return _merge(store, None, iter(doc["articles"]), doc.get("events", []),
                  doc.get("speaker_aliases", []), reviewer)


def _merge(store: Store, origin: str | None, articles, loose: list, aliases: list,
           reviewer: str | None) -> ImportResult:
    result = ImportResult()
    taking = _Taking(reviewer, origin)
    with store.transaction():
        events = _History(store)
        for article in articles:
            _article(store, article, result, events, taking)
        seen = {_key(e): e.id for e in bulk.article_events(store, None)}
        for e in loose:
            events.offer(e, seen, claim_id=None, article_id=None)
        with teamdb.stances_paused(store):  # stances come over from the file's reviews
            result.added["events"] = events.flush(store)
        taking.flush(store)
        result.added["speaker aliases"] = sum(
            bulk.add_speaker_alias(store, row) for row in aliases)
    return result


@dataclass
class _Taking:
    """Who imports and from which file, and the verdicts the import changed: each becomes
    a history entry after the file's own entries (which tell how it was decided there)."""

    reviewer: str | None
    origin: str | None
    entries: list[dict] = field(default_factory=list)

    def flush(self, store: Store) -> int:
        at = now()
        for entry in self.entries:
            store.append_event("import", self.reviewer, at=at, **entry)
        return len(self.entries)


def _article(store: Store, a: dict, result: ImportResult, events: _History,
             taking: _Taking) -> None:
    article_id = bulk.article_id_by_hash(store, a["content_hash"])
    appending = article_id is not None  # new claims of a known article go after its own
    if article_id is None:
        article_id = bulk.insert_article(store, {**a, "chars": len(a["text"])})
        result.added["articles"] += 1
        spans: dict = {}
        next_free = 0
    else:
        result.matched["articles"] += 1
        spans = bulk.claims_by_span(store, article_id)
        next_free = bulk.next_position(store, article_id)
    used: set[int] = set()
    seen = {_key(e): e.id for e in bulk.article_events(store, article_id)}
    for e in a["history"]:
        events.offer(e, seen, claim_id=None, article_id=article_id)
    for c in a["claims"]:
        span = (c["start"], c["end"], c["kind"])
        local = spans.get(span)
        if local is not None:
            result.matched["claims"] += 1
            history = store.history(claim_id=local.claim_id)
            _take_verdict(store, local, c["verdict"], result, history, taking)
            _claim_rows(store, local.claim_id, c, result, events, history)
            _take_reviews(store, local.claim_id, c.get("reviews", []))
            continue
        position = c.get("position")
        if appending or position is None or position in used:
            position = max(next_free, max(used, default=-1) + 1)
        used.add(position)
        claim_id = bulk.insert_claim(store, article_id, position, _claim(c), c["verdict"])
        theirs = c["verdict"]
        if theirs["status"] != "pending" and not _already_seen(
                ((e["at"], e.get("after")) for e in c["history"]), theirs):
            # a decision the file's history does not tell: say where it came from
            taking.entries.append({"claim_id": claim_id, "before": None, "after": {
                **_verdict_row(theirs), "imported_from": taking.origin}})
        spans[span] = Verdict(claim_id, **c["verdict"])
        result.added["claims"] += 1
        if c["verdict"]["status"] != "pending":  # a new claim comes with its verdict too
            result.verdicts_taken += 1
        _claim_rows(store, claim_id, c, result, events, None)
        _take_reviews(store, claim_id, c.get("reviews", []))


def _claim(c: dict) -> Claim:
    return Claim(**{f: c[f] for f in bulk.CLAIM_FIELDS if f in c})


def _take_verdict(store: Store, local: Verdict, theirs: dict, result: ImportResult,
                  history: list[Event], taking: _Taking) -> None:
    """Their verdict becomes current when it is news here and the later one; the change is
    a history entry ("import": who imported, when, from which file, before and after).

    A verdict this database has already seen (decided here, or taken from an earlier
    import) is not news: whatever was decided here since stands, whatever its time says,
    so re-importing a file never reverts a later local decision."""
    if (theirs["status"], theirs["reviewer"]) == (local.status, local.reviewer):
        return
    if theirs["status"] == "pending":
        return  # never undo a decision by importing an undecided claim
    if _already_seen(((e.at, e.after) for e in history), theirs):
        return
    if local.status != "pending":
        if theirs["status"] != local.status:
            result.differing.append(local.claim_id)
        if theirs["updated_at"] <= local.updated_at:
            return
    bulk.restore_verdict(store, local.claim_id, theirs["status"], theirs["reviewer"],
                         theirs["updated_at"])
    after = {**_verdict_row(theirs), "version": local.version + 1,
             "imported_from": taking.origin}
    taking.entries.append({"claim_id": local.claim_id, "before": local.to_dict(),
                           "after": after})
    result.verdicts_taken += 1


def _verdict_row(v: dict) -> dict:
    return {"status": v["status"], "reviewer": v["reviewer"], "updated_at": v["updated_at"],
            "version": v["version"]}


def _already_seen(history, theirs: dict) -> bool:
    """Whether one of the history entries, (at, after) pairs, set this very verdict (same
    status, reviewer and decision time)."""
    for at, after in history:
        after = after or {}
        if (after.get("status") == theirs["status"]
                and after.get("reviewer") == theirs["reviewer"]
                and theirs["updated_at"] in (after.get("updated_at"), at)):
            return True
    return False


def _take_reviews(store: Store, claim_id: int, reviews: list[dict]) -> None:
    """Each reviewer's own verdict comes over as theirs (a newer one wins), so a colleague's
    different verdict on a claim puts it in the resolve queue (team.resolve_queue)."""
    mine = {r.reviewer: (r.status, r.decided_at) for r in teamdb.reviews_of(store, claim_id)}
    for r in reviews:
        reviewer, status, at = r.get("reviewer"), r.get("status"), r.get("at") or ""
        if not reviewer or status not in ("verified", "disputed", "unverifiable"):
            continue
        if reviewer not in mine or at > mine[reviewer][1]:
            teamdb.set_review(store, claim_id, reviewer, status, at)


def _claim_rows(store: Store, claim_id: int, c: dict, result: ImportResult,
                events: _History, history: list[Event] | None) -> None:
    """Sources, notes and history of one claim; `history` is its history here (None: the
    claim was just created)."""
    fresh = history is None
    rows: dict[str, dict] = {"source": {}, "note": {}}  # file id → our id
    have = {} if fresh else {(s.url, s.added_by, s.added_at): s for s in store.sources(claim_id)}
    for s in c["sources"]:
        key = (s["url"], s.get("added_by"), s["added_at"])
        if key not in have:
            have[key] = store.insert_source({
                "claim_id": claim_id, "url": s["url"], "title": s.get("title"),
                "excerpt": s.get("excerpt"), "retrieved_at": s.get("retrieved_at"),
                "added_by": s.get("added_by"), "added_at": s["added_at"],
                "match_score": s.get("match_score"), "match_class": s.get("match_class"),
                "position": s.get("position")})
            result.added["sources"] += 1
        rows["source"][s.get("id")] = have[key].id
    notes = {} if fresh else {(n.author, n.created_at): n for n in store.notes(claim_id)}
    for n in c["notes"]:
        key = (n.get("author"), n["created_at"])
        mine = notes.get(key)
        if mine is None:
            notes[key] = mine = store.insert_note({
                "claim_id": claim_id, "body": n["body"], "author": n.get("author"),
                "created_at": n["created_at"], "updated_at": n["updated_at"]})
            result.added["notes"] += 1
        elif mine.body != n["body"] and n["updated_at"] > mine.updated_at:
            bulk.restore_note_body(store, mine.id, n["body"], n["updated_at"])
            result.notes_updated += 1
        rows["note"][n.get("id")] = mine.id
    seen = {} if fresh else {_key(e): e.id for e in history}
    for e in c["history"]:
        events.offer(e, seen, claim_id=claim_id, article_id=None, rows=rows)


class _History:
    """History entries to add, inserted together in the order they happened.

    Undo and redo replay a reviewer's entries in id order, so imported entries are
    appended by time (`at`), not article by article; `ref` (the entry an undo reverts)
    is translated to our id, whether that entry was already here or came in the file.
    Entries wait in a temporary table (bulk.pending_events), not in memory: a large
    file has hundreds of thousands.
    """

    def __init__(self, store: Store):
        self.store = store
        self.ids: dict[int, int | None] = {}  # the file's event id → ours
        self.count = 0
        bulk.start_pending_events(store)

    def offer(self, e: dict, seen: dict, claim_id: int | None, article_id: int | None,
              rows: dict | None = None) -> None:
        before = _local_row(e.get("before"), claim_id, rows)
        after = _local_row(e.get("after"), claim_id, rows)
        key = (e["at"], e.get("reviewer"), e["action"], _canon(before), _canon(after))
        if key in seen:  # already here (or twice in the file): map, do not add
            if e.get("id") is not None and seen[key] is not None:
                self.ids[e["id"]] = seen[key]
            return
        seen[key] = None
        row = {"at": e["at"], "reviewer": e.get("reviewer"), "claim_id": claim_id,
               "article_id": article_id, "action": e["action"], "before": before,
               "after": after}
        bulk.add_pending_event(self.store, self.count, e.get("id"), e.get("ref"), row)
        self.count += 1

    def flush(self, store: Store) -> int:
        for file_id, ref, row in bulk.pending_events(store):
            local_id = bulk.insert_event(store, {**row, "ref": self.ids.get(ref)})
            if file_id is not None:
                self.ids[file_id] = local_id
        bulk.end_pending_events(store)
        return self.count


def _local_row(row: dict | None, claim_id: int | None, rows: dict | None) -> dict | None:
    """A source or note row inside an event, with our claim and row ids (None when the row
    no longer exists anywhere, e.g. a removed source)."""
    if not row or "claim_id" not in row or rows is None:
        return row
    kind = "source" if "url" in row else "note"
    return {**row, "claim_id": claim_id, "id": rows[kind].get(row.get("id"))}


def _canon(row: dict | None) -> str:
    if row is None:
        return ""
    return json.dumps({k: v for k, v in row.items() if k not in _ROW_IDS}, sort_keys=True,
                      ensure_ascii=False)


def _key(e: Event) -> tuple:
    return (e.at, e.reviewer, e.action, _canon(e.before), _canon(e.after))
