"""The article text, with the current claim highlighted and every claim tinted by status.

A line-API widget: the text is wrapped once per width with offsets kept (wrapping.py), so
the current claim's line is known and can be scrolled into view without laying out
anything else.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factcheck.render import visible_in_place
from factcheck.tui.widgets.scrollbar_thumb import ThumbScrolling
from factcheck.tui.widgets.virtual_size import set_virtual_size
from factcheck.tui.wrapping import line_of, wrap_offsets


@dataclass(frozen=True)
class Span:
    """Where a claim sits in the article, and its status (for the tint)."""

    claim_id: int
    start: int
    end: int
    status: str


class ArticleView(ThumbScrolling, ScrollView, can_focus=False):
    """Shows one article; `show()` swaps the text, `set_current()` moves the highlight."""

    COMPONENT_CLASSES = {
        "article-view--current", "article-view--pending", "article-view--verified",
        "article-view--disputed", "article-view--unverifiable",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = ""
        self.spans: list[Span] = []
        self.current: int | None = None
        self.article_id: int | None = None
        self._lines: list[tuple[int, int]] = []
        self._wrapped_width = -1
        self._generation = 0
        self._current_span: Span | None = None
        self._cache: LRUCache[tuple, Strip] = LRUCache(maxsize=256)
        self._styles: dict[str, Style] = {}  # component and base styles until the CSS changes

    def show(self, article_id: int | None, text: str, spans: list[Span],
             current: int | None) -> None:
        """Display an article (or refresh its claim tints); scrolls to `current`."""
        # control characters shown, never sent to the terminal (an ESC[2J in a page's text
        # would clear the screen); one symbol each, so claim offsets still hold
        text = visible_in_place(text)
        changed = article_id != self.article_id or text != self.text
        self.article_id, self.text, self.spans = article_id, text, spans
        self.current = current
        self._current_span = None
        self._generation += 1
        if changed:
            self._wrapped_width = -1
            self.scroll_to(y=0, animate=False, immediate=True)
        self._rewrap()
        self._scroll_current_into_view()
        self.refresh()

    def set_current(self, claim_id: int | None) -> None:
        """Move the highlight: only lines showing the old or new claim are drawn anew
        (every line, not the border, when the view has to scroll)."""
        if claim_id == self.current:
            return
        old = self._current()
        self.current = claim_id
        self._current_span = None
        self._scroll_current_into_view()
        for span in (old, self._current()):
            if span is not None and self._lines:
                first = line_of(self._lines, span.start)
                self.refresh_lines(first, line_of(self._lines, span.end - 1) - first + 1)

    # --- layout and rendering ----------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def _style(self, name: str) -> Style:
        """A component style ("" for the widget's own), looked up once per stylesheet:
        each lookup walks the CSS of every ancestor, and a line of text can need several."""
        style = self._styles.get(name)
        if style is None:
            style = (self.rich_style if not name
                     else self.get_component_rich_style(f"article-view--{name}"))
            self._styles[name] = style
        return style

    def on_resize(self) -> None:
        self._rewrap()
        self._scroll_current_into_view()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrapped_width:
            return
        self._wrapped_width = width
        self._lines = wrap_offsets(self.text, width)
        self._cache.clear()
        set_virtual_size(self, Size(width, len(self._lines)))

    def _current(self) -> Span | None:
        if self._current_span is None or self._current_span.claim_id != self.current:
            self._current_span = next((s for s in self.spans if s.claim_id == self.current),
                                      None)
        return self._current_span

    def _scroll_current_into_view(self) -> bool:
        """Scroll so the current claim shows; True if the view moved."""
        span = self._current()
        height = self.scrollable_content_region.height
        if span is None or not self._lines or height <= 0:
            return False
        first, last = line_of(self._lines, span.start), line_of(self._lines, span.end - 1)
        top = self.scroll_offset.y
        if first >= top and last < top + height:
            return False
        target = max(0, first - max(1, height // 3)) if last - first < height else first
        self.scroll_to(y=target, animate=False, force=True, immediate=True)
        return True

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.size.width
        if index >= len(self._lines):
            return Strip.blank(width, self._style(""))
        start, end = self._lines[index]
        span = self._current()
        touches = span is not None and span.start < max(end, start + 1) and span.end > start
        key = (index, width, self._generation, self.current if touches else None)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render(index, width)
            self._cache[key] = strip
        return strip

    def _render(self, index: int, width: int) -> Strip:
        start, end = self._lines[index]
        base = self._style("")
        text = Text(self.text[start:end], no_wrap=True, end="")
        text.stylize(base)  # a span, so the background is drawn under the text
        on_line = [span for span in self.spans if span.end > start and span.start < end]
        # the current claim last, so it wins where claims overlap (a number in a quote)
        on_line.sort(key=lambda span: span.claim_id == self.current)
        for span in on_line:
            name = "current" if span.claim_id == self.current else span.status
            text.stylize(self._style(name), max(span.start, start) - start,
                         min(span.end, end) - start)
        return Strip(text.render(self.app.console)).crop_extend(0, width, base)
