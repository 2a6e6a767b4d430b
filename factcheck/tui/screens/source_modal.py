"""Attach a source: URL (checked as you type), optional title and excerpt.

Returns {"url", "title", "excerpt"} on save, None on cancel. Nothing can be returned while
the URL is invalid, so nothing is saved: the error stays under the field instead.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from factcheck.errors import InvalidInputError
from factcheck.render import one_line
from factcheck.review.verdicts import validate_url


class SourceModal(ModalScreen[dict | None]):
    """A small form; Enter or ctrl+s saves, Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel", tooltip="Close without saving",
                id="factcheck.source.cancel"),
        Binding("ctrl+s", "save", "save", tooltip="Save the source",
                id="factcheck.source.save"),
    ]

    def __init__(self, claim_id: int, claim_text: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.claim_text = claim_text

    def compose(self) -> ComposeResult:
        with Vertical(id="source-dialog", classes="dialog"):
            yield Label(f"Add a source to claim {self.claim_id}", classes="dialog-title")
            yield Static(one_line(self.claim_text, 300), classes="dialog-claim", markup=False)
            yield Label("URL", classes="field-label")
            yield Input(placeholder="https://…", id="source-url")
            yield Static("", id="source-url-error", classes="field-error")
            yield Label("Title (optional)", classes="field-label")
            yield Input(placeholder="Ministry press release", id="source-title")
            yield Label("Excerpt (optional)", classes="field-label")
            yield Input(placeholder="the passage that supports or contradicts the claim",
                        id="source-excerpt")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="source-save")
                yield Button("Cancel", id="source-cancel")

    def on_mount(self) -> None:
        self.query_one("#source-url", Input).focus()

    def _check(self, show_empty: bool) -> str | None:
        """The valid URL, or None with the reason shown under the field."""
        url_input = self.query_one("#source-url", Input)
        error = self.query_one("#source-url-error", Static)
        value = url_input.value.strip()
        try:
            url = validate_url(value)
        except InvalidInputError:
            message = ("A source needs a URL." if not value else
                       "Not a web address: it must start with http:// or https:// "
                       "and name a host.")
            shown = bool(value) or show_empty
            error.update(message if shown else "")
            url_input.set_class(shown, "-invalid")
            return None
        error.update("")
        url_input.remove_class("-invalid")
        return url

    @on(Input.Changed, "#source-url")
    def _url_changed(self) -> None:
        self._check(show_empty=False)

    @on(Input.Submitted)
    @on(Button.Pressed, "#source-save")
    def action_save(self) -> None:
        url = self._check(show_empty=True)
        if url is None:
            self.query_one("#source-url", Input).focus()
            return
        self.dismiss({"url": url,
                      "title": self.query_one("#source-title", Input).value.strip() or None,
                      "excerpt": self.query_one("#source-excerpt", Input).value.strip() or None})

    @on(Button.Pressed, "#source-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
