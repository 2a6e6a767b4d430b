"""Everything about the current claim: sentence, who/what/when, verdict, sources, notes, history.

Text from the database is never parsed as markup (Content.assemble keeps it literal), so a
claim containing "[b]" shows as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from factcheck.models import Event, Note, Source, StoredClaim
from factcheck.render import describe_event, number, short_time

STATUS_STYLES = {"pending": "$text-muted", "verified": "bold $text-success",
                 "disputed": "bold $text-error", "unverifiable": "bold $text-warning"}
LABEL = "$text-primary"
MUTED = "$text-muted"


@dataclass(frozen=True)
class ClaimDetail:
    """What the pane shows; the App loads it from the store."""

    claim: StoredClaim
    sources: list[Source]
    notes: list[Note]
    history: list[Event]


class DetailPane(ScrollView, can_focus=False):
    """A scrollable description of the current claim, drawn through the line API.

    The description is wrapped into strips once per claim and width; showing another
    claim repaints this pane only, with no layout pass (the list stays responsive).
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._content = Content("")
        self._strips: list[Strip] = []
        self._width = -1

    def show(self, detail: ClaimDetail | None, empty: str = "") -> None:
        self._content = describe(detail) if detail else Content(empty)
        self._width = -1
        self.scroll_to(y=0, animate=False, immediate=True)
        self._wrap()
        self.refresh()

    @property
    def text(self) -> str:
        """What the pane says, as plain text (for tests and copy)."""
        return self._content.plain

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._width = -1
        self._wrap()

    def on_resize(self) -> None:
        self._wrap()

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        self._strips = Visual.to_strips(self, self._content, width, None, self.visual_style)
        self.virtual_size = Size(width, len(self._strips))

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        if self._width != self.scrollable_content_region.width:
            self._wrap()
        if index >= len(self._strips):
            return Strip.blank(self.size.width, self.rich_style)
        return self._strips[index].crop_extend(0, self.size.width, self.rich_style)


def describe(d: ClaimDetail) -> Content:
    sc, c = d.claim, d.claim.claim
    parts: list = [(f"{c.kind.upper()} ", "bold"),
                   (f"claim {sc.id} · article {sc.article_id} · "
                    f"check-worthiness {c.checkworthiness:.2f}\n", MUTED),
                   (c.text + "\n", "bold")]
    if c.sentence and c.sentence != c.text:
        parts += _field("Sentence", c.sentence)
    if c.kind == "quote":
        who = c.speaker or "unknown"
        if c.speaker_role:
            who += f" ({c.speaker_role})"
        flags = [f for f, on in (("partial quote", c.partial), ("mention", c.mention)) if on]
        parts += _field("Speaker", who + (f" [{', '.join(flags)}]" if flags else ""))
    if c.value is not None:
        value = number(c.value) + (f"–{number(c.value_max)}" if c.value_max is not None else "")
        parts += _field("Value", " ".join(p for p in (value, c.unit) if p))
    if c.qualifier:
        parts += _field("Qualifier", c.qualifier)
    if c.kind == "date":
        parts += _field("Date", c.date or "(not resolved)")
    v = sc.verdict
    who = f" · {v.reviewer}" if v.reviewer else ""
    parts += [("Verdict   ", LABEL), (v.status, STATUS_STYLES[v.status]),
              (f"{who} · {short_time(v.updated_at)} · version {v.version}\n", MUTED)]
    parts.append((f"\nSources ({len(d.sources)})\n", LABEL))
    for s in d.sources:
        parts.append(f"  {s.url}" + (f" — {s.title}" if s.title else "") + "\n")
        if s.excerpt:
            parts.append((f"    “{s.excerpt}”\n", "italic"))
        parts.append((f"    added by {s.added_by or '-'} {short_time(s.added_at)}\n", MUTED))
    parts.append((f"\nNotes ({len(d.notes)})\n", LABEL))
    for n in d.notes:
        parts.append((f"  {n.author or '-'} · {short_time(n.updated_at)}\n", MUTED))
        parts.append("".join(f"    {line}\n" for line in n.body.splitlines() or [""]))
    parts.append(("\nHistory\n", LABEL))
    if not d.history:
        parts.append(("  no changes yet\n", MUTED))
    for e in d.history:
        parts += [(f"  {short_time(e.at)} ", MUTED), f"{e.reviewer or '-'}: ",
                  describe_event(e) + "\n"]
    return Content.assemble(*parts)


def _field(label: str, value: str) -> list:
    return [(f"{label:<10}", LABEL), value + "\n"]
