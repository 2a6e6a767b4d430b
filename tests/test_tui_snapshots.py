"""What the workbench looks like, pinned: main screen, help, source modal (with its inline
error), a filtered list and the 80×24 layout. Fixed data, reviewer and clock.

Update after an intended change with `pytest tests/test_tui_snapshots.py --snapshot-update`
and look at the pictures in snapshot_report.html before committing them.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input
from tui_support import build_db, freeze_clock, settle

from factcheck.tui.app import ReviewApp


@pytest.fixture
def app(tmp_path, monkeypatch):
    freeze_clock(monkeypatch)
    db = build_db(tmp_path / "snap.db")
    return ReviewApp(str(db), "alice", poll_interval=3600)


def keys(*pressed):
    async def run_before(pilot):
        await settle(pilot)
        for key in pressed:
            await pilot.press(key)
            await settle(pilot)
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False  # a blinking cursor would make the picture flaky
        await pilot.pause()
    return run_before


def test_main_screen(app, snap_compare):
    assert snap_compare(app, terminal_size=(120, 36), run_before=keys("j", "j"))


def test_help_screen(app, snap_compare):
    assert snap_compare(app, terminal_size=(110, 40), run_before=keys("question_mark"))


def test_source_modal_with_invalid_url(app, snap_compare):
    assert snap_compare(app, terminal_size=(100, 30), run_before=keys("s", *"example"))


def test_filtered_list(app, snap_compare):
    assert snap_compare(app, terminal_size=(120, 36), run_before=keys("v", "d", "f"))


def test_80x24_layout(app, snap_compare):
    assert snap_compare(app, terminal_size=(80, 24), run_before=keys("v"))


def test_detail_pane_with_a_quote_check_diff(tmp_path, monkeypatch, snap_compare):
    """The quote checked against a statement where two words differ: the classification,
    the passage and the word diff in colour."""
    from factcheck.review import verdicts as review
    from factcheck.verify.match import align_quote
    from factcheck.store.facade import Store

    freeze_clock(monkeypatch)
    db = build_db(tmp_path / "snap.db")
    statement = ("Ruiz told reporters: we kept almost every promise we made to our voters. "
                 "Then the session closed.")
    with Store.open(db) as store:
        quote = store.claim(3).claim.text
        review.add_quote_check(store, 3, "file:///desk/statement.txt",
                               align_quote(quote, statement), "alice")
    app = ReviewApp(str(db), "alice", poll_interval=3600)
    assert snap_compare(app, terminal_size=(120, 40), run_before=keys("j", "j"))
