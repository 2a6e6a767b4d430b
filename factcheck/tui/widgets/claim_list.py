"""The claims list, drawn through Textual's line API.

The widget knows only how many rows the list has; for each line on screen it asks its
`source` (the App's keyset-paged window over the store) for that one row and renders it,
keeping rendered lines in a small LRU cache (the toolong model). A list of 100,000 claims
costs what the visible 30 rows cost.

The App may also give each row a mark ("⚠" for a consistency warning) and a text to show
instead of the speaker / value column (every reviewer's verdict in the resolve queue),
through `extras`; it answers from what it already holds, never from the database.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factcheck.models import StoredClaim
from factcheck.render import claim_detail, one_line
from factcheck.tui.widgets.scrollbar_thumb import ThumbScrolling

KIND_MARKS = {"quote": "Q", "number": "N", "date": "D"}
STATUS_BADGES = {"pending": " · ", "verified": " ✓ ", "disputed": " ✗ ", "unverifiable": " ? "}
Extras = Callable[[StoredClaim], tuple[str, "str | None"]]  # (mark, detail column text)


class ClaimList(ThumbScrolling, ScrollView, can_focus=True, inherit_bindings=False):
    """Rows: hit mark, kind, status badge, speaker / value / date, claim text."""

    COMPONENT_CLASSES = {
        "claim-list--cursor", "claim-list--kind", "claim-list--detail", "claim-list--hit",
        "claim-list--empty", "claim-list--pending", "claim-list--verified",
        "claim-list--disputed", "claim-list--unverifiable", "claim-list--mark",
    }

    class Clicked(Message):
        """A row was clicked: the App moves the cursor there."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, source: Callable[[int], StoredClaim | None],
                 extras: Extras | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._source = source
        self._extras = extras or (lambda sc: ("", None))
        self.total = 0
        self.cursor = 0
        self.hits: frozenset[int] = frozenset()
        self.empty_message = "No claims."
        self._cache: LRUCache[tuple, Strip] = LRUCache(maxsize=512)
        self._styles: dict[str, Style] = {}  # component and base styles until the CSS changes

    # --- what the App calls ------------------------------------------------------------

    def reset(self, total: int, cursor: int) -> None:
        """A new list (filter, article, order or data changed): size, cursor, repaint."""
        self.total = total
        self.cursor = max(0, min(cursor, total - 1))
        self._cache.clear()
        self.virtual_size = Size(self.size.width, max(total, 1))
        self._scroll_cursor_into_view()
        self.refresh()

    def move_cursor(self, index: int) -> None:
        """Move the highlight, repainting only the two rows involved (and, if the list
        scrolls, its rows: not its border)."""
        old, self.cursor = self.cursor, index
        self._scroll_cursor_into_view()
        self.refresh_line(old)
        self.refresh_line(index)

    def repaint(self) -> None:
        """Rows changed underneath (a verdict, another reviewer): draw them again."""
        self._cache.clear()
        self.refresh()

    # --- rendering ---------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def _style(self, name: str) -> Style:
        """A component style ("" for the widget's own), looked up once per stylesheet:
        each lookup walks the CSS of every ancestor, and a row needs eight."""
        style = self._styles.get(name)
        if style is None:
            style = self.rich_style if not name else self.get_component_rich_style(name)
            self._styles[name] = style
        return style

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, max(self.total, 1))
        self._scroll_cursor_into_view()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.size.width
        if self.total == 0:
            if y != 0:
                return Strip.blank(width, self._style(""))
            message = Text(" " + self.empty_message, end="")
            message.stylize(self.rich_style + self.get_component_rich_style("claim-list--empty"))
            return Strip(message.render(self.app.console)).crop_extend(0, width, self.rich_style)
        sc = self._source(index) if index < self.total else None
        if sc is None:
            return Strip.blank(width, self._style(""))
        mark, detail = self._extras(sc)
        key = (sc.id, sc.verdict.version, sc.status, index == self.cursor,
               sc.id in self.hits, width, mark, detail)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(sc, index == self.cursor, width, mark, detail)
            self._cache[key] = strip
        return strip

    def _render_row(self, sc: StoredClaim, is_cursor: bool, width: int, mark: str = "",
                    detail_text: str | None = None) -> Strip:
        base = self._style("")
        if is_cursor:
            base = base + self._style("claim-list--cursor")
        component = self._style

        def style(name: str) -> Style:  # the cursor row is one colour, badge apart
            if is_cursor and not name.endswith(tuple(STATUS_BADGES)):
                return Style()
            return component(name)

        detail_width = 0 if width < 44 else min(20, width // 4)
        text = Text(no_wrap=True, end="")
        text.append("»" if sc.id in self.hits else " ", base + _fg(style("claim-list--hit")))
        text.append(KIND_MARKS.get(sc.claim.kind, "?"), base + _fg(style("claim-list--kind")))
        text.append(" ")
        text.append(STATUS_BADGES[sc.status], style(f"claim-list--{sc.status}"))
        text.append(" ")
        if detail_text is not None:
            detail_width = max(detail_width, min(28, width // 3))
        if detail_width:
            detail = one_line(detail_text if detail_text is not None
                              else claim_detail(sc.claim), detail_width)
            text.append(detail + " " * max(0, detail_width - cell_len(detail)),
                        base + _fg(style("claim-list--detail")))
            text.append(" ")
        if mark:
            text.append(mark + " ", base + _fg(style("claim-list--mark")))
        text.append(one_line(sc.claim.text))
        text.stylize_before(base)  # under every piece, so unstyled text gets the row colours
        return Strip(text.render(self.app.console)).crop_extend(0, width, base)

    # --- scrolling and mouse -----------------------------------------------------------

    def _scroll_cursor_into_view(self) -> bool:
        """Keep the cursor on screen with a little context; True if the view scrolled."""
        height = self.scrollable_content_region.height
        if height <= 0:
            return False
        top = self.scroll_offset.y
        margin = min(2, max(0, (height - 1) // 2))
        if self.cursor < top + margin:
            target = max(0, self.cursor - margin)
        elif self.cursor >= top + height - margin:
            target = self.cursor - height + margin + 1
        else:
            return False
        self.scroll_to(y=target, animate=False, force=True, immediate=True)
        return True

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and self.total:
            index = self.scroll_offset.y + offset.y
            if index < self.total:
                self.post_message(self.Clicked(index))


def _fg(style: Style) -> Style:
    """Only the colour and attributes of a component style, so the row's background shows."""
    return Style(color=style.color, bold=style.bold, italic=style.italic, dim=style.dim)
