"""Saving the reviewer's changes: at once, in order, and never lost to a locked database.

Each change is one review/undo call (one transaction, one history event). When another
program holds the write lock, the change waits in a queue (later changes wait behind it, so
their order holds) and is retried every second; the reviewer sees a notification and an
"unsaved" count in the header, never a crash. A verdict whose version moved meanwhile is
not retried: the App shows the other reviewer's verdict instead.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, Literal

from factcheck.errors import (
    DatabaseBusyError,
    FactcheckError,
    NothingToUndoError,
    VersionConflictError,
)

Outcome = Literal["saved", "queued", "conflict", "failed"]


class SaveQueue:
    """Runs write callables now, or queues them while the database is busy."""

    RETRY_S = 1.0

    def __init__(self, app: Any) -> None:
        self.app = app
        self.waiting: deque[tuple[Callable[[], Any], Callable[[Any], None]]] = deque()
        self._timer = None

    @property
    def unsaved(self) -> int:
        return len(self.waiting)

    def run(self, write: Callable[[], Any], on_saved: Callable[[Any], None]) -> Outcome:
        """Save now if nothing is waiting; otherwise (or if busy) queue behind the rest.
        Nothing at all while the workbench is read-only (just looking at a colleague's
        article): the App says why."""
        if self.app.read_only_refused():
            return "failed"
        if self.waiting:
            self.waiting.append((write, on_saved))
            self.app.show_unsaved(self.unsaved)
            return "queued"
        outcome = self._attempt(write, on_saved)
        if outcome == "queued":
            self.waiting.append((write, on_saved))
            self.app.show_unsaved(self.unsaved)
            self.app.notify("The database is busy (another program is writing to it). "
                            "Your change is kept and will be saved as soon as it is free.",
                            title="Waiting to save", severity="warning")
            self._schedule()
        return outcome

    def _attempt(self, write: Callable[[], Any], on_saved: Callable[[Any], None]) -> Outcome:
        try:
            result = write()
        except DatabaseBusyError:
            return "queued"
        except VersionConflictError as e:
            self.app.show_conflict(e)
            return "conflict"
        except NothingToUndoError as e:
            message = str(e)
            self.app.notify(message[:1].upper() + message[1:] + ".")
            return "failed"
        except FactcheckError as e:
            self.app.notify(str(e), title="Not saved", severity="error")
            return "failed"
        on_saved(result)
        return "saved"

    def _schedule(self) -> None:
        if self._timer is None:
            self._timer = self.app.set_timer(self.RETRY_S, self._retry)

    def _retry(self) -> None:
        self._timer = None
        while self.waiting:
            write, on_saved = self.waiting[0]
            if self._attempt(write, on_saved) == "queued":
                self._schedule()
                break
            self.waiting.popleft()
        self.app.show_unsaved(self.unsaved)
        if not self.waiting:
            self.app.notify("The database is free again: every change is saved.",
                            title="Saved")
