"""HTML page → article body text and page metadata, with trafilatura.

trafilatura (with htmldate for dates) is the best-measured open-source main-text extractor;
writing our own kept a third of page furniture (teasers, menus, footers) as claims. This
module only chooses its options (measured with benchmarks/html.py), turns its output into
blank-line-separated paragraphs and refuses dates no article can have.

trafilatura and lxml load slowly, so they are imported inside the functions.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache

# Options chosen by measuring benchmarks/html.py (see its note): comments are not the
# article; tables and list items often are.
EXTRACT_OPTIONS = {"include_comments": False, "include_tables": True, "favor_precision": False,
                   "favor_recall": False, "deduplicate": False}
EARLIEST_YEAR = 1900  # an earlier publication date is a placeholder (0001-01-01)
FUTURE_SLACK = dt.timedelta(days=1)  # time zones: "tomorrow" somewhere is today here
MIN_ARTICLE_WORDS = 25  # fewer: a paywall notice, a cookie wall or an index page
ARTICLE_TYPE_ENDINGS = ("Article", "BlogPosting", "Report")  # NewsArticle, LiveBlogPosting…
MAX_JSON_LD_DEPTH = 6
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # C0 and C1 controls (tabs/newlines too)
LAYOUT_CELL_WORDS = 80  # a table cell longer than this holds a story, not data
BYLINE_CHARS = 400  # the headline's byline block: this much short text after the <h1>
BODY_LINE_CHARS = 200  # a text this long is the story itself, past the byline block
NOT_BYLINE_TAGS = ("script", "style", "figure", "figcaption", "noscript", "template")
# what follows the <h1> in document order (not inside it), comments' tails included
_AFTER_HEADLINE = "following::* | following::comment() | following::processing-instruction()"


@dataclass(frozen=True)
class HtmlArticle:
    """The body of a page and what the page says about itself (None when it does not)."""

    text: str
    title: str | None = None
    byline: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    published: str | None = None  # ISO date, already checked to be plausible
    modified: str | None = None


def html_to_text(markup: str, url: str | None = None) -> HtmlArticle:
    """The main text of a page (paragraphs separated by a blank line) and its metadata.

    `text` is "" when the page has no article body; the caller decides what that means.
    """
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return HtmlArticle(text="")
    declared = article_dates(tree)
    _unwrap_layout_tables(tree)
    document = _extract(trafilatura, tree, url, EXTRACT_OPTIONS)
    if document is None or word_count(document.text or "") < MIN_ARTICLE_WORDS:
        # a short or unusual page: trafilatura's recall mode keeps more before we give up
        second = _extract(trafilatura, tree, url, {**EXTRACT_OPTIONS, "favor_recall": True})
        if second is not None and word_count(second.text or "") > word_count(
                document.text or "" if document is not None else ""):
            document = second
    if document is None:
        return HtmlArticle(text="")
    # the dates the page states for its article, before any found elsewhere on it
    head, byline = _head_markup(tree), _byline_markup(tree)
    published = (plausible_date(declared.get("datePublished"))
                 or _find_date(head, original=True, extensive=False)
                 or _find_date(byline, original=True, extensive=True)
                 or plausible_date(document.date))
    modified = (plausible_date(declared.get("dateModified"))
                or _find_date(head, original=False, extensive=False)
                or _find_date(byline, original=False, extensive=True))
    title = _clean(document.title)
    return HtmlArticle(
        text=_without_headline(_paragraphs(document.text or ""), title),
        title=title,
        byline=_clean(document.author),
        site_name=_clean(document.sitename),
        canonical_url=_clean(document.url),
        published=published,
        modified=modified if modified and published and modified > published else None,
    )


def _extract(trafilatura, tree, url: str | None, options: dict):
    """trafilatura's Document for the page, or None; its own failures on odd markup
    (it is a heuristic over any HTML at all) mean "no article found", not a crash."""
    try:
        return trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, config=_config(),
            date_extraction_params=_date_params(original=True), **options)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
        return None


def article_dates(tree) -> dict[str, str]:
    """datePublished/dateModified of the page's own article in its JSON-LD, if any.

    htmldate takes the first datePublished it meets; in a schema.org @graph that is often
    the WebPage or WebSite node, not the NewsArticle the page is about.
    """
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # broken or absurdly nested: not metadata
            continue
        for node in _json_ld_nodes(data):
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.endswith(ARTICLE_TYPE_ENDINGS) for k in kinds):
                return {key: node[key] for key in ("datePublished", "dateModified")
                        if isinstance(node.get(key), str)}
    return {}


def _head_markup(tree) -> str | None:
    """The page's <head> alone, as a page htmldate can read (its meta tags' dates)."""
    from lxml import etree

    head = tree.find("head")
    if head is None:
        return None
    return f"<html>{etree.tostring(head, encoding='unicode')}<body></body></html>"


def _byline_markup(tree) -> str | None:
    """The headline's byline block ("By Jo Doe | Thu, 14 May 2020") as a one-paragraph page.

    A page that declares no date in its metadata still shows one under its headline.
    htmldate's search of the whole page takes the first date-like element instead, which
    on many sites is the header's "today" box: the day the page was saved, not written.
    """
    from lxml import etree

    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None
    lines, length, skipped = [headline.tail or ""], 0, set()
    for element in headline.xpath(_AFTER_HEADLINE):
        if element in skipped:
            continue
        if element.tag in NOT_BYLINE_TAGS or not isinstance(element.tag, str):
            skipped.update(element.iter())
            lines.append(element.tail or "")
            continue
        text = (element.text or "").strip()
        if len(text) > BODY_LINE_CHARS:
            break
        lines += [text, element.tail or ""]
        length += len(text)
        if length > BYLINE_CHARS:
            break
    block = " | ".join(line.strip() for line in lines if line and line.strip())
    if not block:
        return None
    paragraph = etree.Element("p")
    paragraph.text = block
    return f"<html><body>{etree.tostring(paragraph, encoding='unicode')}</body></html>"


def _find_date(markup: str | None, original: bool, extensive: bool) -> str | None:
    """The first (`original`) or latest date htmldate reads in `markup`, if plausible."""
    if markup is None:
        return None
    from htmldate import find_date

    try:
        return plausible_date(find_date(markup, **{**_date_params(original),
                                                   "extensive_search": extensive}))
    except Exception:  # htmldate on hostile markup: a missing date is not worth a failure
        return None


def _unwrap_layout_tables(tree) -> None:
    """Tables used for page layout (a cell holding a whole story) become plain blocks, so
    the story is not read as one table row with the menu beside it."""
    for table in tree.iter("table"):
        cells = table.findall(".//td")
        if any(len(cell.text_content().split()) > LAYOUT_CELL_WORDS for cell in cells):
            for element in (table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")):
                element.tag = "div"


def _json_ld_nodes(data, depth: int = 0):
    """Every JSON object in a JSON-LD document (lists and @graph included), shallow first."""
    if depth > MAX_JSON_LD_DEPTH:
        return
    if isinstance(data, dict):
        yield data
        children = list(data.values())
    elif isinstance(data, list):
        children = data
    else:
        return
    for child in children:
        yield from _json_ld_nodes(child, depth + 1)


def word_count(text: str) -> int:
    return len(text.split())


def plausible_date(value: str | None, today: dt.date | None = None) -> str | None:
    """`value` as YYYY-MM-DD if it is a date an article can have, else None.

    Pages declare placeholders (0001-01-01) and typos (2205-01-01); those are ignored, never
    an error: a page with a junk date is still an article, just one without a date.
    """
    if not value:
        return None
    try:
        date = dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
    today = today or dt.date.today()
    if date.year < EARLIEST_YEAR or date > today + FUTURE_SLACK:
        return None
    return date.isoformat()


def _without_headline(text: str, title: str | None) -> str:
    """The body without the headline trafilatura sometimes keeps as its first line: the
    title is stored (and shown) on its own, and the body is what the article says."""
    first, _, rest = text.partition("\n\n")
    if title and rest and _words(first) == _words(title):
        return rest
    return text


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _paragraphs(text: str) -> str:
    """trafilatura puts each block on a line; a blank line between them reads as a paragraph
    break to people and to the sentence splitter alike."""
    lines = (" ".join(_CONTROL.sub(" ", line).split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    """One line of printable text (pages are hostile: no terminal control characters)."""
    value = " ".join(_CONTROL.sub(" ", str(value)).split()) if value else ""
    return value or None


def _date_params(original: bool) -> dict:
    # htmldate refuses dates outside [min_date, max_date]; plausible_date checks again.
    latest = dt.date.today() + FUTURE_SLACK
    return {"original_date": original, "extensive_search": True,
            "min_date": f"{EARLIEST_YEAR}-01-01", "max_date": latest.isoformat()}


@lru_cache(maxsize=1)
def _config():
    """trafilatura's defaults without its signal-based timeout (it only works in the main
    thread, and the workbench ingests in a worker)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config
