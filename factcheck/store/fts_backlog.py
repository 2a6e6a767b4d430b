"""Making a huge article searchable in short batches, after it is stored.

Storing a claim also indexes its text, sentence and speaker for search (claims_fts),
and for an article of tens of thousands of claims (a long table of figures) that
indexing is most of the time spent holding the write lock: other reviewers' verdicts
waited past the busy timeout and failed with "database is busy". An article with more
than DEFER_OVER claims is therefore stored in one transaction without indexing (its
row in `fts_backlog` tells the triggers to leave its claims alone), then indexed
BATCH claims per transaction. Search finds its claims a few seconds later. A process
killed in between leaves the backlog, which the next open finishes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the Store calls in here
    from factcheck.store.facade import Store

DEFER_OVER = 5_000  # claims: fewer are indexed in the transaction that stores them
BATCH = 2_000  # claims indexed per transaction (well under a second each)


def defer(store: Store, article_id: int) -> None:
    """Inside the transaction storing the article, before its claims: index it later."""
    store._run("INSERT INTO fts_backlog (article_id, indexed_to) VALUES (?, 0)", [article_id])


def pending(store: Store) -> bool:
    return bool(store._query("SELECT 1 FROM fts_backlog LIMIT 1"))


def index_pending(store: Store, batch: int | None = None) -> int:
    """Index every backlogged claim, `batch` claims per transaction; the count indexed.

    Each batch reads the backlog inside its own transaction, so two processes finishing
    the same backlog take turns and never index a claim twice."""
    batch = batch or BATCH
    done = 0
    while pending(store):  # read first: no write lock taken when there is nothing to do
        with store.transaction():
            rows = store._query("SELECT article_id, indexed_to FROM fts_backlog "
                                "ORDER BY article_id LIMIT 1")
            if not rows:  # another process finished it meanwhile
                break
            article_id, indexed_to = rows[0]
            ids = [r[0] for r in store._query(
                "SELECT id FROM claims WHERE article_id = ? AND id > ? ORDER BY id LIMIT ?",
                [article_id, indexed_to, batch])]
            if ids:
                store._run("INSERT INTO claims_fts (rowid, text, sentence, speaker) "
                           "SELECT id, text, sentence, speaker FROM claims "
                           "WHERE article_id = ? AND id > ? AND id <= ?",
                           [article_id, indexed_to, ids[-1]])
            if len(ids) < batch:  # the article's last claims: it is all searchable now
                store._run("DELETE FROM fts_backlog WHERE article_id = ?", [article_id])
            else:
                store._run("UPDATE fts_backlog SET indexed_to = ? WHERE article_id = ?",
                           [ids[-1], article_id])
            done += len(ids)
    return done
