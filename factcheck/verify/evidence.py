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

from rapidfuzz import fuzz, process, utils

from factcheck.extract.figures import INDEX_UNITS
from factcheck.models import StoredClaim
from factcheck.store import documents as library
from factcheck.store.documents import StoredPassage
from factcheck.store.facade import Store
from factcheck.verify.crossref import context
from factcheck.verify.figures import accepted, as_fraction, show
from factcheck.verify.match import FOUND_THRESHOLD, align_quote, quote_core

QUOTE_CANDIDATES = 40  # passages a quote's rarest words bring in
QUOTES_ALIGNED = 6  # of those, the closest (rapidfuzz partial ratio) are aligned word by word
CANDIDATE_BUDGET = 2000  # search by rare words that together hold no more passages than this
FIGURE_CANDIDATES = 200  # figure index rows looked at per value and unit
REVIEW_CANDIDATES = 30
FIGURE_CONTEXT = 45.0  # how alike the words around two figures must be (token-set %)
FACTCHECK_MATCH = 70.0  # how close a claimReviewed must be to the claim
FACTCHECK_CLOSE = 85.0  # ... to be a close match (ranked with exact evidence)
DATE_CANDIDATES = 100
EXCERPT_CHARS = 240
_NOUN_AFTER = re.compile(r"\s+[^\W\d_][\w'’-]*")  # "236" → "236 boats" in a reason
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
class Candidate:
    """A passage that bears on a claim, found by id: only the winners' passages are loaded."""

    kind: str  # quote | figure | date | factcheck
    classification: str  # exact|punctuation|minor|altered, same|rounding|conflict, same, close|similar
    score: float
    reason: str
    passage_id: int
    excerpt: str
    changes: list[str] = field(default_factory=list)

    @property
    def rank_key(self) -> tuple:
        return (_TIERS.get((self.kind, self.classification), 4), -self.score, self.passage_id)

    @property
    def strong(self) -> bool:
        """The same quote or the same figure: worth a marker in the claims list."""
        return (self.kind, self.classification) in STRONG


@dataclass(frozen=True)
class Suggestion(Candidate):
    """A candidate with its passage: how it relates to the claim and why it ranks there."""

    passage: StoredPassage = field(kw_only=True)

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
    return suggest_for(store, store.claim(claim_id), limit)


def suggest_for(store: Store, sc: StoredClaim, limit: int = 10) -> list[Suggestion]:
    c = sc.claim
    found: list[Candidate] = []
    if c.kind == "quote":
        found += _quotes(store, sc)
    elif c.kind == "number":
        found += _figures(store, sc)
    elif c.kind == "date":
        found += _dates(store, sc)
    found += _factchecks(store, sc)
    best: dict[int, Candidate] = {}
    for f in sorted(found, key=lambda f: f.rank_key):
        best.setdefault(f.passage_id, f)
    top = list(best.values())[:limit]
    passages = library.passages_by_id(store, [f.passage_id for f in top])
    return [Suggestion(f.kind, f.classification, f.score,
                       _review_reason(passages[f.passage_id], f.score) if f.kind == "factcheck"
                       else f.reason, f.passage_id, f.excerpt, f.changes,
                       passage=passages[f.passage_id])
            for f in top if f.passage_id in passages]


# --- quotes -------------------------------------------------------------------------------


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _candidate_words(store: Store, text: str) -> tuple[list[str], bool]:
    """The rarest words to search by, and whether all must be present: the rarest words
    while together they hold fewer than CANDIDATE_BUDGET passages (any of them will do),
    else the three rarest together (only passages holding all three)."""
    ranked = library.rarest_words(store, _content_words(text), n=6)
    chosen, total = [], 0
    for term, count in ranked:
        if total + count > CANDIDATE_BUDGET:
            break
        chosen.append(term)
        total += count
    if chosen:
        return chosen, False
    return [term for term, _ in ranked[:3]], True


def _quotes(store: Store, sc: StoredClaim) -> list[Candidate]:
    core = quote_core(sc.claim.text)
    words, all_words = _candidate_words(store, core)
    rows = dict(library.search_passages(store, words, all_words=all_words,
                                        limit=QUOTE_CANDIDATES))
    if not rows:
        return []
    # rapidfuzz's partial ratio picks the few passages worth a word-level alignment
    close = process.extract(core.lower(), {pid: text.lower() for pid, text in rows.items()},
                            scorer=fuzz.partial_ratio, score_cutoff=FOUND_THRESHOLD * 0.85,
                            limit=QUOTES_ALIGNED)
    out = []
    for _text, _score, pid in close:
        m = align_quote(sc.claim.text, rows[pid])
        if not m.found:
            continue
        changes = [c.describe() for c in m.changes]
        out.append(Candidate("quote", m.classification, m.score,
                          _quote_reason(m.classification, changes, m.reasons), pid,
                          m.excerpt, changes))
    return out


def _quote_reason(classification: str, changes: list[str], reasons: list[str]) -> str:
    n = len(changes)
    counted = f"{n} word change{'s' if n != 1 else ''}" if n else ""
    if classification == "exact":
        return "quote found verbatim"
    if classification == "punctuation":
        return "quote found: only punctuation or capitalisation differ"
    if classification == "altered" and reasons:
        return "quote altered: " + "; ".join(reasons)
    word = "altered" if classification == "altered" else "trimmed or reworded"
    return f"quote {word}: {counted}" + (f" ({', '.join(changes[:3])})" if changes else "")


# --- figures ------------------------------------------------------------------------------


def _figures(store: Store, sc: StoredClaim) -> list[Candidate]:
    c = sc.claim
    if c.value is None:
        return []
    values = [c.value] + ([c.value_max] if c.value_max not in (None, c.value) else [])
    here = context(c.sentence, c.text)
    unit_words = _content_words(c.unit or "")
    out = []
    for value in values:
        bands = [(value, accepted(value, c.qualifier, c.text), c.unit)]
        fraction = as_fraction(value, c.unit)
        if fraction is not None:  # 4 percent also as 0.04 in a table
            bands.append((fraction, accepted(fraction, c.qualifier, c.text), None))
        for target, band, unit in bands:
            # currencies and percentages are indexed with their unit; what any other
            # figure counts is read from the words around it
            indexed = unit if unit in INDEX_UNITS else None
            rows = library.figures_between(store, band.near_low, band.near_high, indexed,
                                           FIGURE_CANDIDATES)
            for row in rows:
                found = _figure_found(c, here, unit_words, row, target, band)
                if found:
                    out.append(found)
    return out


def _figure_found(c, here: str, unit_words: list[str], row: tuple, target: float,
                  band) -> Candidate | None:
    pid, value, unit, start, end, text = row
    around = _window(text, start, end)
    similarity = fuzz.token_set_ratio(here, around, processor=utils.default_process)
    if unit is None:  # a bare figure: the words around it must say it counts the same
        low = around.lower()
        if not any(w in low for w in unit_words) and similarity < FIGURE_CONTEXT:
            return None
    noun = _NOUN_AFTER.match(text, end)
    stated = text[start:noun.end() if noun else end]
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
    return Candidate("figure", classification, similarity, f"{reason} — “{_short(around)}”",
                  pid, around)


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


def _dates(store: Store, sc: StoredClaim) -> list[Candidate]:
    from factcheck.extract.dates import find_dates

    when = sc.claim.date or ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", when)
    if not m:
        return []  # a year or a month alone would match half the library
    year, month, day = (int(g) for g in m.groups())
    candidates = dict(library.search_passages(
        store, [calendar.month_name[month], str(day)], all_words=True, limit=DATE_CANDIDATES))
    candidates.update(library.search_passages(
        store, [str(year), f"{month:02d}", f"{day:02d}"], all_words=True, limit=DATE_CANDIDATES))
    out = []
    for pid, text in candidates.items():
        for d in find_dates(text, None, lambda s, e: None):
            if d.date == when:
                said = text[d.start:d.end]
                out.append(Candidate("date", "same", 100.0, f"same date: {said} ({when})", pid,
                                  _window(text, d.start, d.end)))
                break
    return out


# --- earlier fact-checks -------------------------------------------------------------------


def _factchecks(store: Store, sc: StoredClaim) -> list[Candidate]:
    c = sc.claim
    said = quote_core(c.text) if c.kind == "quote" else c.sentence or c.text
    words = [term for term, _ in library.rarest_words(store, _content_words(said), n=6)]
    out = []
    for pid, reviewed in library.search_reviews(store, words, limit=REVIEW_CANDIDATES):
        score = _closeness(said, reviewed or "")
        if score < FACTCHECK_MATCH:
            continue
        out.append(Candidate("factcheck", "close" if score >= FACTCHECK_CLOSE else "similar",
                          score, f"earlier fact-check: {score:.0f}% similar", pid,
                          reviewed or ""))
    return out


def _review_reason(p: StoredPassage, score: float) -> str:
    rating = p.rating or "no rating given"
    by = f" by {p.organisation}" if p.organisation else ""
    when = f" ({p.review_date})" if p.review_date else ""
    return f"earlier fact-check{by}{when}: rated “{rating}”, {score:.0f}% similar"


def _closeness(a: str, b: str) -> float:
    """How alike a claim and a reviewed claim are: word overlap, penalised when one is
    much longer than the other (a short review inside a long sentence is not the same)."""
    set_score = fuzz.token_set_ratio(a, b, processor=utils.default_process)
    sort_score = fuzz.token_sort_ratio(a, b, processor=utils.default_process)
    return (2 * set_score + sort_score) / 3
