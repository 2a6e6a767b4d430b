"""A reviewer at the workbench: verdict keys, moving on, undo/redo across restarts, copy,
help, the command palette and quitting — each checked in the database and on screen."""

from __future__ import annotations

import pytest
from tui_support import (
    build_db, list_rows, messages, press, screen_text, settle, verdicts, wait_until, workbench,
)

from factcheck.store.facade import Store
from factcheck.tui.screens.help import HelpScreen


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "review.db")




async def test_opens_on_first_pending_claim_with_header(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.state.current.id == 1
        text = screen_text(app)
        assert "Harbour council approves new budget" in text
        assert "2025-09-10" in text
        assert "0/8 reviewed · 0 disputed" in text
        assert "you: alice" in text
        assert "Claims · all articles" in text
        assert len(list_rows(app)) == 11
        assert "12 million euros" in app.query_one("#detail").text


async def test_verdict_keys_save_at_once_and_move_on(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        assert verdicts(db)[1] == "verified"
        assert app.state.current.id == 2  # on to the next pending claim
        await press(pilot, "d")
        await press(pilot, "u")
        assert [verdicts(db)[i] for i in (1, 2, 3)] == ["verified", "disputed", "unverifiable"]
        assert app.state.current.id == 4
        rows = list_rows(app)
        assert "✓" in rows[0] and "✗" in rows[1] and "?" in rows[2] and "·" in rows[3]
        assert "3/8 reviewed · 1 disputed" in screen_text(app)
        await press(pilot, "k", "p")  # back to pending: stays put
        assert verdicts(db)[3] == "pending"
        assert app.state.current.id == 3
        assert "Verdict   pending" in app.query_one("#detail").text
    with Store.open(db) as store:
        actions = [(e.claim_id, e.after["status"]) for e in store.history(reviewer="alice")
                   if e.action == "verdict"]
    assert actions == [(1, "verified"), (2, "disputed"), (3, "unverifiable"), (3, "pending")]


async def test_no_advance_setting_keeps_the_cursor(db):
    app = workbench(db, advance=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        assert verdicts(db)[1] == "verified"
        assert app.state.current.id == 1
        assert "✓" in list_rows(app)[0]


async def test_moving_and_next_pending(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "j", "j", "down")
        assert app.state.current.id == 4
        await press(pilot, "up")
        assert app.state.current.id == 3
        await press(pilot, "G")
        assert app.state.current.id == 11
        assert "River port reopens after floods" in screen_text(app)
        await press(pilot, "g")
        assert app.state.current.id == 1
        await press(pilot, "v", "v")  # 1 and 2 verified; cursor on 3
        await press(pilot, "g", "space")
        assert app.state.current.id == 3
        assert "3/11" in app.claims.border_subtitle


async def test_clicking_a_row_selects_it(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.click("#claims", offset=(10, 5))  # border row + 4: the fifth claim
        await settle(pilot)
        assert app.state.current.id == 5
        assert "800,000 euros" in app.query_one("#detail").text


async def test_undo_redo_several_levels_and_across_restarts(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "v", "d")
        await press(pilot, "z")
        assert verdicts(db)[2] == "pending"
        assert app.state.current.id == 2
        assert "·" in list_rows(app)[1]
        await press(pilot, "z")
        assert verdicts(db)[1] == "pending"
        assert app.state.current.id == 1
        assert "Undone: verdict on claim 1 back to pending (was verified)" in messages(app)
        await press(pilot, "Z")
        assert verdicts(db)[1] == "verified"
        assert "✓" in list_rows(app)[0]
        assert "Redone: verdict on claim 1 verified again (was pending)" in messages(app)
    again = workbench(db)  # a restart: the undo stack comes from the history
    async with again.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "z")
        assert verdicts(db)[1] == "pending"
        await press(pilot, "z")
        assert "Nothing to undo" in messages(again)
        assert "·" in list_rows(again)[0]


async def test_copy_puts_claim_and_verdict_on_the_clipboard(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "d", "k", "c")
        assert app.clipboard.splitlines()[0] == "12 million euros"
        assert "Verdict: disputed (alice" in app.clipboard
        assert "Article: Harbour council approves new budget (2025-09-10)" in app.clipboard
        assert "Copied claim 1" in messages(app)


async def test_help_screen_lists_every_key(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(s.render()) for s in app.screen.query(".help-key"))
        for key in ("j", "k", "g", "G", "v", "d", "u", "p", "space", "z", "Z", "s", "e", "/",
                    "n", "N", "f", "a", "c", "?", "^p", "q"):
            assert key in text.split(), key
        descriptions = [str(s.render()) for s in app.screen.query(".help-tooltip")]
        assert "Mark the claim disputed, then move on to the next pending claim" in descriptions
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_runs_any_action(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"disputed")
        await wait_until(pilot, lambda: "Disputed (d)" in screen_text(app))
        await press(pilot, "enter")
        assert verdicts(db)[1] == "disputed"
        assert "✗" in list_rows(app)[0]


async def test_bindings_are_declared_once_with_ids_and_no_letter_priority():
    from factcheck.tui.bindings import BINDINGS

    keys = {k for b in BINDINGS for k in b.key.split(",")}
    for key in ("j", "k", "down", "up", "g", "G", "v", "d", "u", "p", "space", "z", "Z", "s",
                "e", "slash", "n", "N", "f", "a", "c", "question_mark", "ctrl+p", "q"):
        assert key in keys
    for b in BINDINGS:
        assert b.id and b.id.startswith("factcheck.") and b.description and b.tooltip
        assert not b.priority
    assert len({b.id for b in BINDINGS}) == len(BINDINGS)


async def test_quit_and_reopen_shows_the_same_state(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "v", "d")
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    again = workbench(db)
    async with again.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        rows = list_rows(again)
        assert "✓" in rows[0] and "✗" in rows[1]
        assert again.state.current.id == 3
        assert "2/8 reviewed · 1 disputed" in screen_text(again)
