"""Markdown report: per article a header and the claims, disputed first.

Readable as plain text in a terminal and rendered on a code host. Everything that came
from an article or a reviewer is escaped so it can only ever be text: no links, images,
HTML or headings can be smuggled in through a note, a source title or a quote.
"""

from __future__ import annotations

import re
from typing import TextIO
from urllib.parse import quote

from factcheck import __version__
from factcheck.export.common import (
    ArticleReport,
    ClaimRecord,
    Selection,
    articles,
    counts_line,
    is_web_url,
    percent,
    quote_check,
    records_by_verdict,
    when,
)
from factcheck.render import claim_detail, one_line
from factcheck.store.facade import Store

# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that can
# start markup anywhere in a line. (str.translate: regex substitution is 5x slower.)
_INLINE = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>#|~"})
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED = re.compile(r"(\d+)([.)])")


# GitHub-style renderers turn bare addresses into links (the autolink extension):
# "http://", "https://", "ftp://" and "www." anywhere in a line. A backslash before the
# colon or the dot keeps them text (rendered the same), so only sources become links.
_AUTOLINK = re.compile(r"""
    (?<![A-Za-z0-9])(?P<scheme>https?|ftp)(?=://)   # http:// https:// ftp://
    | (?<![A-Za-z0-9])(?P<www>www)(?=\.)            # www.example.org
    """, re.VERBOSE | re.IGNORECASE)


_WWW_HINTS = ("ww.", "WW.", "wW.", "Ww.")

# ... and "name@host.example" into a mailto: link. An escape does not stop that one (the
# renderer joins escaped characters back into the text it scans), so an empty HTML comment
# after the "@" splits the address: rendered, it reads the same and is not a link.
_EMAIL_AT = re.compile(r"(?<=[A-Za-z0-9.+_-])@(?=[A-Za-z0-9_-]+\.[A-Za-z0-9_-])")
_SPLIT = "@<!---->"


def _no_autolink(match: re.Match) -> str:
    return match.group(0) + "\\"  # before the ":" or the "."


def text(value: str | None) -> str:
    """One line of user text, inert: whitespace collapsed, markup characters escaped,
    bare addresses kept from becoming links."""
    out = one_line(value).translate(_INLINE)
    if "&" in out:
        out = _ENTITY.sub(r"\\&", out)
    if "@" in out:
        out = _EMAIL_AT.sub(_SPLIT, out)
    if "//" in out or any(hint in out for hint in _WWW_HINTS):  # rare: skip the regex
        return _AUTOLINK.sub(_no_autolink, out)
    return out


def line_text(value: str | None) -> str:
    """Like `text`, for text that starts a line: no list item, heading rule or quote."""
    out = text(value)
    if out[:1] in ("-", "+", "="):
        return "\\" + out
    if out[:1].isdigit():
        return _ORDERED.sub(r"\1\\\2", out, count=1) if _ORDERED.match(out) else out
    return out


def lines(value: str | None, indent: str) -> list[str]:
    """Multi-line user text (a note) as indented, escaped lines with hard breaks."""
    out: list[str] = []
    raw = [line.strip() for line in (value or "").splitlines()]
    for n, line in enumerate(raw):
        if not line:
            out.append("")
            continue
        escaped = line_text(line)
        hard_break = n + 1 < len(raw) and raw[n + 1]
        out.append(indent + escaped + ("  " if hard_break else ""))
    while out and not out[-1]:
        out.pop()
    return out


def link(url: str | None, label: str | None = None) -> str:
    """A link only for http(s) addresses, percent-encoded so it cannot break out."""
    if not is_web_url(url):
        return text(url) if not label else f"{text(label)} ({text(url)})"
    target = quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    return f"[{text(label)}](<{target}>)" if label else f"<{target}>"


def write(store: Store, out: TextIO, selection: Selection, options: dict) -> int:
    w = out.write
    w("# Fact-check report\n\n")
    w(f"Generated {text(when(selection.generated_at))} by factcheck {__version__}")
    if selection.statuses:
        w(f" · showing {', '.join(selection.statuses)} claims")
    w("\n")
    n = 0
    for report in articles(store, selection, with_text=False):
        n += _article(store, w, report, selection)
    if not selection.article_ids:
        w("\nNo articles in this database yet.\n")
    return n


def _article(store: Store, w, report: ArticleReport, selection: Selection) -> int:
    a = report.article
    w(f"\n## {text(a.title or a.source_path or f'Article {a.id}')}\n\n")
    w(f"- **Article:** {a.id}\n")
    w(f"- **URL:** {link(a.url) if a.url else '—'}\n")
    w(f"- **Published:** {text(a.published) or 'unknown'}"
      + (f" (updated {text(a.modified)})" if a.modified else "") + "\n")
    for label, value in (("Byline", a.byline), ("Site", a.site_name)):
        if value:
            w(f"- **{label}:** {text(value)}\n")
    if a.canonical_url and a.canonical_url != a.url:
        w(f"- **Canonical URL:** {link(a.canonical_url)}\n")
    w(f"- **Reviewers:** {', '.join(text(r) for r in report.reviewers) or '—'}\n")
    w(f"- **Progress:** {report.decided} of {report.total} claims decided "
      f"({percent(report.decided, report.total)})\n")
    w(f"- **Verdicts:** {counts_line(report.counts)}\n")
    shown = report.shown(selection)
    w(f"\n### Claims ({shown}{' shown' if selection.statuses else ''}, disputed first)\n")
    if not shown:
        w("\nNo claims to show.\n")
    n = 0
    for n, record in enumerate(records_by_verdict(store, a.id, selection), 1):
        _claim(w, record)
    return n


def _claim(w, r: ClaimRecord) -> None:
    c, v = r.claim, r.verdict
    w(f"\n#### {r.stored.id} · {v.status.upper()} · {c.kind}: {text(one_line(c.text, 80))}\n\n")
    if c.sentence and c.sentence.strip() != c.text.strip():
        w(f"> {line_text(c.sentence)}\n\n")
    if c.kind == "quote":
        role = f" ({text(c.speaker_role)})" if c.speaker_role else ""
        w(f"- **Speaker:** {text(c.speaker) or 'unknown'}{role}\n")
    elif c.kind == "number":
        w(f"- **Value:** {text(claim_detail(c))}\n")
    else:
        w(f"- **Date:** {text(claim_detail(c))}\n")
    if v.status == "pending":
        w("- **Verdict:** pending\n")
    else:
        w(f"- **Verdict:** {v.status} by {text(v.reviewer) or 'unknown'}, "
          f"{text(when(v.updated_at))}\n")
    if r.sources:
        w("- **Sources:**\n")
        for s in r.sources:
            excerpt = f" — “{text(s.excerpt)}”" if s.excerpt else ""
            who = f" (added by {text(s.added_by)})" if s.added_by else ""
            check = f" ({text(quote_check(s))})" if s.match_class else ""
            w(f"  - {link(s.url, s.title or s.url)}{excerpt}{check}{who}\n")
    if r.notes:
        w("- **Notes:**\n")
        for n in r.notes:
            w(f"  - {text(n.author) or 'unknown'}, {text(when(n.created_at))}:\n")
            for line in lines(n.body, "    "):
                w(line + "\n")
