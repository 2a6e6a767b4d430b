"""Sources and notes through their modals: saved with a history event, or nothing at all."""

from __future__ import annotations

import pytest
from tui_support import build_db, messages, press, settle, workbench

from factcheck.store.facade import Store
from factcheck.tui.screens.note_modal import NoteModal
from factcheck.tui.screens.source_modal import SourceModal


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "modals.db")


def events(db, action=None):
    with Store.open(db) as store:
        return [e for e in store.history() if action is None or e.action == action]


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def test_source_modal_saves_url_title_and_excerpt(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        assert isinstance(app.screen, SourceModal)
        await type_text(pilot, "https://harbourton.example/minutes")
        await pilot.press("tab")
        await type_text(pilot, "Council minutes")
        await pilot.press("tab")
        await type_text(pilot, "a budget of 12 million euros")
        await press(pilot, "enter")
        assert not isinstance(app.screen, SourceModal)
        with Store.open(db) as store:
            (source,) = store.sources(1)
        assert (source.url, source.title, source.excerpt, source.added_by) == (
            "https://harbourton.example/minutes", "Council minutes",
            "a budget of 12 million euros", "alice")
        assert [e.claim_id for e in events(db, "source.add")] == [1]
        detail = app.query_one("#detail").text
        assert "Sources (1)" in detail and "https://harbourton.example/minutes" in detail
        assert "“a budget of 12 million euros”" in detail


async def test_invalid_url_shows_inline_error_and_saves_nothing(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        await press(pilot, "enter")  # empty
        assert isinstance(app.screen, SourceModal)
        assert "A source needs a URL" in str(app.screen.query_one("#source-url-error").render())
        await type_text(pilot, "harbourton minutes")
        error = str(app.screen.query_one("#source-url-error").render())
        assert "Not a web address" in error  # checked as you type
        await press(pilot, "enter")
        assert isinstance(app.screen, SourceModal)  # refused: still open
        await press(pilot, "escape")
        assert not isinstance(app.screen, SourceModal)
        assert events(db, "source.add") == []
        with Store.open(db) as store:
            assert store.sources(1) == []
        assert "Sources (0)" in app.query_one("#detail").text


async def test_note_modal_multi_line_then_edit(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        assert isinstance(app.screen, NoteModal)
        await type_text(pilot, "Minutes say 12m")
        await pilot.press("enter")
        await type_text(pilot, "Check with the treasurer")
        await press(pilot, "ctrl+s")
        assert not isinstance(app.screen, NoteModal)
        with Store.open(db) as store:
            (note,) = store.notes(1)
        assert note.body == "Minutes say 12m\nCheck with the treasurer"
        detail = app.query_one("#detail").text
        assert "Notes (1)" in detail and "Check with the treasurer" in detail
        await press(pilot, "e")  # the same reviewer edits their note
        await type_text(pilot, " today")
        await press(pilot, "ctrl+s")
        with Store.open(db) as store:
            (note,) = store.notes(1)
        assert note.body.endswith("treasurer today")
        assert [e.action for e in events(db) if e.action.startswith("note.")] == [
            "note.add", "note.edit"]


async def test_empty_note_records_nothing(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = len(events(db))
        await press(pilot, "e")
        await type_text(pilot, "   ")
        await press(pilot, "ctrl+s")
        assert not isinstance(app.screen, NoteModal)
        assert len(events(db)) == before
        with Store.open(db) as store:
            assert store.notes(1) == []
        assert "Empty note" in messages(app)
        await press(pilot, "e", "escape")  # cancel: nothing either
        assert len(events(db)) == before
