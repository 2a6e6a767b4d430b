"""The `/` search line: type words, Enter searches every article's claims, Esc cancels."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """Hidden until `/`; posts Cancelled on Esc (Enter posts Input.Submitted as usual)."""

    BINDINGS = [Binding("escape", "cancel", "cancel search", show=False,
                        tooltip="Close the search line", id="factcheck.search.cancel")]

    class Cancelled(Message):
        """The reviewer closed the search line without searching."""

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
