"""Everything about the current claim: sentence, who/what/when, verdict, the desk's reviews,
consistency warnings, the same claim in other articles, sources (quote checks with their
word diff), notes, history.

Text from the database is never parsed as markup (Content.assemble keeps it literal), so a
claim containing "[b]" shows as typed. In blind second review (`hidden`), nothing here
tells another reviewer's verdict: not the verdict line, the history or their notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.style import Style
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from factcheck.tui.widgets.scrollbar_thumb import ThumbScrolling
from factcheck.tui.widgets.virtual_size import set_virtual_size, settle_scrollbars
from factcheck.verify.consistency import Finding
from factcheck.verify.crossref import CrossMatch, reusable, seen_summary
from factcheck.verify.match import QuoteMatch
from factcheck.models import Event, Note, Source, StoredClaim
from factcheck.render import describe_event, one_line, short_time, value_text, visible
from factcheck.review.team import DeskState

STATUS_STYLES = {"pending": "$text-muted", "verified": "bold $text-success",
                 "disputed": "bold $text-error", "unverifiable": "bold $text-warning"}
LABEL = "$text-primary"
MUTED = "$text-muted"
WARN = "bold $text-warning"
CLASS_STYLES = {"exact": "bold $text-success", "punctuation": "bold $text-success",
                "minor": "bold $text-warning", "altered": "bold $text-error",
                "not_found": "bold $text-muted"}
DIFF_STYLES = {"delete": "bold strike $text-error", "insert": "bold $text-success"}


@dataclass(frozen=True)
class ClaimDetail:
    """What the pane shows; the App loads it from the store."""

    claim: StoredClaim
    sources: list[Source]
    notes: list[Note]
    history: list[Event]
    me: str = ""
    hidden: bool = False  # blind second review: the other reviewer's verdict stays hidden
    desk: DeskState | None = None
    warnings: tuple[Finding, ...] = ()  # consistency warnings naming this claim
    matches: tuple[CrossMatch, ...] | None = None  # None: still looking
    diffs: dict[int, QuoteMatch] = field(default_factory=dict)  # quote-check source id → match
    unsaved_check: tuple[str, QuoteMatch] | None = None  # a check not saved (not found)
    # verify.evidence.Suggestion, best first; None: no evidence library (nothing shown)
    evidence: tuple | None = None
    evidence_looking: bool = False


class DetailPane(ThumbScrolling, ScrollView, can_focus=False):
    """A scrollable description of the current claim, drawn through the line API.

    The description is wrapped into strips once per claim and width; showing another
    claim repaints this pane only, with no layout pass (the list stays responsive).
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._content = Content("")
        self._strips: list[Strip] = []
        self._width = -1
        self._claim_id: int | None = None
        self._blank_style: Style | None = None  # self.rich_style walks every ancestor's CSS
        self.scrollbar_waits = False  # to come or go once settle_scrollbar() is called

    def show(self, detail: ClaimDetail | None, empty: str = "", *,
             scrollbar_may_wait: bool = False) -> None:
        """Describe a claim; the same claim again (new data) keeps the scroll position.

        scrollbar_may_wait: a scrollbar that this claim's length makes come or go (a
        layout of the whole screen) waits for `settle_scrollbar()`, so keys moving
        through claims longer and shorter than the pane never wait for one.
        """
        self._content = describe(detail) if detail else Content(empty)
        self._width = -1
        claim_id = detail.claim.id if detail else None
        if claim_id != self._claim_id:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._claim_id = claim_id
        self._wrap(scrollbar_may_wait)
        self.refresh()

    def settle_scrollbar(self) -> None:
        """Show or hide the scrollbar as the claim shown needs (once the cursor rests)."""
        if self.scrollbar_waits:
            self.scrollbar_waits = False
            settle_scrollbars(self)

    @property
    def text(self) -> str:
        """What the pane says, as plain text (for tests and copy)."""
        return self._content.plain

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._blank_style = None
        self._width = -1
        self._wrap()

    def on_resize(self) -> None:
        self._wrap()

    def _wrap(self, scrollbar_may_wait: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        self._strips = Visual.to_strips(self, self._content, width, None, self.visual_style)
        if not set_virtual_size(self, Size(width, len(self._strips)),
                                layout_may_wait=scrollbar_may_wait):
            self.scrollbar_waits = True

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        if self._width != self.scrollable_content_region.width:
            self._wrap()
        if self._blank_style is None:
            self._blank_style = self.rich_style
        if index >= len(self._strips):
            return Strip.blank(self.size.width, self._blank_style)
        return self._strips[index].crop_extend(0, self.size.width, self._blank_style)


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
    if c.value is not None and not (c.kind == "date" and c.unit == "year"):  # a year is its Date
        parts += _field("Value", value_text(c))
    if c.qualifier and c.qualifier != "ordinal":
        parts += _field("Qualifier", c.qualifier)
    if c.kind == "date":
        parts += _field("Date", c.date or "(not resolved)")
    v = sc.verdict
    if d.hidden:
        parts += [("Verdict   ", LABEL), ("blind second review", WARN),
                  (" · the first verdict is hidden until you give yours (v d u)\n", MUTED)]
    else:
        who = f" · {v.reviewer}" if v.reviewer else ""
        parts += [("Verdict   ", LABEL), (v.status, STATUS_STYLES[v.status]),
                  (f"{who} · {short_time(v.updated_at)} · version {v.version}\n", MUTED)]
        parts += _desk(d.desk)
    parts += _warnings(d.warnings)
    checks = [s for s in d.sources if s.match_class and s.document_id is None]
    if checks or d.unsaved_check is not None:
        parts.append((f"\nQuote checks ({len(checks)})\n", LABEL))
    if d.unsaved_check is not None:
        label, match = d.unsaved_check
        parts += _check(label, match, None)
        parts.append(("    not saved\n", MUTED))
    for s in reversed(checks):  # the latest first
        parts += _check(s.url, d.diffs.get(s.id), s)
        parts.append((f"    checked by {s.added_by or '-'} {short_time(s.added_at)}\n", MUTED))
    parts += _matches(sc.id, c.kind, d.matches)
    parts += _evidence(d.evidence, d.evidence_looking)
    sources = [s for s in d.sources if not s.match_class or s.document_id is not None]
    parts.append((f"\nSources ({len(sources)})\n", LABEL))
    for s in sources:
        parts.append(f"  {s.url}" + (f" — {s.title}" if s.title else "") + "\n")
        if s.document_id is not None:
            parts.append((f"    evidence: {s.match_class or '-'}"
                          + (f" · {s.position}" if s.position else "") + "\n", "bold"))
        if s.excerpt:
            parts.append((f"    “{s.excerpt}”\n", "italic"))
        parts.append((f"    added by {s.added_by or '-'} {short_time(s.added_at)}\n", MUTED))
    notes = [n for n in d.notes if not d.hidden or n.author == d.me]
    parts.append((f"\nNotes ({len(notes)})\n", LABEL))
    for n in notes:
        parts.append((f"  {n.author or '-'} · {short_time(n.updated_at)}\n", MUTED))
        parts.append("".join(f"    {line}\n" for line in n.body.splitlines() or [""]))
    if len(notes) < len(d.notes):
        parts.append((f"  {len(d.notes) - len(notes)} note(s) by other reviewers hidden "
                      "until you decide\n", MUTED))
    parts.append(("\nHistory\n", LABEL))
    if not d.history:
        parts.append(("  no changes yet\n", MUTED))
    for e in d.history:
        said = describe_event(e)
        if d.hidden and e.reviewer != d.me and e.action in ("verdict", "undo", "redo"):
            said = "decided (hidden until you give your verdict)"
        elif d.hidden and e.reviewer != d.me and e.action.startswith("note."):
            said = "note (hidden until you decide)"
        elif e.action == "resolve":
            said = f"resolved as {(e.after or {}).get('status')}"
        parts += [(f"  {short_time(e.at)} ", MUTED), f"{e.reviewer or '-'}: ", said + "\n"]
    return Content.assemble(*map(_shown, parts))


def _shown(part):
    """A part with its control characters shown as symbols: text from an article or a
    reviewer must not act on the terminal (ESC sequences, bidi overrides)."""
    if isinstance(part, str):
        return visible(part)
    return (visible(part[0]), *part[1:]) if isinstance(part, tuple) else part


def _field(label: str, value: str) -> list:
    return [(f"{label:<10}", LABEL), value + "\n"]


def _reviews(desk: DeskState) -> list:
    out: list = []
    for r in desk.reviews:
        out += [" · ", f"{r.reviewer} ", (r.status, STATUS_STYLES.get(r.status, ""))]
    return out


def _desk(desk: DeskState | None) -> list:
    """Second review and resolution: every reviewer's own verdict once it may be seen."""
    if desk is None or desk.state in ("open", "decided"):
        return []
    if desk.state == "needs_second":
        return [("Desk      ", LABEL), ("waiting for a second reviewer", WARN),
                *_reviews(desk), "\n"]
    if desk.state == "agreed":
        return [("Desk      ", LABEL), ("agreed", "bold $text-success"), *_reviews(desk), "\n"]
    if desk.state == "disagreement":
        return [("Desk      ", LABEL), ("disagreement", "bold $text-error"), *_reviews(desk),
                (" — an editor settles it (filter: resolve)\n", MUTED)]
    r = desk.resolution  # set whenever the state is "resolved"
    out = [("Desk      ", LABEL), (f"resolved as {r.status}", "bold"),
           f" by {r.editor}", *_reviews(desk), "\n"]
    if r.note:
        out.append((f"          “{r.note}”\n", "italic"))
    return out


def _warnings(findings: tuple[Finding, ...]) -> list:
    if not findings:
        return []
    out: list = [("\n⚠ Figures that do not fit", WARN),
                 (f" ({len(findings)})\n", MUTED)]
    for f in findings[:WARNINGS_SHOWN]:
        out += [(f"  {f.check.replace('_', ' ')}: ", "bold"), f.message + "\n"]
    if len(findings) > WARNINGS_SHOWN:
        out.append((f"  … and {len(findings) - WARNINGS_SHOWN} more: "
                     "factcheck lint lists them all\n", MUTED))
    return out


CLASH = {"speaker": "attributed to someone else", "value": "different figure"}
# Matches and warnings listed in the pane: a common figure may be seen in hundreds of
# articles, and wrapping them all would cost every key tens of milliseconds
# (`factcheck matches` and `factcheck lint` list them all).
MATCHES_SHOWN = 8
WARNINGS_SHOWN = 6


def _matches(claim_id: int, kind: str, matches: tuple[CrossMatch, ...] | None) -> list:
    if kind not in ("quote", "number"):
        return []
    if matches is None:
        return [("\nSeen in other articles: ", LABEL), ("looking…\n", MUTED)]
    # the wording of `factcheck matches`, counting every claim listed below
    summary = seen_summary(matches) if matches else "not seen in other articles"
    out: list = [("\n" + summary[:1].upper() + summary[1:], LABEL)]
    out.append(("  (r reuses a verdict)\n" if any(map(reusable, matches)) else "\n", MUTED))
    for m in sorted(matches, key=lambda m: m.conflict is None)[:MATCHES_SHOWN]:  # conflicts first
        o = m.claim
        out += [("  ⚠ " if m.conflict else "  ", WARN),
                (f"article {o.article_id} · claim {o.id} · ", MUTED),
                (o.status, STATUS_STYLES[o.status]), (f" · {m.score:.0f}%", MUTED)]
        if o.claim.kind == "quote" and o.claim.speaker:
            out.append(f" — {o.claim.speaker}")
        if m.conflict:
            out.append((f" · {CLASH.get(m.conflict, m.conflict)}", WARN))
        out.append((f"\n    {one_line(o.claim.text, 90)}\n", "italic"))
    if len(matches) > MATCHES_SHOWN:
        out.append((f"  … and {len(matches) - MATCHES_SHOWN} more: 'factcheck matches "
                    f"{claim_id}' lists them all\n", MUTED))
    return out


EVIDENCE_SHOWN = 3


def _evidence(found: tuple | None, looking: bool) -> list:
    """The evidence library's top suggestions for the claim (E lists them all)."""
    if looking:
        return [("\nEvidence: ", LABEL), ("looking…\n", MUTED)]
    if found is None:
        return []
    if not found:
        return [("\nEvidence: ", LABEL), ("nothing in the library bears on this claim\n",
                                           MUTED)]
    out: list = [(f"\nEvidence ({len(found)})", LABEL), ("  (E shows all · Enter there "
                                                        "attaches)\n", MUTED)]
    for s in found[:EVIDENCE_SHOWN]:
        kind = "fact-check" if s.kind == "factcheck" else s.kind
        style = CLASS_STYLES.get(s.classification) or (
            "bold $text-error" if s.classification == "conflict" else "bold $text-success")
        out += [("  ", ""), (f"{kind} {s.classification}", style),
                (f" · {s.citation()}\n", MUTED), (f"    {one_line(s.reason, 120)}\n", "")]
    return out


def _check(label: str, match: QuoteMatch | None, source: Source | None) -> list:
    """A quote check: classification and score, the matching passage and the word diff."""
    cls = source.match_class if source else match.classification if match else "not_found"
    score = source.match_score if source and source.match_score is not None else (
        match.score if match else 0.0)
    out: list = [("  Quote check ", "bold"), (cls.replace("_", " "), CLASS_STYLES.get(cls, "bold")),
                 (f" · {score:.0f}% · {label}\n", MUTED)]
    excerpt = source.excerpt if source else match.excerpt if match else ""
    if excerpt:
        out += [("    source says ", MUTED), (f"“{one_line(excerpt)}”\n", "italic")]
    elif cls == "not_found":
        out.append(("    nothing in the source is close enough\n", MUTED))
    if match and match.changes:
        out.append(("    ", ""))
        for i, ch in enumerate(match.changes):
            if i:
                out.append("  ")
            if ch.tag == "delete":
                out.append((f"− {ch.quote}", DIFF_STYLES["delete"]))
            elif ch.tag == "insert":
                out.append((f"+ {ch.source}", DIFF_STYLES["insert"]))
            else:
                out += [("~ ", WARN), (ch.quote, DIFF_STYLES["delete"]), " → ",
                        (ch.source, DIFF_STYLES["insert"])]
        out.append(("\n    (− quote only · + source only · ~ changed)\n", MUTED))
    if match:
        for reason in match.reasons:
            out.append((f"    {reason}\n", CLASS_STYLES.get(cls, "")))
    return out
