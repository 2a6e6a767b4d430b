"""Showing the claim under the cursor: the article text with its tints, the detail pane,
the header and the list's titles (an action group of the App, like actions.py).

Everything shown comes from app.state and the Store on the UI thread: these reads are
indexed and small (one claim's sources, notes and history), so a key repaints at once.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual.content import Content
from textual.css.query import NoMatches

from factcheck.errors import FactcheckError
from factcheck.models import StoredClaim
from factcheck.review.team import desk_state
from factcheck.tui.listing import ORDERS
from factcheck.tui.verify_actions import REST_S
from factcheck.tui.widgets.article_view import ArticleView, Span
from factcheck.tui.widgets.detail_pane import ClaimDetail, DetailPane
from factcheck.tui.widgets.header import WorkbenchHeader

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp

    _Base = ReviewApp
else:
    _Base = object


class ShowActions(_Base):
    """Moving the cursor and showing what it is on."""

    def goto(self, index: int) -> None:
        """Move the cursor to a row of the list and show that claim."""
        if self.state.window.total == 0:
            return
        index = max(0, min(index, self.state.window.total - 1))
        self.claims.move_cursor(index)
        self.show_index(index)

    def goto_claim(self, sc: StoredClaim) -> None:
        """Move to a claim known to be in the list."""
        self.goto(self.state.window.index_of(self.store, sc))

    def show_index(self, index: int) -> None:
        self.state.current = self._row(index) if self.state.window.total else None
        self.show_claim()

    def show_claim(self) -> None:
        """Article text, detail pane, header and list titles for `self.state.current`."""
        sc = self.state.current
        try:
            view = self.query_one(ArticleView)
        except NoMatches:
            return  # closing: a worker's answer came after the widgets went
        try:
            shown = self.state.article
            if sc is not None and (shown is None or shown.id != sc.article_id):
                self.state.article = self.store.article(sc.article_id)
                self.state.spans = None
            article = self.state.article if sc is not None else None
            if article is None:
                view.show(None, "", [], None)
            elif self.state.spans is None or view.article_id != article.id:
                # (the pane may have been emptied by a list with no claims meanwhile)
                self.state.spans = [Span(c.id, c.claim.start, c.claim.end,
                                         "pending" if c.id in self.state.hidden else c.status)
                                    for c in self.store.claims(article_id=article.id)]
                view.show(article.id, article.text or "", self.state.spans, sc.id)
            else:
                view.set_current(sc.id)
            detail = self._detail(sc) if sc else None
            counts = None
            if article is not None:
                if article.id not in self.state.counts:
                    self.state.counts[article.id] = self._blind_counts(
                        article.id, self.store.status_counts(article.id))
                counts = self.state.counts[article.id]
        except FactcheckError as e:
            self.notify(str(e), title="Cannot read", severity="error")
            return
        self.query_one(DetailPane).show(detail, "No claim selected.",
                                        scrollbar_may_wait=self._keys_repeating())
        header = self.query_one(WorkbenchHeader)
        header.show_article(article, counts)
        header.show_holder(self.holder_of(article.id) if article else None)
        self._titles(position_may_wait=True)
        self.rest_on_current()
        self.evidence_on_current()

    def _keys_repeating(self) -> bool:
        """The claim shown before this one came less than REST_S ago (a held key): what
        would lay out the whole screen may wait until the cursor rests."""
        return (self.state.rest_ticker is not None
                and time.monotonic() - self.state.rest_since < REST_S)

    def _detail(self, sc: StoredClaim) -> ClaimDetail:
        """Everything the detail pane says about a claim (its aids from the caches)."""
        sources = self.store.sources(sc.id)
        return ClaimDetail(
            sc, sources, self.store.notes(sc.id), self.store.history(claim_id=sc.id),
            me=self.state.reviewer, hidden=sc.id in self.state.hidden,
            desk=desk_state(self.store, sc.id) if self.state.policy != "none" or self.state.editors
            else None,
            warnings=self.warnings_for(sc),
            matches=(tuple(found) if (found := self.visible_matches(sc.id)) is not None
                     else None),
            diffs=self.source_diffs(sc, sources),
            unsaved_check=self.state.unsaved_checks.get(sc.id),
            evidence=self.evidence_for(sc), evidence_looking=self.evidence_looking(sc))

    def _blind_counts(self, article_id: int, counts: dict[str, int]) -> dict[str, int]:
        """The article's counts as I may see them: blind claims count as pending."""
        if not self.state.hidden:
            return counts
        out = dict(counts)
        for c in self.store.claims(article_id=article_id):
            if c.id in self.state.hidden and c.status != "pending":
                out[c.status] -= 1
                out["pending"] += 1
        return out

    def _titles(self, position_may_wait: bool = False) -> None:
        """The list's border title and subtitle. Names and search text are user strings:
        given as Content (literal), never parsed as markup."""
        state, claims = self.state, self.claims
        q, total = state.list_query, state.window.total
        scope = "all articles" if q.article_id is None else f"article {q.article_id}"
        holder = self.holder_of(q.article_id)
        title = f"Claims · {scope}" + (f" · in review by {holder}" if holder else "")
        frame = (title, q, total, len(state.hits), state.search_text)
        if (position_may_wait and frame == state.titles_frame
                and state.rest_ticker is not None):
            # Only the position ("5/100000", "hit 2/5") moved. A new border title repaints
            # the whole list, so while keys repeat it is written once the cursor rests.
            state.titles_stale = True
            return
        state.titles_frame, state.titles_stale = frame, False
        claims.border_title = Content(title)
        where = f"{claims.cursor + 1}/{total}" if total else "0"
        hits = ""
        if state.hits:
            number = next((i for i, h in enumerate(self._sorted_hits(), 1)
                           if state.current and h.id == state.current.id), None)
            hits = (f" · hit {number}/{len(state.hits)} “{state.search_text}”" if number
                    else f" · {len(state.hits)} hits")
        claims.border_subtitle = Content(f"{q.filter} · {ORDERS[q.order]} · {where}{hits}")
