"""The review workbench App: owns the state, talks to store / review / undo, feeds widgets.

Data flows one way: the App reads from the `Store` (the list through a keyset-paged
`ClaimWindow`), hands widgets what to show, and turns keys into review actions
(actions.py), each saved at once by the `SaveQueue`. Slow reads (first page, filters,
search, the article list) run in thread workers on their own connection and post a
message back. Other reviewers' commits are noticed by polling `PRAGMA data_version`.
Showing the current claim (showing.py), search (search_actions.py), verification aids
(verify_actions.py), team review (team_actions.py) and export (exporting.py) are action
groups mixed in; what they all read and change is declared once, in `WorkbenchState`
(state.py), and none of them adds attributes of its own.
"""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path
from collections.abc import Iterator

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.theme import Theme
from textual.widgets import Static

from factcheck.errors import FactcheckError, VersionConflictError
from factcheck.models import StoredClaim
from factcheck.store.facade import Store
from factcheck.tui.actions import ReviewActions
from factcheck.tui.bindings import BINDINGS
from factcheck.tui.evidence_actions import EvidenceActions
from factcheck.tui.commands import ActionsProvider
from factcheck.tui.config import save_theme
from factcheck.tui.exporting import ExportActions
from factcheck.tui.listing import (
    ClaimWindow,
    ListQuery,
    next_pending,
    open_list,
)
from factcheck.tui.saving import SaveQueue
from factcheck.tui.screens.name_modal import NameModal
from factcheck.tui.search_actions import SearchActions
from factcheck.tui.showing import ShowActions
from factcheck.tui.state import WorkbenchState
from factcheck.tui.team_actions import RENEW_S, TeamActions
from factcheck.tui.verify_actions import VerifyActions
from factcheck.tui.widgets.article_view import ArticleView
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.detail_pane import DetailPane
from factcheck.tui.widgets.header import WorkbenchHeader
from factcheck.tui.widgets.key_bar import KeyBar, entries
from factcheck.tui.widgets.search_bar import SearchBar

MIN_WIDTH, MIN_HEIGHT = 60, 16  # smaller: a "please enlarge" message instead
NARROW_WIDTH = 110  # below this: the list across the top, article and detail below it
BUSY_WAIT_S = 0.2  # wait this long for another writer, then queue the change
EMPTY_DB = """No articles in this database yet.

Add one and open the workbench on it:

    factcheck review story.txt

or store articles first (files or folders of .txt, .md, .html):

    factcheck ingest articles/
    factcheck review

Press q to quit."""


class ReviewApp(ShowActions, ReviewActions, SearchActions, VerifyActions, TeamActions,
                ExportActions, EvidenceActions, App):
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

    def __init__(self, db_path: str, reviewer: str, article_id: int | None = None,
                 advance: bool = True, poll_interval: float = 1.0,
                 theme: str | None = None, queue: str | None = None, blind: bool = True,
                 ask_reviewer: bool = False, keymap: dict[str, str] | None = None,
                 config_file: Path | None = None) -> None:
        super().__init__()
        self.store = Store.open(str(db_path))
        self.store.set_busy_timeout(BUSY_WAIT_S)
        query = ListQuery(article_id=article_id, filter=queue or "all")
        self.state = WorkbenchState(
            db_path=str(db_path), reviewer="" if ask_reviewer else reviewer,
            ask_reviewer=ask_reviewer, advance=advance, poll_interval=poll_interval,
            theme=theme, keymap=dict(keymap or {}), config_file=config_file,
            blind=blind, seen_version=self.store.data_version(),
            list_query=query, window=ClaimWindow(query, 0))
        self.saver = SaveQueue(self)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """A toast. Messages quote user strings (names, search text, titles, URLs, file
        names), so they are shown as typed: never parsed as markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout,
                       markup=markup)

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
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        if self.state.theme:
            self.theme = self.state.theme
        if self.state.keymap:
            self.set_keymap(self.state.keymap)
        if self.state.config_file is not None:
            self.theme_changed_signal.subscribe(self, self._theme_chosen)
        self.claims.focus()
        self.call_after_refresh(self.show_keys)  # once focus and keymap are in place
        self.query_one(ArticleView).border_title = "Article"
        self.query_one(DetailPane).border_title = "Claim"
        self.query_one(DetailPane).show(None, "Loading…")
        self._check_size(self.size.width, self.size.height)
        if self.state.ask_reviewer:  # a browser session: who is this?
            self.query_one(WorkbenchHeader).show_who("")
            self.claims.empty_message = "The claims show once you have said who you are."
            self.push_screen(NameModal(), self._named)
            return
        self._start()

    def show_keys(self) -> None:
        """The key bar, from the same Bindings as help and the palette (after any keymap)."""
        keys = self.keys_by_binding_id()
        self.query_one(KeyBar).show_keys(
            entries(BINDINGS, lambda b: keys.get(b.id, self.get_key_display(b)).replace(" ", "")))

    def _theme_chosen(self, theme: Theme) -> None:
        """A theme picked in the palette is kept in the config file for next time."""
        if theme.name == self.state.theme:
            return  # the one we started with
        self.state.theme = theme.name
        try:
            save_theme(theme.name, self.state.config_file)
        except OSError as e:
            self.notify(f"{self.state.config_file}: {e.strerror or e}", title="Theme not kept",
                        severity="warning")

    def _named(self, name: str | None) -> None:
        self.state.reviewer = name or ""
        self._start()

    def _start(self) -> None:
        """Once the reviewer is known: the desk, the take, the list, the timers."""
        self.query_one(WorkbenchHeader).show_who(self.state.reviewer)
        self.refresh_team()
        self.take_article(self.state.list_query.article_id)
        self.set_interval(self.state.poll_interval, self.poll)
        self.set_interval(RENEW_S, self.renew_take)
        self.start_rest_ticker()
        self.reload(first_pending=True)

    def on_unmount(self) -> None:
        self.release_article()
        self.store.close()
        gc.unfreeze()  # back to the collector (an app run inside a longer process, tests)

    def on_resize(self, event: events.Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        self.default_screen.set_class(small, "-too-small")
        self.default_screen.set_class(width < NARROW_WIDTH, "-narrow")
        if small:
            self.query_one("#too-small", Static).update(
                f"The terminal is {width}×{height}.\nThe workbench needs at least "
                f"{MIN_WIDTH}×{MIN_HEIGHT}: please enlarge it.\n(q quits)")

    @property
    def claims(self) -> ClaimList:
        return self.query_one("#claims", ClaimList)

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
            return self.mask(self.state.window.row(self.store, index))
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
        """Open the list again for `self.state.list_query` (in a worker)."""
        state = self.state
        self._load(state.list_query, near, first_pending, state.reviewer, frozenset(state.kept))

    def reopen_now(self, near: StoredClaim | None) -> None:
        """Open the list again at once (after our own change, so the screen is current)."""
        state = self.state
        state.window, index = open_list(self.store, state.list_query, near, state.reviewer,
                                        frozenset(state.kept))
        self._adopt(index)

    @on(ListLoaded)
    def _list_loaded(self, message: ListLoaded) -> None:
        if message.query != self.state.list_query:
            return  # a newer filter or article was chosen meanwhile
        self.state.window = message.window
        self._adopt(message.index)
        if not self.state.ready:
            self.call_after_refresh(_freeze_startup_heap)
        self.state.ready = True

    def _adopt(self, index: int) -> None:
        empty_db = (self.state.window.total == 0 and self.state.list_query == ListQuery()
                    and not self.store.articles())
        self.default_screen.set_class(empty_db, "-empty")
        self.claims.empty_message = self._empty_message()
        self.claims.reset(self.state.window.total, index)
        self.show_index(self.claims.cursor)

    def _empty_message(self) -> str:
        q = self.state.list_query
        if q.queue == "second":
            return ("Nothing waits for your second review "
                    + (f"(second-review policy: {self.state.policy}). "
                       if self.state.policy != "none" else
                       "(no second review is asked: see 'factcheck config second-review'). ")
                    + "Press f for the next filter.")
        if q.queue == "resolve":
            return "No disagreements to resolve. Press f for the next filter."
        return (f"No claims match this filter ({q.filter}). "
                "Press f for the next filter, a for another article.")

    @on(ClaimList.Clicked)
    def _clicked(self, message: ClaimList.Clicked) -> None:
        self.goto(message.index)

    def data_changed(self, claim_id: int | None = None) -> None:
        """Something was written: forget cached counts and tints, refresh what shows."""
        self.state.counts.clear()
        self.state.spans = None
        self.refresh_team()
        self.forget_aids(lint=claim_id is None)
        if claim_id is None:
            self.forget_evidence()
        q = self.state.list_query
        try:
            if claim_id is not None and not q.by_status and self.state.current is not None:
                self.state.window.replace(self.store.claim(claim_id))
                self.claims.repaint()
                if self.state.current.id == claim_id:
                    self.state.current = self.mask(self.store.claim(claim_id))
                self.show_claim()
                return
            near = self.store.claim(self.state.current.id) if self.state.current else None
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
        if version != self.state.seen_version:
            self.state.seen_version = version
            self.data_changed()

    def show_conflict(self, error: VersionConflictError) -> None:
        who = error.current.reviewer or "someone"
        self.notify(f"{who} changed this claim meanwhile: it is now {error.current.status}. "
                    "Yours was not saved; showing theirs.", title="Changed meanwhile",
                    severity="warning", timeout=8)
        self.data_changed()

    def show_unsaved(self, count: int) -> None:
        self.query_one(WorkbenchHeader).show_who(self.state.reviewer, count)


def _freeze_startup_heap() -> None:
    """Everything built until the first paint (Textual, the stylesheet, the first window)
    lives as long as the app: frozen, the collector stops walking it again, which cost a
    key ~40 ms every few dozen presses at 100k claims. Garbage is collected first, so
    none is kept for good."""
    gc.collect()
    gc.freeze()
