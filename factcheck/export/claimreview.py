"""schema.org ClaimReview JSON-LD: one ClaimReview per decided claim, for fact-check desks
that publish their verdicts to search engines.

`url` is the page the report is published at (`--site-url`) plus the claim's stable anchor
(the same id the HTML report gives the claim's entry), so the markup points at the entry.
Rating scale (also in the README): verified → 5 "Accurate", unverifiable → 3
"Unverifiable", disputed → 1 "Inaccurate"; bestRating 5, worstRating 1.
"""

from __future__ import annotations

import json
import re
from typing import TextIO
from urllib.parse import urlsplit, urlunsplit

from factcheck.errors import InvalidInputError
from factcheck.export.common import DECIDED, ClaimRecord, Selection, anchor, articles, \
    is_web_url, records
from factcheck.models import Article
from factcheck.render import one_line
from factcheck.store.facade import Store

RATINGS = {"verified": (5, "Accurate"), "unverifiable": (3, "Unverifiable"),
           "disputed": (1, "Inaccurate")}
BEST, WORST = 5, 1
SUMMARY_LIMIT = 75  # Google shows claimReviewed unwrapped on phones up to about this

# A speaker is an organisation when its name has one of these words or is an acronym
# (NATO, BBC); otherwise a person. Roles are not used: "spokesperson for the Ministry"
# is a person.
ORG_WORDS = frozenset("""
    agency alliance army assembly association authority bank board broadcaster bureau
    cabinet campaign centre center charity club coalition commission committee company
    congress corp corporation council court department embassy federation foundation fund
    government group inc institute kremlin league llc ltd media ministry movement navy
    network news newspaper office organisation organization parliament party pentagon plc
    police press secretariat section senate service services society station team times
    tribunal trust union university
    """.split())
_WORD = re.compile(r"[A-Za-z]+")
_QUOTES = "\"'“”‘’«»„"


def prepare(options: dict) -> dict:
    """--site-url is required; the author organisation defaults to the site's host."""
    site = (options.get("site_url") or "").strip()
    if not site:
        raise InvalidInputError("--format claimreview needs --site-url URL (the page the "
                                "report is published at; each review links to an anchor in it)")
    if not is_web_url(site):
        raise InvalidInputError(f"--site-url: not a web address: {site!r}")
    org_url = (options.get("org_url") or "").strip()
    if org_url and not is_web_url(org_url):
        raise InvalidInputError(f"--org-url: not a web address: {org_url!r}")
    parts = urlsplit(site)
    org_name = one_line(options.get("org_name")) or parts.hostname
    return {"site_url": urlunsplit(parts._replace(fragment="")),
            "org_name": org_name,
            "org_url": org_url or urlunsplit((parts.scheme, parts.netloc, "/", "", ""))}


def write(store: Store, out: TextIO, selection: Selection, options: dict) -> int:
    statuses = [s for s in DECIDED if selection.wants(s)]
    author = {"@type": "Organization", "name": options["org_name"], "url": options["org_url"]}
    out.write("[")
    n = 0
    for report in articles(store, selection, with_text=False):
        if not statuses:
            break
        for r in records(store, report.article.id, statuses):
            item = review(report.article, r, options["site_url"], author)
            out.write((",\n" if n else "\n") + dumps(item))
            n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def dumps(item: dict) -> str:
    """JSON that is safe inside <script type="application/ld+json">, where it is meant to
    go: no "<", ">" or "&" that could close the script element (\\u escapes instead).
    One review per line: json's C encoder does not indent, and is 3x faster."""
    text = json.dumps(item, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def review(article: Article, r: ClaimRecord, site_url: str, author: dict) -> dict:
    value, name = RATINGS[r.verdict.status]
    claim = {"@type": "Claim"}
    speaker = speaker_entity(r.claim.speaker, r.claim.speaker_kind) if r.claim.kind == "quote" else None
    if speaker is None and is_web_url(article.url):  # said by the publication itself
        speaker = {"@type": "Organization", "name": urlsplit(article.url).hostname}
    if speaker:
        claim["author"] = speaker
    if article.published:
        claim["datePublished"] = article.published
    appearance = {"@type": "CreativeWork"}
    if is_web_url(article.canonical_url) or is_web_url(article.url):
        appearance["url"] = (article.canonical_url if is_web_url(article.canonical_url)
                             else article.url)
    if article.title:
        appearance["headline"] = article.title
    if article.published:
        appearance["datePublished"] = article.published
    if article.modified:
        appearance["dateModified"] = article.modified
    if article.byline:  # trafilatura joins several authors with "; "
        people = [{"@type": "Person", "name": name.strip()}
                  for name in article.byline.split(";") if name.strip()]
        appearance["author"] = people[0] if len(people) == 1 else people
    if article.site_name:
        appearance["publisher"] = {"@type": "Organization", "name": article.site_name}
    claim["appearance"] = appearance
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{site_url}#{anchor(article, r.stored)}",
        "claimReviewed": claim_reviewed(r),
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": BEST,
                         "worstRating": WORST, "alternateName": name},
        "author": author,
        "datePublished": r.verdict.updated_at[:10],
        "itemReviewed": claim,
    }


def claim_reviewed(r: ClaimRecord) -> str:
    """The claim in under ~75 characters: a quote itself, a number or date in its sentence."""
    c = r.claim
    if c.kind == "quote":
        return shorten(c.text.strip().strip(_QUOTES).strip(" ,.") or c.text)
    return shorten(c.sentence or c.text, focus=c.text)


def shorten(text: str, focus: str | None = None, limit: int = SUMMARY_LIMIT) -> str:
    """Cut at word boundaries to at most `limit` characters with "…", keeping `focus` in."""
    flat = one_line(text)
    if len(flat) <= limit:
        return flat
    lo = 0
    at = flat.find(focus) if focus else -1
    if at > 0 and at + len(focus) > limit - 1:
        lo = max(0, min(at - (limit - len(focus)) // 3, len(flat) - limit + 1))
        space = flat.find(" ", lo)
        lo = space + 1 if 0 <= space < at else lo
    lead = "…" if lo else ""
    room = limit - len(lead)
    piece = flat[lo:]
    if len(piece) > room:
        piece = piece[:room - 1]
        space = piece.rfind(" ")
        if space > room // 2:
            piece = piece[:space]
        piece = piece.rstrip(" ,;:–-") + "…"
    return lead + piece


def speaker_entity(name: str | None, kind: str | None = None) -> dict | None:
    """schema.org Person or Organization for a quote's speaker (None when unknown): as
    extraction saw it ("rights group Vyasna" is an organisation), else by its words."""
    name = one_line(name)
    if not name:
        return None
    if kind in ("person", "organization"):
        return {"@type": "Person" if kind == "person" else "Organization", "name": name}
    words = _WORD.findall(name)
    acronym = len(name) >= 2 and name.replace(".", "").replace(" ", "").isupper()
    org = acronym or any(w.lower() in ORG_WORDS for w in words)
    return {"@type": "Organization" if org else "Person", "name": name}
