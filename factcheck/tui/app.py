"""The review workbench App: owns the state, talks to store / review / undo, feeds widgets.

Data flows one way: the App reads from the `Store` (the list through a keyset-paged
`ClaimWindow`), hands widgets what to show, and turns keys into review actions
(actions.py), each saved at once by the `SaveQueue`. Slow reads (first page, filters,
search, the article list) run in thread workers on their own connection and post a
message back. Other reviewers' commits are noticed by polling `PRAGMA data_version`.
Verification aids (verify_actions.py) and team review (team_actions.py) are mixed in.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static

from factcheck.errors import FactcheckError, VersionConflictError
from factcheck.models import Article, StoredClaim
from factcheck.store.facade import Store, list_key
from factcheck.tui.actions import ReviewActions
from factcheck.tui.bindings import BINDINGS
from factcheck.tui.evidence_actions import EvidenceActions
from factcheck.tui.commands import ActionsProvider
from factcheck.tui.exporting import ExportActions
from factcheck.review.team import desk_state
from factcheck.tui.listing import (
    ORDERS,
    ClaimWindow,
    ListQuery,
    next_pending,
    open_list,
)
from factcheck.tui.saving import SaveQueue
from factcheck.tui.screens.name_modal import NameModal
from factcheck.tui.team_actions import RENEW_S, TeamActions
from factcheck.tui.verify_actions import VerifyActions
from factcheck.tui.widgets.article_view import ArticleView, Span
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.detail_pane import ClaimDetail, DetailPane
from factcheck.tui.widgets.footer import WorkbenchFooter
from factcheck.tui.widgets.header import WorkbenchHeader
from factcheck.tui.widgets.search_bar import SearchBar

MIN_WIDTH, MIN_HEIGHT = 60, 16
EMPTY_DB = """No articles in this database yet.

Add one and open the workbench on it:

    factcheck review story.txt

or store articles first (files or folders of .txt, .md, .html):

    factcheck ingest articles/
    factcheck review

Press q to quit."""


class ReviewApp(ReviewActions, VerifyActions, TeamActions, ExportActions, EvidenceActions, App):
    """`factcheck review`: triage claims, attach sources and notes, undo, search."""

    CSS_PATH = "factcheck.tcss"
    TITLE = "factcheck review"
    BINDINGS = BINDINGS
    COMMANDS = App.COMMANDS | {ActionsProvider}

    class ListLoaded(Message):
        """A worker opened the list for `query`; `index` is where the cursor goes."""

        def __init__(self, query: ListQuery, window: ClaimWindow, index: int) -> None:
            super().__init__()
            self.query, self.window, self.index = query, window, index

    class SearchDone(Message):
        def __init__(self, text: str, hits: list[StoredClaim]) -> None:
            super().__init__()
            self.text, self.hits = text, hits

    def __init__(self, db_path: str, reviewer: str, article_id: int | None = None,
                 advance: bool = True, poll_interval: float = 1.0,
                 theme: str | None = None, queue: str | None = None, blind: bool = True,
                 ask_reviewer: bool = False) -> None:
        super().__init__()
        self.db_path = str(db_path)
        self.reviewer = "" if ask_reviewer else reviewer
        self.ask_reviewer = ask_reviewer
        self.advance = advance
        self.poll_interval = poll_interval
        self._theme_name = theme
        self.store = Store.open(self.db_path)
        self.store.set_busy_timeout(0.2)  # wait briefly for another writer, then queue
        self.list_query = ListQuery(article_id=article_id, filter=queue or "all")
        self.window = ClaimWindow(self.list_query, 0)
        self.current: StoredClaim | None = None
        self.article: Article | None = None
        self.hits: list[StoredClaim] = []
        self.search_text = ""
        self.ready = False
        self.saver = SaveQueue(self)
        self._spans: list[Span] | None = None
        self._counts: dict[int, dict[str, int]] = {}
        self._seen_version = self.store.data_version()
        self._quit_armed = False
        self.init_aids()
        self.init_evidence()
        self.init_team(blind)

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield WorkbenchHeader(id="header")
        with Horizontal(id="main"):
            yield ClaimList(self._row, self._row_extras, id="claims")
            with Vertical(id="side"):
                yield ArticleView(id="article")
                yield DetailPane(id="detail")
        yield Static(EMPTY_DB, id="empty", markup=False)
        yield Static("", id="too-small", markup=False)
        yield SearchBar(placeholder="search the claims of every article · Enter search · "
                        "Esc cancel", id="search")
        yield WorkbenchFooter()

    def on_mount(self) -> None:
        if self._theme_name:
            self.theme = self._theme_name
        self.claims.focus()
        self.query_one(ArticleView).border_title = "Article"
        self.query_one(DetailPane).border_title = "Claim"
        self.query_one(DetailPane).show(None, "Loading…")
        self._check_size(self.size.width, self.size.height)
        if self.ask_reviewer:  # a browser session: who is this?
            self.query_one(WorkbenchHeader).show_who("")
            self.claims.empty_message = "The claims show once you have said who you are."
            self.push_screen(NameModal(), self._named)
            return
        self._start()

    def _named(self, name: str | None) -> None:
        self.reviewer = name or ""
        self._start()

    def _start(self) -> None:
        """Once the reviewer is known: the desk, the take, the list, the timers."""
        self.query_one(WorkbenchHeader).show_who(self.reviewer)
        self.refresh_team()
        self.take_article(self.list_query.article_id)
        self.set_interval(self.poll_interval, self.poll)
        self.set_interval(RENEW_S, self.renew_take)
        self.start_rest_ticker()
        self.reload(first_pending=True)

    def on_unmount(self) -> None:
        self.release_article()
        self.store.close()

    def on_resize(self, event: events.Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        self.default_screen.set_class(small, "-too-small")
        self.default_screen.set_class(width < 110, "-narrow")
        self.query_one(WorkbenchFooter).narrow = width < 110
        if small:
            self.query_one("#too-small", Static).update(
                f"The terminal is {width}×{height}.\nThe workbench needs at least "
                f"{MIN_WIDTH}×{MIN_HEIGHT}: please enlarge it.\n(q quits)")

    @property
    def claims(self) -> ClaimList:
        return self.query_one("#claims", ClaimList)

    @property
    def cursor_index(self) -> int:
        return self.claims.cursor

    # --- reading -----------------------------------------------------------------------

    @contextlib.contextmanager
    def reader(self) -> Iterator[Store]:
        """A connection of its own for a worker thread (one connection per thread)."""
        store = self.store.another_connection()
        try:
            yield store
        finally:
            store.close()

    def _row(self, index: int) -> StoredClaim | None:
        try:
            return self.mask(self.window.row(self.store, index))
        except FactcheckError:
            return None

    def _row_extras(self, sc: StoredClaim) -> tuple[str, str | None]:
        """A list row's warning mark and, in the resolve queue, every reviewer's verdict."""
        return self.lint_mark(sc) + self.evidence_mark(sc), self.desk_line(sc)

    @work(thread=True, exclusive=True, group="list")
    def _load(self, query: ListQuery, near: StoredClaim | None, first_pending: bool = False,
              reviewer: str = "", kept: frozenset[int] = frozenset()) -> None:
        """Count the list and fetch the rows around the cursor, off the UI thread."""
        try:
            with self.reader() as store:
                if first_pending and near is None and query.queue is None:
                    near = next_pending(store, query, None)
                window, index = open_list(store, query, near, reviewer, kept)
                if first_pending and near is None and query.queue is not None:
                    first = window.next_open(store, None)
                    index = window.index_of(store, first) if first else 0
        except FactcheckError as e:
            self.call_from_thread(self.notify, str(e), title="Cannot read", severity="error")
            return
        self.post_message(self.ListLoaded(query, window, index))

    def reload(self, near: StoredClaim | None = None, first_pending: bool = False) -> None:
        """Open the list again for `self.list_query` (in a worker)."""
        self._load(self.list_query, near, first_pending, self.reviewer, frozenset(self.kept))

    def reopen_now(self, near: StoredClaim | None) -> None:
        """Open the list again at once (after our own change, so the screen is current)."""
        self.window, index = open_list(self.store, self.list_query, near, self.reviewer,
                                       frozenset(self.kept))
        self._adopt(index)

    @on(ListLoaded)
    def _list_loaded(self, message: ListLoaded) -> None:
        if message.query != self.list_query:
            return  # a newer filter or article was chosen meanwhile
        self.window = message.window
        self._adopt(message.index)
        self.ready = True

    def _adopt(self, index: int) -> None:
        empty_db = (self.window.total == 0 and self.list_query == ListQuery()
                    and not self.store.articles())
        self.default_screen.set_class(empty_db, "-empty")
        self.claims.empty_message = self._empty_message()
        self.claims.reset(self.window.total, index)
        self.show_index(self.claims.cursor)

    def _empty_message(self) -> str:
        q = self.list_query
        if q.queue == "second":
            return ("Nothing waits for your second review "
                    + (f"(second-review policy: {self.policy}). " if self.policy != "none" else
                       "(no second review is asked: see 'factcheck config second-review'). ")
                    + "Press f for the next filter.")
        if q.queue == "resolve":
            return "No disagreements to resolve. Press f for the next filter."
        return (f"No claims match this filter ({q.filter}). "
                "Press f for the next filter, a for another article.")

    @on(ClaimList.Clicked)
    def _clicked(self, message: ClaimList.Clicked) -> None:
        self.goto(message.index)

    # --- showing -----------------------------------------------------------------------

    def goto(self, index: int) -> None:
        """Move the cursor to a row of the list and show that claim."""
        if self.window.total == 0:
            return
        index = max(0, min(index, self.window.total - 1))
        self.claims.move_cursor(index)
        self.show_index(index)

    def goto_claim(self, sc: StoredClaim) -> None:
        """Move to a claim known to be in the list."""
        self.goto(self.window.index_of(self.store, sc))

    def show_index(self, index: int) -> None:
        self.current = self._row(index) if self.window.total else None
        self.show_claim()

    def show_claim(self) -> None:
        """Article text, detail pane, header and list titles for `self.current`."""
        sc = self.current
        try:
            if sc is not None and (self.article is None or self.article.id != sc.article_id):
                self.article = self.store.article(sc.article_id)
                self._spans = None
            article = self.article if sc is not None else None
            view = self.query_one(ArticleView)
            if article is None:
                view.show(None, "", [], None)
            elif self._spans is None:
                self._spans = [Span(c.id, c.claim.start, c.claim.end,
                                    "pending" if c.id in self.hidden else c.status)
                               for c in self.store.claims(article_id=article.id)]
                view.show(article.id, article.text or "", self._spans, sc.id)
            else:
                view.set_current(sc.id)
            detail = self._detail(sc) if sc else None
            counts = None
            if article is not None:
                if article.id not in self._counts:
                    self._counts[article.id] = self._blind_counts(
                        article.id, self.store.status_counts(article.id))
                counts = self._counts[article.id]
        except FactcheckError as e:
            self.notify(str(e), title="Cannot read", severity="error")
            return
        self.query_one(DetailPane).show(detail, "No claim selected.")
        header = self.query_one(WorkbenchHeader)
        header.show_article(article, counts)
        header.show_holder(self.holder_of(article.id) if article else None)
        self._titles()
        self.rest_on_current()
        self.evidence_on_current()

    def _detail(self, sc: StoredClaim) -> ClaimDetail:
        """Everything the detail pane says about a claim (its aids from the caches)."""
        sources = self.store.sources(sc.id)
        return ClaimDetail(
            sc, sources, self.store.notes(sc.id), self.store.history(claim_id=sc.id),
            me=self.reviewer, hidden=sc.id in self.hidden,
            desk=desk_state(self.store, sc.id) if self.policy != "none" or self.editors
            else None,
            warnings=self.warnings_for(sc),
            matches=(tuple(found) if (found := self.visible_matches(sc.id)) is not None
                     else None),
            diffs=self.source_diffs(sc, sources), unsaved_check=self.unsaved_checks.get(sc.id),
            evidence=self.evidence_for(sc), evidence_looking=self.evidence_looking(sc))

    def _blind_counts(self, article_id: int, counts: dict[str, int]) -> dict[str, int]:
        """The article's counts as I may see them: blind claims count as pending."""
        if not self.hidden:
            return counts
        out = dict(counts)
        for c in self.store.claims(article_id=article_id):
            if c.id in self.hidden and c.status != "pending":
                out[c.status] -= 1
                out["pending"] += 1
        return out

    def _titles(self) -> None:
        q, claims = self.list_query, self.claims
        scope = "all articles" if q.article_id is None else f"article {q.article_id}"
        holder = self.holder_of(q.article_id)
        claims.border_title = f"Claims · {scope}" + (f" · in review by {holder}" if holder
                                                      else "")
        where = f"{claims.cursor + 1}/{self.window.total}" if self.window.total else "0"
        hits = ""
        if self.hits:
            number = next((i for i, h in enumerate(self._sorted_hits(), 1)
                           if self.current and h.id == self.current.id), None)
            hits = (f" · hit {number}/{len(self.hits)} “{self.search_text}”" if number
                    else f" · {len(self.hits)} hits")
        claims.border_subtitle = f"{q.filter} · {ORDERS[q.order]} · {where}{hits}"

    def _sorted_hits(self) -> list[StoredClaim]:
        order = self.list_query.order
        return sorted(self.hits, key=lambda h: list_key(h, order))

    def data_changed(self, claim_id: int | None = None) -> None:
        """Something was written: forget cached counts and tints, refresh what shows."""
        self._counts.clear()
        self._spans = None
        self.refresh_team()
        self.forget_aids(lint=claim_id is None)
        if claim_id is None:
            self.forget_evidence()
        q = self.list_query
        try:
            if claim_id is not None and not q.by_status and self.current is not None:
                self.window.replace(self.store.claim(claim_id))
                self.claims.repaint()
                if self.current.id == claim_id:
                    self.current = self.mask(self.store.claim(claim_id))
                self.show_claim()
                return
            near = self.store.claim(self.current.id) if self.current else None
            self.reopen_now(near)
        except FactcheckError as e:
            self.notify(str(e), title="Cannot read", severity="error")

    # --- other reviewers ---------------------------------------------------------------

    def poll(self) -> None:
        """Cheap check (PRAGMA data_version) for commits by other connections."""
        try:
            version = self.store.data_version()
        except FactcheckError:
            return
        if version != self._seen_version:
            self._seen_version = version
            self.data_changed()

    def show_conflict(self, error: VersionConflictError) -> None:
        who = error.current.reviewer or "someone"
        self.notify(f"{who} changed this claim meanwhile: it is now {error.current.status}. "
                    "Yours was not saved; showing theirs.", title="Changed meanwhile",
                    severity="warning", timeout=8)
        self.data_changed()

    def show_unsaved(self, count: int) -> None:
        self.query_one(WorkbenchHeader).show_who(self.reviewer, count)

    # --- search ------------------------------------------------------------------------

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self._close_search()
        text = event.value.strip()
        if not text:
            self.hits, self.search_text = [], ""
            self.claims.hits = frozenset()
            self.claims.repaint()
            self._titles()
            return
        self._search(text)

    @on(SearchBar.Cancelled)
    def _close_search(self) -> None:
        self.query_one(SearchBar).remove_class("-active")
        self.claims.focus()
        self.query_one(ArticleView).border_title = "Article"
        self.query_one(DetailPane).border_title = "Claim"

    @work(thread=True, exclusive=True, group="search")
    def _search(self, text: str) -> None:
        try:
            with self.reader() as store:
                hits = store.search(text, limit=1000)
        except FactcheckError as e:
            self.call_from_thread(self.notify, str(e), title="Search", severity="error")
            return
        self.post_message(self.SearchDone(text, hits))

    @on(SearchDone)
    def _search_done(self, message: SearchDone) -> None:
        self.search_text, self.hits = message.text, message.hits
        self.claims.hits = frozenset(h.id for h in message.hits)
        self.claims.repaint()
        if not message.hits:
            self.notify(f"No claim matches “{message.text}”.", title="Search")
            self._titles()
            return
        self.jump_to_hit(+1, include_current=True)

    def jump_to_hit(self, step: int, include_current: bool = False) -> None:
        """The next (or previous) hit in list order from the cursor, wrapping round."""
        if not self.hits:
            self.notify("No search hits: press / to search.")
            return
        order = self.list_query.order
        hits = self._sorted_hits()
        here = list_key(self.current, order) if self.current else None
        if here is None:
            hit = hits[0] if step > 0 else hits[-1]
        elif step > 0:
            hit = next((h for h in hits if list_key(h, order) > here
                        or (include_current and list_key(h, order) == here)), hits[0])
        else:
            hit = next((h for h in reversed(hits) if list_key(h, order) < here), hits[-1])
        if not self.window.admits(hit):
            q = self.list_query
            wider = replace(q, article_id=hit.article_id if q.article_id is not None else None)
            if not replace(wider, article_id=None).admits(hit):
                wider = replace(wider, filter="all")
            self.list_query = wider
            if wider.article_id != q.article_id:
                self.take_article(wider.article_id)
            self.notify(f"Showing {wider.filter} claims of "
                        + ("all articles" if wider.article_id is None
                           else f"article {wider.article_id}") + " to reach the hit.")
            self.reopen_now(hit)
        else:
            self.goto_claim(hit)
