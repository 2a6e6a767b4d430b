"""The Footer, minus a few keys when the terminal is narrow, so help and quit stay visible.

The keys left out (filter, article, the palette key) are still on the help screen and in
the command palette.
"""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

NARROW_HIDDEN = {"cycle_filter", "pick_article"}


class WorkbenchFooter(Footer):
    """A Footer that drops NARROW_HIDDEN keys while `narrow` is set."""

    narrow = reactive(False, recompose=True)

    def compose(self):
        for widget in super().compose():
            if self.narrow and isinstance(widget, FooterKey) and (
                    widget.action in NARROW_HIDDEN or "-command-palette" in widget.classes):
                continue
            yield widget
