"""Hostile strings at the workbench: reviewer names, search text and source URLs that look
like markup are shown as typed (never parsed, never a live action), and a crash makes
`factcheck review` exit non-zero. "Just look" at a colleague's article writes nothing.

Toasts are drawn here (`run_test(notifications=True)`; Textual leaves them out of tests by
default), so a notice parsed as markup would crash the app as it does for a user."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from textual.widgets import Input
from tui_support import (
    build_db, messages, notices, press, screen_text, settle, verdicts, workbench,
)

from factcheck.review import team
from factcheck.store.facade import Store
from factcheck.tui.app import ReviewApp
from factcheck.tui.screens.confirm_modal import ConfirmModal

CLOSING_TAG = "mallory[/]"
LIVE_ACTION = "[@click=app.quit]eve"


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "hostile.db")


def held_by(db, name: str, article_id: int = 1) -> None:
    with Store.open(db) as store:
        team.take(store, article_id, name)


async def search(pilot, text: str) -> None:
    await press(pilot, "slash")
    pilot.app.query_one("#search", Input).value = text
    await press(pilot, "enter")


@pytest.mark.parametrize("name", [CLOSING_TAG, LIVE_ACTION])
async def test_a_colleagues_name_is_shown_as_typed_in_dialog_title_and_notice(db, name):
    held_by(db, name)
    app = workbench(db, "bob", article_id=1)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        assert f"Article 1 is in review by {name}" in screen_text(app)
        await press(pilot, "n")  # just look
        assert app.is_running
        assert f"Claims · article 1 · in review by {name}" in screen_text(app)
        assert f"stays with {name}" in messages(app)
        await pilot.pause(0.1)
        assert app.is_running  # the toast was drawn: markup would have crashed it
        await pilot.click("#claims", offset=(20, 0))  # the title: no live action in it
        assert app.is_running


async def test_search_text_that_looks_like_markup_is_shown_as_typed(db):
    app = workbench(db)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await search(pilot, "zebra a[/x]")
        assert app.is_running
        assert "No claim matches “zebra a[/x]”" in messages(app)
        await search(pilot, "budget[/]")
        assert app.state.hits
        assert "“budget[/]”" in screen_text(app)  # the list's subtitle


async def test_my_own_name_and_a_source_url_with_brackets_in_notices(db):
    app = workbench(db, CLOSING_TAG)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        assert f"you: {CLOSING_TAG}" in screen_text(app)
        await press(pilot, "s")
        for field, text in (("#source-url", "https://example.org/a[/x]"),
                            ("#source-title", "[b]Ministry[/b]")):
            app.screen.query_one(field, Input).value = text
        await press(pilot, "ctrl+s")
        assert app.is_running
        assert "https://example.org/a[/x]" in messages(app)
        assert "[b]Ministry[/b]" in app.query_one("#detail").text
        assert f"added by {CLOSING_TAG}" in app.query_one("#detail").text


async def test_just_look_at_a_taken_article_saves_nothing_and_says_why(db):
    held_by(db, "alice")
    app = workbench(db, "bob", article_id=1)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "n")  # just look
        before = verdicts(db)
        with Store.open(db) as store:
            events = len(store.history())
        await press(pilot, "v", "d", "z", "s", "e")
        assert verdicts(db) == before
        with Store.open(db) as store:
            assert len(store.history()) == events
        assert app.screen is app.default_screen  # no dialog opened for a source or note
        refused = [n for n in notices(app) if n.title == "Read-only: nothing saved"]
        assert len(refused) == 5
        assert "alice has it in review" in refused[0].message
        assert app.state.current.id == 1  # the cursor did not move on either


async def test_taking_over_after_all_makes_the_article_writable(db):
    held_by(db, "alice")
    app = workbench(db, "bob", article_id=1)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "y")
        await press(pilot, "v")
        assert verdicts(db)[1] == "verified"


def test_a_crash_in_the_workbench_exits_non_zero(db, monkeypatch):
    from factcheck.cli import cli

    def broken_compose(self):
        raise RuntimeError("boom")

    run = ReviewApp.run
    monkeypatch.setattr(ReviewApp, "compose", broken_compose)
    monkeypatch.setattr(ReviewApp, "run", lambda self: run(self, headless=True))
    result = CliRunner().invoke(cli, ["review", "--db", str(db), "--reviewer", "alice"])
    assert result.exit_code != 0
    assert not isinstance(result.exception, RuntimeError) or result.exit_code == 1


async def test_control_characters_in_an_article_are_shown_not_sent_to_the_terminal(tmp_path):
    """A page's text holding ESC]0;…BEL (set the window title) and ESC[2J (clear the
    screen) must not act on the reviewer's terminal: the article view and the detail pane
    show them as symbols, and the claim after them is still highlighted where it is."""
    from factcheck.models import ArticleMeta, Claim

    text = ("The council said \x1b]0;owned\x07 it approved 40 percent more berths "
            "\x1b[2J for the harbour.")
    at = text.index("40 percent")
    db = tmp_path / "ctl.db"
    with Store.open(db) as store:
        store.add_article(text, ArticleMeta(title="Berths"), [
            Claim("number", "40 percent", at, at + 10, sentence=text, value=40.0,
                  unit="percent")])
    app = ReviewApp(str(db), "ann", article_id=1, poll_interval=3600)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = screen_text(app)
        assert "\x1b" not in screen and "\x07" not in screen
        assert "␛]0;owned␇ it approved" in screen  # the article view
        assert "Sentence  The council said ␛]0;owned␇" in screen  # the detail pane
        view = app.query_one("#article")
        line = next(view.render_line(y) for y in range(view.size.height)
                    if "40 percent" in view.render_line(y).text)
        segments = list(line)
        highlighted = [seg.text for seg in segments if seg.style and seg.style.bgcolor
                       and seg.style.bgcolor != segments[0].style.bgcolor]
        assert "40 percent" in "".join(highlighted)
