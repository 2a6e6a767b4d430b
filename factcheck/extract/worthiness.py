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
_WORD = re.compile(r"[a-z\-]+")


@functools.lru_cache(maxsize=2048)
def _compares(s: str) -> bool:
    """Comparisons, totals, records, superlatives: where figures go wrong."""
    return not _COMPARISON_WORDS.isdisjoint(_WORD.findall(s.lower()))


_OFFICE = re.compile(
    r"\b(?:president|minister|secretary|senator|governor|mayor|chancellor|chief|director|"
    r"spokes\w+|envoy|ambassador|official|commissioner|leader|ceo|chair\w*|judge|general)\b",
    re.I,
)


def checkworthiness(claim: Claim) -> float:
    score = 0.0
    sentence = claim.sentence or ""
    if claim.kind == "number":
        score = 0.55
        if claim.unit in ("percent", "percentage points") or (claim.unit or "").isupper():
            score += 0.15
        if claim.qualifier:
            score += 0.05
        if claim.value_max is not None:
            score += 0.05
        if _compares(sentence):
            score += 0.15
        if claim.unit is None:
            score -= 0.1
    elif claim.kind == "quote":
        if claim.mention:
            return 0.05
        score = 0.45 if not claim.partial else 0.35
        if claim.speaker_role and _OFFICE.search(claim.speaker_role):
            score += 0.2
        if re.search(r"\d", claim.text):
            score += 0.15
        if _compares(claim.text):
            score += 0.1
        if claim.speaker is None:
            score -= 0.15
    else:
        if claim.date is None:
            score = 0.1
        elif len(claim.date) == 10:
            score = 0.4
        else:
            score = 0.3
        if re.fullmatch(r"\d{4}", claim.text):
            score = 0.35
    return round(min(1.0, max(0.0, score)), 3)
