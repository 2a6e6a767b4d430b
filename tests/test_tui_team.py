"""A desk at the workbench: taking an article (and being asked before taking over a
colleague's), blind second review, and editors settling disagreements — alone, as a
non-editor, and two at once. Each checked on screen and in the database."""

from __future__ import annotations

import pytest
from tui_support import (
    build_db, list_rows, messages, notices, press, screen_text, settle, verdicts, wait_until,
    workbench,
)

from factcheck.review import verdicts as review
from factcheck.review import team
from factcheck.store import team as teamdb
from factcheck.store.facade import Store
from factcheck.tui.screens.article_picker import ArticlePicker
from factcheck.tui.screens.confirm_modal import ConfirmModal
from factcheck.tui.screens.note_modal import NoteModal


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "desk.db")




def takes(db) -> dict[int, str]:
    with Store.open(db) as store:
        return {a: t.reviewer for a, t in team.takes(store).items()}


def detail(app) -> str:
    return app.query_one("#detail").text


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


# ------------------------------------------------------------------ taking work

async def test_opening_an_article_takes_it_and_a_colleague_is_asked_before_taking_over(db):
    alice = workbench(db, "alice", article_id=1)
    bob = workbench(db, "bob", article_id=1)
    async with alice.run_test(size=(120, 36)) as pa:
        await settle(pa)
        assert takes(db) == {1: "alice"}
        async with bob.run_test(size=(120, 36)) as pb:
            await settle(pb)
            assert isinstance(bob.screen, ConfirmModal)  # asked, not taken
            assert "Article 1 is in review by alice" in screen_text(bob)
            assert takes(db) == {1: "alice"}
            await press(pb, "n")  # just look
            assert not isinstance(bob.screen, ConfirmModal)
            text = screen_text(bob)
            assert "in review by alice · you: bob" in text
            assert "Claims · article 1 · in review by alice" in text
            assert takes(db) == {1: "alice"}
            await press(pb, "a")  # the picker says so too
            assert isinstance(bob.screen, ArticlePicker)
            options = bob.screen.query_one("#picker-list")
            shown = [str(options.get_option_at_index(i).prompt)
                     for i in range(options.option_count)]
            assert any("Harbour council" in o and "in review by alice" in o for o in shown)
            assert not any("River port" in o and "in review by" in o for o in shown)
            await press(pb, "escape")
        alice.renew_take()  # her take is still hers
        assert takes(db) == {1: "alice"}


async def test_taking_over_with_confirmation_then_quit_releases(db):
    alice = workbench(db, "alice", article_id=1)
    bob = workbench(db, "bob", article_id=1)
    async with alice.run_test(size=(120, 36)) as pa:
        await settle(pa)
        async with bob.run_test(size=(120, 36)) as pb:
            await settle(pb)
            await press(pb, "y")  # take it over
            assert takes(db) == {1: "bob"}
            assert "You took over article 1 from alice" in messages(bob)
            assert "in review by" not in screen_text(bob)
            alice.renew_take()  # alice's workbench notices at its next renewal
            await settle(pa)
            assert "bob took over article 1" in messages(alice)
            assert "in review by bob · you: alice" in screen_text(alice)
            assert takes(db) == {1: "bob"}  # not taken back
            await pb.press("q")
            await pb.pause()
        assert takes(db) == {}  # bob quit: released
    with Store.open(db) as store:
        actions = [(e.action, e.reviewer) for e in store.history()
                   if e.action in ("take", "release")]
    assert actions == [("take", "alice"), ("take", "bob"), ("release", "bob")]


async def test_switching_articles_moves_the_take(db):
    app = workbench(db, "alice", article_id=1)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        await type_text(pilot, "River")
        await press(pilot, "enter")
        assert app.state.list_query.article_id == 2
        assert takes(db) == {2: "alice"}
        await press(pilot, "a", "home")  # all articles: hold none
        await pilot.press("backspace")
        await press(pilot, "enter")
    assert takes(db) == {}


# ------------------------------------------------------------------ second review

@pytest.fixture
def second(db):
    """Policy all; ann verified claim 1 and disputed claim 2."""
    with Store.open(db) as store:
        team.set_policy(store, "all", "admin")
        review.set_verdict(store, 1, "verified", "ann")
        review.set_verdict(store, 2, "disputed", "ann")
    return db


async def test_second_review_queue_is_blind_until_i_decide(second):
    db = second
    app = workbench(db, "bob", queue="second review")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        rows = list_rows(app)
        assert len(rows) == 2 and "12 million euros" in rows[0] and "on Tuesday" in rows[1]
        text = screen_text(app)
        assert "✓" not in text and "✗" not in text  # no badge gives ann away
        assert "0/8 reviewed · 0 disputed" in text  # nor the counts
        shown = detail(app)
        assert "blind second review" in shown
        assert "verified" not in shown and "ann" not in shown.replace("ann:", "")
        assert "decided (hidden until you give your verdict)" in shown
        assert app.claims.border_subtitle.startswith("second review")
        await press(pilot, "d")  # bob disagrees with ann on claim 1
        with Store.open(db) as store:
            assert {r.reviewer: r.status for r in teamdb.reviews_of(store, 1)} == {
                "ann": "verified", "bob": "disputed"}
            assert team.desk_state(store, 1).state == "disagreement"
        assert "ann: verified, bob: disputed: you disagree" in messages(app)
        assert app.state.current.id == 2  # on to the next claim waiting for me
        assert "verified" not in detail(app)  # claim 2 still blind
        await press(pilot, "k")  # claim 1 stays in view, now with both verdicts
        rows = list_rows(app)
        assert "✗" in rows[0] and "·" in rows[1]
        shown = detail(app)
        assert "Desk      disagreement · ann verified · bob disputed" in shown
        assert "ann: pending → verified" in shown


async def test_after_agreeing_both_verdicts_show(second):
    db = second
    app = workbench(db, "bob", queue="second review")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        with Store.open(db) as store:
            assert team.desk_state(store, 1).state == "agreed"
        assert "you agree" in messages(app)
        await press(pilot, "k")
        assert "Desk      agreed · ann verified · bob verified" in detail(app)


async def test_the_first_reviewer_sees_their_own_verdict(second):
    app = workbench(second, "ann")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert "✓" in list_rows(app)[0]
        await press(pilot, "g")
        assert "waiting for a second reviewer · ann verified" in detail(app)


async def test_second_queue_is_in_the_filter_cycle_on_a_team_database(second):
    app = workbench(second, "bob")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert "✓" not in screen_text(app)  # blind in every list, not only the queue
        for _ in range(8):
            await press(pilot, "f")
        assert app.state.list_query.filter == "second review" and len(list_rows(app)) == 2
        await press(pilot, "f")
        assert app.state.list_query.filter == "resolve"
        assert "No disagreements to resolve" in screen_text(app)
        await press(pilot, "f")
        assert app.state.list_query.filter == "all"


async def test_status_filters_count_my_blind_claims_as_pending(second):
    """Choosing "verified" must not tell bob which hidden claim ann verified."""
    db = second
    app = workbench(db, "bob")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        seen = {}
        for _ in range(4):  # pending, verified, disputed, unverifiable
            await press(pilot, "f")
            seen[app.state.list_query.filter] = (list_rows(app), screen_text(app),
                                           app.claims.border_subtitle)
        pending_rows, _, subtitle = seen["pending"]
        assert len(pending_rows) == 11 and subtitle.endswith("· 1/11")
        assert "12 million euros" in pending_rows[0] and "on Tuesday" in pending_rows[1]
        for status in ("verified", "disputed", "unverifiable"):
            rows, text, subtitle = seen[status]
            assert rows == [] and subtitle.endswith(" · 0"), status
            assert f"No claims match this filter ({status})" in text
            assert "12 million euros" not in text and "on Tuesday" not in text
        await press(pilot, "f", "f", "f", "f")  # quotes, numbers, dates, second review
        assert app.state.list_query.filter == "second review"
        await press(pilot, "g")
        assert app.state.current.id == 1
        await press(pilot, "v")  # bob decides claim 1: now he may see it verified
        await press(pilot, "f", "f", "f")  # resolve, all, pending
        assert app.state.list_query.filter == "pending" and len(list_rows(app)) == 10
        await press(pilot, "f")
        assert app.state.list_query.filter == "verified"
        (row,) = list_rows(app)
        assert "✓" in row and "12 million euros" in row
        await press(pilot, "f")  # claim 2 is still hidden: not among the disputed
        assert app.state.list_query.filter == "disputed" and list_rows(app) == []
    assert verdicts(db)[1] == "verified" and verdicts(db)[2] == "disputed"
    with Store.open(db) as store:
        assert team.desk_state(store, 1).state == "agreed"
        assert team.desk_state(store, 2).state == "needs_second"


async def test_the_first_reviewer_and_a_non_blind_reviewer_still_filter_by_verdict(second):
    for reviewer, options in (("ann", {}), ("bob", {"blind": False})):
        app = workbench(second, reviewer, **options)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await press(pilot, "f", "f")
            assert app.state.list_query.filter == "verified"
            (row,) = list_rows(app)
            assert "12 million euros" in row, reviewer
            await press(pilot, "f")
            (row,) = list_rows(app)
            assert "on Tuesday" in row, reviewer


def picker_lines(app) -> list[str]:
    options = app.screen.query_one("#picker-list")
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_article_picker_counts_my_blind_claims_as_pending(second):
    db = second
    app = workbench(db, "bob", queue="second review")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        assert isinstance(app.screen, ArticlePicker)
        lines = picker_lines(app)
        assert "0/11 reviewed · 0 disputed" in lines[0]  # all articles
        assert any("Harbour council" in o and "0/8 reviewed · 0 disputed" in o for o in lines)
        await press(pilot, "escape")
        await press(pilot, "d")  # bob decides claim 1 (ann verified it)
        await press(pilot, "a")
        lines = picker_lines(app)
        assert "1/11 reviewed · 1 disputed" in lines[0]  # his own; claim 2 still hidden
        assert any("Harbour council" in o and "1/8 reviewed · 1 disputed" in o for o in lines)
        await press(pilot, "escape")
    with Store.open(db) as store:
        assert team.desk_state(store, 1).state == "disagreement"
        assert store.progress()[1]["disputed"] == 2  # in the database: bob's and ann's
    ann = workbench(db, "ann")
    async with ann.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        assert any("Harbour council" in o and "2/8 reviewed · 2 disputed" in o
                   for o in picker_lines(ann))


async def test_export_while_blind_is_refused_and_writes_nothing(second, tmp_path):
    from factcheck.tui.screens.export_modal import ExportModal

    db = second
    app = workbench(db, "bob")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "f", "f")  # verified only: the refusal does not depend on it
        await press(pilot, "x")
        assert not isinstance(app.screen, ExportModal)
        said = messages(app)
        assert "A report of all articles would reveal 2 verdict(s) hidden from you" in said
        assert "Nothing was written" in said
        assert "Not exported: blind review" in [n.title for n in notices(app)]
        await press(pilot, "a")  # the river port has nothing waiting for bob
        await type_text(pilot, "River")
        await press(pilot, "enter")
        await press(pilot, "x")
        assert isinstance(app.screen, ExportModal)  # allowed there
        await press(pilot, "ctrl+s")
        await settle(pilot)
        assert "report-article-2.html: html report" in messages(app)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("report")) == [
        "report-article-2.html"]
    assert verdicts(db)[1] == "verified"
    ann = workbench(db, "ann")  # not blind for her own verdicts: the modal opens
    async with ann.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "x")
        assert isinstance(ann.screen, ExportModal)
        await press(pilot, "escape")


# ------------------------------------------------------------------ resolving

@pytest.fixture
def disagreement(db):
    """Policy all, editors ed and eve; ann verified claim 1, bob disputed it."""
    with Store.open(db) as store:
        team.set_policy(store, "all", "admin")
        team.set_editors(store, ["ed", "eve"], "admin")
        review.set_verdict(store, 1, "verified", "ann")
        review.set_verdict(store, 1, "disputed", "bob")
        review.set_verdict(store, 4, "unverifiable", "ann")
    return db


async def test_editor_resolves_with_a_required_note(disagreement):
    db = disagreement
    app = workbench(db, "ed", queue="resolve")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        (row,) = list_rows(app)
        assert "ann ✓ bob ✗" in row and "12 million euros" in row
        assert "Desk      disagreement · ann verified · bob disputed" in detail(app)
        await press(pilot, "v")
        assert isinstance(app.screen, NoteModal)
        await press(pilot, "ctrl+s")  # no note: refused in the dialog
        assert isinstance(app.screen, NoteModal)
        assert "A resolution needs a note" in str(app.screen.query_one("#note-error").render())
        assert teamdb.resolution(Store.open(db), 1) is None
        await type_text(pilot, "Papers: 12m")
        await press(pilot, "ctrl+s")
        assert not isinstance(app.screen, NoteModal)
        with Store.open(db) as store:
            done = teamdb.resolution(store, 1)
            assert (done.status, done.editor, done.note) == (
                "verified", "ed", "Papers: 12m")
            assert store.verdict(1).status == "verified"
            assert team.resolve_queue(store) == []
        shown = detail(app)
        assert "resolved as verified by ed · ann verified · bob disputed" in shown
        assert "“Papers: 12m”" in shown and "ed: resolved as verified" in shown
        assert "✓" in list_rows(app)[0]


async def test_a_non_editor_is_told_and_nothing_is_written(disagreement):
    db = disagreement
    with Store.open(db) as store:
        before = len(store.history())
    app = workbench(db, "bob", queue="resolve")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        assert not isinstance(app.screen, NoteModal)
        assert "Only an editor can settle a disagreement, and bob is not one" in messages(app)
        assert "Nothing was written" in messages(app)
    with Store.open(db) as store:
        assert len(store.history()) == before
        assert teamdb.resolution(store, 1) is None
    assert verdicts(db)[1] == "disputed"


async def test_two_editors_at_once_the_second_sees_the_first(disagreement):
    db = disagreement
    ed = workbench(db, "ed", queue="resolve")
    eve = workbench(db, "eve", queue="resolve")
    async with ed.run_test(size=(120, 36)) as pe, eve.run_test(size=(120, 36)) as pv:
        await settle(pe)
        await settle(pv)
        await press(pe, "v")
        await type_text(pe, "Papers: 12m")
        await press(pe, "ctrl+s")
        await press(pv, "d")  # eve still sees the disagreement
        await type_text(pv, "No")
        await press(pv, "ctrl+s")
        assert "already resolved as verified by ed" in messages(eve)
        assert "nothing of yours was written; showing theirs" in messages(eve)
        assert "resolved as verified by ed" in detail(eve)
    with Store.open(db) as store:
        done = teamdb.resolution(store, 1)
        assert (done.status, done.editor) == ("verified", "ed")
        assert [n.body for n in store.notes(1)] == ["Papers: 12m"]
        assert [e.reviewer for e in store.history(claim_id=1) if e.action == "resolve"] == ["ed"]


# ------------------------------------------------------------------ in a browser: the name first

async def test_a_browser_session_asks_for_the_name_first(db):
    from factcheck.tui.screens.name_modal import NameModal

    app = workbench(db, "", ask_reviewer=True, poll_interval=3600)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, NameModal))
        assert "Who is reviewing?" in screen_text(app)
        await pilot.press("enter")  # no name: asked again (nothing loads before the name)
        await pilot.pause()
        assert isinstance(app.screen, NameModal) and not app.state.ready
        assert "Type your name" in str(app.screen.query_one("#name-error").render())
        await type_text(pilot, "carol")
        await press(pilot, "enter")
        assert not isinstance(app.screen, NameModal)
        assert "you: carol" in screen_text(app) and len(list_rows(app)) == 11
        await press(pilot, "v")
    with Store.open(db) as store:
        assert store.verdict(1).reviewer == "carol"
        assert [e.reviewer for e in store.history(claim_id=1)] == ["carol"]


async def test_the_name_dialog_follows_the_one_reviewer_name_rule(db):
    """The browser's name prompt refuses what --reviewer refuses, and says the same why."""
    from factcheck.names import name_problem
    from factcheck.tui.screens.name_modal import NameModal

    app = workbench(db, "", ask_reviewer=True, poll_interval=3600)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.2)
        app.screen.query_one("#name-input").value = "carol\u202e"  # a bidi override
        await press(pilot, "enter")
        assert isinstance(app.screen, NameModal) and not app.state.ready
        shown = str(app.screen.query_one("#name-error").render())
        assert "U+202E" in shown
        assert shown.lower().startswith(name_problem("carol\u202e").lower())
