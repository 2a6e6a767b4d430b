"""Verification aids in the workbench (mixed into the App): quote against source (Q),
consistency warnings on the list and in the detail pane, the same claim in other articles
with a key to reuse its verdict (r).

Slow work runs in thread workers on their own connection and reports by message (the
handlers are named `on_<message>`: `@on` does not reach the App from a mixin):
- lint runs once per article whose rows are on screen, cached until the data changes;
- cross-article matches are looked up for the current claim only;
- both start once the cursor has rested for a moment (REST_S), so moving through the
  list stays as fast as before (no thread competes with the repaint);
- a quote is aligned with its source off the UI thread, then saved through the SaveQueue.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import work
from textual.css.query import NoMatches
from textual.message import Message

from factcheck.verify import crossref
from factcheck.review import verdicts as review
from factcheck.verify.consistency import Finding, lint_article
from factcheck.verify.crossref import CrossMatch
from factcheck.errors import FactcheckError
from factcheck.verify.match import QuoteMatch, align_quote
from factcheck.models import Source, StoredClaim
from factcheck.tui.screens.quote_modal import QuoteCheckModal
from factcheck.tui.screens.reuse_modal import ReuseModal
from factcheck.tui.widgets.detail_pane import DetailPane

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp

    _Base = ReviewApp
else:
    _Base = object

REST_S = 0.12  # the cursor rests this long before the current claim's matches are looked up
WARNING_MARK = "⚠"


class LintDone(Message):
    def __init__(self, asked: list[int], found: dict[int, list[Finding]]) -> None:
        super().__init__()
        self.asked, self.found = asked, found


class MatchesFound(Message):
    def __init__(self, claim_id: int, matches: list[CrossMatch]) -> None:
        super().__init__()
        self.claim_id, self.matches = claim_id, matches


class QuoteAligned(Message):
    def __init__(self, claim: StoredClaim, label: str, match: QuoteMatch, save: bool) -> None:
        super().__init__()
        self.claim, self.label, self.match, self.save = claim, label, match, save


class VerifyActions(_Base):
    """Fills the aids' caches (app.state: lint, matches, diffs) and shows them."""

    def forget_aids(self, lint: bool) -> None:
        """Data changed: matches carry other claims' verdicts; lint only on a full reload."""
        self.state.matches.clear()
        if lint:
            self.state.lint.clear()
            self.state.lint_marks.clear()

    # --- consistency --------------------------------------------------------------------

    def lint_mark(self, sc: StoredClaim) -> str:
        """The mark of a claim a consistency warning names (asks for its article's lint)."""
        marks = self.state.lint_marks.get(sc.article_id)
        if marks is None:
            self._want_lint(sc.article_id)
            return ""
        return WARNING_MARK if sc.id in marks else ""

    def _want_lint(self, article_id: int) -> None:
        """Lint this article once the cursor rests (never while the list scrolls)."""
        if article_id in self.state.lint_wanted or article_id in self.state.lint_running:
            return
        self.state.lint_wanted.add(article_id)
        if self.state.rest_ticker is not None:
            self.state.rest_ticker.resume()

    def _start_lint(self) -> None:
        batch = sorted(self.state.lint_wanted)
        self.state.lint_wanted.clear()
        if batch:
            self.state.lint_running.update(batch)
            self._lint_articles(batch)

    @work(thread=True, group="lint")
    def _lint_articles(self, article_ids: list[int]) -> None:
        found: dict[int, list[Finding]] = {}
        try:
            with self.reader() as store:
                for article_id in article_ids:
                    try:
                        found[article_id] = [f for f in lint_article(store, article_id)
                                             if f.severity == "warning"]
                    except FactcheckError:
                        found[article_id] = []  # gone meanwhile: nothing to warn about
        except FactcheckError:
            pass  # busy: asked again on a later repaint
        self.post_message(LintDone(article_ids, found))

    def on_lint_done(self, message: LintDone) -> None:
        self.state.lint_running.difference_update(message.asked)
        for article_id, warnings in message.found.items():
            self.state.lint[article_id] = warnings
            self.state.lint_marks[article_id] = frozenset(i for f in warnings for i in f.claim_ids)
        if any(message.found.values()):
            try:
                self.claims.repaint()
            except NoMatches:
                return  # closing: the list is gone
        if self.state.current is not None and self.state.current.article_id in message.found:
            self.show_claim()

    # --- the same claim in other articles -----------------------------------------------

    def rest_on_current(self) -> None:
        """Called whenever the current claim changes: its matches are looked up once the
        cursor has rested on it for REST_S (one cheap check a tick; no timer per key)."""
        sc = self.state.current
        self.state.resting_on = (sc.id if sc is not None and sc.claim.kind in ("quote", "number")
                            and sc.id not in self.state.matches else None)
        self.state.rest_since = time.monotonic()
        if ((self.state.resting_on is not None or self.state.titles_stale
             or self._scrollbar_waits()) and self.state.rest_ticker is not None):
            self.state.rest_ticker.resume()

    def start_rest_ticker(self) -> None:
        self.state.rest_ticker = self.set_interval(REST_S / 3, self._rest_tick, pause=True)

    def _rest_tick(self) -> None:
        """Once the cursor has rested: the list's position, the detail pane's scrollbar,
        the current claim's matches and evidence, the lint of the articles on screen.
        Paused while there is nothing to do."""
        state = self.state
        if (state.resting_on is None and not state.lint_wanted and not state.titles_stale
                and state.evidence_wanted is None and not self._scrollbar_waits()):
            state.rest_ticker.pause()
            return
        if time.monotonic() - state.rest_since < REST_S:
            return
        try:
            if state.titles_stale:
                self._titles()
            self.query_one(DetailPane).settle_scrollbar()
        except NoMatches:
            return  # the workbench is closing: its widgets are gone
        if self.state.resting_on is not None:
            claim_id, self.state.resting_on = self.state.resting_on, None
            self._find_matches(claim_id)
        if self.state.lint_wanted:
            self._start_lint()
        self.evidence_rested()
        self.state.rest_ticker.pause()

    @property
    def aids_pending(self) -> bool:
        """A lookup is still to come (tests wait for it before looking at the screen)."""
        return (self.state.resting_on is not None or bool(self.state.lint_wanted)
                or bool(self.state.lint_running) or self.state.titles_stale
                or self._scrollbar_waits() or self.evidence_pending)

    def _scrollbar_waits(self) -> bool:
        """The detail pane's scrollbar is to come or go once the cursor rests."""
        try:
            return self.query_one(DetailPane).scrollbar_waits
        except NoMatches:
            return False

    @work(thread=True, exclusive=True, group="matches")
    def _find_matches(self, claim_id: int) -> None:
        try:
            with self.reader() as store:
                found = crossref.matches(store, claim_id)
        except FactcheckError:
            return
        self.post_message(MatchesFound(claim_id, found))

    def on_matches_found(self, message: MatchesFound) -> None:
        self.state.matches[message.claim_id] = message.matches
        if self.state.current is not None and self.state.current.id == message.claim_id:
            self.show_claim()

    def visible_matches(self, claim_id: int) -> list[CrossMatch] | None:
        """The matches as I may see them (blind claims show undecided)."""
        found = self.state.matches.get(claim_id)
        if found is None:
            return None
        return [replace(m, claim=self.mask(m.claim)) if m.claim.id in self.state.hidden else m
                for m in found]

    def action_reuse_verdict(self) -> None:
        sc = self.state.current
        if sc is None or self.read_only_refused():
            return
        if self.state.list_query.queue == "resolve":
            self.notify("In the resolve queue a verdict key settles the claim, with a note.")
            return
        if sc.claim.kind not in ("quote", "number"):
            self.notify(f"Claim {sc.id} is a {sc.claim.kind}: only quotes and figures are "
                        "looked up in other articles.", title="Nothing to reuse")
            return
        try:
            if sc.id not in self.state.matches:
                self.state.matches[sc.id] = crossref.matches(self.store, sc.id)
            found = self.visible_matches(sc.id) or []
            # only what review.reuse_verdict accepts (a claim waiting for my blind verdict
            # shows undecided, so it is not offered either)
            offered = [m for m in found if crossref.reusable(m)]
            titles = {}
            for m in offered:
                article = self.store.article(m.claim.article_id)
                titles[article.id] = article.title or article.source_path or f"article {article.id}"
        except FactcheckError as e:
            self.notify(str(e), title="Cannot read", severity="error")
            return
        if not found:
            self.notify(f"Claim {sc.id} is not seen in other articles: no verdict to reuse.",
                        title="Nothing to reuse")
            return
        if not offered:
            self.notify(f"Claim {sc.id} is {crossref.seen_summary(found)}. A verdict is reused "
                        "only from a matching claim that has one: none has.",
                        title="Nothing to reuse")
            return
        shown = sc.verdict.version
        was_hidden = sc.id in self.state.hidden

        def chosen(from_id: int | None) -> None:
            if from_id is None:
                return

            def saved(verdict) -> None:
                self.data_changed(sc.id)
                self.notify(f"Claim {sc.id}: {verdict.status} (reused from claim {from_id}).")
                self.after_own_verdict(sc.id, was_hidden)

            self.saver.run(lambda: review.reuse_verdict(
                self.store, sc.id, from_id, self.state.reviewer, expected_version=shown), saved)

        self.push_screen(ReuseModal(sc.id, sc.claim.text, offered, titles), chosen)

    # --- quote against source -----------------------------------------------------------

    def action_check_quote(self) -> None:
        sc = self.state.current
        if sc is None or self.read_only_refused():
            return
        if sc.claim.kind != "quote":
            self.notify(f"Claim {sc.id} is a {sc.claim.kind}, not a quote: Q checks a quote "
                        "against its source (a transcript, statement or article).",
                        title="Quotes only")
            return

        def chosen(result: dict | None) -> None:
            if result is not None:
                self._align(sc, result["label"], result["text"], result["save_not_found"])

        self.push_screen(QuoteCheckModal(sc.id, sc.claim.text), chosen)

    @work(thread=True, group="quote")
    def _align(self, sc: StoredClaim, label: str, text: str, save: bool) -> None:
        self.post_message(QuoteAligned(sc, label, align_quote(sc.claim.text, text), save))

    def on_quote_aligned(self, message: QuoteAligned) -> None:
        sc, match, label = message.claim, message.match, message.label
        said = (f"{match.classification.replace('_', ' ')} ({match.score:.0f}%)"
                if match.found else "not found")
        if not match.found and not message.save:
            self.state.unsaved_checks[sc.id] = (label, match)
            self.show_claim()
            self.notify(f"Quote {sc.id} not found in {label}: nothing saved (tick “save even "
                        "if not found” to keep the check).", title="Quote check")
            return

        def saved(source: Source) -> None:
            self.state.diffs[source.id] = match
            self.state.unsaved_checks.pop(sc.id, None)
            self.data_changed(sc.id)
            self.notify(f"Quote {sc.id}: {said}; saved as a source.", title="Quote check")

        self.saver.run(lambda: review.add_quote_check(self.store, sc.id, label, match,
                                                      self.state.reviewer), saved)

    def source_diffs(self, sc: StoredClaim, sources: list[Source]) -> dict[int, QuoteMatch]:
        """The word diff of each quote-check source: from this session, or worked out again
        from the saved excerpt (the passage the quote was matched with)."""
        out = {}
        for s in sources:
            if not s.match_class:
                continue
            if s.id not in self.state.diffs and s.excerpt:
                self.state.diffs[s.id] = align_quote(sc.claim.text, s.excerpt)
            if s.id in self.state.diffs:
                out[s.id] = self.state.diffs[s.id]
        return out

    def warnings_for(self, sc: StoredClaim) -> tuple[Finding, ...]:
        return tuple(f for f in self.state.lint.get(sc.article_id, ()) if sc.id in f.claim_ids)
