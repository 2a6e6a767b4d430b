"""HTML report: one self-contained, printable page (inline CSS and SVG, no script, no
external assets) rendered by Jinja2 with autoescaping, streamed as it renders.

Every value from an article or a reviewer reaches the page through Jinja2's escaping or
markupsafe's `escape` (the highlighted article text); links are made only from http(s)
addresses. Jinja2 is the project's templating library because hand-written escaping is
where report injections come from.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from factcheck import __version__
from factcheck.export.common import (
    STATUS_ORDER,
    ArticleReport,
    ClaimRecord,
    Selection,
    anchor,
    articles,
    counts_line,
    is_web_url,
    percent,
    records,
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

_env = Environment(loader=PackageLoader("factcheck.export", "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.globals.update(COLOURS=COLOURS, LABELS=LABELS, STATUS_ORDER=STATUS_ORDER, when=when,
                    percent=percent, is_web_url=is_web_url, claim_detail=claim_detail,
                    counts_line=counts_line)


def write(store: Store, out: TextIO, selection: Selection, options: dict) -> int:
    written: list[int] = [0]
    summary = [(r.article, r.counts) for r in articles(store, selection, with_text=False)]
    page = _env.get_template("report.html.j2").generate(
        generated=when(selection.generated_at), version=__version__, selection=selection,
        summary=summary, sections=_sections(store, selection, written),
        totals={s: sum(c[s] for _, c in summary) for s in STATUS_ORDER})
    for chunk in page:
        out.write(chunk)
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

    def text(self) -> Iterator[Markup]:
        statuses = self._selection.statuses
        return highlight(self.article, records(self._store, self.article.id, statuses))

    def entries(self) -> Iterator[tuple[str, ClaimRecord]]:
        for record in records_by_verdict(self._store, self.article.id, self._selection):
            self._written[0] += 1
            yield anchor(self.article, record.stored), record


def _sections(store: Store, selection: Selection, written: list[int]) -> Iterator[Section]:
    for report in articles(store, selection):
        yield Section(store, report, selection, written)


def highlight(article: Article, claims: Iterator[ClaimRecord]) -> Iterator[Markup]:
    """The article text with every claim wrapped in its verdict colour and linked to its
    entry. Claims arrive in text order; one inside another (a number in a quote) nests,
    and a claim overlapping the end of another is cut at that end."""
    text = article.text or ""
    pos = 0
    stack: list[tuple[int, str]] = []  # (end, anchor) of open claims; ends never grow

    def segment(upto: int) -> Iterator[Markup]:
        nonlocal pos
        if upto > pos:
            piece = escape(text[pos:upto])
            yield Markup(f'<a href="#{stack[-1][1]}">{piece}</a>') if stack else piece
            pos = upto

    def close_until(point: int) -> Iterator[Markup]:
        while stack and stack[-1][0] <= point:
            yield from segment(stack[-1][0])
            stack.pop()
            yield Markup("</span>")

    for start, group in groupby(claims, key=lambda r: r.claim.start):
        for r in sorted(group, key=lambda r: -r.claim.end):
            yield from close_until(start)
            end = min(r.claim.end, stack[-1][0]) if stack else r.claim.end
            if end <= start:
                continue
            yield from segment(start)
            ref = anchor(article, r.stored)
            yield Markup('<span class="hl v-{}" id="t-{}" title="{}: {}">').format(
                r.verdict.status, ref, LABELS[r.verdict.status], r.claim.kind)
            stack.append((end, ref))
    yield from close_until(len(text))
    yield from segment(len(text))
