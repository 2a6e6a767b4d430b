"""HTML report: one self-contained, printable page (inline CSS and SVG, no script, no
external assets) rendered by Jinja2 with autoescaping, streamed as it renders.

The page is a Jinja2 template with autoescaping; the two parts repeated per claim (the
highlighted article text and the claim entries) are built in Python with markupsafe's
`escape`, the same escaping, because per-claim template work would cost more than the
rest of the page. Every value from an article or a reviewer goes through one of the two;
links are made only from http(s) addresses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from factcheck import __version__
from factcheck.store import bulk
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
    quote_check,
    records_by_verdict,
    span_anchor,
    when,
)
from factcheck.models import Article
from factcheck.render import claim_detail, visible
from factcheck.store.facade import Store

CHUNKS_PER_WRITE = 2000  # template chunks joined into one write

COLOURS = {"verified": "#1a7f37", "disputed": "#c62828", "unverifiable": "#b26a00",
           "pending": "#8a8f98"}
LABELS = {"verified": "Verified", "disputed": "Disputed", "unverifiable": "Unverifiable",
          "pending": "Pending"}
FIELDS = {"quote": "Speaker", "number": "Value", "date": "Date"}

def _esc(value) -> Markup:
    """Escaped for HTML, with control characters and bidi overrides shown (render.visible):
    a U+202E in a title must not reorder the page."""
    return escape(visible(value) if isinstance(value, str) else value)


def _shown(value):
    """Every {{ value }} of the template goes through here before autoescaping."""
    return visible(value) if isinstance(value, str) and not isinstance(value, Markup) else value


_env = Environment(loader=PackageLoader("factcheck.export", "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                   finalize=_shown)
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
        if len(buffer) >= CHUNKS_PER_WRITE:
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

    def entries(self) -> Iterator[Markup]:
        for record in records_by_verdict(self._store, self.article.id, self._selection):
            self._written[0] += 1
            yield entry(self.article, record)


def entry(article: Article, r: ClaimRecord) -> Markup:
    """One claim's entry in the list. Built here with markupsafe rather than in the
    template: a template renders it several times slower, and there may be 100,000."""
    c, v = r.claim, r.verdict
    # status and kind come from fixed sets; the anchor is hex digits, numbers and the kind
    status = v.status if v.status in LABELS else "pending"
    ref = anchor(article, r.stored)
    out = [f'<article class="claim v-{status}" id="{ref}">\n<header><span class="badge">'
           f'{LABELS[status]}</span><span>{_esc(c.kind)} · claim {r.stored.id}</span>\n'
           f'<a class="back" href="#t-{ref}">↑ in the text</a></header>\n'
           f"<blockquote>{_esc(c.text)}</blockquote>\n"]
    if c.sentence and c.sentence.strip() != c.text.strip():
        out.append(f'<p class="context">{_esc(c.sentence)}</p>\n')
    if c.kind == "quote":
        detail = (c.speaker or "unknown") + (f" ({c.speaker_role})" if c.speaker_role else "")
    else:
        detail = claim_detail(c)
    out.append(f'<dl class="meta">\n<dt>{FIELDS.get(c.kind, "Detail")}</dt>'
               f"<dd>{_esc(detail)}</dd>\n<dt>Verdict</dt><dd>")
    out.append("pending</dd>\n" if status == "pending" else
               f"<b>{status}</b> by {_esc(v.reviewer or 'unknown')}, "
               f"{_esc(when(v.updated_at))}"
               "</dd>\n")
    if r.sources:
        out.append("<dt>Sources</dt><dd><ul>\n")
        out.extend(_source(s) for s in r.sources)
        out.append("</ul></dd>\n")
    if r.notes:
        out.append("<dt>Notes</dt><dd><ul>\n")
        out.extend(f'<li><span class="who">{_esc(n.author or "unknown")}, '
                   f'{_esc(when(n.created_at))}:</span> '
                   f'<span class="note">{_esc(n.body)}</span>'
                   "</li>\n" for n in r.notes)
        out.append("</ul></dd>\n")
    out.append("</dl>\n</article>\n")
    return Markup("".join(out))


def _source(s) -> str:
    if is_web_url(s.url):
        title = f'<a href="{escape(s.url)}" rel="noopener noreferrer nofollow">' \
                f"{_esc(s.title or s.url)}</a>"
    else:
        title = _esc(f"{s.title} ({s.url})" if s.title else s.url)
    excerpt = f' <span class="excerpt">— “{_esc(s.excerpt)}”</span>' if s.excerpt else ""
    check = f' <span class="who">· {_esc(quote_check(s))}</span>' if s.match_class else ""
    who = f' <span class="who">· added by {_esc(s.added_by)}</span>' if s.added_by else ""
    return f"<li>{title}{excerpt}{check}{who}</li>\n"


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
            piece = _esc(text[pos:upto])
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
