"""Scrolling a line-API view repaints only the scrollbar cells its thumb leaves or covers.

Textual's ScrollView repaints its whole vertical scrollbar on every scroll: 36 lines for
the claims list, as many as the list's own rows, and 17 for the article on a key that
scrolls it. At 100k rows a one-row scroll moves the list's thumb by 1/2800 of a cell
(nothing to draw); when a thumb does move, only the cells from its old to its new place
change (those between change what a click on them does: page up or page down). The
thumb's place is ScrollBarRender.render_bar's arithmetic, in eighths of a cell.
"""

from __future__ import annotations

from math import ceil

from textual.geometry import Region
from textual.scrollbar import ScrollBar, ScrollBarRender

EIGHTHS = len(ScrollBarRender.VERTICAL_BARS)  # a cell holds this many thumb positions


class ThumbScrolling:
    """Mixed into a ScrollView: its vertical scrollbar repaints as `move_thumb` says."""

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        if self.show_vertical_scrollbar:
            move_thumb(self.vertical_scrollbar, new_value)
        if round(old_value) != round(new_value):
            self.refresh(self.size.region)


def move_thumb(bar: ScrollBar, position: float) -> None:
    """Set a vertical scrollbar's position, repainting only the rows from the thumb's
    old place to its new one."""
    position = bar.validate_position(position)
    old, new = thumb_eighths(bar, bar.position), thumb_eighths(bar, position)
    bar.set_reactive(ScrollBar.position, position)
    if old == new and old is not None:
        return  # the same cells, the same partial glyphs
    if old is None or new is None:
        bar.refresh()
        return
    bar.refresh(_rows(bar, (min(old[0], new[0]), max(old[1], new[1]))))


def thumb_eighths(bar: ScrollBar, position: float) -> tuple[int, int] | None:
    """Where a vertical scrollbar draws its thumb for `position`: (start, end) in eighths
    of a cell; None when it draws no thumb."""
    size = bar.size.height
    virtual = ceil(bar.window_virtual_size)
    window = ceil(bar.window_size) if bar.window_size < bar.window_virtual_size else 0
    if not (window and size and virtual and size != virtual):
        return None
    thumb = max(1, window / (virtual / size))
    start = int((size - thumb) * (position / (virtual - window)) * EIGHTHS)
    return start, start + ceil(thumb * EIGHTHS)


def _rows(bar: ScrollBar, thumb: tuple[int, int]) -> Region:
    """The rows a thumb spanning `thumb` eighths is drawn on (a partial glyph at either
    end included)."""
    first = max(0, thumb[0]) // EIGHTHS
    last = min(bar.size.height - 1, max(0, thumb[1]) // EIGHTHS)
    return Region(0, first, bar.size.width, max(1, last - first + 1))
