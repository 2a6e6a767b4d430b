"""CSV export: one row per claim, for spreadsheets and scripts.

Quoting is the `csv` module's. Cells are one line (whitespace collapsed) so that tools
reading line by line do not break, and a text cell starting with = + - @ (or a tab or
carriage return) gets a leading apostrophe, so a spreadsheet
shows it as text instead of running it as a formula (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
from typing import TextIO

from factcheck.export.common import ClaimRecord, Selection, articles, quote_check, records
from factcheck.render import number, one_line
from factcheck.store.facade import Store

COLUMNS = ("article_id", "article", "claim_id", "kind", "text", "speaker", "value", "unit",
           "date", "verdict", "reviewer", "decided_at", "sources", "notes", "sentence",
           "article_url", "published", "modified", "byline", "site_name", "canonical_url")
PAGE_COLUMNS = ("url", "published", "modified", "byline", "site_name", "canonical_url")
_FORMULA_START = ("=", "+", "-", "@")


def cell(value) -> str:
    """A user-supplied value as a safe, one-line spreadsheet cell."""
    if value is None:
        return ""
    raw = str(value)
    flat = one_line(raw)
    if raw.startswith(("\t", "\r")) or flat.startswith(_FORMULA_START):
        return "'" + flat
    return flat


def write(store: Store, out: TextIO, selection: Selection, options: dict) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    n = 0
    for report in articles(store, selection, with_text=False):
        title = cell(report.article.title)
        page = [cell(getattr(report.article, f)) for f in PAGE_COLUMNS]
        for r in records(store, report.article.id, selection.statuses):
            writer.writerow(row(report.article.id, title, r) + page)
            n += 1
    return n


def row(article_id: int, title: str, r: ClaimRecord) -> list:
    c, v = r.claim, r.verdict
    value = number(c.value) + (f" to {number(c.value_max)}" if c.value_max is not None else "")
    decided = v.status != "pending"
    return [
        article_id, title, r.stored.id, c.kind, cell(c.text), cell(c.speaker),
        value.replace(",", ""), cell(c.unit), cell(c.date), v.status,
        cell(v.reviewer) if decided else "", cell(v.updated_at) if decided else "",
        cell(" | ".join(_source(s) for s in r.sources)),
        cell(" | ".join(f"{n.author or 'unknown'}: {n.body}" for n in r.notes)),
        cell(c.sentence),
    ]


def _source(s) -> str:
    parts = [s.url]
    if s.title:
        parts.append(s.title)
    if s.excerpt:
        parts.append(f"“{s.excerpt}”")
    if quote_check(s):
        parts.append(quote_check(s))
    elif s.position:
        parts.append(s.position)
    return " — ".join(parts)
