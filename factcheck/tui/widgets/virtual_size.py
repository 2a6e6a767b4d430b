"""Resizing what a line-API view holds without a layout pass of the whole screen.

Assigning `virtual_size` asks Textual for a layout, and after every layout Textual repaints
the scrollbars of every scrolling view on screen. Showing the next claim changes the detail
pane's length on nearly every key, so that layout (and some 70 lines of scrollbars) cost
each key as much as drawing the list, article and pane together. A layout is only needed
when a scrollbar appears or goes, since that changes the room the content has; otherwise
the new size is stored as it is and the visible scrollbar is told the new length.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


def set_virtual_size(view: ScrollView, size: Size, *, layout_may_wait: bool = False
                     ) -> bool:
    """Give `view` a new virtual size and repaint it, as assigning `virtual_size` does;
    lay out the screen only if a scrollbar must appear or go.

    layout_may_wait: not even then (while keys repeat); False is returned, and the
    scrollbar appears or goes when `settle_scrollbars(view)` is called.
    """
    old = view.virtual_size
    if size == old:
        return True
    crossing = _scrollbar_thresholds(view, old) != _scrollbar_thresholds(view, size)
    if not view.is_mounted or not view.container_size or (crossing and not layout_may_wait):
        view.virtual_size = size  # the ordinary way: a layout pass
        return True
    view.set_reactive(ScrollView.virtual_size, size)
    view.refresh()
    if view.show_vertical_scrollbar:
        view.vertical_scrollbar.window_virtual_size = size.height
    if view.show_horizontal_scrollbar:
        view.horizontal_scrollbar.window_virtual_size = size.width
    if view.scroll_y > view.max_scroll_y or view.scroll_x > view.max_scroll_x:
        view.scroll_to(x=min(view.scroll_x, view.max_scroll_x),
                       y=min(view.scroll_y, view.max_scroll_y), animate=False,
                       immediate=True)
    return not crossing


def settle_scrollbars(view: ScrollView) -> None:
    """Show or hide the scrollbars a `layout_may_wait` size change left as they were:
    after a layout, Textual sets every view's scrollbars from its virtual size."""
    view.refresh(layout=True)


def _scrollbar_thresholds(view: ScrollView, size: Size) -> tuple[bool, ...]:
    """Every comparison Textual makes to decide which scrollbars a view shows for content
    of `size` (`overflow: auto` directions only; one scrollbar takes room from the other)."""
    width, height = view.container_size
    styles = view.styles
    across = ((size.width > width, size.width > width - styles.scrollbar_size_vertical)
              if styles.overflow_x == "auto" else ())
    down = ((size.height > height, size.height > height - styles.scrollbar_size_horizontal)
            if styles.overflow_y == "auto" else ())
    return across + down
