"""How much reviewers agree: percent agreement and Cohen's kappa per pair and overall.

Computed from each reviewer's own verdict on the claims that two reviewers both decided,
over the three decided statuses. Kappa corrects agreement for chance:
``kappa = (p_o - p_e) / (1 - p_e)`` with ``p_e`` from each reviewer's own proportions.
"Overall" pools the confusion tables of every pair (each pair's shared claims count once
per pair) and computes the same two figures from the pooled table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

CATEGORIES = ("verified", "disputed", "unverifiable")


@dataclass
class Agreement:
    """Agreement between reviewer `a` (rows) and `b` (columns) on `n` shared claims."""

    a: str
    b: str
    table: dict[str, dict[str, int]] = field(
        default_factory=lambda: {r: dict.fromkeys(CATEGORIES, 0) for r in CATEGORIES})

    @property
    def n(self) -> int:
        return sum(sum(row.values()) for row in self.table.values())

    @property
    def percent(self) -> float | None:
        n = self.n
        return 100.0 * sum(self.table[c][c] for c in CATEGORIES) / n if n else None

    @property
    def kappa(self) -> float | None:
        n = self.n
        if not n:
            return None
        p_o = sum(self.table[c][c] for c in CATEGORIES) / n
        rows = {c: sum(self.table[c].values()) / n for c in CATEGORIES}
        cols = {c: sum(self.table[r][c] for r in CATEGORIES) / n for c in CATEGORIES}
        p_e = sum(rows[c] * cols[c] for c in CATEGORIES)
        if p_e >= 1.0:
            return 1.0 if p_o >= 1.0 else None  # one category only: kappa is undefined
        return (p_o - p_e) / (1.0 - p_e)

    def add(self, status_a: str, status_b: str) -> None:
        self.table[status_a][status_b] += 1

    def to_dict(self) -> dict:
        return {"reviewers": [self.a, self.b], "claims": self.n,
                "percent_agreement": None if self.percent is None else round(self.percent, 1),
                "kappa": None if self.kappa is None else round(self.kappa, 3),
                "confusion": self.table}


def agreement(stances: list[tuple[int, str, str]]) -> tuple[list[Agreement], Agreement]:
    """Per pair and overall, from (claim_id, reviewer, status) rows."""
    by_claim: dict[int, dict[str, str]] = defaultdict(dict)
    for claim_id, reviewer, status in stances:
        if status in CATEGORIES:
            by_claim[claim_id][reviewer] = status
    pairs: dict[tuple[str, str], Agreement] = {}
    overall = Agreement("all", "all")
    for verdicts in by_claim.values():
        for a, b in combinations(sorted(verdicts), 2):
            pair = pairs.setdefault((a, b), Agreement(a, b))
            pair.add(verdicts[a], verdicts[b])
            overall.add(verdicts[a], verdicts[b])
    return [pairs[k] for k in sorted(pairs)], overall
