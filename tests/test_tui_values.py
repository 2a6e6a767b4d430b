"""The workbench detail pane reads a value as a reporter writes it (issue 13, item 16)."""

from __future__ import annotations

from tui_support import press, screen_text, settle

from factcheck.extract import extract_claims
from factcheck.models import ArticleMeta
from factcheck.store.facade import Store
from factcheck.tui.app import ReviewApp

TEXT = ("Harbour repairs run over budget\n\n"
        "The board spent roughly £1,200,000 on repairs in 2022. Two-thirds of members agreed.\n")


def build(path):
    with Store.open(path) as store:
        store.add_article(TEXT, ArticleMeta(title="Harbour repairs", published="2025-06-11"),
                          extract_claims(TEXT, "2025-06-11"))
    return path


async def test_detail_pane_values(tmp_path):
    app = ReviewApp(str(build(tmp_path / "values.db")), "alice", poll_interval=3600)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = screen_text(app)
        assert "£1.2 million" in screen and "1,200,000 GBP" not in screen  # the money claim, first
        await press(pilot, "j")  # the year
        screen = screen_text(app)
        assert "2,022" not in screen and "Date      2022" in screen
        await press(pilot, "j")  # the fraction
        screen = screen_text(app)
        assert "2/3 (66.7%)" in screen and "0.666667" not in screen
