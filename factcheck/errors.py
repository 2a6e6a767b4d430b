"""Exceptions a user can cause: each carries a one-line message (and the path it is about).

The CLI prints them as `factcheck: error: <path>: <problem>`; the TUI shows the same text.
Anything that is not a `FactcheckError` is a bug.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """A problem with the user's input or environment, explained in one line."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ArticleError(FactcheckError):
    """An article file cannot be read as text (missing, empty, binary, bad encoding…)."""


class StoreError(FactcheckError):
    """The database cannot be used: not SQLite, read-only, missing, unwritable."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer factcheck; opening it could corrupt it."""


class DatabaseBusyError(StoreError):
    """Another process held the write lock for longer than the busy timeout; retry later."""


class NotFoundError(FactcheckError):
    """An id (claim, article, note, source) that is not in the database."""


class InvalidInputError(FactcheckError):
    """A value the domain rejects: unknown status, bad URL, bad date."""


class ConflictError(FactcheckError):
    """Someone else changed the thing meanwhile; nothing was written."""


class VersionConflictError(ConflictError):
    """Someone else changed the verdict since the caller read it (optimistic concurrency)."""

    def __init__(self, claim_id: int, expected: int, current):
        who = current.reviewer or "someone"
        super().__init__(
            f"claim {claim_id} was changed by {who} meanwhile "
            f"(now {current.status}, version {current.version}; you saw version {expected})"
        )
        self.claim_id = claim_id
        self.expected = expected
        self.current = current


class NothingToUndoError(FactcheckError):
    """Undo/redo was asked for but the reviewer's stack is empty."""


class NotEditorError(FactcheckError):
    """Only an editor may settle a disagreement."""
