"""Replacing an article's text and claims in place (re-extraction), keeping verdicts.

The caller decides which old claim each new claim is (`keep`: new position → old claim
id); here the rows change in one transaction. Claims kept keep their id, and so their
verdict, sources, notes and reviews; claims no longer in the text are deleted with what
hangs on them, and the history event lists them (history itself is never deleted).
"""

from __future__ import annotations

from factcheck.errors import ConflictError
from factcheck.models import ArticleMeta, Claim
from factcheck.store.facade import Store, _validate_claims, content_hash, now
from factcheck.store.rows import CLAIM_COLUMNS, claim_values
from factcheck.store.pages import PAGE_FIELDS, save_page

CLAIM_DEPENDENTS = ("verdicts", "sources", "notes", "reviews", "resolutions", "claim_evidence")


def rewrite_article(store: Store, article_id: int, text: str, meta: ArticleMeta,
                    claims: list[Claim], keep: dict[int, int], reviewer: str | None,
                    summary: dict) -> None:
    """Give article `article_id` this text, metadata and claims (one transaction)."""
    _validate_claims(text, claims)
    digest = content_hash(text)
    stamp = now()
    conn = store.conn
    with store.transaction():
        other = conn.execute("SELECT id FROM articles WHERE content_hash = ? AND id != ?",
                             [digest, article_id]).fetchone()
        if other:
            raise ConflictError(f"the re-extracted text of article {article_id} is already "
                                f"stored as article {other[0]}")
        before = conn.execute("SELECT title, published, content_hash, chars FROM articles "
                              "WHERE id = ?", [article_id]).fetchone()
        old = conn.execute("SELECT c.id, c.kind, c.text, c.start, v.status FROM claims c JOIN "
                           "verdicts v ON v.claim_id = c.id WHERE c.article_id = ?",
                           [article_id]).fetchall()
        kept = set(keep.values())
        dropped = [row for row in old if row[0] not in kept]
        for table in CLAIM_DEPENDENTS:
            conn.executemany(f"DELETE FROM {table} WHERE claim_id = ?",
                             ([row[0]] for row in dropped))
        conn.executemany("DELETE FROM claims WHERE id = ?", ([row[0]] for row in dropped))
        # positions are unique per article: park the kept claims out of the way first
        conn.execute("UPDATE claims SET position = -1 - position WHERE article_id = ?",
                     [article_id])
        assignments = ", ".join(f'"{col}" = ?' for col in CLAIM_COLUMNS)
        conn.executemany(f"UPDATE claims SET position = ?, {assignments} WHERE id = ?",
                         ([position, *claim_values(claims[position]), claim_id]
                          for position, claim_id in keep.items()))
        columns = ", ".join(f'"{col}"' for col in CLAIM_COLUMNS)
        marks = ", ".join("?" for _ in CLAIM_COLUMNS)
        for position, claim in enumerate(claims):
            if position in keep:
                continue
            claim_id = conn.execute(
                f"INSERT INTO claims (article_id, position, {columns}) VALUES (?, ?, {marks})",
                [article_id, position, *claim_values(claim)]).lastrowid
            conn.execute("INSERT INTO verdicts (claim_id, status, reviewer, updated_at, version)"
                         " VALUES (?, 'pending', NULL, ?, 1)", [claim_id, stamp])
        conn.execute("UPDATE articles SET content_hash = ?, text = ?, chars = ?, title = ?, "
                     "published = ? WHERE id = ?",
                     [digest, text, len(text), meta.title, meta.published, article_id])
        save_page(conn, article_id, meta)
        store.append_event(
            "reextract", reviewer, article_id=article_id,
            before={"title": before[0], "published": before[1], "content_hash": before[2],
                    "chars": before[3],
                    "dropped": [{"id": r[0], "kind": r[1], "text": r[2], "start": r[3],
                                 "verdict": r[4]} for r in dropped]},
            after={"title": meta.title, "published": meta.published, "content_hash": digest,
                   "chars": len(text), **{f: getattr(meta, f) for f in PAGE_FIELDS
                                          if getattr(meta, f)}, **summary},
            at=stamp)
