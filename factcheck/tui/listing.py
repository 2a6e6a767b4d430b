"""What the claims list shows (`ListQuery`) and random access to its rows (`ClaimWindow`).

The list may hold 100,000 claims, so it is never loaded whole: the window keeps a few
hundred consecutive rows and fetches more by list key (keyset paging) as the cursor or the
scroll position moves. A jump far away (scrollbar drag, G) seeks once by offset and pages by
key from there. No SQL here: every read is a `Store` method, so the window works on any
Store — the main thread's or a worker's own.

The team queues ("second review", "resolve") are lists of claim ids that team.py computes;
they are short, so a `QueueWindow` holds all their rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from factcheck.review import team
from factcheck.models import Review, StoredClaim
from factcheck.store.facade import Store, list_key

FILTERS = ("all", "pending", "verified", "disputed", "unverifiable", "quotes", "numbers",
           "dates")
QUEUES = {"second review": "second", "resolve": "resolve"}  # filter name → team queue
_FILTER_ARGS = {
    "all": {}, "pending": {"status": "pending"}, "verified": {"status": "verified"},
    "disputed": {"status": "disputed"}, "unverifiable": {"status": "unverifiable"},
    "quotes": {"kind": "quote"}, "numbers": {"kind": "number"}, "dates": {"kind": "date"},
}
ORDERS = {"article": "by article", "checkworthiness": "most check-worthy first"}


@dataclass(frozen=True)
class ListQuery:
    """One article or all, a filter (or a team queue) and an order.

    `hidden`: the claims whose verdict the reader may not see yet (blind second review).
    They count as pending for every status filter, so choosing "verified" cannot tell
    which of them the first reviewer verified. Not part of the list's identity (equality):
    the App refreshes it as the desk changes."""

    article_id: int | None = None
    filter: str = "all"
    order: str = "article"
    hidden: frozenset[int] = field(default=frozenset(), compare=False, repr=False)

    @property
    def queue(self) -> str | None:
        """The team queue this list is ("second" or "resolve"), or None."""
        return QUEUES.get(self.filter)

    def args(self, **override) -> dict:
        """Keyword arguments for `Store.claim_page` / `Store.count_list`."""
        args = {"article_id": self.article_id, "kind": None, "status": None,
                "order": self.order, **_FILTER_ARGS.get(self.filter, {}), **override}
        if args["status"] is not None and self.hidden:
            args["hidden"] = self.hidden
        return args

    def status_of(self, sc: StoredClaim) -> str:
        """The claim's status as the reader may see it (pending while hidden)."""
        return "pending" if sc.id in self.hidden else sc.status

    @property
    def by_status(self) -> bool:
        """A verdict can move a claim in or out of this list."""
        return self.queue is not None or "status" in _FILTER_ARGS[self.filter]

    def admits(self, sc: StoredClaim) -> bool:
        """Would this claim be in the list? (For a queue only its window knows: False.)"""
        if self.queue is not None:
            return False
        want = _FILTER_ARGS[self.filter]
        return ((self.article_id is None or sc.article_id == self.article_id)
                and want.get("status", self.status_of(sc)) == self.status_of(sc)
                and want.get("kind", sc.claim.kind) == sc.claim.kind)

    def next_filter(self, queues: bool = False) -> ListQuery:
        """The next filter; the team queues join the cycle on a team database."""
        names = FILTERS + (tuple(QUEUES) if queues else ())
        at = names.index(self.filter) if self.filter in names else -1
        return replace(self, filter=names[(at + 1) % len(names)])

    def next_order(self) -> ListQuery:
        names = list(ORDERS)
        return replace(self, order=names[(names.index(self.order) + 1) % len(names)])

    def pending_args(self) -> dict | None:
        """Store arguments for the pending claims of this list (None: it has none)."""
        if self.queue is not None:
            return None
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

    # what the App asks of any list (a queue answers from its rows) ---------------------

    def index_of(self, store: Store, sc: StoredClaim) -> int:
        """The index this claim has (or would have) in the list."""
        return store.count_list(**self.query.args(), before=list_key(sc, self.query.order))

    def admits(self, sc: StoredClaim) -> bool:
        return self.query.admits(sc)

    @property
    def has_open(self) -> bool:
        """Does the list hold claims still to decide (pending ones, a queue's open ones)?"""
        return self.query.pending_args() is not None

    def next_open(self, store: Store, after: StoredClaim | None) -> StoredClaim | None:
        """The next claim still to decide after `after`, wrapping round."""
        return next_pending(store, self.query, after)

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


class QueueWindow(ClaimWindow):
    """A team queue: every row held. `open_ids` are the claims still waiting (the rest were
    dealt with in this session and stay in view, so both verdicts can be seen)."""

    def __init__(self, query: ListQuery, rows: list[StoredClaim], open_ids: frozenset[int]):
        super().__init__(query, len(rows), 0, rows)
        self.ids = frozenset(sc.id for sc in rows)
        self.open_ids = open_ids
        self.reviews: dict[int, tuple[Review, ...]] = {}  # claim id → every reviewer's verdict

    @classmethod
    def open_queue(cls, store: Store, query: ListQuery, near: StoredClaim | None,
                   reviewer: str, kept: frozenset[int] = frozenset()
                   ) -> tuple[QueueWindow, int]:
        waiting = queue_ids(store, query, reviewer)
        rows = store.claims_by_id(set(waiting) | set(kept))
        if query.article_id is not None:
            rows = [sc for sc in rows if sc.article_id == query.article_id]
        rows.sort(key=lambda sc: list_key(sc, query.order))
        window = cls(query, rows, frozenset(waiting))
        if query.queue == "resolve":  # every reviewer's verdict, shown in the list
            window.reviews = {sc.id: team.desk_state(store, sc.id).reviews for sc in rows}
        index = window.index_of(store, near) if near is not None else 0
        return window, min(index, max(0, window.total - 1))

    def row(self, store: Store, index: int) -> StoredClaim | None:
        return self.peek(index)

    def index_of(self, store: Store, sc: StoredClaim) -> int:
        key = list_key(sc, self.query.order)
        return sum(1 for held in self.rows if list_key(held, self.query.order) < key)

    def admits(self, sc: StoredClaim) -> bool:
        return sc.id in self.ids

    @property
    def has_open(self) -> bool:
        return True

    def next_open(self, store: Store, after: StoredClaim | None) -> StoredClaim | None:
        waiting = [sc for sc in self.rows if sc.id in self.open_ids]
        if after is None or not waiting:
            return waiting[0] if waiting else None
        key = list_key(after, self.query.order)
        return next((sc for sc in waiting if list_key(sc, self.query.order) > key), waiting[0])


def queue_ids(store: Store, query: ListQuery, reviewer: str) -> list[int]:
    """The claim ids of a team queue: waiting for `reviewer`'s second verdict, or disagreed."""
    if query.queue == "second":
        return team.second_queue(store, reviewer, query.article_id)
    return team.resolve_queue(store, query.article_id)


def open_list(store: Store, query: ListQuery, near: StoredClaim | None, reviewer: str = "",
              kept: frozenset[int] = frozenset()) -> tuple[ClaimWindow, int]:
    """The window for any list: keyset-paged over the store, or a team queue held whole."""
    if query.queue is not None:
        return QueueWindow.open_queue(store, query, near, reviewer, kept)
    return ClaimWindow.open(store, query, near)
