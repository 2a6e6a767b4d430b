"""Pick the claim in another article whose verdict this claim should take.

Offers only the matches `review.reuse_verdict` accepts: claims of other articles that say
the same thing (no conflict) and have a verdict; the action says so when there are none.
Shows each with its verdict and score. Returns the chosen claim id, or None on cancel.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.verify.crossref import CrossMatch
from factcheck.render import one_line
from factcheck.tui.widgets.detail_pane import STATUS_STYLES


class ReuseModal(ModalScreen[int | None]):
    """↑/↓ choose, Enter reuses, Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel", tooltip="Keep the verdict as it is",
                id="factcheck.reuse.cancel"),
    ]

    def __init__(self, claim_id: int, claim_text: str, matches: list[CrossMatch],
                 titles: dict[int, str]) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.claim_text = claim_text
        self.matches = matches
        self.titles = titles

    def compose(self) -> ComposeResult:
        with Vertical(id="reuse-dialog", classes="dialog"):
            yield Label(f"Reuse a verdict for claim {self.claim_id}", classes="dialog-title")
            yield Static(one_line(self.claim_text, 300), classes="dialog-claim", markup=False)
            yield OptionList(*[self._option(m) for m in self.matches], id="reuse-list")
            yield Static("↑/↓ choose · Enter reuse its verdict · Esc cancel · "
                         "the history records where it came from", classes="dialog-hint")

    def _option(self, m: CrossMatch) -> Option:
        o = m.claim
        parts: list = [(o.status, STATUS_STYLES[o.status]),
                  (f"  claim {o.id} · {m.score:.0f}% · ", "$text-muted"),
                  (self.titles.get(o.article_id, f"article {o.article_id}"), "bold")]
        if o.claim.kind == "quote" and o.claim.speaker:
            parts.append(f" — {o.claim.speaker}")
        parts.append(("\n  " + one_line(o.claim.text, 100), "italic"))
        return Option(Content.assemble(*parts), id=str(o.id))

    def on_mount(self) -> None:
        options = self.query_one("#reuse-list", OptionList)
        options.focus()
        options.highlighted = 0

    @on(OptionList.OptionSelected, "#reuse-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)
