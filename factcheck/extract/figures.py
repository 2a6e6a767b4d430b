"""Figures for the evidence index: every digit-written quantity in a passage, normalised.

The claim extractor (numbers.py) reads a figure's whole noun phrase and qualifiers, which
is right for an article but costs about a quarter of a millisecond a figure; an evidence
library of 50 MB holds hundreds of thousands of figures. This scanner is one regular
expression pass: the value with its thousands separators, decimals and scale word
("1.2 million" = "1,200,000", "£3bn" = 3e9 GBP), and a unit only where the figure itself
says it (a currency, a percent). What a bare figure counts is judged later from the words
around it. Written-out numbers and years are left to the words and dates.
"""

from __future__ import annotations

import re

from factcheck.extract.number_words import SCALES, SHORT_SCALES
from factcheck.extract.units import CURRENCY_WORDS, SIGNS

# a digit run first (a fast scan), then what surrounds it, matched in place
_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$|[0-9]+(?:\.[0-9]+)?$")
_AFTER = re.compile(
    r"""
    (?: [\s-]? (?P<scale> million | billion | trillion | thousand | bn | mn | m | k ) \b )?
    (?: \s? (?P<percent> % | per \s? cent \b | percent \b ) )?
    (?: \s (?P<currency> dollars | euros | pounds | yen | rupees ) \b )?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SIGN_BEFORE = re.compile(r"(?:US\$|A\$|C\$|NZ\$|HK\$|[$£€¥₹₽₦₱])\s?$")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
# the only units a figure carries in the index (any other is read from the words around it)
INDEX_UNITS = frozenset(SIGNS.values()) | frozenset(CURRENCY_WORDS.values()) | {"percent"}


def figures(text: str) -> list[tuple[float, None, str | None, int, int]]:
    """(value, value_max, unit, start, end) of every figure in `text` (years left out)."""
    out = []
    for m in _NUMBER.finditer(text):
        start, number = m.start(), m.group().rstrip(",")
        if start and (text[start - 1].isalnum() or text[start - 1] in "._-/,"):
            continue  # inside a word, an identifier, a version or a date like 2025-09-11
        if not _GROUPED.match(number):
            continue  # "1,25,000" or "3,4": not one clean figure
        end = start + len(number)
        if end < len(text) and (text[end] == "." and text[end + 1:end + 2].isdigit()):
            continue  # "2.1.3"
        after = _AFTER.match(text, end)
        scale, percent, currency = after.group("scale", "percent", "currency")
        sign = None
        if start:
            found = _SIGN_BEFORE.search(text, max(0, start - 4), start)
            sign = found.group().strip() if found else None
            if found:
                start = found.start()
        if not (scale or sign or percent or currency or "," in number) and _YEAR.fullmatch(number):
            continue  # a year: dates are matched by the day they name
        value = float(number.replace(",", ""))
        if scale:
            low = scale.lower()
            value *= SCALES.get(low) or SHORT_SCALES.get(low, 1)
        unit = None
        if percent:
            unit = "percent"
        elif sign:
            unit = SIGNS.get(sign, sign)
        elif currency:
            unit = CURRENCY_WORDS.get(currency.lower())
        out.append((value, None, unit, start, after.end() if after.end() > end else end))
    return out
