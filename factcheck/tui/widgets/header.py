"""The top bar: which article, how far its review is, and who is working.

Three parts so each can change alone; the right-hand part is where team review (issue 7)
will say "in review by X".
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from factcheck.models import Article


class WorkbenchHeader(Horizontal):
    """Article title and date · reviewed/total and disputed · you (and unsaved changes)."""

    def compose(self) -> ComposeResult:
        yield Static(id="header-title")
        yield Static(id="header-progress")
        yield Static(id="header-who")

    def show_article(self, article: Article | None, counts: dict[str, int] | None) -> None:
        title = self.query_one("#header-title", Static)
        progress = self.query_one("#header-progress", Static)
        if article is None:
            title.update(Content.assemble(("factcheck", "bold"), " review workbench"))
            progress.update("")
            return
        name = article.title or article.source_path or f"article {article.id}"
        title.update(Content.assemble(
            (name, "bold"), (f"  {article.published or 'date unknown'}", "$text-muted")))
        counts = counts or {}
        total = sum(counts.values())
        reviewed = total - counts.get("pending", 0)
        progress.update(Content.assemble(
            (f"{reviewed}/{total}", "bold"), " reviewed · ",
            (str(counts.get("disputed", 0)), "bold $text-error"), " disputed"))

    def show_who(self, reviewer: str, unsaved: int = 0) -> None:
        who = self.query_one("#header-who", Static)
        parts: list = ["you: ", (reviewer, "bold")]
        if unsaved:
            parts += ["  ", (f"{unsaved} unsaved", "bold $text-warning")]
        who.update(Content.assemble(*parts))
