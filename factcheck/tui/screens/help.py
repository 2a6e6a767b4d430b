"""The `?` screen: every key with its description and tooltip, from the same Bindings
that feed the Footer and the command palette."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

INTRO = ("Pick a claim with j/k, decide with v/d/u (the cursor then moves to the next "
         "pending claim), attach evidence with s and notes with e. Every change is saved "
         "at once and can be undone with z, even after a restart.")


class HelpScreen(ModalScreen[None]):
    """Closes with Esc, q or ?."""

    BINDINGS = [Binding("escape,q,question_mark", "close", "close help",
                        tooltip="Back to the workbench", id="factcheck.help.close")]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Label("Keys", classes="dialog-title")
            yield Static(INTRO, classes="dialog-hint", markup=False)
            with Grid(id="help-keys"):
                for keys, description, tooltip in self.rows:
                    yield Static(keys, classes="help-key", markup=False)
                    yield Static(description, classes="help-description", markup=False)
                    yield Static(tooltip, classes="help-tooltip", markup=False)
            yield Static("Esc, q or ? to close · ctrl+p to run any action by name",
                         classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
