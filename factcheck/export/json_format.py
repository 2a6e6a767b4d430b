"""JSON export: everything, so that `factcheck import` can rebuild or merge it elsewhere.

Shape (format_version 1), streamed one claim per line:

    {"format": "factcheck-export", "format_version": 1, "generator": "factcheck 0.1.0",
     "exported_at": "...", "selection": {"articles": [...] | null, "statuses": [...] | null},
     "articles": [{"id", "content_hash", "title", "url", "published", "ingested_at", "chars",
                   "source_path", "text", "history": [article events],
                   "claims": [{"id", "position", <every Claim field>,
                               "verdict": {"status", "reviewer", "updated_at", "version"},
                               "reviews": [{"reviewer", "status", "at"}],
                               "sources": [...], "notes": [...], "history": [events]}]}],
     "events": [events about neither a claim nor an article],
     "speaker_aliases": [{"alias", "canonical", "merged_by", "merged_at"}]}

Ids are this database's; an importer matches articles by `content_hash`, claims by
(article, start, end, kind), sources, notes and events by their content, and maps ids.
`verdict` is the current one; `reviews` holds every reviewer's own latest verdict (the
team's stances, which the store derives from the history), so a team's second opinions
travel with the file.
"""

from __future__ import annotations

import json
from dataclasses import asdict
import math
from typing import TextIO

from factcheck import __version__
from factcheck.store import bulk
from factcheck.export.common import ClaimRecord, Selection, articles, records
from factcheck.models import Event, Review
from factcheck.store.facade import Store

FORMAT = "factcheck-export"
FORMAT_VERSION = 1
_NUMBERS = ("value", "value_max", "checkworthiness")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


def write(store: Store, out: TextIO, selection: Selection, options: dict) -> int:
    w = out.write
    whole = selection.statuses is None and selection.all_articles
    head = {"format": FORMAT, "format_version": FORMAT_VERSION,
            "generator": f"factcheck {__version__}", "exported_at": selection.generated_at,
            "selection": {"articles": list(selection.article_ids),
                          "statuses": list(selection.statuses) if selection.statuses else None}}
    w(_dumps(head)[:-1] + ',\n"articles": [')
    written = 0
    for n, report in enumerate(articles(store, selection)):
        a = report.article
        article = {"id": a.id, "content_hash": a.content_hash, "title": a.title, "url": a.url,
                   "published": a.published, "modified": a.modified, "byline": a.byline,
                   "site_name": a.site_name, "canonical_url": a.canonical_url,
                   "ingested_at": a.ingested_at, "chars": a.chars,
                   "source_path": a.source_path, "text": a.text,
                   "history": [event(e) for e in bulk.article_events(store, a.id)]}
        w(("\n" if n == 0 else ",\n") + _dumps(article)[:-1] + ',\n "claims": [')
        for m, record in enumerate(records(store, a.id, selection.statuses, history=True)):
            w(("\n  " if m == 0 else ",\n  ") + _dumps(claim(record)))
            written += 1
        w("\n ]}")
    # history about nothing in particular only belongs to a whole-database export
    loose = [event(e) for e in bulk.article_events(store, None)] if whole else []
    aliases = [asdict(a) for a in store.speaker_alias_records()] if whole else []
    w('\n],\n"events": ' + _dumps(loose) + ',\n"speaker_aliases": ' + _dumps(aliases) + "}\n")
    return written


def claim(r: ClaimRecord) -> dict:
    c, v = r.claim, r.verdict
    out = {"id": r.stored.id, "position": r.stored.position}
    out.update(c.__dict__)  # every Claim field; flat values, so no deep copy (asdict is slow)
    for name in _NUMBERS:
        value = out.get(name)
        if isinstance(value, float) and not math.isfinite(value):
            out[name] = None  # JSON has no Infinity or NaN: written, it would be invalid
    out["verdict"] = v.to_dict()
    out["reviews"] = reviews(r.reviews)
    out["sources"] = [_row(s) for s in r.sources]
    out["notes"] = [_row(n) for n in r.notes]
    out["history"] = [event(e) for e in r.history]
    return out


_LIBRARY_KEYS = ("document_id", "passage_id", "position")


def _row(row) -> dict:
    """A source or note without its claim id (the claim it sits under says that); a
    number that is not finite (an old import let one in) as null; the library fields only
    on sources that came from the evidence library."""
    out = {k: None if isinstance(v, float) and not math.isfinite(v) else v
           for k, v in row.__dict__.items() if k != "claim_id"}
    for key in _LIBRARY_KEYS:
        if key in out and out[key] is None:
            del out[key]
    return out


def event(e: Event) -> dict:
    return {"id": e.id, "at": e.at, "reviewer": e.reviewer, "action": e.action,
            "before": e.before, "after": e.after, "ref": e.ref}


def reviews(stances: list[Review]) -> list[dict]:
    """Each reviewer's own latest verdict on the claim: the team's stances as the store
    keeps them (an editor's resolution is the desk's verdict, not a stance of theirs)."""
    return [{"reviewer": r.reviewer, "status": r.status, "at": r.decided_at} for r in stances]
