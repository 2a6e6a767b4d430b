"""Helpers for the workbench tests: hand-made articles (independent of the extractor),
a frozen clock, waiting for the app to settle, and reading what is on screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from weakref import WeakKeyDictionary

from factcheck.models import ArticleMeta, Claim
from factcheck.store.facade import Store

FROZEN = "2025-09-11T08:30:00.000Z"

BUDGET = """Harbour council approves new budget

The council of Harbourton approved a budget of 12 million euros on Tuesday, mayor Ana Ruiz said. \
"We kept every promise we made to the voters," Ruiz told reporters after the vote. \
Spending on schools rises 4 percent, while the road repair fund falls to 800,000 euros.

The opposition leader, Tom Berg, called the plan "a gamble with public money". \
The budget takes effect on 1 January 2026, and a review is due in March.
"""

PORT = """River port reopens after floods

The port of Lindau reopened on Monday after three weeks of floods. \
"The repair budget was spent to the last cent," harbour master Eva Lind said. \
About 40 ships are expected this month.
"""


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _sentence(text: str, start: int) -> str:
    begin = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    ends = [i for i in (text.find(". ", start), text.find(".\n", start)) if i != -1]
    return text[begin:min(ends) + 1 if ends else len(text)].strip()


def claim(text: str, kind: str, part: str, cw: float = 0.5, **fields) -> Claim:
    start, end = _span(text, part)
    return Claim(kind, part, start, end, sentence=_sentence(text, start),
                 checkworthiness=cw, **fields)


def budget_claims() -> list[Claim]:
    t = BUDGET
    return [
        claim(t, "number", "12 million euros", 0.9, value=12e6, unit="euros"),
        claim(t, "date", "on Tuesday", 0.3, date="2025-09-09"),
        claim(t, "quote", '"We kept every promise we made to the voters,"', 0.7,
              speaker="Ana Ruiz", speaker_role="mayor"),
        claim(t, "number", "4 percent", 0.8, value=4.0, unit="percent"),
        claim(t, "number", "800,000 euros", 0.6, value=800000.0, unit="euros"),
        claim(t, "quote", '"a gamble with public money"', 0.4, speaker="Tom Berg",
              partial=True),
        claim(t, "date", "1 January 2026", 0.2, date="2026-01-01"),
        claim(t, "date", "March", 0.1, date="2026-03"),
    ]


def port_claims() -> list[Claim]:
    t = PORT
    return [
        claim(t, "date", "on Monday", 0.3, date="2025-09-08"),
        claim(t, "quote", '"The repair budget was spent to the last cent,"', 0.6,
              speaker="Eva Lind", speaker_role="harbour master"),
        claim(t, "number", "About 40 ships", 0.5, value=40.0, unit="ships",
              qualifier="about"),
    ]


def build_db(path: Path, port: bool = True) -> Path:
    """Article 1: the council budget (8 claims); article 2: the river port (3 claims)."""
    with Store.open(path) as store:
        store.add_article(BUDGET, ArticleMeta(title="Harbour council approves new budget",
                                              published="2025-09-10"), budget_claims())
        if port:
            store.add_article(PORT, ArticleMeta(title="River port reopens after floods",
                                                published="2025-09-09"), port_claims())
    return path


def freeze_clock(monkeypatch) -> None:
    """Every timestamp the store and review layer write is FROZEN (stable snapshots)."""
    import factcheck.review.verdicts
    import factcheck.store.facade

    monkeypatch.setattr(factcheck.store.facade, "now", lambda: FROZEN)
    monkeypatch.setattr(factcheck.review.verdicts, "now", lambda: FROZEN)


async def settle(pilot) -> None:
    """Wait for the first list load, any workers, the verification aids of the current
    claim (looked up once the cursor rests) and pending messages."""
    app = pilot.app
    for _ in range(500):
        if app.state.ready:
            break
        await pilot.pause(0.01)
    await app.workers.wait_for_complete()
    await pilot.pause()
    for _ in range(200):
        if not getattr(app, "aids_pending", False):
            break
        await pilot.pause(0.02)
        await app.workers.wait_for_complete()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def wait_until(pilot, condition, seconds: float = 30.0) -> None:
    """Let the app run until `condition()` holds (a palette's search, a retry), failing
    only after `seconds`: fast machines pass at once, slow ones are not a failure."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition(), f"still not true after {seconds} s"


async def press(pilot, *keys: str) -> None:
    """Press keys like a reviewer, then let the app finish what they started."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def screen_text(app) -> str:
    """The whole visible screen as plain text, one line per row."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def list_rows(app) -> list[str]:
    """The claims list as drawn (one string per visible row)."""
    claims = app.claims
    return [claims.render_line(y).text.rstrip()
            for y in range(claims.scrollable_content_region.height)
            if claims.scroll_offset.y + y < claims.total]


def verdicts(path: Path) -> dict[int, str]:
    """{claim id: status} straight from the database file."""
    with Store.open(path) as store:
        return {sc.id: sc.status for sc in store.iter_claims()}


# --- the workbench and what it told the reviewer -------------------------------------

@dataclass(frozen=True)
class Notice:
    """One notification the workbench showed (a toast)."""

    message: str
    title: str
    severity: str


_NOTICES: WeakKeyDictionary = WeakKeyDictionary()


def workbench(db, reviewer: str = "alice", **options):
    """A ReviewApp on `db` that never polls unless asked, recording what it notifies."""
    from factcheck.tui.app import ReviewApp

    options.setdefault("poll_interval", 3600)
    app = ReviewApp(str(db), reviewer, **options)
    record_notices(app)
    return app


def record_notices(app) -> None:
    """Keep every `notify` call (the public API) so tests can read what was said, even
    after the toast timed out; the toast is still shown (and rendered) as usual."""
    shown: list[Notice] = []
    _NOTICES[app] = shown
    notify = app.notify

    def recording(message, **options):
        shown.append(Notice(message, options.get("title", ""),
                            options.get("severity", "information")))
        notify(message, **options)  # the App's own defaults (markup off) hold

    app.notify = recording


def notices(app) -> list[Notice]:
    return list(_NOTICES.get(app, []))


def messages(app) -> str:
    """Every notification message so far, one a line (for `"…" in messages(app)`)."""
    return "\n".join(n.message for n in notices(app))
