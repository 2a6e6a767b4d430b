"""What changes size as the cursor moves draws as a full layout of the screen would: the
detail pane scrolls over exactly the current claim's description (its scrollbar and scroll
range follow claims longer and shorter than the pane), and the header makes room for a
longer date. Moving the cursor lays out nothing unless a scrollbar comes or goes or a
header part changes width, so these are kept right by the widgets themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import BUDGET, PORT, budget_claims, port_claims, press, settle, workbench

import factcheck.tui
from factcheck.models import ArticleMeta
from factcheck.review import verdicts
from factcheck.store.facade import Store
from factcheck.tui.verify_actions import REST_S
from factcheck.tui.widgets.detail_pane import DetailPane
from factcheck.tui.widgets.header import WorkbenchHeader

NOTES = {1: 30, 2: 20}  # claim 3 has none: its description fits the pane


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "detail.db"
    with Store.open(path) as store:
        store.add_article(BUDGET, ArticleMeta(title="Harbour council approves new budget",
                                              published="2025-09-10"), budget_claims())
        store.add_article(PORT, ArticleMeta(title="River port reopens after floods",
                                            published="2025-09-09", modified="2025-09-12"),
                          port_claims())
        for claim_id, count in NOTES.items():
            for n in range(count):
                verdicts.add_note(store, claim_id, f"call number {n} to the finance office",
                                  "alice")
    return path


def drawn(app, widget=DetailPane) -> list:
    """A widget as drawn on screen, scrollbar included (text and colours)."""
    region = app.query_one(widget).region
    return [strip.crop(region.x, region.right)
            for strip in app.screen._compositor.render_strips()[region.y:region.bottom]]


async def after_full_layout(pilot, widget=DetailPane) -> list:
    """The widget as a full layout of the screen draws it (every size and scrollbar
    computed again)."""
    pilot.app.screen.refresh(layout=True)
    await pilot.pause()
    return drawn(pilot.app, widget)


async def test_pane_follows_claims_longer_and_shorter_than_it(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.query_one(DetailPane)
        height = pane.scrollable_content_region.height
        shown = []
        for key in ("", "j", "j", "k", "k"):  # long, long, short, long, long
            if key:
                await press(pilot, key)
            lines = pane.text.rstrip("\n").split("\n")
            assert pane.show_vertical_scrollbar == (len(lines) > height)
            assert drawn(app) == await after_full_layout(pilot)
            pane.scroll_end(animate=False, immediate=True)
            await pilot.pause()
            bottom = drawn(app)
            assert bottom == await after_full_layout(pilot)
            # the last line of the description is the last line of the pane
            inside = [strip.text.strip("│ ▁▂▃▄▅▆▇█") for strip in bottom[1:-1]]  # no border
            last = max(i for i, text in enumerate(inside) if text)
            assert lines[-1].strip().endswith(inside[last])
            if len(lines) > height:  # scrolled to the end: the text's own last (blank) line
                assert last == len(inside) - 2
            shown.append((app.state.current.id, len(lines) > height))
        assert shown == [(1, True), (2, True), (3, False), (2, True), (1, True)]


async def test_header_makes_room_for_a_longer_date(db):
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, *"j" * 8)  # the last claim of article 1, then article 2
        assert app.state.current.article_id == 2
        header = drawn(app, WorkbenchHeader)
        assert "River port reopens after floods" in header[0].text
        assert "2025-09-09 (updated 2025-09-12)  0/3 reviewed · 0 disputed" in header[0].text
        assert header == await after_full_layout(pilot, WorkbenchHeader)


async def test_article_shown_before_the_view_has_a_size_is_drawn_in_full():
    """The text arrives before the first layout (a fast first load): it is wrapped once the
    view knows its width, and every line of it drawn."""
    from textual.app import App

    from factcheck.tui.widgets.article_view import ArticleView, Span

    class Bare(App):
        CSS = "ArticleView { overflow-x: hidden; }"  # as in the workbench

        def compose(self):
            yield ArticleView()

        def on_mount(self):
            start = BUDGET.index("12 million euros")
            self.query_one(ArticleView).show(1, BUDGET, [Span(1, start, start + 16, "pending")], 1)

    app = Bare()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        rows = [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]
        assert rows[0] == "Harbour council approves new budget"
        assert any(row.endswith("review is due in March.") for row in rows)


async def test_scrollbar_waits_for_the_cursor_to_rest(db):
    """While keys repeat, a claim that needs the pane's scrollbar to come or go leaves it
    as it was (that would lay out the whole screen); settling shows or hides it."""
    from textual.app import App

    from factcheck.tui.widgets.detail_pane import ClaimDetail

    with Store.open(db) as store:
        long, short = (ClaimDetail(store.claim(i), [], store.notes(i), []) for i in (1, 3))

    class Bare(App):
        CSS_PATH = Path(factcheck.tui.__file__).with_name("factcheck.tcss")  # the gutter

        def compose(self):
            yield DetailPane(id="detail")

    app = Bare()
    async with app.run_test(size=(60, 20)) as pilot:
        pane = app.query_one(DetailPane)
        pane.show(long)
        await pilot.pause()
        assert pane.show_vertical_scrollbar and not pane.scrollbar_waits
        pane.show(short, scrollbar_may_wait=True)
        await pilot.pause()
        assert pane.show_vertical_scrollbar and pane.scrollbar_waits
        assert pane.max_scroll_y == 0  # nothing to scroll meanwhile
        pane.settle_scrollbar()
        await pilot.pause()
        assert not pane.show_vertical_scrollbar and not pane.scrollbar_waits
        assert drawn(app) == await after_full_layout(pilot)
        pane.show(long, scrollbar_may_wait=True)
        await pilot.pause()
        assert not pane.show_vertical_scrollbar and pane.scrollbar_waits
        pane.settle_scrollbar()
        await pilot.pause()
        assert pane.show_vertical_scrollbar and not pane.scrollbar_waits
        assert drawn(app) == await after_full_layout(pilot)


async def test_a_new_theme_redraws_in_its_colours(db):
    """The list, article and pane keep the styles they draw with until the CSS changes: a
    theme picked while running draws as the workbench started with that theme does."""
    from factcheck.tui.widgets.article_view import ArticleView
    from factcheck.tui.widgets.claim_list import ClaimList

    pictures = []
    for switch in (True, False):
        app = workbench(db, theme=None if switch else "textual-light")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "j")
            if switch:
                app.theme = "textual-light"
                await settle(pilot)
            pictures.append([drawn(app, widget)
                             for widget in (ClaimList, ArticleView, DetailPane)])
    assert pictures[0] == pictures[1]


@pytest.fixture
def long_db(tmp_path):
    """One article of 300 claims: the list and the article both scroll."""
    from factcheck.models import Claim

    parts, claims, offset = [], [], 0
    for i in range(300):
        figure = f"{i + 2} boats"
        sentence = f"The harbour office counted {figure} at pier {i % 7} on day {i}. "
        start = offset + sentence.index(figure)
        claims.append(Claim("number", figure, start, start + len(figure), sentence=sentence,
                            checkworthiness=0.5, value=float(i + 2), unit="boats"))
        parts.append(sentence)
        offset += len(sentence)
    path = tmp_path / "long.db"
    with Store.open(path) as store:
        store.add_article("".join(parts), ArticleMeta(title="Boats counted"), claims)
    return path


async def test_scrolled_list_and_article_draw_as_a_full_layout_does(long_db):
    """Scrolling repaints the rows, not the border, and of each scrollbar only the cells
    from its thumb's old place to its new one: what shows (and what a click on the bar
    does) is what a full layout draws, scrolling a row at a time, a screen or to the end."""
    from factcheck.tui.widgets.article_view import ArticleView
    from factcheck.tui.widgets.claim_list import ClaimList

    app = workbench(long_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        for keys in (["j"] * 30, ["pagedown"] * 3, ["G"], ["k"] * 3, ["g"]):
            await press(pilot, *keys)
            seen = [drawn(app, widget) for widget in (ClaimList, ArticleView)]
            assert seen == [await after_full_layout(pilot, widget)
                            for widget in (ClaimList, ArticleView)]
        assert app.claims.cursor == 0 and app.claims.scroll_offset.y == 0


async def test_a_single_key_shows_or_hides_the_scrollbar_at_once(db):
    """Only keys that repeat faster than the cursor rests leave the scrollbar waiting."""
    app = workbench(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.query_one(DetailPane)
        for key, shown in (("j", True), ("j", False), ("k", True)):  # claims 2, 3, 2
            await pilot.pause(2 * REST_S)  # since the last claim shown (a late aid's too)
            await pilot.press(key)
            await pilot.pause()
            assert pane.show_vertical_scrollbar == shown and not pane.scrollbar_waits
            await settle(pilot)
