"""Undo and redo per reviewer, computed from the history alone (so they survive restarts).

Replaying a reviewer's events gives two stacks: changes in effect (undoable) and changes
undone (redoable). A new change clears the redo stack, as in an editor. Undo and redo are
themselves appended as events ("undo"/"redo", `ref` = the original event), so the history
stays complete. A change that someone else has since overwritten is not undone: that
raises ConflictError and writes nothing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from factcheck.errors import (
    ConflictError,
    NothingToUndoError,
    NotFoundError,
)
from factcheck.models import Event, source_record
from factcheck.review.verdicts import UNDOABLE
from factcheck.store.facade import Store


@dataclass(frozen=True)
class Entry:
    """An undoable change and the latest event that applied or reverted it."""

    original: Event
    last: Event


def stacks(store: Store, reviewer: str) -> tuple[list[Entry], list[Entry]]:
    """(done, undone) for this reviewer, most recent last."""
    done: list[Entry] = []
    undone: list[Entry] = []
    for event in store.history(reviewer=reviewer):
        if event.action == "undo":
            entry = _pop(done, event.ref)
            if entry:
                undone.append(Entry(entry.original, event))
        elif event.action == "redo":
            entry = _pop(undone, event.ref)
            if entry:
                done.append(Entry(entry.original, event))
        elif event.action in UNDOABLE:
            done.append(Entry(event, event))
            undone.clear()
    return done, undone


def undo(store: Store, reviewer: str) -> Event:
    """Revert the reviewer's latest change still in effect; returns the "undo" event."""
    return _step(store, reviewer, "undo")


def redo(store: Store, reviewer: str) -> Event:
    """Re-apply the reviewer's most recently undone change; returns the "redo" event."""
    return _step(store, reviewer, "redo")


def _step(store: Store, reviewer: str, action: str) -> Event:
    """Undo (back to the original's `before`) or redo (on to its `after`) the top entry."""
    with store.transaction():
        done, undone = stacks(store, reviewer)
        stack = done if action == "undo" else undone
        if not stack:
            raise NothingToUndoError(f"nothing to {action} for {reviewer}")
        entry = stack[-1]
        target = entry.original.before if action == "undo" else entry.original.after
        return _apply(store, reviewer, action, entry, target)


def _pop(stack: list[Entry], original_id: int | None) -> Entry | None:
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].original.id == original_id:
            return stack.pop(i)
    return None


def _apply(store: Store, reviewer: str, action: str, entry: Entry,
           target: dict | None) -> Event:
    """Move the row the original event touched from `entry.last.after` to `target`."""
    original, expected = entry.original, entry.last.after
    if original.action == "verdict":
        before, after = _restore_verdict(store, reviewer, entry, target)
    elif original.action.startswith("source."):
        before, after = _restore_row(store, "source", original, expected, target)
    else:
        before, after = _restore_row(store, "note", original, expected, target)
    event_id = store.append_event(action, reviewer, claim_id=original.claim_id, before=before,
                                  after=after, ref=original.id)
    return store.event(event_id)


def _restore_verdict(store: Store, reviewer: str, entry: Entry, target: dict):
    """Revert only if the verdict is still as this reviewer left it and nobody else touched it."""
    claim_id, expected = entry.original.claim_id, entry.last.after
    current = store.verdict(claim_id)
    others = [e.reviewer for e in store.history(claim_id=claim_id, after_id=entry.last.id)
              if e.reviewer != reviewer and "status" in (e.after or {})]
    if others or (current.status, current.reviewer) != (expected["status"], expected["reviewer"]):
        who = others[-1] if others else current.reviewer or "someone"
        raise ConflictError(f"cannot revert: the verdict on claim {claim_id} was changed by "
                            f"{who} since (now {current.status})")
    new = store.write_verdict(claim_id, target["status"], target["reviewer"], current.version)
    return current.to_dict(), new.to_dict()


def _restore_row(store: Store, kind: str, original: Event, expected: dict | None,
                 target: dict | None):
    row_id = (original.after or original.before)["id"]
    current = _current(store, kind, row_id)
    unchanged = (current is None and expected is None) or (
        current is not None and expected is not None
        and all(current[k] == expected[k] for k in ("body", "url", "excerpt") if k in expected))
    if not unchanged:
        raise ConflictError(f"cannot revert: {kind} {row_id} was changed by someone else since")
    if target is None:
        getattr(store, f"delete_{kind}")(row_id)
    elif current is None:
        getattr(store, f"insert_{kind}")(target)
    else:
        store.update_note(row_id, target["body"])
    return current, _current(store, kind, row_id)


def _current(store: Store, kind: str, row_id: int) -> dict | None:
    try:
        row = getattr(store, kind)(row_id)
        return source_record(row) if kind == "source" else asdict(row)
    except NotFoundError:
        return None
