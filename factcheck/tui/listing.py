"""What the claims list shows (`ListQuery`) and random access to its rows (`ClaimWindow`).

The list may hold 100,000 claims, so it is never loaded whole: the window keeps a few
hundred consecutive rows and fetches more by list key (keyset paging) as the cursor or the
scroll position moves. A jump far away (scrollbar drag, G) seeks once by offset and pages by
key from there. No SQL here: every read is a `Store` method, so the window works on any
Store — the main thread's or a worker's own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from factcheck.models import StoredClaim
from factcheck.store import Store, list_key

FILTERS = ("all", "pending", "verified", "disputed", "unverifiable", "quotes", "numbers",
           "dates")
_FILTER_ARGS = {
    "all": {}, "pending": {"status": "pending"}, "verified": {"status": "verified"},
    "disputed": {"status": "disputed"}, "unverifiable": {"status": "unverifiable"},
    "quotes": {"kind": "quote"}, "numbers": {"kind": "number"}, "dates": {"kind": "date"},
}
ORDERS = {"article": "by article", "checkworthiness": "most check-worthy first"}


@dataclass(frozen=True)
class ListQuery:
    """One article or all, a filter and an order (later: a team queue, see issue 7)."""

    article_id: int | None = None
    filter: str = "all"
    order: str = "article"

    def args(self, **override) -> dict:
        """Keyword arguments for `Store.claim_page` / `Store.count_list`."""
        return {"article_id": self.article_id, "kind": None, "status": None,
                "order": self.order, **_FILTER_ARGS[self.filter], **override}

    @property
    def by_status(self) -> bool:
        """A verdict can move a claim in or out of this list."""
        return "status" in _FILTER_ARGS[self.filter]

    def admits(self, sc: StoredClaim) -> bool:
        """Would this claim be in the list?"""
        want = _FILTER_ARGS[self.filter]
        return ((self.article_id is None or sc.article_id == self.article_id)
                and want.get("status", sc.status) == sc.status
                and want.get("kind", sc.claim.kind) == sc.claim.kind)

    def next_filter(self) -> ListQuery:
        return replace(self, filter=FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)])

    def next_order(self) -> ListQuery:
        names = list(ORDERS)
        return replace(self, order=names[(names.index(self.order) + 1) % len(names)])

    def pending_args(self) -> dict | None:
        """Store arguments for the pending claims of this list (None: it has none)."""
        status = _FILTER_ARGS[self.filter].get("status")
        if status not in (None, "pending"):
            return None
        return self.args(status="pending")


class ClaimWindow:
    """Rows `lo .. lo + len(rows)` of the list, plus its length; fetches the rest on demand."""

    PAGE = 64
    KEEP = 512

    def __init__(self, query: ListQuery, total: int, lo: int = 0,
                 rows: list[StoredClaim] | None = None):
        self.query = query
        self.total = total
        self.lo = lo
        self.rows = rows or []

    @classmethod
    def open(cls, store: Store, query: ListQuery, near: StoredClaim | None = None
             ) -> tuple[ClaimWindow, int]:
        """A window around `near` (or the list start) and the index `near` has or would have."""
        total = store.count_list(**query.args())
        if near is None or total == 0:
            return cls(query, total, 0, store.claim_page(**query.args(), limit=cls.PAGE)), 0
        key = list_key(near, query.order)
        index = store.count_list(**query.args(), before=key)
        before = store.claim_page(**query.args(), before=key, limit=cls.PAGE // 2)
        start = list_key(before[-1], query.order) if before else None
        rows = before + store.claim_page(**query.args(), after=start, limit=cls.PAGE)
        return cls(query, total, index - len(before), rows), min(index, max(0, total - 1))

    @property
    def hi(self) -> int:
        return self.lo + len(self.rows)

    def peek(self, index: int) -> StoredClaim | None:
        """The row if it is already held (no database access)."""
        if self.lo <= index < self.hi:
            return self.rows[index - self.lo]
        return None

    def row(self, store: Store, index: int) -> StoredClaim | None:
        """The row at `index`, fetching a page by key (or seeking) when it is not held."""
        if not 0 <= index < self.total:
            return None
        held = self.peek(index)
        if held is not None:
            return held
        args = self.query.args()
        if self.rows and self.hi <= index < self.hi + self.PAGE:
            after = list_key(self.rows[-1], self.query.order)
            self.rows += store.claim_page(**args, after=after, limit=index - self.hi + self.PAGE)
            self._trim(keep_end=True)
        elif self.rows and self.lo - self.PAGE <= index < self.lo:
            before = list_key(self.rows[0], self.query.order)
            page = store.claim_page(**args, before=before, limit=self.lo - index + self.PAGE)
            self.rows = page + self.rows
            self.lo -= len(page)
            self._trim(keep_end=False)
        else:  # a jump: seek once, then page by key from here
            self.lo = max(0, index - self.PAGE // 2)
            self.rows = store.claim_page(**args, offset=self.lo, limit=2 * self.PAGE)
        return self.peek(index)

    def replace(self, sc: StoredClaim) -> bool:
        """Swap in a fresher copy of a held claim; False if it is not held."""
        for i, held in enumerate(self.rows):
            if held.id == sc.id:
                self.rows[i] = sc
                return True
        return False

    def _trim(self, keep_end: bool) -> None:
        extra = len(self.rows) - self.KEEP
        if extra <= 0:
            return
        if keep_end:
            self.rows = self.rows[extra:]
            self.lo += extra
        else:
            self.rows = self.rows[:self.KEEP]


def next_pending(store: Store, query: ListQuery, after: StoredClaim | None
                 ) -> StoredClaim | None:
    """The first pending claim of the list after `after`, wrapping round to the start."""
    args = query.pending_args()
    if args is None:
        return None
    key = list_key(after, query.order) if after is not None else None
    found = store.claim_page(**args, after=key, limit=1)
    if not found and key is not None:
        found = store.claim_page(**args, limit=1)
    return found[0] if found else None
