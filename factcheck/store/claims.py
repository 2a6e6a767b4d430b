"""Reading claims: by id, by filter, by full-text search, and the review list's keyset pages.

`ClaimQueries` is part of `Store` (facade.py); callers use
`store.claims(...)`, `store.claim_page(...)` and so on.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Sequence

from factcheck.errors import NotFoundError
from factcheck.models import STATUSES, StoredClaim, Verdict
from factcheck.store.connection import Connected
from factcheck.store.rows import CLAIM_SELECT, stored_claim

IDS_PER_QUERY = 500  # ids bound in one IN (...) list, well under SQLite's variable limit
_LIST_KEYS = {"article": "c.article_id, c.start, c.id",
              "checkworthiness": "-c.checkworthiness, c.article_id, c.start, c.id"}
LIST_ORDERS = tuple(_LIST_KEYS)


def list_key(sc: StoredClaim, order: str = "article") -> tuple:
    """Where a claim sits in the review list: ordered by article then position, or most
    check-worthy first (ties in article order). Pass to `claim_page(after=…)`."""
    if order == "checkworthiness":
        return (-sc.claim.checkworthiness, *sc.key)
    return sc.key


class ClaimQueries(Connected):
    """Claim reads of the Store (mixed into `Store`)."""

    def _claims(self, sql: str, params: Sequence = ()) -> list[StoredClaim]:
        return [stored_claim(row) for row in self._query(sql, params)]

    def claims(self, article_id: int | None = None, kind: str | None = None,
               status: str | None = None, after: tuple[int, int, int] | None = None,
               limit: int | None = None) -> list[StoredClaim]:
        """Claims in list order (article, start, id); page with `after=last.key`."""
        # "+v.status": filter while walking claims in list order instead of sorting every
        # claim of that status for each page.
        where, params = claim_filters(article_id, kind, status, status_column="+v.status")
        if after is not None:
            where.append("(c.article_id, c.start, c.id) > (?, ?, ?)")
            params.extend(after)
        sql = CLAIM_SELECT + where_clause(where) + " ORDER BY c.article_id, c.start, c.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._claims(sql, params)

    def iter_claims(self, article_id: int | None = None, kind: str | None = None,
                    status: str | None = None, page_size: int = 1000) -> Iterator[StoredClaim]:
        """Every matching claim, fetched page by page (constant memory for exports)."""
        after = None
        while True:
            page = self.claims(article_id, kind, status, after=after, limit=page_size)
            yield from page
            if len(page) < page_size:
                return
            after = page[-1].key

    def count_claims(self, article_id: int | None = None, kind: str | None = None,
                     status: str | None = None) -> int:
        where, params = claim_filters(article_id, kind, status)
        sql = "SELECT count(*) FROM claims c JOIN verdicts v ON v.claim_id = c.id"
        return self._query(sql + where_clause(where), params)[0][0]

    def claim(self, claim_id: int) -> StoredClaim:
        found = self._claims(CLAIM_SELECT + " WHERE c.id = ?", [claim_id])
        if not found:
            raise NotFoundError(f"no claim with id {claim_id}")
        return found[0]

    def claims_by_id(self, ids: Iterable[int]) -> list[StoredClaim]:
        """The claims with these ids, in list order (article, start, id); unknown ids are
        left out. For lists of ids (review queues)."""
        ids = list(dict.fromkeys(int(i) for i in ids))
        out: list[StoredClaim] = []
        for at in range(0, len(ids), IDS_PER_QUERY):
            chunk = ids[at:at + IDS_PER_QUERY]
            out += self._claims(CLAIM_SELECT + f" WHERE c.id IN ({marks(chunk)})", chunk)
        return sorted(out, key=lambda sc: sc.key)

    def verdict(self, claim_id: int) -> Verdict:
        return self.claim(claim_id).verdict

    def search(self, query: str, limit: int = 100, prefix: bool = False) -> list[StoredClaim]:
        """Full-text search over claim text, sentence and speaker, best match first.

        The query is taken as plain words (FTS operators and stray quotes are escaped), so
        user input can never be a syntax error. `prefix=True` also matches word starts.
        """
        fts = self.db.quote_fts(query.strip())
        if not fts:
            return []
        if prefix:
            fts += "*"
        sql = (CLAIM_SELECT + " JOIN claims_fts ON claims_fts.rowid = c.id "
               "WHERE claims_fts MATCH ? ORDER BY claims_fts.rank, c.id LIMIT ?")
        return self._claims(sql, [fts, int(limit)])

    # --- the review list: keyset pages in either list order (see `list_key`) -----------

    def claim_page(self, article_id: int | None = None, kind: str | None = None,
                   status: str | None = None, order: str = "article",
                   after: tuple | None = None, before: tuple | None = None,
                   offset: int = 0, limit: int = 50,
                   hidden: Collection[int] = ()) -> list[StoredClaim]:
        """Up to `limit` list rows after the list key `after`, or before `before` (nearest
        last), in list order; `offset` only to seek after a jump, then page by key.
        Claims in `hidden` count as pending for the `status` filter (blind review)."""
        where, params = claim_filters(article_id, kind, status, status_column="+v.status",
                                      hidden=hidden)
        key = after if after is not None else before
        if key is not None:
            where.append(f"({_LIST_KEYS[order]}) {'<' if before is not None else '>'} "
                         f"({marks(key)})")
            params.extend(key)
        desc = " DESC" if before is not None else ""
        sql = (CLAIM_SELECT + where_clause(where) + " ORDER BY "
               + ", ".join(col + desc for col in _LIST_KEYS[order].split(", "))
               + " LIMIT ? OFFSET ?")
        rows = self._claims(sql, [*params, int(limit), offset])
        return rows[::-1] if desc else rows

    def count_list(self, article_id: int | None = None, kind: str | None = None,
                   status: str | None = None, order: str = "article",
                   before: tuple | None = None, hidden: Collection[int] = ()) -> int:
        """Rows in the review list; with `before=key`, the index that key has (or would have).
        Claims in `hidden` count as pending for the `status` filter (blind review)."""
        where, params = claim_filters(article_id, kind, status, hidden=hidden)
        if before is not None:
            where.append(f"({_LIST_KEYS[order]}) < ({marks(before)})")
            params.extend(before)
        join = " JOIN verdicts v ON v.claim_id = c.id" if status else ""
        return self._query("SELECT count(*) FROM claims c" + join + where_clause(where),
                           params)[0][0]

    def status_counts(self, article_id: int | None = None) -> dict[str, int]:
        """Claims by verdict status, for one article or all: {status: n}, every status."""
        where, params = claim_filters(article_id, None, None)
        out = dict.fromkeys(STATUSES, 0)
        out.update(self._query("SELECT v.status, count(*) FROM claims c JOIN verdicts v "
                               "ON v.claim_id = c.id" + where_clause(where) + " GROUP BY 1",
                               params))
        return out


def claim_filters(article_id, kind, status, status_column: str = "v.status",
                  hidden: Collection[int] = ()) -> tuple[list[str], list]:
    """WHERE conditions for the review list. `hidden`: claim ids whose verdict the reader
    may not see (blind second review) — they count as pending, whatever their status."""
    where: list[str] = []
    params: list = []
    for column, value in (("c.article_id", article_id), ("c.kind", kind),
                          (status_column, status)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if status is not None and hidden:
        ids = "(SELECT value FROM json_each(?))"  # one parameter, however many ids
        if status == "pending":
            where[-1] = f"({where[-1]} OR c.id IN {ids})"
        else:
            where.append(f"c.id NOT IN {ids}")
        params.append(json.dumps(sorted(hidden)))
    return where, params


def where_clause(conditions: list[str]) -> str:
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def marks(values: Sequence) -> str:
    """One `?` per value, for an IN (...) list or a row value."""
    return ", ".join("?" for _ in values)
