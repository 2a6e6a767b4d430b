"""Two reviewers on one database: no lost update, the conflict is shown, other reviewers'
changes appear after the poll, and a locked database means waiting, never a crash."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from tui_support import (
    build_db, list_rows, messages, press, screen_text, settle, verdicts, workbench,
)

from factcheck.review import verdicts as review
from factcheck.store.facade import Store


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "team.db")


async def test_two_workbenches_no_lost_update_and_conflict_shown(db):
    alice = workbench(db)  # she has not polled yet
    bob = workbench(db, "bob", poll_interval=3600)
    async with alice.run_test(size=(120, 36)) as pa, bob.run_test(size=(120, 36)) as pb:
        await settle(pa)
        await settle(pb)
        assert alice.state.current.id == bob.state.current.id == 1
        await press(pb, "d")  # bob disputes claim 1 first
        assert verdicts(db)[1] == "disputed"
        await press(pa, "v")  # alice still sees version 1: refused, not overwritten
        assert verdicts(db)[1] == "disputed"
        with Store.open(db) as store:
            verdict = store.verdict(1)
            assert (verdict.reviewer, verdict.version) == ("bob", 2)
            assert [e.reviewer for e in store.history(claim_id=1)] == ["bob"]
        assert "bob changed this claim meanwhile: it is now disputed" in messages(alice)
        assert alice.state.current.id == 1  # she stays on it, now showing bob's verdict
        assert "✗" in list_rows(alice)[0]
        assert "Verdict   disputed · bob" in alice.query_one("#detail").text
        await press(pa, "v")  # having seen it, she may overrule it: version 2 → 3
        assert verdicts(db)[1] == "verified"


async def test_other_reviewers_changes_appear_after_the_poll(db):
    # The poll is run by the test, not by a timer racing a loaded machine.
    app = workbench(db, "alice", poll_interval=3600)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        with Store.open(db) as other:
            review.set_verdict(other, 1, "unverifiable", "bob")
            review.add_note(other, 1, "Budget papers not public yet", "bob")
        assert "?" not in list_rows(app)[0]
        app.poll()
        await settle(pilot)
        assert "?" in list_rows(app)[0]
        assert "1/8 reviewed" in screen_text(app)
        detail = app.query_one("#detail").text
        assert "Verdict   unverifiable · bob" in detail and "Budget papers not public" in detail


async def test_locked_database_waits_and_retries(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            await press(pilot, "v")
            assert verdicts(db)[1] == "pending"
            assert app.saver.unsaved == 1
            assert "1 unsaved" in screen_text(app)
            assert "database is busy" in messages(app)
            assert app.state.current.id == 2  # the reviewer goes on working
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        for _ in range(300):  # the save queue retries every second: wait for it, however slow
            await asyncio.sleep(0.1)
            if verdicts(db)[1] == "verified":
                break
        await settle(pilot)
        assert verdicts(db)[1] == "verified"
        assert app.saver.unsaved == 0 and "unsaved" not in screen_text(app)
        assert "✓" in list_rows(app)[0]
        assert "every change is saved" in messages(app)


def _seen_by_another_process(db) -> dict[int, str]:
    """Open, read and close the database from a separate process (as a colleague would)."""
    import subprocess
    import sys

    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(dict(c.execute('select claim_id, status from verdicts'))); c.close()")
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True,
                         text=True, check=True).stdout
    return eval(out)  # a dict literal printed just above


async def test_workers_keep_the_process_locks_so_other_processes_see_every_write(db):
    """Worker threads get their connections from the open store, never by re-opening the
    file: a second `Store.open` would read the file and drop this process's locks, and the
    next process to close the database would delete the WAL holding our later writes."""
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "f", "f", "f")  # list loads in worker threads
        await press(pilot, "slash")
        await pilot.press(*"budget")
        await press(pilot, "enter")
        assert _seen_by_another_process(db)[1] == "pending"
        await press(pilot, "f")
        target = app.state.current.id
        await press(pilot, "v")
        assert _seen_by_another_process(db)[target] == "verified"


async def test_changes_and_resizes_while_a_dialog_is_open(db):
    from factcheck.tui.screens.source_modal import SourceModal

    app = workbench(db, "alice", poll_interval=3600)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        with Store.open(db) as other:
            review.set_verdict(other, 1, "disputed", "bob")
        app.poll()  # the poll runs under the dialog
        await settle(pilot)
        await pilot.resize_terminal(90, 30)
        await settle(pilot)
        assert isinstance(app.screen, SourceModal)
        await press(pilot, "escape")
        assert "✗" in list_rows(app)[0]
        assert "Claims · all articles" in screen_text(app)


async def test_the_workbench_polls_on_its_interval(db):
    app = workbench(db, "alice", poll_interval=0.05)
    polls = []
    real_poll = app.poll
    app.poll = lambda: (polls.append(1), real_poll())  # noqa: E731 (before mount: the timer takes it)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        for _ in range(600):  # a loaded machine may be slow; the timer must still fire
            if len(polls) >= 2:
                break
            await pilot.pause(0.05)
        assert len(polls) >= 2
