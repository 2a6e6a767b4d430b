"""Review workbench speed at 1k, 10k and 100k claims (100k across 2,000 articles).

    python benchmarks/tui.py [--sizes 1000 10000 100000] [--presses 200] [--keep DIR]

Builds each database through the store (synthetic articles, 50 claims each), then runs the
workbench headless (`App.run_test`) and prints:

- first paint: from starting the app until the claims list, article text, detail pane and
  header show the first claim;
- key→repaint: pressing j (median, 90th percentile and worst over --presses presses),
  from sending the key until the first repaint that shows the cursor on the next claim.

Targets: first paint < 1 s, key→repaint < 30 ms at 100k.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.models import ArticleMeta, Claim  # noqa: E402
from factcheck.store.facade import Store  # noqa: E402

CLAIMS_PER_ARTICLE = 50


def synthetic_article(n: int, claims: int) -> tuple[str, list[Claim]]:
    """An article of `claims` sentences, each holding one number, date or quote claim."""
    parts: list[str] = [f"Report {n}: what the ministry of region {n} said this week.\n\n"]
    found: list[Claim] = []
    offset = len(parts[0])
    for i in range(claims):
        kind = ("number", "date", "quote")[i % 3]
        if kind == "number":
            span = f"{(n * 37 + i) % 900 + 10} prisoners"
            sentence = f"Officials in district {i} said {span} were released after talks."
            extra = dict(value=float(span.split()[0]), unit="prisoners")
        elif kind == "date":
            span = f"on {2000 + i % 25}-0{1 + i % 9}-1{i % 10}"
            sentence = f"The agreement for district {i} was signed {span} in the capital."
            extra = dict(date=span[3:])
        else:
            span = f"\u201cWe will free {i} more people before winter,\u201d"
            sentence = f"{span} said Minister Person{n}x{i} at a briefing."
            extra = dict(speaker=f"Person{n}x{i}", speaker_role="minister")
        start = offset + sentence.index(span)
        found.append(Claim(kind, span, start, start + len(span), sentence=sentence,
                           checkworthiness=round(((n * 31 + i * 17) % 100) / 100, 2),
                           **extra))
        piece = sentence + (" " if i % 5 != 4 else "\n\n")
        parts.append(piece)
        offset += len(piece)
    return "".join(parts), found


def build_db(path: Path, claims: int) -> Path:
    """A database with `claims` claims in articles of 50, built through the store."""
    articles = max(1, claims // CLAIMS_PER_ARTICLE)
    with Store.open(path) as store:
        with store.transaction():  # one transaction for the lot: seconds, not minutes
            for n in range(articles):
                text, found = synthetic_article(n, CLAIMS_PER_ARTICLE)
                store.add_article(text, ArticleMeta(title=f"Synthetic article {n}",
                                                    published="2025-09-11"), found)
    return path


class PaintClock:
    """Timestamps every screen repaint (the compositor's update), with the cursor it showed.

    Pilot.press() waits for the app to go idle with sleeps of its own, so timing it would
    measure the test harness; instead a key is sent and the first repaint that shows its
    effect is timed.
    """

    def __init__(self) -> None:
        from textual.screen import Screen

        self.stamps: list[tuple[float, bool, int]] = []
        original = Screen._compositor_refresh
        clock = self

        def timed(screen) -> None:
            original(screen)
            app = screen.app
            clock.stamps.append((time.perf_counter(), app.state.ready,
                                 app.claims.cursor if app.is_running and app.state.ready else -1))

        Screen._compositor_refresh = timed

    async def first(self, predicate, since: float, timeout: float = 10.0) -> float:
        """Seconds from `since` to the first repaint matching predicate(ready, cursor)."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            for t, ready, cursor in self.stamps:
                if t >= since and predicate(ready, cursor):
                    return t - since
            await asyncio.sleep(0.0005)
        raise TimeoutError("no matching repaint")


async def measure(path: Path, presses: int, clock: PaintClock) -> tuple[float, list[float]]:
    """(first paint seconds, key→repaint seconds per press) for one database."""
    from textual import events

    from factcheck.tui.app import ReviewApp

    clock.stamps.clear()
    t0 = time.perf_counter()
    app = ReviewApp(str(path), reviewer="bench")
    async with app.run_test(size=(120, 40)) as pilot:
        first_paint = await clock.first(lambda ready, _: ready, t0)
        await pilot.pause()
        times = []
        for n in range(1, presses + 1):
            clock.stamps.clear()
            t = time.perf_counter()
            app._driver.send_message(events.Key("j", "j"))
            times.append(await clock.first(lambda _, cursor: cursor == n, t))
        assert app.claims.cursor == presses, (app.claims.cursor, presses)
    return first_paint, times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--presses", type=int, default=200)
    ap.add_argument("--keep", metavar="DIR", help="build the databases here and keep them")
    args = ap.parse_args()
    clock = PaintClock()
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(args.keep or tmp)
        where.mkdir(parents=True, exist_ok=True)
        print(f"{'claims':>8} {'articles':>8} {'build':>7} {'first paint':>12} "
              f"{'j median':>9} {'j p90':>7} {'j worst':>8}")
        for size in args.sizes:
            path = where / f"bench-{size}.db"
            t = time.perf_counter()
            if not path.exists():
                build_db(path, size)
            build = time.perf_counter() - t
            first, times = asyncio.run(measure(path, args.presses, clock))
            print(f"{size:>8} {size // CLAIMS_PER_ARTICLE:>8} {build:>6.1f}s "
                  f"{first * 1000:>10.0f}ms {statistics.median(times) * 1000:>7.1f}ms "
                  f"{sorted(times)[int(len(times) * 0.9)] * 1000:>5.1f}ms "
                  f"{max(times) * 1000:>6.1f}ms", flush=True)


if __name__ == "__main__":
    main()
