"""The evidence library in the workbench (mixed into the App): the current claim's top
suggestions in the detail pane, `E` for all of them, Enter to attach one as a source
(undoable with z), and a mark in the list on claims with an exact quote or the same
figure in a document.

Suggestions are looked up in a thread worker on its own connection once the cursor has
rested (the rest ticker of verify_actions.py, which also starts the matches and lint),
so moving through the list never waits for the library; the results are cached per
claim until the data changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from factcheck.errors import FactcheckError
from factcheck.models import Source, StoredClaim
from factcheck.review import evidence as review
from factcheck.store import documents as library
from factcheck.tui.screens.evidence_modal import EvidenceModal
from factcheck.verify.evidence import Suggestion

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp

    _Base = ReviewApp
else:
    _Base = object

EVIDENCE_MARK = "◆"  # a claim with an exact quote or the same figure in a document
SHOWN = 20  # suggestions computed per claim (the pane shows three, E all of them)


class EvidenceFound(Message):
    def __init__(self, claim_id: int, found: list[Suggestion]) -> None:
        super().__init__()
        self.claim_id, self.found = claim_id, found


class EvidenceActions(_Base):
    """The library's part of the workbench; its caches live in app.state (evidence_*)."""

    def forget_evidence(self) -> None:
        """The data changed (maybe the library): look again when asked."""
        self.state.evidence.clear()
        self.state.evidence_strong = None
        self.state.library_documents = None

    @property
    def evidence_pending(self) -> bool:
        return self.state.evidence_wanted is not None or self.state.evidence_running > 0

    # --- the list mark ------------------------------------------------------------------

    def evidence_mark(self, sc: StoredClaim) -> str:
        if self.state.evidence_strong is None:
            try:
                self.state.evidence_strong = library.strong_claims(self.store)
            except FactcheckError:
                return ""
        return EVIDENCE_MARK if sc.id in self.state.evidence_strong else ""

    # --- the current claim ----------------------------------------------------------------

    def evidence_on_current(self) -> None:
        """Called when the current claim changes (after rest_on_current): search the
        library for it once the cursor rests."""
        sc = self.state.current
        if sc is None or sc.id in self.state.evidence or not self._library_has_documents():
            self.state.evidence_wanted = None
            return
        self.state.evidence_wanted = sc.id
        if self.state.rest_ticker is not None:
            self.state.rest_ticker.resume()

    def _library_has_documents(self) -> bool:
        if self.state.library_documents is None:
            try:
                self.state.library_documents = library.library_size(self.store)["documents"]
            except FactcheckError:
                return False
        return self.state.library_documents > 0

    def evidence_rested(self) -> None:
        """The cursor rested: look up the claim it rests on (the rest ticker calls this)."""
        claim_id, self.state.evidence_wanted = self.state.evidence_wanted, None
        if claim_id is not None:
            self.state.evidence_running += 1
            self._find_evidence(claim_id)

    @work(thread=True, group="evidence")
    def _find_evidence(self, claim_id: int) -> None:
        found: list[Suggestion] = []
        try:
            with self.reader() as store:
                # read only: a write here would look like another program's change
                found = review.compute(store, claim_id, SHOWN, remember=False)
        except FactcheckError:
            pass  # busy or gone: looked up again when the claim is shown again
        self.post_message(EvidenceFound(claim_id, found))

    def on_evidence_found(self, message: EvidenceFound) -> None:
        self.state.evidence_running = max(0, self.state.evidence_running - 1)
        self.state.evidence[message.claim_id] = message.found
        strong = any(s.strong for s in message.found)
        if self.state.evidence_strong is not None and (message.claim_id in self.state.evidence_strong) != strong:
            self.state.evidence_strong = (self.state.evidence_strong | {message.claim_id} if strong
                                    else self.state.evidence_strong - {message.claim_id})
            self.claims.repaint()
        if self.state.current is not None and self.state.current.id == message.claim_id:
            self.show_claim()

    def evidence_for(self, sc: StoredClaim) -> tuple[Suggestion, ...] | None:
        """The suggestions to show (None: no library, or not looked up yet)."""
        found = self.state.evidence.get(sc.id)
        return tuple(found) if found is not None else None

    def evidence_looking(self, sc: StoredClaim) -> bool:
        return sc.id not in self.state.evidence and bool(self.state.library_documents)

    # --- E: every suggestion; Enter attaches ---------------------------------------------

    def action_show_evidence(self) -> None:
        sc = self.state.current
        if sc is None:
            return
        if not self._library_has_documents():
            self.notify("The evidence library is empty: add documents with "
                        "'factcheck sources add FILE…' (PDF, HTML, text, CSV, ClaimReview).",
                        title="No documents")
            return
        try:
            found = self.state.evidence.get(sc.id)
            if found is None:
                found = self.state.evidence[sc.id] = review.compute(self.store, sc.id, SHOWN,
                                                              remember=False)
        except FactcheckError as e:
            self.notify(str(e), title="Cannot read", severity="error")
            return
        if not found:
            self.notify(f"Nothing in the library bears on claim {sc.id}.", title="No evidence")
            return

        def chosen(index: int | None) -> None:
            if index is None:
                return
            suggestion = found[index]

            def saved(source: Source) -> None:
                self.data_changed(sc.id)
                self.notify(f"Claim {sc.id}: attached {suggestion.citation()} as source "
                            f"{source.id} (z undoes).", title="Evidence attached")

            self.saver.run(lambda: review.attach(self.store, sc.id, suggestion, self.state.reviewer),
                           saved)

        self.push_screen(EvidenceModal(sc.id, sc.claim.text, found), chosen)
