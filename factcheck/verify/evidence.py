"""Suggest evidence for a claim: the passages of the library that confirm or contradict it.

Candidates come from indexes, then a scorer decides, so one claim's suggestions stay
fast over tens of thousands of documents:

- a quote: passages holding the quote's rarest words (FTS5), aligned with
  `verify.match.align_quote` and classified exact / punctuation / minor / altered;
- a number: passages stating a figure in the value range the claim stands for (the
  figure index), compared by the words around it; a near miss is a conflict;
- a date: passages naming the date's month and day (or its ISO form), whose dates
  resolve to the same day;
- any claim: earlier fact-checks whose claimReviewed is close to the claim (rapidfuzz).

Nothing is decided here: a person reads the suggestions and attaches one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, utils

from factcheck.models import StoredClaim
from factcheck.store import documents as library
from factcheck.store.documents import StoredPassage
from factcheck.store.facade import Store
from factcheck.verify.crossref import context
from factcheck.verify.figures import accepted, as_fraction, show
from factcheck.verify.match import align_quote, quote_core

QUOTE_CANDIDATES = 40  # passages aligned per quote
FIGURE_CANDIDATES = 400  # figure index rows looked at per value
FIGURE_CONTEXT = 45.0  # how alike the words around two figures must be (token-set %)
FACTCHECK_MATCH = 70.0  # how close a claimReviewed must be to the claim
DATE_CANDIDATES = 100
EXCERPT_CHARS = 240
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset("the and for that with this from have has had was were are but not they "
                  "their them his her its our who said says will would been into than then "
                  "also about after over more most some such which what when where".split())
# lower tier ranks first: a verbatim quote or the same figure before a near miss
_TIERS = {("quote", "exact"): 0, ("figure", "same"): 0, ("quote", "punctuation"): 1,
          ("figure", "rounding"): 1, ("date", "same"): 1, ("factcheck", "close"): 1,
          ("quote", "minor"): 2, ("quote", "altered"): 2, ("figure", "conflict"): 2,
          ("factcheck", "similar"): 3}
STRONG = {("quote", "exact"), ("quote", "punctuation"), ("figure", "same"),
          ("figure", "rounding")}


@dataclass(frozen=True)
class Suggestion:
    """A passage that bears on a claim, how it relates, and why it ranks where it does."""

    kind: str  # quote | figure | date | factcheck
    classification: str  # exact|punctuation|minor|altered, same|rounding|conflict, same, close|similar
    score: float
    reason: str
    passage: StoredPassage
    excerpt: str
    changes: list[str] = field(default_factory=list)

    @property
    def strong(self) -> bool:
        """The same quote or the same figure: worth a marker in the claims list."""
        return (self.kind, self.classification) in STRONG

    @property
    def rank_key(self) -> tuple:
        return (_TIERS.get((self.kind, self.classification), 4), -self.score, self.passage.id)

    def citation(self) -> str:
        p = self.passage
        where = p.where()
        title = p.document_title or p.document_path
        return f"{title}" + (f", {where}" if where else "")

    def to_dict(self) -> dict:
        p = self.passage
        return {"kind": self.kind, "classification": self.classification,
                "score": round(self.score, 1), "reason": self.reason, "excerpt": self.excerpt,
                "changes": self.changes, "passage_id": p.id, "document_id": p.document_id,
                "document_title": p.document_title, "document_path": p.document_path,
                "where": p.where(), "page": p.page, "paragraph": p.paragraph, "row": p.row,
                "rating": p.rating, "organisation": p.organisation, "url": p.url}


def suggest(store: Store, claim_id: int, limit: int = 10) -> list[Suggestion]:
    """The best `limit` suggestions for a claim, best first (one per passage)."""
    sc = store.claim(claim_id)
    return suggest_for(store, sc, limit)


def suggest_for(store: Store, sc: StoredClaim, limit: int = 10) -> list[Suggestion]:
    c = sc.claim
    found: list[Suggestion] = []
    if c.kind == "quote":
        found += _quotes(store, sc)
    elif c.kind == "number":
        found += _figures(store, sc)
    elif c.kind == "date":
        found += _dates(store, sc)
    found += _factchecks(store, sc)
    best: dict[int, Suggestion] = {}
    for s in sorted(found, key=lambda s: s.rank_key):
        best.setdefault(s.passage.id, s)
    return list(best.values())[:limit]


# --- quotes -------------------------------------------------------------------------------


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _quotes(store: Store, sc: StoredClaim) -> list[Suggestion]:
    core = quote_core(sc.claim.text)
    words = library.rarest_words(store, _content_words(core), n=4)
    out = []
    for p in library.search_passages(store, words, limit=QUOTE_CANDIDATES):
        if p.claim_reviewed is not None:
            continue  # earlier fact-checks are compared as fact-checks, below
        m = align_quote(sc.claim.text, p.text)
        if not m.found:
            continue
        changes = [c.describe() for c in m.changes]
        out.append(Suggestion("quote", m.classification, m.score,
                              _quote_reason(m.classification, changes, m.reasons), p,
                              m.excerpt, changes))
    return out


def _quote_reason(classification: str, changes: list[str], reasons: list[str]) -> str:
    n = len(changes)
    counted = f"{n} word change{'s' if n != 1 else ''}" if n else ""
    if classification == "exact":
        return "quote found verbatim"
    if classification == "punctuation":
        return "quote found: only punctuation or capitalisation differ"
    detail = "; ".join(reasons) if classification == "altered" and reasons else counted
    word = "altered" if classification == "altered" else "trimmed or reworded"
    return f"quote {word}: {detail}" + (f" ({', '.join(changes[:3])})" if changes else "")


# --- figures ------------------------------------------------------------------------------


def _figures(store: Store, sc: StoredClaim) -> list[Suggestion]:
    c = sc.claim
    if c.value is None:
        return []
    values = [c.value] + ([c.value_max] if c.value_max not in (None, c.value) else [])
    here = context(c.sentence, c.text)
    unit_words = set(_content_words(c.unit or ""))
    out = []
    for value in values:
        want = accepted(value, c.qualifier, c.text)
        fraction = as_fraction(value, c.unit)
        bands = [(want.near_low, want.near_high, value, want, c.unit)]
        if fraction is not None:  # 4 percent also as 0.04 in a table
            frac = accepted(fraction, c.qualifier, c.text)
            bands.append((frac.near_low, frac.near_high, fraction, frac, None))
        for low, high, target, band, unit in bands:
            rows = library.figures_between(store, low, high, limit=FIGURE_CANDIDATES)
            passages = library.passages_by_id(store, {r["passage_id"] for r in rows})
            for row in rows:
                p = passages.get(row["passage_id"])
                if p is None or p.claim_reviewed is not None:
                    continue
                s = _figure_suggestion(c, here, unit_words, row, p, target, band, unit)
                if s:
                    out.append(s)
    return out


def _figure_suggestion(c, here: str, unit_words: set[str], row: dict, p: StoredPassage,
                       target: float, band, unit: str | None) -> Suggestion | None:
    stated = p.text[row["start"]:row["end"]]
    around = _window(p.text, row["start"], row["end"])
    same_unit = unit is not None and row["unit"] == unit
    names_unit = bool(unit_words & set(_content_words(p.text)))
    if unit is not None and not (same_unit or names_unit):
        return None  # another kind of thing: "52 kilometres" is no evidence for 52 prisoners
    similarity = fuzz.token_set_ratio(here, around, processor=utils.default_process)
    if unit is None and similarity < FIGURE_CONTEXT:
        return None  # a bare number: only the words around it say it is the same thing
    value = row["value"]
    claimed = show(target) + (f" {c.unit}" if c.unit else "")
    if abs(value - target) <= abs(target) * 1e-9:
        classification, reason = "same", f"same figure: {stated} ({claimed})"
    elif band.holds(value):
        classification, reason = "rounding", (f"same figure {band.why}: {stated} for "
                                              f"{c.qualifier + ' ' if c.qualifier else ''}{claimed}")
    elif band.near(value):
        if similarity < FIGURE_CONTEXT:
            return None  # a near miss counts only for the same counted thing, said alike
        classification, reason = "conflict", f"conflicting figure: {stated} where the claim says {claimed}"
    else:
        return None
    return Suggestion("figure", classification, similarity, f"{reason} — “{_short(around)}”",
                      p, around)


def _window(text: str, start: int, end: int, width: int = EXCERPT_CHARS // 2) -> str:
    """The words around a figure in its passage (the whole passage when short)."""
    if len(text) <= EXCERPT_CHARS:
        return text
    a, b = max(0, start - width), min(len(text), end + width)
    if a > 0:  # start and end on whole words
        a = text.find(" ", a, start) + 1 or a
    if b < len(text):
        cut = text.rfind(" ", end, b)
        b = cut if cut > 0 else b
    return ("…" if a > 0 else "") + text[a:b].strip() + ("…" if b < len(text) else "")


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


# --- dates --------------------------------------------------------------------------------


def _dates(store: Store, sc: StoredClaim) -> list[Suggestion]:
    from factcheck.extract.dates import find_dates

    when = sc.claim.date or ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", when)
    if not m:
        return []  # a year or a month alone would match half the library
    year, month, day = (int(g) for g in m.groups())
    candidates = {p.id: p for p in library.search_passages(
        store, [calendar.month_name[month], str(day)], all_words=True, limit=DATE_CANDIDATES)}
    for p in library.search_passages(store, [str(year), f"{month:02d}", f"{day:02d}"],
                                     all_words=True, limit=DATE_CANDIDATES):
        candidates.setdefault(p.id, p)
    out = []
    for p in candidates.values():
        for d in find_dates(p.text, None, lambda s, e: None):
            if d.date == when:
                said = p.text[d.start:d.end]
                out.append(Suggestion("date", "same", 100.0, f"same date: {said} ({when})",
                                      p, _window(p.text, d.start, d.end)))
                break
    return out


# --- earlier fact-checks -------------------------------------------------------------------


def _factchecks(store: Store, sc: StoredClaim) -> list[Suggestion]:
    c = sc.claim
    said = quote_core(c.text) if c.kind == "quote" else c.sentence or c.text
    words = library.rarest_words(store, _content_words(said), n=6)
    out = []
    for p in library.search_passages(store, words, reviews_only=True, limit=QUOTE_CANDIDATES):
        score = _closeness(said, p.claim_reviewed or "")
        if score < FACTCHECK_MATCH:
            continue
        rating = p.rating or "no rating given"
        by = f" by {p.organisation}" if p.organisation else ""
        when = f" ({p.review_date})" if p.review_date else ""
        out.append(Suggestion("factcheck", "close" if score >= 85 else "similar", score,
                              f"earlier fact-check{by}{when}: rated “{rating}”, "
                              f"{score:.0f}% similar", p, p.claim_reviewed or p.text))
    return out


def _closeness(a: str, b: str) -> float:
    """How alike a claim and a reviewed claim are: word overlap, penalised when one is
    much longer than the other (a short review inside a long sentence is not the same)."""
    set_score = fuzz.token_set_ratio(a, b, processor=utils.default_process)
    sort_score = fuzz.token_sort_ratio(a, b, processor=utils.default_process)
    return (2 * set_score + sort_score) / 3
