"""Finding claims: filters, order, search with n/N across articles, the article picker, the
empty database and a terminal too small — in the database and on screen."""

from __future__ import annotations

import pytest
from tui_support import (
    build_db, list_rows, messages, press, screen_text, settle, verdicts, workbench,
)

from factcheck.store.facade import Store
from factcheck.tui.screens.article_picker import ArticlePicker


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "nav.db")



async def test_filter_cycles_through_statuses_and_kinds(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "v", "d")  # 1 verified, 2 disputed
        await press(pilot, "f")
        assert app.state.list_query.filter == "pending"
        assert len(list_rows(app)) == 9 and all("·" in r for r in list_rows(app))
        assert app.claims.border_subtitle.startswith("pending")
        await press(pilot, "f")
        rows = list_rows(app)
        assert len(rows) == 1 and "12 million euros" in rows[0] and "✓" in rows[0]
        await press(pilot, "f")
        assert "on Tuesday" in list_rows(app)[0] and len(list_rows(app)) == 1
        await press(pilot, "f")  # unverifiable: none yet
        assert list_rows(app) == []
        assert "No claims match this filter (unverifiable)" in screen_text(app)
        await press(pilot, "f")
        assert app.state.list_query.filter == "quotes"
        assert len(list_rows(app)) == 3 and all(r.lstrip().startswith("Q") for r in list_rows(app))
        await press(pilot, "f", "f")
        assert app.state.list_query.filter == "dates"
        assert len(list_rows(app)) == 4
        await press(pilot, "f")
        assert app.state.list_query.filter == "all" and len(list_rows(app)) == 11


async def test_verdict_in_pending_filter_takes_the_claim_out_of_the_list(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "f", "v", "v")
        assert verdicts(db)[1] == verdicts(db)[2] == "verified"
        assert len(list_rows(app)) == 9
        assert app.state.current.id == 3 and app.claims.cursor == 0


async def test_order_by_checkworthiness(db):
    app = workbench(db, article_id=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "o")
        rows = list_rows(app)
        assert "12 million euros" in rows[0] and "4 percent" in rows[1]
        assert "March" in rows[-1]
        assert "most check-worthy first" in app.claims.border_subtitle
        await press(pilot, "o")
        assert "12 million euros" in list_rows(app)[0] and "on Tuesday" in list_rows(app)[1]


async def test_search_with_next_and_previous_hit_across_articles(db):
    app = workbench(db, article_id=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await pilot.press(*"budget")
        await press(pilot, "enter")
        assert {h.id for h in app.state.hits} == {1, 2, 7, 8, 10}
        assert app.state.current.id == 1
        assert "hit 1/5 “budget”" in app.claims.border_subtitle
        assert list_rows(app)[0].startswith("»")
        await press(pilot, "n")
        assert app.state.current.id == 2
        await press(pilot, "n", "n")
        assert app.state.current.id == 8
        await press(pilot, "n")  # the next hit is in the other article: the list follows
        assert app.state.current.id == 10
        assert app.state.list_query.article_id == 2
        assert "River port reopens after floods" in screen_text(app)
        await press(pilot, "n")  # wraps round
        assert app.state.current.id == 1 and app.state.list_query.article_id == 1
        await press(pilot, "N")
        assert app.state.current.id == 10
        await press(pilot, "slash")
        await pilot.press(*"zebra")
        await press(pilot, "enter")
        assert app.state.hits == []
        assert "No claim matches “zebra”" in messages(app)


async def test_escape_closes_search_without_searching(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash", "v", "escape")  # v typed into the search line
        assert verdicts(db)[1] == "pending"
        assert app.state.hits == [] and app.focused is app.claims
        await press(pilot, "v")
        assert verdicts(db)[1] == "verified"


async def test_article_picker_shows_progress_and_switches(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        await press(pilot, "a")
        assert isinstance(app.screen, ArticlePicker)
        await settle(pilot)
        options = app.screen.query_one("#picker-list")
        prompts = [str(options.get_option_at_index(i).prompt)
                   for i in range(options.option_count)]
        assert "All articles" in prompts[0] and "1/11 reviewed" in prompts[0]
        assert "Harbour council approves new budget" in prompts[1]
        assert "1/8 reviewed" in prompts[1] and "0/3 reviewed" in prompts[2]
        await pilot.press(*"port")
        await press(pilot, "enter")
        assert not isinstance(app.screen, ArticlePicker)
        assert app.state.list_query.article_id == 2
        assert len(list_rows(app)) == 3 and app.state.current.id == 9
        text = screen_text(app)
        assert "River port reopens after floods" in text and "Claims · article 2" in text
        assert "0/3 reviewed" in text
        await press(pilot, "a")
        await settle(pilot)
        await press(pilot, "up", "up", "enter")  # from article 2 up to "All articles"
        assert app.state.list_query.article_id is None and len(list_rows(app)) == 11


async def test_empty_database_tells_how_to_ingest(tmp_path):
    path = tmp_path / "empty.db"
    Store.open(path).close()
    app = workbench(path, "alice", poll_interval=3600)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "No articles in this database yet" in text
        assert "factcheck review story.txt" in text and "factcheck ingest" in text
        await press(pilot, "v", "j", "z")  # nothing to act on: no crash
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_too_small_terminal_says_so(db):
    app = workbench(db)
    async with app.run_test(size=(50, 12)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "The terminal is 50×12" in text and "at least 60×16" in text
        assert "Claims" not in text
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        text = screen_text(app)
        assert "Claims · all articles" in text and "terminal is" not in text


async def test_an_empty_filter_then_a_full_one_shows_the_article_again(tmp_path):
    """f f on a fresh database: "verified" matches nothing and the article pane empties;
    the next filter with claims must show the article text again (not stay blank)."""
    db = build_db(tmp_path / "fresh.db", port=False)
    app = workbench(db, article_id=1)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "f", "f")
        assert app.state.list_query.filter == "verified" and app.state.current is None
        assert "Harbourton" not in screen_text(app)
        await press(pilot, "f", "f", "f")  # disputed, unverifiable, quotes
        assert app.state.list_query.filter == "quotes" and app.state.current is not None
        assert "The council of Harbourton approved" in screen_text(app)


@pytest.mark.parametrize("width", [80, 120])
async def test_the_key_bar_shows_what_a_reviewer_needs(db, width):
    app = workbench(db)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        bottom = screen_text(app).splitlines()[-1]
        for needed in ("vdup verdict", "space next", "zZ undo", "s source", "e note",
                       "q quit"):
            assert needed in bottom
        assert len(bottom.rstrip()) <= width
        if width == 80:
            assert "? more" in bottom and "a article" not in bottom
        else:
            assert "? help" in bottom and "f filter" in bottom and "a article" in bottom
        await pilot.click("#keys", offset=(bottom.index("? ") + 1, 0))
        assert app.screen.__class__.__name__ == "HelpScreen"
