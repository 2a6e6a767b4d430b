"""HTML page → article text, title and published date, with the standard library's parser.

Paragraph-like elements become blank-line-separated blocks; page furniture (scripts,
styles, navigation, header, footer, asides, forms) is dropped. No regular expressions
over markup: html.parser tokenises, entities are decoded by it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html.parser import HTMLParser

SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "aside",
        "form", "svg", "iframe", "button", "select", "textarea", "head"}
BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
         "li", "ul", "ol", "blockquote", "pre", "table", "tr", "th", "td", "hr", "figure",
         "figcaption", "dl", "dt", "dd", "address", "body", "caption", "details", "summary"}
VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col",
        "embed", "param", "track"}
LINE_BREAK = "\x00"  # marks <br>; NUL never reaches here (binary files are refused earlier)
DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate",
             "publish-date", "publish_date", "dc.date", "dc.date.issued", "sailthru.date",
             "og:published_time", "parsely-pub-date")


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    published: str | None  # as found in the page (ISO-ish), not yet validated


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.furniture_depth = 0  # inside nav/footer/aside: their dates are not the article's
        self.in_title = False
        self.title_parts: list[str] = []
        self.og_title: str | None = None
        self.meta_dates: dict[str, str] = {}
        self.time_date: str | None = None
        self.ld_json: list[str] = []
        self.in_ld_json = False

    # --- tags -----------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
        elif tag == "time" and a.get("datetime") and not self.furniture_depth \
                and self.time_date is None:
            self.time_date = a["datetime"].strip()
        elif tag == "title":
            self.in_title = True
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self.in_ld_json = True
        if a.get("itemprop", "").lower() == "datepublished":
            value = a.get("datetime") or a.get("content")
            if value:
                self.meta_dates.setdefault("datepublished", value.strip())
        if tag in VOID:
            if tag in ("br", "hr"):
                self._flush() if tag == "hr" else self.current.append(LINE_BREAK)
            return
        if tag in SKIP:
            self.skip_depth += 1
            if tag in ("nav", "footer", "aside"):
                self.furniture_depth += 1
        elif tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "script":
            self.in_ld_json = False
        if tag in SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            if tag in ("nav", "footer", "aside"):
                self.furniture_depth = max(0, self.furniture_depth - 1)
        elif tag in BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif self.in_ld_json:
            self.ld_json.append(data)
        elif not self.skip_depth:
            self.current.append(data)

    # --- helpers --------------------------------------------------------------------------

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content", "").strip()
        if not key or not content:
            return
        if key in ("og:title", "twitter:title"):
            self.og_title = self.og_title or content
        elif key in DATE_META:
            self.meta_dates.setdefault(key, content)

    def _flush(self) -> None:
        lines = (" ".join(line.split()) for line in "".join(self.current).split(LINE_BREAK))
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(text)
        self.current = []

    def published(self) -> str | None:
        for key in DATE_META:
            if key in self.meta_dates:
                return self.meta_dates[key]
        for chunk in self.ld_json:
            found = _find_key(_loads(chunk), "datePublished")
            if isinstance(found, str) and found.strip():
                return found.strip()
        return self.time_date


def html_to_text(markup: str) -> HtmlArticle:
    """The readable text of a page, its <title> and its published date if it declares one."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    parser._flush()
    title = " ".join("".join(parser.title_parts).split()) or parser.og_title
    return HtmlArticle(text="\n\n".join(parser.blocks), title=title or None,
                       published=parser.published())


def _loads(chunk: str):
    try:
        return json.loads(chunk)
    except (ValueError, RecursionError):  # junk, or nested deeper than the parser goes
        return None


def _find_key(data, key: str):
    """First value of `key` anywhere in nested JSON-LD (dicts, lists, @graph), depth
    first; a walk with its own stack, so no nesting depth can overflow Python's."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get(key) is not None:
                return item[key]
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return None
