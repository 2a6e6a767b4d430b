"""Export report… from the workbench: key x or the command palette, a small form, a file."""

from __future__ import annotations

import json

import pytest
from tui_support import build_db, messages, press, screen_text, settle, wait_until, workbench

from factcheck.tui.screens.export_modal import ExportModal


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "export.db")




async def test_x_asks_for_format_and_file_and_writes_the_report(db, tmp_path):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "d")  # claim 1 disputed
        await press(pilot, "x")
        assert isinstance(app.screen, ExportModal)
        path = app.screen.query_one("#export-path")
        assert path.value == str(tmp_path / "report.html")  # beside the database
        await pilot.click("#format-md")
        await settle(pilot)
        assert path.value == str(tmp_path / "report.md")  # the suggestion follows
        await press(pilot, "ctrl+s")
        assert not isinstance(app.screen, ExportModal)
        await settle(pilot)
        report = (tmp_path / "report.md").read_text("utf-8")
        assert report.startswith("# Fact-check report")
        assert "## Harbour council approves new budget" in report
        assert "disputed by alice" in report
        assert f"{tmp_path / 'report.md'}: md report, 11 claims" in messages(app)


async def test_command_palette_has_export_report(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"export")
        await wait_until(pilot, lambda: "Export report… (x)" in screen_text(app))
        await press(pilot, "enter")
        assert isinstance(app.screen, ExportModal)
        await press(pilot, "escape")
        assert not isinstance(app.screen, ExportModal)


async def test_report_follows_the_article_and_filter_on_screen(db, tmp_path):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "d", "f", "f", "f")  # filter: disputed
        assert app.state.list_query.filter == "disputed"
        await press(pilot, "x")
        assert "disputed only" in screen_text(app)
        app.screen.query_one("#format-json").value = True
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(tmp_path / "disputed.json")
        await press(pilot, "ctrl+s")
        await settle(pilot)
        doc = json.loads((tmp_path / "disputed.json").read_text("utf-8"))
        claims = [c for a in doc["articles"] for c in a["claims"]]
        assert [c["verdict"]["status"] for c in claims] == ["disputed"]


async def test_claimreview_needs_a_site_and_a_bad_path_is_reported(db, tmp_path):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "v", "x")
        app.screen.query_one("#format-claimreview").value = True
        await settle(pilot)
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, ExportModal)  # still open, reason shown
        assert "ClaimReview needs the web address" in screen_text(app)
        app.screen.query_one("#export-site").value = "https://desk.example/r.html"
        app.screen.query_one("#export-path").value = str(tmp_path / "no" / "such" / "r.json")
        await press(pilot, "ctrl+s")
        await settle(pilot)
        assert "its directory does not exist" in messages(app)
        assert not (tmp_path / "no").exists()
