"""Write or edit your note on a claim (multi-line). Returns the text, or None on cancel.

With `required` (an editor's resolution must say why), an empty note is refused under the
text box instead of being returned.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea

from factcheck.render import one_line


class NoteModal(ModalScreen[str | None]):
    """Enter makes a new line; ctrl+s saves; Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel", tooltip="Close without saving",
                id="factcheck.note.cancel"),
        Binding("ctrl+s", "save", "save", tooltip="Save the note", id="factcheck.note.save"),
    ]

    def __init__(self, claim_id: int, claim_text: str, body: str = "",
                 title: str | None = None, required: str | None = None) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.claim_text = claim_text
        self.body = body
        self.title_text = title
        self.required = required

    def compose(self) -> ComposeResult:
        verb = "Edit your note" if self.body else "Note"
        hint = ("ctrl+s save · esc cancel · "
                + (self.required if self.required else
                   "clearing the text deletes the note" if self.body
                   else "an empty note saves nothing"))
        with Vertical(id="note-dialog", classes="dialog"):
            yield Label(self.title_text or f"{verb} on claim {self.claim_id}",
                        classes="dialog-title")
            yield Static(one_line(self.claim_text, 300), classes="dialog-claim", markup=False)
            yield TextArea(self.body, id="note-body", soft_wrap=True)
            yield Static("", id="note-error", classes="field-error")
            yield Static(hint, classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="note-save")
                yield Button("Cancel", id="note-cancel")

    def on_mount(self) -> None:
        area = self.query_one("#note-body", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @on(Button.Pressed, "#note-save")
    def action_save(self) -> None:
        text = self.query_one("#note-body", TextArea).text
        if self.required and not text.strip():
            self.query_one("#note-error", Static).update(self.required)
            self.query_one("#note-body", TextArea).focus()
            return
        self.dismiss(text)

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
