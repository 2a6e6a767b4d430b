"""Verification aids at the workbench: a reviewer checks a quote against a transcript (Q),
sees figures that do not fit marked in the list, sees the same claim in other articles and
reuses a verdict from one of them (r) — each checked on screen and in the database."""

from __future__ import annotations

import types
from pathlib import Path

import pytest
from tui_support import list_rows, messages, notices, press, screen_text, settle, workbench

from factcheck.review import verdicts as review
from factcheck.review.ingest import ingest_file
from factcheck.store.facade import Store
from factcheck.tui.screens.quote_modal import QuoteCheckModal
from factcheck.tui.screens.reuse_modal import ReuseModal

VERIFY = Path(__file__).parent / "verify"
QUOTE = "We cannot keep a boat on this route when it loses money every single week"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The five verification articles, extracted once for the module."""
    db = tmp_path_factory.mktemp("verify") / "verify.db"
    with Store.open(db) as store:
        ids = {p.stem: ingest_file(store, p).article_id for p in sorted(VERIFY.glob("*.txt"))}
    return db, ids


@pytest.fixture
def desk(ingested, tmp_path):
    """A fresh copy of them for one test: (database, {file stem: article id})."""
    import shutil

    template, ids = ingested
    db = tmp_path / "verify.db"
    shutil.copy(template, db)  # the template was closed cleanly: no WAL to carry over
    return db, ids


def claim_id(db, article_id: int, text: str) -> int:
    with Store.open(db) as store:
        return next(sc.id for sc in store.iter_claims(article_id=article_id)
                    if sc.claim.text.lstrip('"“').startswith(text))


async def open_on(db, article_id: int, claim: int, reviewer: str = "alice"):
    """The workbench on one article, the cursor on one claim."""
    app = workbench(db, reviewer, article_id=article_id, poll_interval=3600)
    return app


async def goto(pilot, claim: int) -> None:
    """Press j until the cursor is on `claim` (then let its lookups finish)."""
    app = pilot.app
    steps = app.state.window.index_of(app.store, app.store.claim(claim)) - app.claims.cursor
    await pilot.press(*["j"] * steps)
    await settle(pilot)
    assert app.state.current.id == claim


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def paste(pilot, text: str) -> None:
    """What a terminal sends on paste (bracketed paste): one Paste event to the focus."""
    from textual import events

    pilot.app.focused.post_message(events.Paste(text))
    await settle(pilot)


def detail(app) -> str:
    return app.query_one("#detail").text


def offered(app) -> list[int]:
    """The claim ids the reuse dialog lets one pick."""
    options = app.screen.query_one("#reuse-list").options
    return [int(o.id) for o in options if not o.disabled]


def sources(db, claim: int):
    with Store.open(db) as store:
        return store.sources(claim)


def event_count(db) -> int:
    """History events other than taking and releasing the article (opening one takes it)."""
    with Store.open(db) as store:
        return sum(e.action not in ("take", "release") for e in store.history())


# ------------------------------------------------------------------ quote against source

async def test_verbatim_source_is_exact_shown_and_saved(desk, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the path typed is relative to where factcheck runs
    db, ids = desk
    quote = claim_id(db, ids["ferry-a"], QUOTE)
    transcript = tmp_path / "s.txt"
    transcript.write_text(f"Marta Quiney told staff: “{QUOTE}.” Then she left.",
                          encoding="utf-8")
    app = await open_on(db, ids["ferry-a"], quote)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, quote)
        await press(pilot, "Q")
        assert isinstance(app.screen, QuoteCheckModal)
        await type_text(pilot, "s.txt")
        await press(pilot, "enter")
        assert not isinstance(app.screen, QuoteCheckModal)
        (source,) = sources(db, quote)
        assert (source.match_class, source.match_score, source.added_by) == ("exact", 100.0,
                                                                           "alice")
        assert source.url == transcript.resolve().as_uri()
        assert source.excerpt.startswith("We cannot keep a boat")
        shown = detail(app)
        assert "Quote checks (1)" in shown
        assert f"Quote check exact · 100% · {transcript.resolve().as_uri()}" in shown
        assert any("exact (100%); saved as a source" in n.message for n in notices(app))


async def test_absent_quote_is_not_found_and_nothing_is_saved(desk):
    db, ids = desk
    quote = claim_id(db, ids["ferry-a"], QUOTE)
    before = event_count(db)
    app = await open_on(db, ids["ferry-a"], quote)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, quote)
        await press(pilot, "Q", "tab")  # to the paste box
        await paste(pilot, "The weather was fine on the island all week.")
        await press(pilot, "ctrl+s")
        assert not isinstance(app.screen, QuoteCheckModal)
        assert sources(db, quote) == [] and event_count(db) == before
        shown = detail(app)
        assert "Quote check not found · 0% · pasted text" in shown and "not saved" in shown
        assert any("not found in pasted text: nothing saved" in n.message
                   for n in notices(app))


async def test_a_changed_word_shows_the_coloured_word_diff(desk):
    db, ids = desk
    quote = claim_id(db, ids["ferry-a"], QUOTE)
    app = await open_on(db, ids["ferry-a"], quote)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, quote)
        await press(pilot, "Q", "tab")
        await paste(pilot, "Quiney: we cannot keep a boat on this route\nwhen it makes "
                           "money every week.")
        await press(pilot, "ctrl+s")
        (source,) = sources(db, quote)
        assert source.match_class == "minor"
        shown = detail(app)
        assert "Quote check minor" in shown
        assert "− single" in shown and "~ loses → makes" in shown
        pane = app.query_one("#detail")
        styles = {str(span.style) for span in pane._content.spans}
        assert "bold strike $text-error" in styles and "bold $text-success" in styles


BAD_SOURCES = [(b"", "file is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
               (b"caf\xe9 au lait", "not valid UTF-8"), (None, "no such file or directory")]


async def test_an_unusable_file_is_an_inline_error_and_nothing_is_saved(desk, tmp_path,
                                                                         monkeypatch):
    monkeypatch.chdir(tmp_path)
    db, ids = desk
    quote = claim_id(db, ids["ferry-a"], QUOTE)
    before = event_count(db)
    app = await open_on(db, ids["ferry-a"], quote)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, quote)
        for n, (content, problem) in enumerate(BAD_SOURCES):
            if content is not None:
                (tmp_path / f"{n}.txt").write_bytes(content)
            await press(pilot, "Q")
            await type_text(pilot, f"{n}.txt")
            await press(pilot, "enter")
            assert isinstance(app.screen, QuoteCheckModal)  # still open, the reason shown
            assert problem in str(app.screen.query_one("#quote-error").render()), problem
            await press(pilot, "escape")
    assert sources(db, quote) == [] and event_count(db) == before


async def test_q_on_a_number_says_it_checks_quotes_only(desk):
    db, ids = desk
    figure = claim_id(db, ids["ferry-a"], "84,000 passengers")
    app = await open_on(db, ids["ferry-a"], figure)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, figure)
        await press(pilot, "Q")
        assert not isinstance(app.screen, QuoteCheckModal)
        assert any("is a number, not a quote: Q checks a quote" in n.message
                   for n in notices(app))


# ------------------------------------------------------------------ consistency

async def test_claims_named_by_a_consistency_warning_are_marked(desk):
    db, ids = desk
    article = ids["harbour-inconsistent"]
    app = workbench(db, "alice", article_id=article, poll_interval=3600)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        rows = list_rows(app)
        marked = [r for r in rows if "⚠" in r]
        assert any("8 percent" in r for r in marked) and any("150 boats" in r for r in marked)
        assert any("March 3, 2026" in r for r in marked)
        assert not any("⚠" in r for r in rows if "on Tuesday" in r or "We lost a lot" in r)
        await goto(pilot, claim_id(db, article, "8 percent"))
        shown = detail(app)
        assert "⚠ Figures that do not fit (1)" in shown
        assert "“8 percent” matches no pair of counts: 45 of 900 moorings = 5.0%" in shown


async def test_a_consistent_article_has_no_marks(desk):
    db, ids = desk
    app = workbench(db, "alice", article_id=ids["harbour-consistent"], poll_interval=3600)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert list_rows(app) and not any("⚠" in r for r in list_rows(app))
        assert "Figures that do not fit" not in detail(app)


# ------------------------------------------------------------------ across articles

async def test_seen_in_other_articles_and_reusing_a_verdict(desk):
    db, ids = desk
    quote = claim_id(db, ids["ferry-a"], QUOTE)
    elsewhere = claim_id(db, ids["ferry-b"], QUOTE)
    misattributed = claim_id(db, ids["ferry-c"], QUOTE)
    with Store.open(db) as store:
        review.set_verdict(store, elsewhere, "verified", "ann")
        review.set_verdict(store, misattributed, "disputed", "ann")  # decided, yet a conflict
    app = await open_on(db, ids["ferry-a"], quote)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, quote)
        shown = detail(app)
        # the summary counts what the list shows, in the words of `factcheck matches`
        assert "Seen in 2 other articles: 1 matching claim, 1 conflicting claim" in shown
        assert f"article {ids['ferry-b']} · claim {elsewhere} · verified" in shown
        assert (f"⚠ article {ids['ferry-c']} · claim {misattributed} · disputed" in shown
                and "attributed to someone else" in shown)
        await press(pilot, "r")
        assert isinstance(app.screen, ReuseModal)
        assert offered(app) == [elsewhere]  # reuse_verdict would refuse the conflict
        await press(pilot, "enter")
        assert not isinstance(app.screen, ReuseModal)
        with Store.open(db) as store:
            verdict = store.verdict(quote)
            (event,) = store.history(claim_id=quote)
        assert (verdict.status, verdict.reviewer) == ("verified", "alice")
        assert event.after["reused_from"] == elsewhere
        assert f"pending → verified (reused from claim {elsewhere})" in detail(app)
        assert f"reused from claim {elsewhere}" in messages(app)


async def test_a_different_figure_elsewhere_is_flagged(desk):
    db, ids = desk
    figure = claim_id(db, ids["ferry-a"], "84,000 passengers")
    app = await open_on(db, ids["ferry-a"], figure)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, figure)
        shown = detail(app)
        assert "Seen in 2 other articles: 1 matching claim, 1 conflicting claim" in shown
        assert "different figure" in shown and "64,000 passengers" in shown


async def test_reuse_with_only_conflicts_decided_says_none_can_be_reused(desk):
    db, ids = desk
    figure = claim_id(db, ids["ferry-a"], "84,000 passengers")
    other_figure = claim_id(db, ids["ferry-c"], "64,000 passengers")
    with Store.open(db) as store:
        review.set_verdict(store, other_figure, "verified", "ann")
    before = event_count(db)
    app = await open_on(db, ids["ferry-a"], figure)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, figure)
        assert "(r reuses a verdict)" not in detail(app)
        await press(pilot, "r")
        assert not isinstance(app.screen, ReuseModal)
        said = messages(app)
        assert "seen in 2 other articles: 1 matching claim, 1 conflicting claim" in said
        assert "only from a matching claim that has one: none has" in said
    assert event_count(db) == before


async def test_reuse_with_nothing_to_reuse_says_so(desk):
    db, ids = desk
    figure = claim_id(db, ids["ferry-a"], "120,000 passengers")
    app = await open_on(db, ids["ferry-a"], figure)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await goto(pilot, figure)
        assert "Not seen in other articles" in detail(app)
        await press(pilot, "r")
        assert not isinstance(app.screen, ReuseModal)
        assert "not seen in other articles" in messages(app)


async def test_moving_fast_looks_up_only_where_the_cursor_rests(desk, monkeypatch):
    import factcheck.tui.verify_actions

    # The rest is measured on a clock the test moves, so a slow machine cannot make the
    # cursor look as if it rested between two key presses.
    clock = [1000.0]
    monkeypatch.setattr(factcheck.tui.verify_actions, "time",
                        types.SimpleNamespace(monotonic=lambda: clock[0]))
    db, ids = desk
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        clock[0] += 10
        await settle(pilot)
        for _ in range(12):
            await pilot.press("j")  # the clock stands still: the cursor never rests
            await pilot.pause(factcheck.tui.verify_actions.REST_S)  # ticks run, but see no rest
        clock[0] += 10
        await settle(pilot)
        looked_up = set(app.state.matches)
        assert app.state.current.id in looked_up or app.state.current.claim.kind == "date"
        assert len(looked_up) <= 1
        assert "Claims · all articles" in screen_text(app)


def test_a_claim_seen_everywhere_lists_a_few_matches_conflicts_first(tmp_path):
    """A common figure may be in hundreds of articles: the pane lists MATCHES_SHOWN of
    them (conflicts first) and says how many more, so each key stays quick to draw."""
    from dataclasses import replace

    from tui_support import build_db

    from factcheck.tui.widgets.detail_pane import (
        MATCHES_SHOWN, WARNINGS_SHOWN, ClaimDetail, describe,
    )
    from factcheck.verify.consistency import Finding
    from factcheck.verify.crossref import CrossMatch

    with Store.open(build_db(tmp_path / "many.db")) as store:
        here, other = store.claim(1), store.claim(9)
    others = [CrossMatch(replace(other, id=100 + i, article_id=10 + i), 90.0)
              for i in range(30)]
    others.append(CrossMatch(replace(other, id=999, article_id=99), 80.0, conflict="value"))
    findings = tuple(Finding("same_count", "warning", f"figure pair {i}", (1,))
                     for i in range(20))
    text = describe(ClaimDetail(here, [], [], [], matches=tuple(others),
                                warnings=findings)).plain
    assert "Seen in 31 other articles: 30 matching claims, 1 conflicting claim" in text
    assert text.count("· 90%") == MATCHES_SHOWN - 1 and "claim 999" in text  # conflict kept
    assert f"… and {31 - MATCHES_SHOWN} more: 'factcheck matches 1' lists them all" in text
    assert text.count("figure pair") == WARNINGS_SHOWN
    assert f"… and {20 - WARNINGS_SHOWN} more" in text


def test_a_claim_seen_only_as_a_conflict_is_not_called_unseen(tmp_path):
    """The pane's summary counts the conflicting claim it lists below it."""
    from dataclasses import replace

    from tui_support import build_db

    from factcheck.tui.widgets.detail_pane import ClaimDetail, describe
    from factcheck.verify.crossref import CrossMatch

    with Store.open(build_db(tmp_path / "one.db")) as store:
        here, other = store.claim(1), store.claim(9)
    clash = CrossMatch(replace(other, id=999, article_id=99), 80.0, conflict="value")
    text = describe(ClaimDetail(here, [], [], [], matches=(clash,))).plain
    assert "Not seen" not in text
    assert "Seen in 1 other article: 0 matching claims, 1 conflicting claim" in text
    assert "claim 999" in text and "(r reuses a verdict)" not in text
