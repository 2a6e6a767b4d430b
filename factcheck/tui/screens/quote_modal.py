"""Check a quote against its source: a file (.txt, .md, .html) or pasted text.

Returns {"text", "label", "save_not_found"} once the source could be read, None on cancel.
A file that is missing, binary, not decodable or empty keeps the dialog open with the
reason under the field, so nothing is checked and nothing is saved.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static, TextArea

from factcheck.errors import ArticleError
from factcheck.render import one_line
from factcheck.text.files import read_source

PASTED = "pasted text"


class QuoteCheckModal(ModalScreen[dict | None]):
    """A path or a paste box; Enter in the path field or ctrl+s checks, Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel", tooltip="Close without checking",
                id="factcheck.quote.cancel"),
        Binding("ctrl+s", "check", "check", tooltip="Check the quote against this source",
                id="factcheck.quote.check"),
    ]

    def __init__(self, claim_id: int, quote: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.quote = quote

    def compose(self) -> ComposeResult:
        with Vertical(id="quote-dialog", classes="dialog"):
            yield Label(f"Check quote {self.claim_id} against a source", classes="dialog-title")
            yield Static(one_line(self.quote, 300), classes="dialog-claim", markup=False)
            yield Label("Source file (.txt, .md or .html)", classes="field-label")
            yield Input(placeholder="path/to/transcript.txt (~ for your home folder)",
                        id="quote-path")
            yield Static("", id="quote-error", classes="field-error")
            yield Label("… or paste the source text", classes="field-label")
            yield TextArea(id="quote-paste", soft_wrap=True)
            yield Static("ctrl+s check · esc cancel · the match is saved as a source on the "
                         "claim", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Checkbox("save even if not found", id="quote-save-missing")
                yield Button("Check", variant="primary", id="quote-check")
                yield Button("Cancel", id="quote-cancel")

    def on_mount(self) -> None:
        self.query_one("#quote-path", Input).focus()

    def _error(self, message: str) -> None:
        self.query_one("#quote-error", Static).update(message)
        self.query_one("#quote-path", Input).set_class(bool(message), "-invalid")

    @on(Input.Changed, "#quote-path")
    def _path_changed(self) -> None:
        self._error("")

    def read(self) -> tuple[str, str] | None:
        """(source text, label) or None with the reason shown."""
        path = self.query_one("#quote-path", Input).value.strip()
        pasted = self.query_one("#quote-paste", TextArea).text
        try:
            if path:
                full = Path(os.path.expanduser(path))
                return read_source(str(full)), full.resolve().as_uri()
            if pasted.strip():
                return read_source("-", stdin=io.BytesIO(pasted.encode("utf-8"))), PASTED
        except ArticleError as e:
            self._error(str(e))
            return None
        self._error("Give a source file, or paste the source text below.")
        return None

    @on(Input.Submitted, "#quote-path")
    @on(Button.Pressed, "#quote-check")
    def action_check(self) -> None:
        found = self.read()
        if found is None:
            self.query_one("#quote-path", Input).focus()
            return
        text, label = found
        self.dismiss({"text": text, "label": label,
                      "save_not_found": self.query_one("#quote-save-missing", Checkbox).value})

    @on(Button.Pressed, "#quote-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
