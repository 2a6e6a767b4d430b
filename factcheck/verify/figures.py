"""When two figures are the same: normalised values, the claim's stated rounding, near misses.

Values arrive normalised by the number extractor ("1.2 million" = "1,200,000" = 1.2e6,
"£3bn" = 3e9 GBP, "4 percent" = "4%" = 4 percent). A claim's qualifier widens what
counts as the same figure ("about", "more than", "nearly"), and so does the precision it
was stated with ("1.2 million" covers 1,150,000 to 1,250,000). A figure of the same
thing just outside that range ("54 prisoners" for "52") is a near miss: a conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NEAR_MISS = 0.10  # a figure within 10% of the claim's but not the same is a conflict
ABOUT = 0.10  # "about 50" covers 45 to 55
BOUND = 0.25  # "more than 50" is believable up to 62.5; "less than 50" down to 37.5
STRICT = 1e-6  # "more than 50" excludes 50 itself
_APPROXIMATE = frozenset(("about", "around", "roughly", "approximately", "some", "close to",
                          "an estimated", "estimated"))
_ABOVE = frozenset(("more than", "over", "greater than", "higher than", "just over",
                    "well over", "upwards of", "in excess of", "above", "exceeding"))
_AT_LEAST = frozenset(("at least", "no fewer than", "no less than"))
_BELOW = frozenset(("less than", "fewer than", "under", "lower than", "just under",
                    "well under", "below"))
_AT_MOST = frozenset(("at most", "up to", "as many as", "as much as", "no more than"))
_NEARLY = frozenset(("nearly", "almost"))
_SCALED = re.compile(r"(\d+)\.(\d+)\s*(?:million|billion|trillion|bn|mn|m|k|tn)\b", re.I)


@dataclass(frozen=True)
class Accepted:
    """The values a claimed figure stands for, and the wider band where a miss is a conflict."""

    low: float
    high: float
    near_low: float
    near_high: float
    why: str  # "exactly", "about", "more than", "stated to 0.1 million"

    def holds(self, value: float) -> bool:
        return self.low - _EPS(self.low) <= value <= self.high + _EPS(self.high)

    def near(self, value: float) -> bool:
        return self.near_low <= value <= self.near_high and not self.holds(value)


def _EPS(value: float) -> float:
    return abs(value) * 1e-9 + 1e-12


def accepted(value: float, qualifier: str | None, text: str = "") -> Accepted:
    """What a claim of `value` with `qualifier` (as written in `text`) counts as the same."""
    q = (qualifier or "").lower()
    low = high = value
    why = "exactly"
    step = _stated_step(text, value)
    if step:
        low, high = value - step / 2, value + step / 2
        why = "within the stated rounding"
    if q in _APPROXIMATE:
        low, high, why = min(low, value * (1 - ABOUT)), max(high, value * (1 + ABOUT)), q
    elif q in _ABOVE:
        low, high, why = value * (1 + STRICT), value * (1 + BOUND), q
    elif q in _AT_LEAST:
        low, high, why = value, value * (1 + BOUND), q
    elif q in _BELOW:
        low, high, why = value * (1 - BOUND), value * (1 - STRICT), q
    elif q in _AT_MOST:
        low, high, why = value * (1 - BOUND), value, q
    elif q in _NEARLY:
        low, high, why = value * (1 - ABOUT), value, q
    span = abs(value) * NEAR_MISS
    return Accepted(low, high, min(low, value - span), max(high, value + span), why)


def _stated_step(text: str, value: float) -> float | None:
    """'1.2 million' is stated to a tenth of a million: the step of its last digit."""
    m = _SCALED.search(text or "")
    if not m or not value:
        return None
    whole, frac = m.groups()
    stated = float(f"{whole}.{frac}")
    return value / stated * 10 ** -len(frac) if stated else None


def as_fraction(value: float, unit: str | None) -> float | None:
    """A percentage as the plain fraction a table may hold (4 percent → 0.04)."""
    return value / 100 if unit == "percent" else None


def show(value: float) -> str:
    """1300.0 → '1,300'; 0.04 → '0.04'."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"
