"""Where the time of a j press goes in the workbench: per step, per widget, slowest presses.

    python benchmarks/tui_phases.py [--size 100000] [--presses 200] [--keep DIR] [--slowest 8]

Presses j as benchmarks/tui.py does (each key at a random point of the frame clock, the
frame turned into escape codes) and stamps each press: the App receiving the key, the
cursor-move handler (ShowActions.goto) starting and ending, Textual's frame clock firing,
the frame composed and the frame written. Prints the median and 90th percentile of each
step, the lines each widget redrew per press, how many presses needed a layout pass, and
the slowest presses one by one. The stamps patch Textual internals and add a little to
every figure: compare figures of this script with each other, not with tui.py's.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui import CLAIMS_PER_ARTICLE, FRAME_S, PaintClock, build_db, p90  # noqa: E402

STEPS = [  # (label, from stamp, to stamp)
    ("key reaches the App", "sent", "key"),
    ("to the handler", "key", "handler"),
    ("handler (goto)", "handler", "handled"),
    ("waiting for the frame clock", "handled", "tick"),
    ("layout, compose", "tick", "composed"),
    ("escape codes", "composed", "written"),
    ("key → frame", "sent", "written"),
]


class Stamps:
    """The moments of the press under way, and the lines each widget redrew for it."""

    def __init__(self) -> None:
        self.at: dict[str, float] = {}
        self.lines: Counter[str] = Counter()
        self.layout = False
        self._drawing = ""
        self._patch()

    def stamp(self, name: str) -> None:
        self.at.setdefault(name, time.perf_counter())

    def reset(self) -> None:
        self.at, self.lines, self.layout = {"sent": time.perf_counter()}, Counter(), False

    def _patch(self) -> None:
        from textual._compositor import Compositor
        from textual._styles_cache import StylesCache
        from textual.app import App
        from textual.screen import Screen

        from factcheck.tui.showing import ShowActions

        stamps = self
        on_event, goto = App.on_event, ShowActions.goto
        timer_update, render_update = Screen._on_timer_update, Compositor.render_update
        render_widget, render_line = StylesCache.render_widget, StylesCache.render_line

        async def on_event_stamped(app, event):
            if event.__class__.__name__ == "Key":
                stamps.stamp("key")
            return await on_event(app, event)

        def goto_stamped(app, index):
            stamps.stamp("handler")
            goto(app, index)
            stamps.stamp("handled")

        def timer_update_stamped(screen):
            if "handled" in stamps.at:  # the frame for this key, not one before it
                stamps.stamp("tick")
                stamps.layout |= screen._layout_required
            timer_update(screen)

        def render_update_stamped(compositor, *args, **kwargs):
            update = render_update(compositor, *args, **kwargs)
            if "tick" in stamps.at:
                stamps.stamp("composed")
            return update

        def render_widget_stamped(cache, widget, crop):
            stamps._drawing = type(widget).__name__ + (
                f" of {type(widget.parent).__name__}" if widget.parent else "")
            return render_widget(cache, widget, crop)

        def render_line_stamped(cache, *args, **kwargs):
            stamps.lines[stamps._drawing] += 1
            return render_line(cache, *args, **kwargs)

        App.on_event, ShowActions.goto = on_event_stamped, goto_stamped
        Screen._on_timer_update = timer_update_stamped
        Compositor.render_update = render_update_stamped
        StylesCache.render_widget = render_widget_stamped
        StylesCache.render_line = render_line_stamped


async def measure(path: Path, presses: int, seed: int) -> list[tuple[dict, Counter, bool]]:
    from textual import events

    from factcheck.tui.app import ReviewApp

    clock, stamps = PaintClock(), Stamps()
    phase = random.Random(seed)
    clock.expect(lambda ready, _: ready)
    app = ReviewApp(str(path), reviewer="bench")
    found = []
    async with app.run_test(size=(120, 40)) as pilot:
        await clock.arrived()
        await pilot.pause()
        for n in range(1, presses + 1):
            await asyncio.sleep(phase.uniform(0, FRAME_S))
            clock.expect(lambda _, cursor, n=n: cursor == n)
            stamps.reset()
            app._driver.send_message(events.Key("j", "j"))
            took, _ = await clock.arrived()
            stamps.at["written"] = stamps.at["sent"] + took
            found.append((stamps.at, stamps.lines, stamps.layout))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100000)
    ap.add_argument("--presses", type=int, default=200)
    ap.add_argument("--keep", metavar="DIR", help="build the database here and keep it")
    ap.add_argument("--seed", type=int, default=1, help="of the keys' random phase")
    ap.add_argument("--slowest", type=int, default=8, help="presses listed one by one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep or tmp) / f"bench-{args.size}.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            build_db(path, args.size)
        presses = asyncio.run(measure(path, args.presses, args.seed))

    def step(at: dict, start: str, end: str) -> float | None:
        return (at[end] - at[start]) * 1000 if start in at and end in at else None

    print(f"{args.size} claims ({args.size // CLAIMS_PER_ARTICLE} articles), "
          f"{len(presses)} presses of j")
    print(f"{'step':<28} {'median':>7} {'p90':>7}")
    for label, start, end in STEPS:
        took = [t for at, _, _ in presses if (t := step(at, start, end)) is not None]
        if took:
            print(f"{label:<28} {statistics.median(took):>5.1f}ms {p90(took):>5.1f}ms")
    total = Counter()
    for _, lines, _ in presses:
        total.update(lines)
    print("lines redrawn per press: " + ", ".join(
        f"{name} {count / len(presses):.1f}" for name, count in total.most_common()))
    print(f"presses with a layout pass: {sum(layout for _, _, layout in presses)}")
    print(f"slowest presses ({' / '.join(label for label, _, _ in STEPS[1:-1])} → total ms):")
    for at, lines, layout in sorted(presses, key=lambda p: -step(p[0], "sent", "written"))[
            :args.slowest]:
        parts = " / ".join(f"{t:.1f}" if (t := step(at, s, e)) is not None else "-"
                           for _, s, e in STEPS[1:-1])
        print(f"  {parts} → {step(at, 'sent', 'written'):.1f}"
              + ("  layout" if layout else "")
              + "  " + ", ".join(f"{name} {count}" for name, count in lines.most_common(4)))


if __name__ == "__main__":
    main()
