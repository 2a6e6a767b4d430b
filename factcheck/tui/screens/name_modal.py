"""Who is reviewing? Asked first in a browser session (`factcheck serve`), where there is no
--reviewer or user name to go by. Returns the name; every write carries it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from factcheck.names import MAX_NAME, name_problem

NO_NAME_YET = "Type your name: it goes on every verdict, source and note you add."


def check_name(value: str) -> str | None:
    """Why this name cannot be used, or None: the one rule every reviewer name follows
    (factcheck.names), worded for the dialog."""
    if not value.strip():
        return NO_NAME_YET
    problem = name_problem(value)
    return problem[:1].upper() + problem[1:] + "." if problem else None


class NameModal(ModalScreen[str]):
    """An input; Enter continues once the name is usable. No way round it but ctrl+q."""

    def compose(self) -> ComposeResult:
        with Vertical(id="name-dialog", classes="dialog"):
            yield Label("Who is reviewing?", classes="dialog-title")
            yield Static("Your name goes on every verdict, source and note you add, and "
                         "your colleagues see it.", classes="dialog-claim", markup=False)
            yield Input(placeholder="your name", id="name-input", max_length=MAX_NAME)
            yield Static("", id="name-error", classes="field-error")
            yield Static("Enter start reviewing · ctrl+q quit", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#name-input", Input).focus()

    @on(Input.Changed, "#name-input")
    def _changed(self) -> None:
        self.query_one("#name-error", Static).update("")

    @on(Input.Submitted, "#name-input")
    def _submitted(self, event: Input.Submitted) -> None:
        problem = check_name(event.value)
        if problem:
            self.query_one("#name-error", Static).update(problem)
            return
        self.dismiss(event.value.strip())
