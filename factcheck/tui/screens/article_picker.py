"""Pick an article to review, with its progress; type to narrow the list.

The rows are loaded by a thread worker through the `loader` the App passes in (the store
call can take a moment with thousands of articles). Each row may name the colleague who
has taken the article ("in review by X"). Returns the article id, 0 for "all articles",
or None on cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.models import Article

Rows = list[tuple[Article, dict[str, int], str | None]]  # article, counts, held by


class ArticlePicker(ModalScreen[int | None]):
    """↑/↓ choose, Enter opens, Esc cancels; typing filters by title."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel", tooltip="Keep the current article",
                id="factcheck.picker.cancel"),
        Binding("down", "move(1)", "next", show=False, tooltip="Next article",
                id="factcheck.picker.down"),
        Binding("up", "move(-1)", "previous", show=False, tooltip="Previous article",
                id="factcheck.picker.up"),
    ]

    def __init__(self, loader: Callable[[], Rows], current: int | None) -> None:
        super().__init__()
        self.loader = loader
        self.current = current
        self.rows: Rows = []

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog", classes="dialog"):
            yield Label("Pick an article", classes="dialog-title")
            yield Input(placeholder="type to filter by title", id="picker-filter")
            yield OptionList(id="picker-list")
            yield Static("↑/↓ choose · Enter open · Esc cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#picker-filter", Input).focus()
        self.query_one("#picker-list", OptionList).loading = True
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        rows = self.loader()
        self.app.call_from_thread(self._loaded, rows)

    def _loaded(self, rows: Rows) -> None:
        self.rows = rows
        options = self.query_one("#picker-list", OptionList)
        options.loading = False
        self._fill("")

    @on(Input.Changed, "#picker-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, text: str) -> None:
        options = self.query_one("#picker-list", OptionList)
        needle = text.strip().lower()
        items = []
        if not needle:
            totals = [sum(c.values()) for _, c, _ in self.rows]
            pending = sum(c.get("pending", 0) for _, c, _ in self.rows)
            items.append(Option(_line("All articles", sum(totals), sum(totals) - pending,
                                      sum(c.get("disputed", 0) for _, c, _ in self.rows), None),
                                id="0"))
        for article, counts, holder in self.rows:
            title = article.title or article.source_path or f"article {article.id}"
            if needle and needle not in title.lower():
                continue
            total = sum(counts.values())
            items.append(Option(_line(f"{article.id:>4}  {title}", total,
                                      total - counts.get("pending", 0),
                                      counts.get("disputed", 0), article.published, holder),
                                id=str(article.id)))
        options.set_options(items)
        wanted = str(self.current or 0)
        index = next((i for i, o in enumerate(items) if o.id == wanted), 0)
        if items:
            options.highlighted = index if not needle else 0

    def action_move(self, step: int) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.option_count:
            options.highlighted = max(0, min(options.option_count - 1,
                                             (options.highlighted or 0) + step))

    @on(Input.Submitted, "#picker-filter")
    def _submit(self) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.highlighted is not None:
            self.dismiss(int(options.get_option_at_index(options.highlighted).id))

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)


def _line(title: str, total: int, reviewed: int, disputed: int, published: str | None,
          holder: str | None = None) -> Content:
    done = "bold $text-success" if total and reviewed == total else "bold"
    return Content.assemble(
        (title, "bold"), ("  " + published if published else "", "$text-muted"), "\n     ",
        (f"{reviewed}/{total}", done), " reviewed · ",
        (str(disputed), "$text-error" if disputed else ""), " disputed",
        (f" · in review by {holder}" if holder else "", "bold $text-warning"))
