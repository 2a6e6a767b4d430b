"""Checkworthiness: a score in [0, 1] that orders claims for triage.

Numbers start higher than quotes and dates because they are the claims most often
wrong; comparisons, totals, records and superlatives raise a claim (they are
where copy goes wrong), as do currencies and percentages; a quote counts more
when its speaker holds office or it carries a figure, and a mention (a title, a
scare quote) or a vague relative date sits at the bottom.
"""

from __future__ import annotations

import functools
import re

from factcheck.extract.lexicon import word_alternation
from factcheck.models import Claim

_COMPARISON_WORDS = frozenset(
    """
    most least biggest largest smallest highest lowest best worst record first only
    doubled tripled halved total overall increase increased increases decrease decreased
    decreases rose fell than fastest slowest oldest youngest longest shortest deadliest
    richest poorest greatest strongest weakest cheapest dearest busiest worst-ever
    all-time unprecedented
    """.split()
)

# a comparison word standing as a whole run of letters and hyphens in the lower-cased text:
# the same test as finding every such run and looking each up, without building the list
_COMPARISON_RUN = re.compile(r"(?<![a-z\-])(?:" + word_alternation(_COMPARISON_WORDS) + r")(?![a-z\-])")
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")  # a bare year


@functools.lru_cache(maxsize=2048)
def _compares(s: str) -> bool:
    """Comparisons, totals, records, superlatives: where figures go wrong."""
    return _COMPARISON_RUN.search(s.lower()) is not None


_OFFICE = re.compile(
    r"\b(?:president|minister|secretary|senator|governor|mayor|chancellor|chief|director|"
    r"spokes\w+|envoy|ambassador|official|commissioner|leader|ceo|chair\w*|judge|general)\b",
    re.I,
)


# What moves a claim up or down the triage order (added to a start score of its kind).
NUMBER_START = 0.55
QUOTE_START, PARTIAL_QUOTE_START = 0.45, 0.35
MENTION_SCORE = 0.05
DATE_UNRESOLVED, DATE_MONTH_OR_YEAR, DATE_DAY, BARE_YEAR = 0.1, 0.3, 0.4, 0.35
RATE_OR_CURRENCY = 0.15  # percentages and currency codes
QUALIFIED = 0.05  # "about", "more than": a rounding someone chose
RANGE = 0.05
NUMBER_COMPARES, QUOTE_COMPARES = 0.15, 0.1
NO_UNIT = -0.1  # a bare number says less
SPEAKER_IN_OFFICE = 0.2
QUOTE_WITH_FIGURE = 0.15
NO_SPEAKER = -0.15


def checkworthiness(claim: Claim) -> float:
    score = 0.0
    sentence = claim.sentence or ""
    if claim.kind == "number":
        score = NUMBER_START
        if claim.unit in ("percent", "percentage points") or (claim.unit or "").isupper():
            score += RATE_OR_CURRENCY
        if claim.qualifier:
            score += QUALIFIED
        if claim.value_max is not None:
            score += RANGE
        if _compares(sentence):
            score += NUMBER_COMPARES
        if claim.unit is None:
            score += NO_UNIT
    elif claim.kind == "quote":
        if claim.mention:
            return MENTION_SCORE
        score = QUOTE_START if not claim.partial else PARTIAL_QUOTE_START
        if claim.speaker_role and _OFFICE.search(claim.speaker_role):
            score += SPEAKER_IN_OFFICE
        if _DIGIT.search(claim.text):
            score += QUOTE_WITH_FIGURE
        if _compares(claim.text):
            score += QUOTE_COMPARES
        if claim.speaker is None:
            score += NO_SPEAKER
    else:
        if claim.date is None:
            score = DATE_UNRESOLVED
        elif len(claim.date) == 10:
            score = DATE_DAY
        else:
            score = DATE_MONTH_OR_YEAR
        if _FOUR_DIGITS.fullmatch(claim.text):
            score = BARE_YEAR
    return round(min(1.0, max(0.0, score)), 3)
