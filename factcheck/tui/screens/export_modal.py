"""Export report…: pick a format and a file (ClaimReview also needs the site URL).

Returns {"format", "path", "site_url"} on export, None on cancel. The suggested file name
follows the format until the user types their own; nothing is returned while the form is
incomplete, and the reason stays under the fields.
"""

from __future__ import annotations

import os

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from factcheck.export import FORMATS
from factcheck.export.common import is_web_url

LABELS = {"md": "Markdown", "html": "HTML page", "json": "JSON (for factcheck import)",
          "csv": "CSV (spreadsheet)", "claimreview": "ClaimReview JSON-LD"}


def suggested_path(directory: str, stem: str, fmt: str) -> str:
    name = stem + (".claimreview" if fmt == "claimreview" else "") + FORMATS[fmt].suffix
    return os.path.join(directory, name)


class ExportModal(ModalScreen[dict | None]):
    """A small form; Enter or ctrl+s exports, Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel", tooltip="Close without exporting",
                id="factcheck.export.cancel"),
        Binding("ctrl+s", "export", "export", tooltip="Write the report",
                id="factcheck.export.export"),
    ]

    def __init__(self, scope: str, directory: str, stem: str = "report",
                 fmt: str = "html") -> None:
        super().__init__()
        self.scope = scope
        self.directory = directory
        self.stem = stem
        self.fmt = fmt
        self._suggested = suggested_path(directory, stem, fmt)

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label("Export report", classes="dialog-title")
            yield Static(self.scope, classes="dialog-claim", markup=False)
            yield Label("Format", classes="field-label")
            with RadioSet(id="export-format"):
                for name in FORMATS:
                    yield RadioButton(LABELS[name], value=name == self.fmt, id=f"format-{name}")
            yield Label("File", classes="field-label")
            yield Input(value=self._suggested, id="export-path")
            yield Label("Site URL (ClaimReview: the page the report is published at)",
                        classes="field-label", id="export-site-label")
            yield Input(placeholder="https://desk.example/report.html", id="export-site",
                        value=os.environ.get("FACTCHECK_SITE_URL", ""))
            yield Static("", id="export-error", classes="field-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self._show_site()
        self.query_one("#export-format", RadioSet).focus()

    def _show_site(self) -> None:
        wanted = self.fmt == "claimreview"
        self.query_one("#export-site", Input).display = wanted
        self.query_one("#export-site-label", Label).display = wanted

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = (event.pressed.id or "format-html").removeprefix("format-")
        path = self.query_one("#export-path", Input)
        if path.value == self._suggested:  # still ours: follow the format
            self._suggested = suggested_path(self.directory, self.stem, self.fmt)
            path.value = self._suggested
        self._show_site()
        self.query_one("#export-error", Static).update("")

    def _problem(self) -> tuple[str, str] | None:
        """(field id, reason) of the first thing missing, or None when complete."""
        if not self.query_one("#export-path", Input).value.strip():
            return "export-path", "Give a file name for the report."
        site = self.query_one("#export-site", Input).value.strip()
        if self.fmt == "claimreview" and not is_web_url(site):
            return "export-site", ("ClaimReview needs the web address the report is "
                                   "published at (https://…).")
        return None

    @on(Input.Submitted)
    @on(Button.Pressed, "#export-go")
    def action_export(self) -> None:
        problem = self._problem()
        if problem:
            field, reason = problem
            self.query_one("#export-error", Static).update(reason)
            self.query_one(f"#{field}", Input).focus()
            return
        site = self.query_one("#export-site", Input).value.strip()
        self.dismiss({"format": self.fmt,
                      "path": self.query_one("#export-path", Input).value.strip(),
                      "site_url": site if self.fmt == "claimreview" else None})

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
