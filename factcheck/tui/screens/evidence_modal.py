"""Every suggestion of the evidence library for one claim; Enter attaches one as a source.

Each option says how the passage relates to the claim (exact quote, same figure, conflict,
earlier fact-check and its rating), why it ranks, where it is (document, page/row) and
the passage itself. Returns the index of the chosen suggestion, or None on cancel.
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

from factcheck.render import one_line
from factcheck.verify.evidence import Suggestion

KIND_STYLES = {"exact": "bold $text-success", "punctuation": "bold $text-success",
               "same": "bold $text-success", "rounding": "bold $text-success",
               "close": "bold $text-success", "minor": "bold $text-warning",
               "similar": "bold $text-warning", "altered": "bold $text-error",
               "conflict": "bold $text-error"}


def label(s: Suggestion) -> str:
    """'quote exact', 'figure conflict', 'fact-check close' for people."""
    kind = "fact-check" if s.kind == "factcheck" else s.kind
    return f"{kind} {s.classification}"


class EvidenceModal(ModalScreen[int | None]):
    """↑/↓ choose, Enter attaches as a source, Esc closes."""

    DEFAULT_CSS = """
    #evidence-dialog { width: 100; max-height: 90%; }
    #evidence-list { height: auto; max-height: 30; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "close", tooltip="Attach nothing",
                id="factcheck.evidence.cancel"),
    ]

    def __init__(self, claim_id: int, claim_text: str, found: list[Suggestion]) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.claim_text = claim_text
        self.found = found

    def compose(self) -> ComposeResult:
        with Vertical(id="evidence-dialog", classes="dialog"):
            n = len(self.found)
            yield Label(f"Evidence for claim {self.claim_id} ({n} suggestion{'s' if n != 1 else ''})",
                        classes="dialog-title")
            yield Static(one_line(self.claim_text, 300), classes="dialog-claim", markup=False)
            yield OptionList(*[self._option(n, s) for n, s in enumerate(self.found)],
                             id="evidence-list")
            yield Static("↑/↓ choose · Enter attach as a source (z undoes) · Esc close · "
                         "nothing is decided for you", classes="dialog-hint")

    def _option(self, n: int, s: Suggestion) -> Option:
        parts: list = [(f"{n + 1}. ", "$text-muted"),
                       (label(s), KIND_STYLES.get(s.classification, "bold")),
                       (f" · {s.score:.0f}% · ", "$text-muted"), (s.citation(), "bold"),
                       (f"\n   {one_line(s.reason, 110)}", ""),
                       (f"\n   “{one_line(s.excerpt, 110)}”", "italic")]
        return Option(Content.assemble(*parts), id=str(n))

    def on_mount(self) -> None:
        options = self.query_one("#evidence-list", OptionList)
        options.focus()
        if self.found:
            options.highlighted = 0

    @on(OptionList.OptionSelected, "#evidence-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)
