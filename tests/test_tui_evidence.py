"""The evidence library at the workbench: a reviewer sees the top suggestions in the
detail pane, opens them all with E, attaches one with Enter, takes it back with z, and
sees a mark on claims with an exact quote or the same figure in a document."""

from __future__ import annotations

import pytest
from tui_support import build_db, list_rows, press, settle

from factcheck.review import evidence as review
from factcheck.review.documents import store_documents
from factcheck.store.facade import Store
from factcheck.text.documents import read_document_bytes
from factcheck.tui.app import ReviewApp
from factcheck.tui.evidence_actions import EVIDENCE_MARK
from factcheck.tui.screens.evidence_modal import EvidenceModal

TRANSCRIPT = """Council chamber, evening session. Notes taken by the clerk.

"We kept every promise we made to the voters," the mayor said when the vote was read out.

The treasurer thanked the staff for the late nights.
"""
TABLE = "line,amount\nbudget approved (euros),\"12,000,000\"\nroad repair fund (euros),\"850,000\"\n"


@pytest.fixture
def db(tmp_path):
    path = build_db(tmp_path / "review.db", port=False)
    with Store.open(path) as store:
        store_documents(store, [
            read_document_bytes(TRANSCRIPT.encode(), "council-session.txt", ".txt", "council-session"),
            read_document_bytes(TABLE.encode(), "budget-lines.csv", ".csv", "budget-lines")])
    return path


def claim_id(db, text: str) -> int:
    with Store.open(db) as store:
        return next(sc.id for sc in store.iter_claims() if sc.claim.text == text)


def detail(app) -> str:
    return app.query_one("#detail").text


async def goto(pilot, claim: int) -> None:
    app = pilot.app
    steps = app.state.window.index_of(app.store, app.store.claim(claim)) - app.claims.cursor
    await press(pilot, *(["j"] * steps if steps >= 0 else ["k"] * -steps))
    assert app.state.current.id == claim


async def test_E_lists_the_evidence_enter_attaches_and_z_takes_it_back(db):
    quote = claim_id(db, '"We kept every promise we made to the voters,"')
    app = ReviewApp(str(db), "alice", article_id=1, poll_interval=3600)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await goto(pilot, quote)
        shown = detail(app)
        assert "Evidence (1)" in shown
        assert "quote exact · council-session, paragraph 2" in shown
        assert "quote found verbatim" in shown

        await press(pilot, "E")
        assert isinstance(app.screen, EvidenceModal)
        await press(pilot, "enter")
        assert not isinstance(app.screen, EvidenceModal)
        with Store.open(db) as store:
            [source] = store.sources(quote)
        assert (source.match_class, source.position, source.title) == (
            "exact", "paragraph 2", "council-session")
        assert "evidence: exact · paragraph 2" in detail(app)

        await press(pilot, "z")
        with Store.open(db) as store:
            assert store.sources(quote) == []
        assert "Sources (0)" in detail(app)


async def test_a_near_miss_is_shown_as_a_conflict_and_escape_attaches_nothing(db):
    fund = claim_id(db, "800,000 euros")
    app = ReviewApp(str(db), "alice", article_id=1, poll_interval=3600)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await goto(pilot, fund)
        assert "figure conflict · budget-lines, row 2" in detail(app)  # 850,000: 6% off
        await press(pilot, "E")
        assert isinstance(app.screen, EvidenceModal)
        await press(pilot, "escape")
    with Store.open(db) as store:
        assert store.sources(fund) == []


async def test_claims_with_the_same_figure_or_exact_quote_are_marked_in_the_list(db):
    with Store.open(db) as store:  # as `factcheck evidence --article 1` leaves it
        for sc in store.iter_claims(article_id=1):
            review.compute(store, sc.id)
    app = ReviewApp(str(db), "alice", article_id=1, poll_interval=3600)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        rows = list_rows(app)
    marked = [row for row in rows if EVIDENCE_MARK in row]
    assert len(marked) == 2
    assert any("12 million euros" in row for row in marked)
    assert any("We kept every promise" in row for row in marked)


async def test_an_empty_library_says_so(tmp_path):
    db = build_db(tmp_path / "plain.db", port=False)
    app = ReviewApp(str(db), "alice", article_id=1, poll_interval=3600)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert "Evidence" not in detail(app)
        await press(pilot, "E")
        assert not isinstance(app.screen, EvidenceModal)


async def test_moving_fast_searches_the_library_only_where_the_cursor_rests(db, monkeypatch):
    """The library is searched by the same rest ticker as the matches: keys that never let
    the cursor rest start no search, and the claim it rests on gets its evidence."""
    import types

    import factcheck.tui.verify_actions

    clock = [1000.0]  # a clock the test moves: a slow machine cannot fake a rest
    monkeypatch.setattr(factcheck.tui.verify_actions, "time",
                        types.SimpleNamespace(monotonic=lambda: clock[0]))
    searched = []
    app = ReviewApp(str(db), "alice", article_id=1, poll_interval=3600)
    real = app._find_evidence
    monkeypatch.setattr(app, "_find_evidence", lambda claim_id: (searched.append(claim_id),
                                                                 real(claim_id)))
    async with app.run_test(size=(160, 50)) as pilot:
        clock[0] += 10
        await settle(pilot)
        searched.clear()
        for _ in range(6):
            await pilot.press("j")
            await pilot.pause(factcheck.tui.verify_actions.REST_S)  # ticks run, see no rest
        assert searched == []
        clock[0] += 10
        await settle(pilot)
        assert searched == [app.state.current.id]
        assert app.state.current.id in app.state.evidence
