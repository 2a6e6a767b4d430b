"""The bottom line: the keys a reviewer needs, generated from the shown Bindings.

Keys of one group share a description ("vdup verdict", as Textual's Footer shows them).
When the line is too narrow for every key, keys are left out from the end (the least
needed come last in BINDINGS) and help reads "? more": at 80 columns the verdict keys,
next, undo, source, note, search, help and quit show. Clicking a key runs its action.
The keys shown follow any keymap. (Textual's Footer cannot drop keys by width without
its private FooterKey class, hence this small widget.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.widget import Widget

KEY_STYLE = "bold $footer-key-foreground"
DESCRIPTION_STYLE = "$footer-description-foreground"
GAP = " "
HELP_ACTION, QUIT_ACTION = "help", "quit"
MORE = "more"


@dataclass(frozen=True)
class KeyEntry:
    """One item of the line: its keys as shown, what they do, the action a click runs."""

    keys: str
    description: str
    action: str


def entries(bindings: Sequence[Binding], keys_of: Callable[[Binding], str]) -> list[KeyEntry]:
    """The shown bindings, one entry per group of consecutive bindings in a group."""
    out: list[KeyEntry] = []
    group = None
    for binding in bindings:
        if not binding.show:
            continue
        keys = keys_of(binding)
        if binding.group is not None and binding.group is group:
            last = out[-1]
            out[-1] = KeyEntry(f"{last.keys}{keys}", last.description, last.action)
            continue
        group = binding.group
        description = binding.group.description if binding.group else binding.description
        out.append(KeyEntry(keys, description, binding.action))
    return out


def fit(items: list[KeyEntry], width: int) -> list[KeyEntry]:
    """The entries that fit in `width` cells: dropped from the end, help and quit kept
    (help then says "more")."""
    kept = list(items)

    def cells(shown: list[KeyEntry]) -> int:
        return sum(cell_len(f" {e.keys} {e.description}") for e in shown) + \
            cell_len(GAP) * max(0, len(shown) - 1)

    while cells(kept) > width:
        droppable = [i for i, e in enumerate(kept) if e.action not in (HELP_ACTION,
                                                                       QUIT_ACTION)]
        if not droppable:
            break
        del kept[droppable[-1]]
    if len(kept) < len(items):
        kept = [KeyEntry(e.keys, MORE, e.action) if e.action == HELP_ACTION else e
                for e in kept]
    return kept


class KeyBar(Widget):
    """One line of keys; `show_keys` sets what may be shown, the width decides the rest."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._all: list[KeyEntry] = []
        self._spans: list[tuple[int, int, str]] = []  # x from, x to, action (for clicks)

    def show_keys(self, items: list[KeyEntry]) -> None:
        if items != self._all:
            self._all = items
            self.refresh()

    @property
    def shown(self) -> list[KeyEntry]:
        """What the line shows at its width now."""
        return fit(self._all, self.size.width)

    def render(self) -> Content:
        parts: list = []
        self._spans = []
        x = 0
        for i, entry in enumerate(self.shown):
            if i:
                parts.append(GAP)
                x += cell_len(GAP)
            piece = f" {entry.keys} {entry.description}"
            parts += [(f" {entry.keys}", KEY_STYLE), (f" {entry.description}",
                                                       DESCRIPTION_STYLE)]
            self._spans.append((x, x + cell_len(piece), entry.action))
            x += cell_len(piece)
        return Content.assemble(*parts)

    async def on_click(self, event: events.Click) -> None:
        for start, end, action in self._spans:
            if start <= event.x < end:
                await self.app.run_action(action)
                return
