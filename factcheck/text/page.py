"""HTML page → article body text and page metadata, with trafilatura.

trafilatura (with htmldate for dates) is the best-measured open-source main-text extractor;
writing our own kept a third of page furniture (teasers, menus, footers) as claims. This
module only chooses its options (measured with benchmarks/html.py), turns its output into
blank-line-separated paragraphs and refuses dates no article can have.

trafilatura and lxml load slowly, so they are imported inside the functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

# Options chosen by measuring benchmarks/html.py (see its note): comments are not the
# article; tables and list items often are.
EXTRACT_OPTIONS = {"include_comments": False, "include_tables": True, "favor_precision": False,
                   "favor_recall": False, "deduplicate": False}
EARLIEST_YEAR = 1900  # an earlier publication date is a placeholder (0001-01-01)
FUTURE_SLACK = dt.timedelta(days=1)  # time zones: "tomorrow" somewhere is today here
MIN_ARTICLE_WORDS = 25  # fewer: a paywall notice, a cookie wall or an index page


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

    document = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, config=_config(),
        date_extraction_params=_date_params(original=True), **EXTRACT_OPTIONS)
    if document is None:
        return HtmlArticle(text="")
    published = plausible_date(document.date)
    return HtmlArticle(
        text=_paragraphs(document.text or ""),
        title=_clean(document.title),
        byline=_clean(document.author),
        site_name=_clean(document.sitename),
        canonical_url=_clean(document.url),
        published=published,
        modified=_modified_date(markup, published),
    )


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


def _modified_date(markup: str, published: str | None) -> str | None:
    """The page's last-modified date, when it gives one later than the publication."""
    from htmldate import find_date

    try:
        found = find_date(markup, **_date_params(original=False))
    except Exception:  # htmldate on hostile markup: a missing date is not worth a failure
        return None
    modified = plausible_date(found)
    return modified if modified and published and modified > published else None


def _paragraphs(text: str) -> str:
    """trafilatura puts each block on a line; a blank line between them reads as a paragraph
    break to people and to the sentence splitter alike."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    value = " ".join(str(value).split()) if value else ""
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
