"""HTML report: one self-contained, printable page (inline CSS and SVG, no script, no
external assets) rendered by Jinja2 with autoescaping, streamed as it renders.

Every value from an article or a reviewer reaches the page through Jinja2's escaping or
markupsafe's `escape` (the highlighted article text); links are made only from http(s)
addresses. Jinja2 is the project's templating library because hand-written escaping is
where report injections come from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from factcheck import __version__, bulk
from factcheck.export.common import (
    STATUS_ORDER,
    ArticleReport,
    ClaimRecord,
    Selection,
    anchor,
    span_anchor,
    articles,
    counts_line,
    is_web_url,
    percent,
    quote_check,
    records_by_verdict,
    when,
)
from factcheck.models import Article
from factcheck.render import claim_detail
from factcheck.store import Store

COLOURS = {"verified": "#1a7f37", "disputed": "#c62828", "unverifiable": "#b26a00",
           "pending": "#8a8f98"}
LABELS = {"verified": "Verified", "disputed": "Disputed", "unverifiable": "Unverifiable",
          "pending": "Pending"}
FIELDS = {"quote": "Speaker", "number": "Value", "date": "Date"}

_env = Environment(loader=PackageLoader("factcheck.export", "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.globals.update(COLOURS=COLOURS, LABELS=LABELS, STATUS_ORDER=STATUS_ORDER,
                    percent=percent, is_web_url=is_web_url, counts_line=counts_line)


def write(store: Store, out: TextIO, selection: Selection, options: dict) -> int:
    written: list[int] = [0]
    summary = [(r.article, r.counts) for r in articles(store, selection, with_text=False)]
    page = _env.get_template("report.html.j2").generate(
        generated=when(selection.generated_at), version=__version__, selection=selection,
        summary=summary, sections=_sections(store, selection, written),
        totals={s: sum(c[s] for _, c in summary) for s in STATUS_ORDER})
    buffer: list[str] = []
    for chunk in page:  # thousands of tiny chunks per article: write them in batches
        buffer.append(chunk)
        if len(buffer) >= 2000:
            out.write("".join(buffer))
            buffer.clear()
    out.write("".join(buffer))
    return written[0]


class Section:
    """One article's part of the page; its highlighted text and entries are generators."""

    def __init__(self, store: Store, report: ArticleReport, selection: Selection,
                 written: list[int]):
        self.report = report
        self.article = report.article
        self.shown = report.shown(selection)
        self._store = store
        self._selection = selection
        self._written = written

    def text(self) -> Markup:
        return highlight(self.article, bulk.claim_spans(self._store, self.article.id,
                                                        self._selection.statuses))

    def entries(self) -> Iterator[Entry]:
        for record in records_by_verdict(self._store, self.article.id, self._selection):
            self._written[0] += 1
            yield Entry(self.article, record)


class Entry:
    """One claim's entry, every value a plain string for the template to escape.

    Prepared here rather than in the template: calls and lookups from a template cost
    several times more, and there may be 100,000 entries.
    """

    __slots__ = ("ref", "id", "status", "label", "kind", "text", "context", "field", "detail",
                 "decided", "sources", "notes")

    def __init__(self, article: Article, r: ClaimRecord):
        c, v = r.claim, r.verdict
        self.ref = anchor(article, r.stored)
        self.id = r.stored.id
        self.status = v.status
        self.label = LABELS.get(v.status, v.status)
        self.kind = c.kind
        self.text = c.text
        self.context = c.sentence if c.sentence and c.sentence.strip() != c.text.strip() \
            else None
        self.field = FIELDS.get(c.kind, "Detail")
        self.detail = claim_detail(c) if c.kind != "quote" else \
            (c.speaker or "unknown") + (f" ({c.speaker_role})" if c.speaker_role else "")
        self.decided = None if v.status == "pending" else \
            f"by {v.reviewer or 'unknown'}, {when(v.updated_at)}"
        self.sources = [(s.url if is_web_url(s.url) else None,
                         s.title or s.url if is_web_url(s.url) or not s.title
                         else f"{s.title} ({s.url})", s.excerpt, s.added_by, quote_check(s))
                        for s in r.sources]
        self.notes = [(n.author or "unknown", when(n.created_at), n.body) for n in r.notes]


def _sections(store: Store, selection: Selection, written: list[int]) -> Iterator[Section]:
    for report in articles(store, selection):
        yield Section(store, report, selection, written)


def highlight(article: Article, spans: Iterable[tuple[int, int, int, str, str]]) -> Markup:
    """The article text with every claim wrapped in its verdict colour and linked to its
    entry. Spans (id, start, end, kind, status) arrive in text order; a claim inside
    another (a number in a quote) nests, one overlapping another's end is cut there.

    Built as one string per article (its text is in memory anyway): yielding a chunk per
    claim to the template costs more than the rest of the page.
    """
    text = article.text or ""
    parts: list[str] = []
    pos = 0
    stack: list[tuple[int, str]] = []  # (end, anchor) of open claims; ends never grow

    def segment(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            piece = escape(text[pos:upto])
            parts.append(f'<a href="#{stack[-1][1]}">{piece}</a>' if stack else piece)
            pos = upto

    def close_until(point: int) -> None:
        while stack and stack[-1][0] <= point:
            segment(stack[-1][0])
            stack.pop()
            parts.append("</span>")

    for start, group in groupby(spans, key=lambda span: span[1]):
        for _, _, claim_end, kind, status in sorted(group, key=lambda span: -span[2]):
            close_until(start)
            end = min(claim_end, stack[-1][0]) if stack else claim_end
            if end <= start:
                continue
            segment(start)
            # no escaping needed: status and kind are checked against fixed sets, and the
            # anchor is hex digits, numbers and the kind
            status = status if status in LABELS else "pending"
            kind = kind if kind in FIELDS else "claim"
            ref = span_anchor(article, start, claim_end, kind)
            parts.append(f'<span class="hl v-{status}" id="t-{ref}" '
                         f'title="{LABELS[status]}: {kind}">')
            stack.append((end, ref))
    close_until(len(text))
    segment(len(text))
    return Markup("".join(parts))
