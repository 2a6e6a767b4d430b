"""What each key does (the `action_*` methods of the App, mixed in from here).

Moves change only the cursor. Changes go through review.py / undo.py via the SaveQueue:
one transaction and one history event each, saved before the screen moves on.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.review import verdicts as review
from factcheck.review import undo
from factcheck.errors import FactcheckError
from factcheck.models import Event, StoredClaim
from factcheck.render import claim_detail, describe_event, one_line, review_change, short_time
from factcheck.tui.bindings import BINDINGS
from factcheck.tui.screens.article_picker import ArticlePicker
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.note_modal import NoteModal
from factcheck.tui.screens.source_modal import SourceModal

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp

    _Base = ReviewApp
else:
    _Base = object


class ReviewActions(_Base):
    """Key actions of the workbench; state lives on the App."""

    # --- moving ------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.goto(self.claims.cursor + 1)

    def action_cursor_up(self) -> None:
        self.goto(self.claims.cursor - 1)

    def action_cursor_first(self) -> None:
        self.goto(0)

    def action_cursor_last(self) -> None:
        self.goto(self.state.window.total - 1)

    def action_page_down(self) -> None:
        self.goto(self.claims.cursor + max(1, self.claims.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self.goto(self.claims.cursor - max(1, self.claims.scrollable_content_region.height - 1))

    def action_next_pending(self) -> None:
        found = self._next_pending(self.state.current)
        if found is None:
            self.notify("Nothing left to decide in this queue." if self.state.list_query.queue
                        else "No pending claims in this list.", title="All reviewed")
        elif self.state.current is not None and found.id == self.state.current.id:
            self.notify("This is the only pending claim in this list.")
        else:
            self.goto_claim(found)

    def _next_pending(self, after: StoredClaim | None) -> StoredClaim | None:
        try:
            return self.state.window.next_open(self.store, after)
        except FactcheckError as e:
            self.notify(str(e), severity="error")
            return None

    def read_only_refused(self) -> bool:
        """True, saying why, while nothing may be written (just looking at an article a
        colleague has in review). Checked before a dialog opens and again by the SaveQueue."""
        why = self.state.read_only
        if why is not None:
            self.notify(why, title="Read-only: nothing saved", severity="warning")
        return why is not None

    # --- verdicts ----------------------------------------------------------------------

    def action_set_status(self, status: str) -> None:
        sc = self.state.current
        if sc is None or self.read_only_refused():
            return
        if self.state.list_query.queue == "resolve":
            self.resolve_current(status)  # an editor's final verdict, with a note
            return
        if status == "pending" and sc.status == "pending":
            self.notify(f"Claim {sc.id} is already pending.")
            return  # nothing to record
        shown = sc.verdict.version  # the version on screen: a newer one is a conflict
        was_hidden = sc.id in self.state.hidden
        if self.state.list_query.queue:
            self.state.kept.add(sc.id)  # stays in view, now with both verdicts

        def write():
            return review.set_verdict(self.store, sc.id, status, self.state.reviewer,
                                      expected_version=shown)

        def saved(_) -> None:
            self.data_changed(sc.id)
            self.after_own_verdict(sc.id, was_hidden)

        outcome = self.saver.run(write, saved)
        if not self.state.advance or status == "pending":
            return
        if outcome == "saved":
            self.goto_next_open(self.store.claim(sc.id))
        elif outcome == "queued":
            self.goto(self.claims.cursor + 1)

    def goto_next_open(self, decided: StoredClaim) -> None:
        """Prodigy-style: after a verdict, on to the next claim still to decide."""
        if not self.state.advance:
            return
        found = self._next_pending(decided)
        if found is not None and found.id != decided.id:
            self.goto_claim(found)
        elif found is None and self.state.window.has_open:
            self.notify("Nothing left to decide in this queue." if self.state.list_query.queue
                        else "No pending claims left in this list.", title="All reviewed")
        elif self.state.window.admits(decided):  # a list without pending claims: next row
            self.goto(self.claims.cursor + 1)

    # --- undo / redo -------------------------------------------------------------------

    def action_undo(self) -> None:
        self._undo_redo(undo.undo, "Undone")

    def action_redo(self) -> None:
        self._undo_redo(undo.redo, "Redone")

    def _undo_redo(self, step, verb: str) -> None:
        def saved(event) -> None:
            self.data_changed(event.claim_id)
            self.notify(undo_notice(verb, event))
            try:
                sc = self.store.claim(event.claim_id)
            except FactcheckError:
                return
            if self.state.window.admits(sc):
                self.goto_claim(sc)

        self.saver.run(lambda: step(self.store, self.state.reviewer), saved)

    # --- sources and notes -------------------------------------------------------------

    def action_add_source(self) -> None:
        sc = self.state.current
        if sc is None or self.read_only_refused():
            return

        def done(result: dict | None) -> None:
            if result is None:
                return
            self.saver.run(
                lambda: review.add_source(self.store, sc.id, result["url"], self.state.reviewer,
                                          title=result["title"], excerpt=result["excerpt"]),
                lambda source: (self.data_changed(sc.id),
                                self.notify(f"Source added to claim {sc.id}: {source.url}")))

        self.push_screen(SourceModal(sc.id, sc.claim.text), done)

    def action_edit_note(self) -> None:
        sc = self.state.current
        if sc is None or self.read_only_refused():
            return
        try:
            mine = [n for n in self.store.notes(sc.id) if n.author == self.state.reviewer]
        except FactcheckError as e:
            self.notify(str(e), severity="error")
            return
        existing = mine[-1] if mine else None

        def done(body: str | None) -> None:
            if body is None or (existing and body == existing.body):
                return
            if existing is None and not body.strip():
                self.notify("Empty note: nothing saved.")
                return
            if existing is None:
                write = lambda: review.add_note(self.store, sc.id, body,  # noqa: E731
                                                self.state.reviewer)
                said = f"Note added to claim {sc.id}."
            else:
                write = lambda: review.edit_note(self.store, existing.id, body,  # noqa: E731
                                                 self.state.reviewer)
                said = (f"Note on claim {sc.id} deleted." if not body.strip()
                        else f"Note on claim {sc.id} saved.")
            self.saver.run(write, lambda _: (self.data_changed(sc.id), self.notify(said)))

        self.push_screen(NoteModal(sc.id, sc.claim.text, existing.body if existing else ""),
                         done)

    # --- finding -----------------------------------------------------------------------

    def action_cycle_filter(self) -> None:
        self.state.kept.clear()
        self.state.list_query = self.state.list_query.next_filter(queues=self.team_queues_on)
        self.reload(near=self.state.current, first_pending=self.state.list_query.queue is not None)

    def action_cycle_order(self) -> None:
        self.state.list_query = self.state.list_query.next_order()
        self.reload(near=self.state.current)

    def action_pick_article(self) -> None:
        me, blind = self.state.reviewer, self.state.blind

        def rows():
            from factcheck.review import team
            from factcheck.tui.team_actions import blind_progress

            with self.reader() as store:
                # my blind claims count as pending (the first verdict stays hidden)
                hidden = team.blind_claims(store, me) if blind else frozenset()
                progress = blind_progress(store, store.progress(), hidden)
                takes = team.takes(store)
                return [(a, progress.get(a.id, {}),
                         takes[a.id].reviewer if a.id in takes
                         and takes[a.id].reviewer != me else None)
                        for a in store.articles()]

        def done(article_id: int | None) -> None:
            if article_id is None:
                return
            self.state.kept.clear()
            self.state.list_query = replace(self.state.list_query, article_id=article_id or None)
            self.take_article(article_id or None)
            self.reload(first_pending=True)

        self.push_screen(ArticlePicker(rows, self.state.list_query.article_id), done)

    # --- the rest ----------------------------------------------------------------------

    def action_copy(self) -> None:
        sc = self.state.current
        if sc is None:
            return
        v = sc.verdict
        lines = [sc.claim.text, f"{sc.claim.kind}: {claim_detail(sc.claim)}",
                 f"Verdict: {v.status}" + (f" ({v.reviewer}, {short_time(v.updated_at)} UTC)"
                                          if v.reviewer else "")]
        try:
            lines += [f"Source: {s.url}" for s in self.store.sources(sc.id)]
        except FactcheckError:
            pass
        article = self.state.article
        if article is not None:
            lines.append(f"Article: {article.title or article.source_path or ''}"
                         + (f" ({article.published})" if article.published else ""))
        self.copy_to_clipboard("\n".join(lines))
        self.notify(f"Copied claim {sc.id} and its verdict.")

    def keys_by_binding_id(self) -> dict[str, str]:
        """The keys each binding id is bound to now (after any keymap), for display."""
        keys: dict[str, list[str]] = {}
        for active in self.default_screen.active_bindings.values():
            binding = active.binding
            shown = self.get_key_display(binding)
            name = binding.id or binding.action
            if shown not in keys.setdefault(name, []):
                keys[name].append(shown)
        return {name: " ".join(shown) for name, shown in keys.items()}

    def action_help(self) -> None:
        keys = self.keys_by_binding_id()
        self.push_screen(HelpScreen([(keys.get(b.id, b.key), b.description, b.tooltip)
                                     for b in BINDINGS]))

    async def action_quit(self) -> None:
        if self.saver.unsaved and not self.state.quit_armed:
            self.state.quit_armed = True
            self.notify(f"{self.saver.unsaved} change(s) still wait for the database. "
                        "Press q again to quit without them.", severity="warning")
            return
        self.exit()


def undo_notice(verb: str, event: Event) -> str:
    """Which way an undo or redo went: "Undone: verdict on claim 3 back to pending (was
    verified)", "Redone: source added to claim 3 again: https://…"."""
    before, after = event.before or {}, event.after or {}
    claim = f"claim {event.claim_id}"
    again = " again" if verb == "Redone" else ""
    change = review_change(event)
    if change == "verdict":
        old, new = before.get("status", "pending"), after.get("status", "pending")
        if verb == "Undone":
            return f"{verb}: verdict on {claim} back to {new} (was {old})"
        return f"{verb}: verdict on {claim} {new} again (was {old})"
    if change == "source added":
        return f"{verb}: source added to {claim}{again}: {after['url']}"
    if change in ("source removed", "source edited"):
        return f"{verb}: source removed from {claim}: {before['url']}"
    if change == "note added":
        return f"{verb}: note on {claim} restored"
    if change == "note removed":
        return f"{verb}: note on {claim} removed"
    if change == "note edited":
        return f"{verb}: note on {claim} back to “{one_line(after['body'], 40)}”"
    return f"{verb}: {describe_event(event)} on {claim}"
