"""Rows to domain objects and back: the one place that knows the column order of a row.

The facade, the bulk reads and the team tables all read rows as plain tuples (in the
column order named here) and turn them into the frozen dataclasses of models.py with
the functions below, so a claim, an event or a review has one shape whoever reads it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from factcheck.models import (
    Claim,
    Event,
    Resolution,
    Review,
    SpeakerAlias,
    StoredClaim,
    Take,
    Verdict,
)

CLAIM_COLUMNS = (
    "kind", "text", "start", "end", "sentence", "speaker", "speaker_role", "partial",
    "mention", "value", "value_max", "unit", "qualifier", "date", "checkworthiness",
    "speaker_kind",
)
_FLAGS = tuple(CLAIM_COLUMNS.index(flag) for flag in ("partial", "mention"))
# a claim row: id, article_id, position, the claim columns, then its verdict
CLAIM_SELECT = (
    "SELECT c.id, c.article_id, c.position, "
    + ", ".join(f'c."{col}"' for col in CLAIM_COLUMNS)
    + ", v.status, v.reviewer, v.updated_at, v.version "
    "FROM claims c JOIN verdicts v ON v.claim_id = c.id"
)
CLAIM_INSERT = (  # parameters: article_id, position, then `claim_values(claim)`
    "INSERT INTO claims (article_id, position, " + ", ".join(f'"{col}"' for col in CLAIM_COLUMNS)
    + ") VALUES (?, ?, " + ", ".join("?" for _ in CLAIM_COLUMNS) + ")"
)
ARTICLE_COLUMNS = "id, content_hash, title, url, published, ingested_at, chars, source_path"
EVENT_COLUMNS = "id, at, reviewer, claim_id, article_id, action, before, after, ref"
REVIEW_COLUMNS = "claim_id, reviewer, status, decided_at"
RESOLUTION_COLUMNS = "claim_id, status, editor, note, resolved_at"
TAKE_COLUMNS = "article_id, reviewer, taken_at, expires_at"
ALIAS_COLUMNS = "alias, canonical, merged_by, merged_at"


def stored_claim(row: Sequence) -> StoredClaim:
    """A StoredClaim from a `CLAIM_SELECT` row."""
    n = len(CLAIM_COLUMNS)
    fields = dict(zip(CLAIM_COLUMNS, row[3:3 + n]))
    fields["partial"] = bool(fields["partial"])
    fields["mention"] = bool(fields["mention"])
    status, reviewer, updated_at, version = row[3 + n:7 + n]
    verdict = filled(Verdict, {"claim_id": row[0], "status": status, "reviewer": reviewer,
                               "updated_at": updated_at, "version": version})
    return filled(StoredClaim, {"id": row[0], "article_id": row[1], "position": row[2],
                                "claim": filled(Claim, fields), "verdict": verdict})


def filled(cls, fields: dict):
    """A frozen dataclass with every field given, without running its __init__.

    A frozen __init__ sets each field through object.__setattr__; for the 200,000 objects
    of a large report that is a third of the export time. Only for classes whose every
    field is passed (tests/test_export_records.py checks it equals normal construction).
    """
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


def claim_values(claim: Claim) -> list:
    """A claim's values in `CLAIM_COLUMNS` order, flags as 0/1, for an INSERT."""
    values = [getattr(claim, col) for col in CLAIM_COLUMNS]
    for at in _FLAGS:
        values[at] = int(bool(values[at]))
    return values


def event(row: Sequence) -> Event:
    """An Event from an `EVENT_COLUMNS` row (before/after are JSON text in the table)."""
    return Event(id=row[0], at=row[1], reviewer=row[2], claim_id=row[3], article_id=row[4],
                 action=row[5], before=from_json(row[6]), after=from_json(row[7]), ref=row[8])


def to_json(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def from_json(value: str | None) -> dict | None:
    return None if value is None else json.loads(value)


def review(row: Sequence) -> Review:
    """A Review from a `REVIEW_COLUMNS` row."""
    return Review(*row)


def resolution(row: Sequence) -> Resolution:
    """A Resolution from a `RESOLUTION_COLUMNS` row."""
    return Resolution(*row)


def take(row: Sequence) -> Take:
    """A Take from a `TAKE_COLUMNS` row."""
    return Take(*row)


def speaker_alias(row: Sequence) -> SpeakerAlias:
    """A SpeakerAlias from an `ALIAS_COLUMNS` row."""
    return SpeakerAlias(*row)
