"""ClaimReview feeds → one passage per earlier fact-check.

Fact-checking organisations publish their reviews as schema.org ClaimReview objects in
JSON or JSON-LD: a list of them, one object, an `@graph`, or the `claims` list of the
Fact Check Tools export (text, claimant, claimReview[]). Every value is checked by type
on the way in: a field of the wrong type is left out, never trusted.
"""

from __future__ import annotations

import json
from collections import deque

from factcheck.errors import ArticleError

MAX_FIELD_CHARS = 5000  # a claimReviewed or rating longer than this is junk, cut
MAX_NODES = 1_000_000  # JSON values looked at, at most (a hostile file cannot spin forever)


def read_claimreview(text: str, where: str) -> tuple[str | None, list]:
    """(title, passages): each review a passage with claim, rating, organisation, date, URL."""
    from factcheck.text.passages import Passage

    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ArticleError(f"not valid JSON ({e.msg} at line {e.lineno})", where) from None
    except RecursionError:
        raise ArticleError("JSON nested too deeply to be a ClaimReview feed", where) from None
    reviews = list(_reviews(data))
    if not reviews:
        raise ArticleError("not a ClaimReview file: no schema.org ClaimReview object with a "
                           "claimReviewed text found", where)
    passages = []
    for number, review in enumerate(reviews, start=1):
        claim = review["claim_reviewed"]
        parts = [f"Claim: {claim}"]
        if review["rating"]:
            parts.append(f"Rating: {review['rating']}")
        if review["organisation"]:
            parts.append(f"Checked by {review['organisation']}")
        if review["review_date"]:
            parts.append(f"on {review['review_date']}")
        passages.append(Passage(text=". ".join(parts), row=number, **review))
    return None, passages


def _text(value) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    from factcheck.text.passages import clean

    value = clean(value)
    return value[:MAX_FIELD_CHARS] if value else None


def _name(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _is_review(obj: dict) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return "ClaimReview" in kinds


def _reviews(data):
    """Every ClaimReview (schema.org or Fact Check Tools shape) anywhere in the JSON."""
    stack = deque([data])
    seen = 0
    while stack and seen < MAX_NODES:
        seen += 1
        obj = stack.popleft()
        if isinstance(obj, list):
            stack.extendleft(reversed(obj))
            continue
        if not isinstance(obj, dict):
            continue
        if _is_review(obj):
            review = _schema_review(obj)
            if review:
                yield review
            continue
        if isinstance(obj.get("claims"), list) and any(isinstance(c, dict) and "claimReview" in c
                                                       for c in obj["claims"]):
            for claim in obj["claims"]:
                if isinstance(claim, dict):
                    yield from _tools_reviews(claim)
            continue
        for key in ("@graph", "itemListElement", "item", "mainEntity"):
            if key in obj:
                stack.appendleft(obj[key])


def _schema_review(obj: dict) -> dict | None:
    claim = _text(obj.get("claimReviewed"))
    if not claim:
        return None
    rating = obj.get("reviewRating")
    rating_text = None
    if isinstance(rating, dict):
        rating_text = _text(rating.get("alternateName")) or _text(rating.get("name")) \
            or _text(rating.get("ratingValue"))
    return {"claim_reviewed": claim, "rating": rating_text,
            "organisation": _name(obj.get("author")) or _name(obj.get("publisher")),
            "review_date": _text(obj.get("datePublished")), "url": _url(obj.get("url"))}


def _tools_reviews(claim: dict):
    text = _text(claim.get("text"))
    if not text:
        return
    reviews = claim.get("claimReview")
    for review in reviews if isinstance(reviews, list) else []:
        if not isinstance(review, dict):
            continue
        yield {"claim_reviewed": text, "rating": _text(review.get("textualRating")),
               "organisation": _name(review.get("publisher")),
               "review_date": _text(review.get("reviewDate")), "url": _url(review.get("url"))}


def _url(value) -> str | None:
    """Only http(s) addresses survive: a javascript: link never reaches a report."""
    text = _text(value)
    if text and text.lower().startswith(("http://", "https://")) and " " not in text:
        return text
    return None
