"""Markdown links (issue 13, item 7): on a code host the report's only links are the
sources; a bare address in a note, a quote or a title stays text. Checked with GitHub's
own renderer (cmark-gfm, autolink extension on) and markdown-it's linkify."""

from __future__ import annotations

import io
import re

import cmarkgfm
from markdown_it import MarkdownIt

from factcheck.export import write_report
from factcheck.models import ArticleMeta, Claim
from factcheck.review import verdicts as review

SOURCE = "https://records.example/tally"
TEXT = ('The mayor said "results are at https://evil.example/a and www.evil.example" '
        "and turnout rose 4 percent.")


def report(store) -> str:
    q0 = TEXT.index('"')
    q1 = TEXT.index('"', q0 + 1) + 1
    store.add_article(TEXT, ArticleMeta(title="Count at HTTP://evil.example/title",
                                        url="https://news.example/story"), [
        Claim("quote", TEXT[q0:q1], q0, q1, sentence=TEXT, speaker="The mayor"),
    ])
    review.set_verdict(store, 1, "disputed", "ann")
    review.add_source(store, 1, SOURCE, "ann", title="Official tally")
    review.add_source(store, 1, "https://records.example/raw", "ann")  # no title: the address
    review.add_note(store, 1, "Mirror at ftp://evil.example/m, see www.evil.example/x\n"
                    "https://evil.example/second-line, mail tips@evil.example or "
                    "mailto:desk@evil.example", "ann")
    out = io.StringIO()
    write_report(store, "md", out)
    return out.getvalue()


def links(html: str) -> set[str]:
    return set(re.findall(r'href="([^"]*)"', html))


WANTED = {SOURCE, "https://records.example/raw", "https://news.example/story"}


def test_github_makes_links_of_the_sources_only(store):
    html = cmarkgfm.github_flavored_markdown_to_html(report(store))
    assert links(html) == WANTED
    assert "https://evil.example/second-line" in html  # still there, as text
    assert "www.evil.example/x" in html and "ftp://evil.example/m" in html
    assert "mail tips@" in html and "mailto:desk@" in html  # addresses read as written


def test_linkify_makes_links_of_the_sources_only(store):
    html = MarkdownIt("gfm-like").render(report(store))
    assert links(html) == WANTED
