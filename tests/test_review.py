"""Review actions: every change is one transaction with a history event; undo/redo from history."""

from __future__ import annotations

import pytest

from factcheck.review import verdicts as review
from factcheck.review import undo
from factcheck.errors import (
    ConflictError,
    InvalidInputError,
    NothingToUndoError,
    NotFoundError,
    VersionConflictError,
)
from factcheck.store.facade import Store


def actions(store, claim_id=None):
    return [e.action for e in store.history(claim_id=claim_id)]


def test_two_verdicts_keep_both_events_with_who_and_what(store, sample):
    review.set_verdict(store, 1, "verified", "ann")
    review.set_verdict(store, 1, "disputed", "ben")
    events = store.history(claim_id=1)
    assert [(e.reviewer, e.before["status"], e.after["status"]) for e in events] == [
        ("ann", "pending", "verified"), ("ben", "verified", "disputed")]
    assert all(e.at.endswith("Z") for e in events)
    verdict = store.verdict(1)
    assert (verdict.status, verdict.reviewer, verdict.version) == ("disputed", "ben", 3)


def test_stale_version_is_refused_and_nothing_changes(store, sample):
    seen = store.verdict(1).version
    review.set_verdict(store, 1, "verified", "ann", expected_version=seen)
    with pytest.raises(VersionConflictError, match="changed by ann meanwhile") as info:
        review.set_verdict(store, 1, "disputed", "ben", expected_version=seen)
    assert info.value.current.status == "verified"
    assert store.verdict(1).status == "verified"
    assert actions(store, 1) == ["verdict"]


def test_same_verdict_again_records_nothing(store, sample):
    review.set_verdict(store, 1, "verified", "ann")
    review.set_verdict(store, 1, "verified", "ann")
    assert actions(store, 1) == ["verdict"]
    assert store.verdict(1).version == 2


def test_unknown_status_and_claim(store, sample):
    with pytest.raises(InvalidInputError, match="unknown status 'true'"):
        review.set_verdict(store, 1, "true", "ann")
    with pytest.raises(NotFoundError):
        review.set_verdict(store, 42, "verified", "ann")
    assert actions(store) == ["ingest"]


@pytest.mark.parametrize("url", ["example.com", "ftp://example.com/x", "https://", "http:///x",
                                 "javascript:alert(1)", "https://exa mple.com", ""])
def test_source_url_must_be_http_with_a_host(store, sample, url):
    with pytest.raises(InvalidInputError, match="not a web address"):
        review.add_source(store, 1, url, "ann")
    assert store.sources(1) == [] and actions(store) == ["ingest"]


def test_source_is_stored_with_who_and_event(store, sample):
    source = review.add_source(store, 2, " https://example.org/report ", "ann", title="Report",
                               excerpt="52 ballots were counted")
    assert store.sources(2) == [source]
    assert (source.url, source.added_by, source.title) == ("https://example.org/report", "ann",
                                                           "Report")
    event = store.history(claim_id=2)[-1]
    assert (event.action, event.after["url"]) == ("source.add", "https://example.org/report")


def test_empty_note_is_nothing_and_edits_are_recorded(store, sample):
    assert review.add_note(store, 1, "   \n", "ann") is None
    assert store.notes(1) == [] and actions(store, 1) == []
    note = review.add_note(store, 1, "Check the count", "ann")
    assert review.edit_note(store, note.id, "Check the count", "ann").body == "Check the count"
    review.edit_note(store, note.id, "Count confirmed", "ann")
    assert [n.body for n in store.notes(1)] == ["Count confirmed"]
    assert actions(store, 1) == ["note.add", "note.edit"]
    assert review.edit_note(store, note.id, "", "ann") is None  # clearing a note deletes it
    assert store.notes(1) == [] and actions(store, 1)[-1] == "note.delete"


def test_undo_and_redo_walk_back_and_forth_across_restarts(db_path, sample):
    with Store.open(db_path) as s:
        review.set_verdict(s, 1, "verified", "ann")
        review.set_verdict(s, 1, "disputed", "ann")
        review.add_source(s, 1, "https://example.org", "ann")
        note = review.add_note(s, 1, "first", "ann")
        review.edit_note(s, note.id, "second", "ann")

    with Store.open(db_path) as s:  # a restart: the stacks come from the history
        undo.undo(s, "ann")
        assert [n.body for n in s.notes(1)] == ["first"]
        undo.undo(s, "ann")
        assert s.notes(1) == []
        undo.undo(s, "ann")
        assert s.sources(1) == []
        undo.undo(s, "ann")
        assert s.verdict(1).status == "verified"
        undo.undo(s, "ann")
        assert (s.verdict(1).status, s.verdict(1).reviewer) == ("pending", None)
        with pytest.raises(NothingToUndoError):
            undo.undo(s, "ann")

    with Store.open(db_path) as s:
        undo.redo(s, "ann")
        undo.redo(s, "ann")
        assert s.verdict(1).status == "disputed"
        undo.redo(s, "ann")
        assert [x.url for x in s.sources(1)] == ["https://example.org"]
        review.set_verdict(s, 2, "verified", "ann")  # a new change forgets the redo stack
        with pytest.raises(NothingToUndoError, match="nothing to redo"):
            undo.redo(s, "ann")
        assert [e.action for e in s.history(reviewer="ann")][-4:] == [
            "redo", "redo", "redo", "verdict"]


def test_undo_is_per_reviewer_and_never_overwrites_someone_else(store, sample):
    review.set_verdict(store, 1, "verified", "ann")
    review.set_verdict(store, 2, "verified", "ben")
    undo.undo(store, "ann")
    assert store.verdict(1).status == "pending" and store.verdict(2).status == "verified"

    review.set_verdict(store, 3, "disputed", "ann")
    review.set_verdict(store, 3, "unverifiable", "ben")
    with pytest.raises(ConflictError, match="changed by ben"):
        undo.undo(store, "ann")
    assert store.verdict(3).status == "unverifiable"
    assert store.history()[-1].reviewer == "ben"
