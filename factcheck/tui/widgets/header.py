"""The top bar: which article, how far its review is, and who is working.

Three parts so each can change alone; the right-hand part says who you are and, when
someone else has taken the article on screen, "in review by X".
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from factcheck.models import Article

AUTO_WIDTH = {"progress", "who"}  # `width: auto` in factcheck.tcss: as wide as their text


class WorkbenchHeader(Horizontal):
    """Article title and date · reviewed/total and disputed · you (and unsaved changes)."""

    _who: tuple[str, int, str | None] = ("", 0, None)

    def _set(self, part: str, content: Content | str) -> None:
        """Update one part only when it changed. A layout pass is asked for only when a
        part as wide as its text changes width (the title takes the room left)."""
        static = self.query_one(f"#header-{part}", Static)
        shown = getattr(static, "_shown", None)
        if shown != content:
            static._shown = content  # type: ignore[attr-defined]
            static.update(content, layout=part in AUTO_WIDTH and (
                shown is None or _cells(shown) != _cells(content)))

    def compose(self) -> ComposeResult:
        yield Static(id="header-title")
        yield Static(id="header-progress")
        yield Static(id="header-who")

    def show_article(self, article: Article | None, counts: dict[str, int] | None) -> None:
        if article is None:
            self._set("title", Content.assemble(("factcheck", "bold"), " review workbench"))
            self._set("progress", "")
            return
        name = article.title or article.source_path or f"article {article.id}"
        page = " · ".join(part for part in (article.site_name, article.byline and
                                            f"by {article.byline}") if part)
        self._set("title", Content.assemble((name, "bold"),
                                            (f"  {page}" if page else "", "$text-muted")))
        counts = counts or {}
        total = sum(counts.values())
        reviewed = total - counts.get("pending", 0)
        date = article.published or "date unknown"
        if article.modified:
            date += f" (updated {article.modified})"
        self._set("progress", Content.assemble(
            (f"{date}  ", "$text-muted"),
            (f"{reviewed}/{total}", "bold"), " reviewed · ",
            (str(counts.get("disputed", 0)), "bold $text-error"), " disputed"))

    def show_who(self, reviewer: str, unsaved: int = 0) -> None:
        self._who = (reviewer, unsaved, self._who[2])
        self._show_who()

    def show_holder(self, holder: str | None) -> None:
        """Someone else's name when they have taken the article on screen, else None."""
        self._who = (*self._who[:2], holder)
        self._show_who()

    def _show_who(self) -> None:
        reviewer, unsaved, holder = self._who
        parts: list = []
        if holder:
            parts += [(f"in review by {holder}", "bold $text-warning"), " · "]
        parts += ["you: ", (reviewer or "?", "bold")]
        if unsaved:
            parts += ["  ", (f"{unsaved} unsaved", "bold $text-warning")]
        self._set("who", Content.assemble(*parts))


def _cells(content: Content | str) -> int:
    return content.cell_length if isinstance(content, Content) else cell_len(content)
