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
    """Caches of lint findings and matches live on the App; these methods fill and show them."""

    def init_aids(self) -> None:
        self.lint: dict[int, list[Finding]] = {}  # article id → its warnings
        self.lint_marks: dict[int, frozenset[int]] = {}  # article id → claims warned about
        self._lint_wanted: set[int] = set()  # asked for, worker not started yet
        self._lint_running: set[int] = set()
        self.matches: dict[int, list[CrossMatch]] = {}  # claim id → its cross-article matches
        self.diffs: dict[int, QuoteMatch] = {}  # quote-check source id → the match
        self.unsaved_checks: dict[int, tuple[str, QuoteMatch]] = {}
        self._resting_on: int | None = None  # the claim whose matches wait for the cursor
        self._rest_since = 0.0
        self._rest_ticker = None

    def forget_aids(self, lint: bool) -> None:
        """Data changed: matches carry other claims' verdicts; lint only on a full reload."""
        self.matches.clear()
        if lint:
            self.lint.clear()
            self.lint_marks.clear()

    # --- consistency --------------------------------------------------------------------

    def lint_mark(self, sc: StoredClaim) -> str:
        """The mark of a claim a consistency warning names (asks for its article's lint)."""
        marks = self.lint_marks.get(sc.article_id)
        if marks is None:
            self._want_lint(sc.article_id)
            return ""
        return WARNING_MARK if sc.id in marks else ""

    def _want_lint(self, article_id: int) -> None:
        """Lint this article once the cursor rests (never while the list scrolls)."""
        if article_id in self._lint_wanted or article_id in self._lint_running:
            return
        self._lint_wanted.add(article_id)
        if self._rest_ticker is not None:
            self._rest_ticker.resume()

    def _start_lint(self) -> None:
        batch = sorted(self._lint_wanted)
        self._lint_wanted.clear()
        if batch:
            self._lint_running.update(batch)
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
        self._lint_running.difference_update(message.asked)
        for article_id, warnings in message.found.items():
            self.lint[article_id] = warnings
            self.lint_marks[article_id] = frozenset(i for f in warnings for i in f.claim_ids)
        if any(message.found.values()):
            self.claims.repaint()
        if self.current is not None and self.current.article_id in message.found:
            self.show_claim()

    # --- the same claim in other articles -----------------------------------------------

    def rest_on_current(self) -> None:
        """Called whenever the current claim changes: its matches are looked up once the
        cursor has rested on it for REST_S (one cheap check a tick; no timer per key)."""
        sc = self.current
        self._resting_on = (sc.id if sc is not None and sc.claim.kind in ("quote", "number")
                            and sc.id not in self.matches else None)
        self._rest_since = time.monotonic()
        if self._resting_on is not None and self._rest_ticker is not None:
            self._rest_ticker.resume()

    def start_rest_ticker(self) -> None:
        self._rest_ticker = self.set_interval(REST_S / 3, self._rest_tick, pause=True)

    def _rest_tick(self) -> None:
        """Once the cursor has rested: the current claim's matches, the lint of the
        articles on screen. Paused while there is nothing to look up."""
        if self._resting_on is None and not self._lint_wanted:
            self._rest_ticker.pause()
            return
        if time.monotonic() - self._rest_since < REST_S:
            return
        if self._resting_on is not None:
            claim_id, self._resting_on = self._resting_on, None
            self._find_matches(claim_id)
        if self._lint_wanted:
            self._start_lint()
        self._rest_ticker.pause()

    @property
    def aids_pending(self) -> bool:
        """A lookup is still to come (tests wait for it before looking at the screen)."""
        return (self._resting_on is not None or bool(self._lint_wanted)
                or bool(self._lint_running) or getattr(self, "evidence_pending", False))

    @work(thread=True, exclusive=True, group="matches")
    def _find_matches(self, claim_id: int) -> None:
        try:
            with self.reader() as store:
                found = crossref.matches(store, claim_id)
        except FactcheckError:
            return
        self.post_message(MatchesFound(claim_id, found))

    def on_matches_found(self, message: MatchesFound) -> None:
        self.matches[message.claim_id] = message.matches
        if self.current is not None and self.current.id == message.claim_id:
            self.show_claim()

    def visible_matches(self, claim_id: int) -> list[CrossMatch] | None:
        """The matches as I may see them (blind claims show undecided)."""
        found = self.matches.get(claim_id)
        if found is None:
            return None
        return [replace(m, claim=self.mask(m.claim)) if m.claim.id in self.hidden else m
                for m in found]

    def action_reuse_verdict(self) -> None:
        sc = self.current
        if sc is None:
            return
        if self.list_query.queue == "resolve":
            self.notify("In the resolve queue a verdict key settles the claim, with a note.")
            return
        if sc.claim.kind not in ("quote", "number"):
            self.notify(f"Claim {sc.id} is a {sc.claim.kind}: only quotes and figures are "
                        "looked up in other articles.", title="Nothing to reuse")
            return
        try:
            if sc.id not in self.matches:
                self.matches[sc.id] = crossref.matches(self.store, sc.id)
            found = self.visible_matches(sc.id) or []
            titles = {}
            for m in found:
                article = self.store.article(m.claim.article_id)
                titles[article.id] = article.title or article.source_path or f"article {article.id}"
        except FactcheckError as e:
            self.notify(str(e), title="Cannot read", severity="error")
            return
        if not found:
            self.notify(f"Claim {sc.id} is not seen in other articles: no verdict to reuse.",
                        title="Nothing to reuse")
            return
        shown = sc.verdict.version
        was_hidden = sc.id in self.hidden

        def chosen(from_id: int | None) -> None:
            if from_id is None:
                return

            def saved(verdict) -> None:
                self.data_changed(sc.id)
                self.notify(f"Claim {sc.id}: {verdict.status} (reused from claim {from_id}).")
                self.after_own_verdict(sc.id, was_hidden)

            self.saver.run(lambda: review.reuse_verdict(self.store, sc.id, from_id,
                                                        self.reviewer, expected_version=shown),
                           saved)

        self.push_screen(ReuseModal(sc.id, sc.claim.text, found, titles), chosen)

    # --- quote against source -----------------------------------------------------------

    def action_check_quote(self) -> None:
        sc = self.current
        if sc is None:
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
            self.unsaved_checks[sc.id] = (label, match)
            self.show_claim()
            self.notify(f"Quote {sc.id} not found in {label}: nothing saved (tick “save even "
                        "if not found” to keep the check).", title="Quote check")
            return

        def saved(source: Source) -> None:
            self.diffs[source.id] = match
            self.unsaved_checks.pop(sc.id, None)
            self.data_changed(sc.id)
            self.notify(f"Quote {sc.id}: {said}; saved as a source.", title="Quote check")

        self.saver.run(lambda: review.add_quote_check(self.store, sc.id, label, match,
                                                      self.reviewer), saved)

    def source_diffs(self, sc: StoredClaim, sources: list[Source]) -> dict[int, QuoteMatch]:
        """The word diff of each quote-check source: from this session, or worked out again
        from the saved excerpt (the passage the quote was matched with)."""
        out = {}
        for s in sources:
            if not s.match_class:
                continue
            if s.id not in self.diffs and s.excerpt:
                self.diffs[s.id] = align_quote(sc.claim.text, s.excerpt)
            if s.id in self.diffs:
                out[s.id] = self.diffs[s.id]
        return out

    def warnings_for(self, sc: StoredClaim) -> tuple[Finding, ...]:
        return tuple(f for f in self.lint.get(sc.article_id, ()) if sc.id in f.claim_ids)
