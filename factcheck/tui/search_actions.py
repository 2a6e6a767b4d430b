"""Full-text search from the workbench (`/`, then n / N through the hits).

The search runs in a thread worker on its own connection and reports by message; the
handlers are named `on_<message>` because `@on` does not reach the App from a mixin. A hit
outside the list on screen widens the list (another article, or every status) to reach it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.widgets import Input

from factcheck.errors import FactcheckError
from factcheck.models import StoredClaim
from factcheck.store.facade import list_key
from factcheck.tui.widgets.article_view import ArticleView
from factcheck.tui.widgets.detail_pane import DetailPane
from factcheck.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp

    _Base = ReviewApp
else:
    _Base = object

SEARCH_LIMIT = 1000  # hits kept from one search


class SearchDone(Message):
    """A search worker finished: its text and hits (list order is applied by the App)."""

    def __init__(self, text: str, hits: list[StoredClaim]) -> None:
        super().__init__()
        self.text, self.hits = text, hits


class SearchActions(_Base):
    """The search line, its worker, and moving through the hits."""

    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.add_class("-active")
        bar.value = self.state.search_text
        bar.focus()

    def action_next_hit(self) -> None:
        self.jump_to_hit(+1)

    def action_previous_hit(self) -> None:
        self.jump_to_hit(-1)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return  # a modal's field
        self._close_search()
        text = event.value.strip()
        if not text:
            self.state.hits, self.state.search_text = [], ""
            self.claims.hits = frozenset()
            self.claims.repaint()
            self._titles()
            return
        self._search(text)

    def on_search_bar_cancelled(self) -> None:
        self._close_search()

    def _close_search(self) -> None:
        self.query_one(SearchBar).remove_class("-active")
        self.claims.focus()
        self.query_one(ArticleView).border_title = "Article"
        self.query_one(DetailPane).border_title = "Claim"

    @work(thread=True, exclusive=True, group="search")
    def _search(self, text: str) -> None:
        try:
            with self.reader() as store:
                hits = store.search(text, limit=SEARCH_LIMIT)
        except FactcheckError as e:
            self.call_from_thread(self.notify, str(e), title="Search", severity="error")
            return
        self.post_message(SearchDone(text, hits))

    def on_search_done(self, message: SearchDone) -> None:
        self.state.search_text, self.state.hits = message.text, message.hits
        self.claims.hits = frozenset(h.id for h in message.hits)
        self.claims.repaint()
        if not message.hits:
            self.notify(f"No claim matches “{message.text}”.", title="Search")
            self._titles()
            return
        self.jump_to_hit(+1, include_current=True)

    def jump_to_hit(self, step: int, include_current: bool = False) -> None:
        """The next (or previous) hit in list order from the cursor, wrapping round."""
        if not self.state.hits:
            self.notify("No search hits: press / to search.")
            return
        order = self.state.list_query.order
        hits = self._sorted_hits()
        here = list_key(self.state.current, order) if self.state.current else None
        if here is None:
            hit = hits[0] if step > 0 else hits[-1]
        elif step > 0:
            hit = next((h for h in hits if list_key(h, order) > here
                        or (include_current and list_key(h, order) == here)), hits[0])
        else:
            hit = next((h for h in reversed(hits) if list_key(h, order) < here), hits[-1])
        if not self.state.window.admits(hit):
            q = self.state.list_query
            wider = replace(q, article_id=hit.article_id if q.article_id is not None else None)
            if not replace(wider, article_id=None).admits(hit):
                wider = replace(wider, filter="all")
            self.state.list_query = wider
            if wider.article_id != q.article_id:
                self.take_article(wider.article_id)
            self.notify(f"Showing {wider.filter} claims of "
                        + ("all articles" if wider.article_id is None
                           else f"article {wider.article_id}") + " to reach the hit.")
            self.reopen_now(hit)
        else:
            self.goto_claim(hit)

    def _sorted_hits(self) -> list[StoredClaim]:
        order = self.state.list_query.order
        return sorted(self.state.hits, key=lambda h: list_key(h, order))
