"""Qualifiers a figure carries ('more than 40', 'about 1,300', 'between 10 and 12'): the
words that hedge or bound it, read right before the number."""

from __future__ import annotations

__all__ = ["QUALIFIERS", "qualifier_before"]

QUALIFIERS = [
    "more than", "less than", "fewer than", "greater than", "higher than", "lower than",
    "at least", "at most", "up to", "as many as", "as much as", "as few as", "as little as",
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over",
    "under", "just over", "just under", "close to", "upwards of", "an estimated",
    "estimated", "only", "just", "barely", "well over", "well under", "in excess of",
    "a record", "a total of", "between", "from", "no more than", "no fewer than",
    "no less than", "below", "above", "exceeding",
]
_QUALIFIER_SET = frozenset(QUALIFIERS)


def qualifier_before(text: str, s: int) -> str | None:
    """The longest qualifier ('more than', 'about') that ends right before offset `s`."""
    if not s or text[s - 1] != " ":
        return None
    before = text[max(0, s - 25):s].lower().split()
    for n in (3, 2, 1):
        if len(before) >= n:
            phrase = " ".join(before[-n:])
            if phrase in _QUALIFIER_SET:
                return phrase
    return None
