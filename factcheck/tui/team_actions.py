"""Team review in the workbench (mixed into the App): taking articles, blind second
review, and editors settling disagreements.

- **Taking work**: opening one article (on the command line or with `a`) takes it, so
  colleagues see "in review by you"; the take is renewed while the workbench runs and
  released on quit or when another article is opened. An article someone else holds asks
  before taking it over.
- **Blind second review**: claims waiting for my second verdict (team.second_queue) show
  as undecided everywhere on screen — badge, article tint, detail pane, history, others'
  notes — until I decide; then both verdicts show.
- **Resolve queue**: there the verdict keys are an editor's final verdict, with a note.

Every write goes through team.py; nothing here builds SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.review import team
from factcheck.errors import ConflictError, DatabaseBusyError, FactcheckError, InvalidInputError
from factcheck.models import StoredClaim
from factcheck.store.facade import Store
from factcheck.tui.screens.confirm_modal import ConfirmModal
from factcheck.tui.screens.note_modal import NoteModal

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp

    _Base = ReviewApp
else:
    _Base = object

RENEW_S = 300.0  # a take lasts team.TAKE_MINUTES; renew it well before
BADGE = {"verified": "✓", "disputed": "✗", "unverifiable": "?", "pending": "·"}


def blind_progress(store: Store, progress: dict[int, dict[str, int]],
                   hidden: Iterable[int]) -> dict[int, dict[str, int]]:
    """Counts by status per article as the reader may see them: each claim whose verdict
    is hidden from them (blind second review) counts as pending."""
    out = {article_id: dict(counts) for article_id, counts in progress.items()}
    for sc in store.claims_by_id(hidden) if hidden else ():
        counts = out.get(sc.article_id)
        if counts is not None and sc.status != "pending" and counts.get(sc.status, 0) > 0:
            counts[sc.status] -= 1
            counts["pending"] = counts.get("pending", 0) + 1
    return out


class TeamActions(_Base):
    """Keeps the desk part of app.state current and acts on it."""

    # --- reading the desk ---------------------------------------------------------------

    def refresh_team(self) -> None:
        """Policy, editors, takes and my blind claims, read again (cheap small tables)."""
        try:
            self.state.policy = team.policy(self.store)
            self.state.editors = team.editors(self.store)
            self.state.takes = team.takes(self.store)
            self.state.hidden = (team.blind_claims(self.store, self.state.reviewer)
                                 if self.state.blind else frozenset())
        except FactcheckError:
            pass  # busy or gone: keep what we had; the next poll tries again
        # the status filters count my blind claims as pending (see ListQuery.hidden)
        self.state.list_query = replace(self.state.list_query, hidden=self.state.hidden)

    @property
    def team_queues_on(self) -> bool:
        """A team database (second review asked, or editors named): f offers the queues."""
        return self.state.policy != "none" or bool(self.state.editors)

    def mask(self, sc: StoredClaim | None) -> StoredClaim | None:
        """The claim as I may see it: undecided while it waits for my blind verdict."""
        if sc is None or sc.id not in self.state.hidden:
            return sc
        return team.masked(sc)

    def holder_of(self, article_id: int | None) -> str | None:
        """Who else has taken this article (None: nobody, or me)."""
        held = self.state.takes.get(article_id) if article_id is not None else None
        if held and held.reviewer != self.state.reviewer:
            return held.reviewer
        return None

    def desk_line(self, sc: StoredClaim) -> str | None:
        """Every reviewer's verdict, for the list's detail column in the resolve queue."""
        if self.state.list_query.queue != "resolve":
            return None
        reviews = getattr(self.state.window, "reviews", {}).get(sc.id)
        if not reviews:
            return None
        return " ".join(f"{r.reviewer} {BADGE.get(r.status, r.status)}" for r in reviews)

    # --- taking work --------------------------------------------------------------------

    def take_article(self, article_id: int | None) -> None:
        """Hold the article now on screen (None: all articles, hold nothing)."""
        if self.state.held is not None and self.state.held != article_id:
            self.release_article()
        self.state.read_only = None  # another article: asked again if someone holds it
        if article_id is None or not self.state.reviewer:
            return
        try:
            team.take(self.store, article_id, self.state.reviewer)
        except ConflictError:
            self._offer_take_over(article_id)
            return
        except DatabaseBusyError:
            self.set_timer(2.0, lambda: self._retake(article_id))
            return
        except FactcheckError as e:
            self.notify(str(e), title="Not taken", severity="warning")
            return
        self.state.held = article_id
        self.refresh_team()
        self._titles()

    def _retake(self, article_id: int) -> None:
        if self.state.list_query.article_id == article_id and self.state.held != article_id:
            self.take_article(article_id)

    def _offer_take_over(self, article_id: int) -> None:
        self.refresh_team()
        held = self.state.takes.get(article_id)
        who = held.reviewer if held else "someone"
        until = held.expires_at[:16].replace("T", " ") if held else ""
        self.show_claim()

        def answered(yes: bool | None) -> None:
            if not yes:
                self.state.read_only = (
                    f"You are just looking at article {article_id}: {who} has it in review, so "
                    "nothing is saved here. Press a and open it again to take it over.")
                self.notify(f"Article {article_id} stays with {who}: you can read it (nothing "
                            "you press here is saved), and "
                            "they see nothing of this.", title=f"In review by {who}")
                return
            try:
                team.take(self.store, article_id, self.state.reviewer, force=True)
            except FactcheckError as e:
                self.notify(str(e), title="Not taken", severity="error")
                return
            self.state.held = article_id
            self.state.read_only = None
            self.refresh_team()
            self.show_claim()
            self.notify(f"You took over article {article_id} from {who}.")

        self.push_screen(ConfirmModal(
            f"Article {article_id} is in review by {who}",
            f"{who} took this article" + (f" (until {until} UTC unless renewed)" if until else "")
            + ". Take it over? They will see it as in review by you.",
            yes="Take it over", no="Just look"), answered)

    def renew_take(self) -> None:
        """Keep my take alive while I work; say so if a colleague took it over."""
        if self.state.held is None:
            return
        try:
            team.take(self.store, self.state.held, self.state.reviewer)
        except ConflictError:
            article_id, self.state.held = self.state.held, None
            self.refresh_team()
            self.notify(f"{self.holder_of(article_id) or 'Someone'} took over article "
                        f"{article_id}.", title="Taken over", severity="warning", timeout=8)
            self.show_claim()
        except FactcheckError:
            pass  # busy: the next renewal tries again, long before the take runs out

    def release_article(self) -> None:
        if self.state.held is None:
            return
        article_id, self.state.held = self.state.held, None
        try:
            team.release(self.store, article_id, self.state.reviewer)
        except FactcheckError:
            pass  # it runs out by itself

    # --- second review and resolving ----------------------------------------------------

    def after_own_verdict(self, claim_id: int, was_hidden: bool) -> None:
        """Once I decided a blind claim, say what the first reviewer said."""
        if not was_hidden:
            return
        try:
            desk = team.desk_state(self.store, claim_id)
        except FactcheckError:
            return
        said = ", ".join(f"{r.reviewer}: {r.status}" for r in desk.reviews)
        outcome = {"agreed": "you agree", "disagreement": "you disagree: it goes to an editor "
                   "(resolve queue)"}.get(desk.state, desk.state.replace("_", " "))
        self.notify(f"Claim {claim_id} — {said}: {outcome}.", title="Second review", timeout=8)

    def resolve_current(self, status: str) -> None:
        """An editor's verdict in the resolve queue: asks for the note, then team.resolve."""
        sc = self.state.current
        if sc is None:
            return
        if status == "pending":
            self.notify("A resolution is verified, disputed or unverifiable.")
            return
        if self.state.reviewer not in self.state.editors:
            self.notify(f"Only an editor can settle a disagreement, and {self.state.reviewer} "
                        f"is not one (editors: {', '.join(self.state.editors) or 'none set'}; see "
                        "'factcheck config editors'). Nothing was written.",
                        title="Not an editor", severity="error", timeout=8)
            return

        def write():
            try:
                return team.resolve(self.store, sc.id, status, self.state.reviewer, note)
            except (ConflictError, InvalidInputError, team.NotEditorError) as e:
                return e

        def saved(result) -> None:
            self.state.kept.add(sc.id)
            self.data_changed()
            if isinstance(result, ConflictError):
                self.notify(f"{result} — nothing of yours was written; showing theirs.",
                            title="Resolved meanwhile", severity="warning", timeout=10)
            elif isinstance(result, FactcheckError):
                self.notify(str(result), title="Not resolved", severity="error", timeout=8)
            else:
                self.notify(f"Claim {sc.id} resolved as {status}.")
                self.goto_next_open(self.store.claim(sc.id))

        note = ""

        def noted(body: str | None) -> None:
            nonlocal note
            if body is None:
                return
            note = body.strip()
            self.saver.run(write, saved)

        self.push_screen(NoteModal(sc.id, sc.claim.text, title=f"Resolve claim {sc.id} as "
                                   f"{status}", required="A resolution needs a note: say why "
                                   "this is the final verdict."), noted)
