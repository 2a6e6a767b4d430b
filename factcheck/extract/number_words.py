"""Number words and their values: 'twenty-three', 'a dozen', 'two-thirds', 'several thousand',
'fourth'. Values are exact where the text is exact: scales multiply as decimals, so
'16.6 million' is 16600000, not 16600000.000000002."""

from __future__ import annotations

import re
from decimal import Decimal

# patterns the functions below use, compiled once at import
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
_SOME_OF_A_SCALE_WORDS = re.compile(r"(several|a few|a couple of|few) (hundred|thousand|million|billion)")
_A_SCALE = re.compile(r"(?:a|another)\s(\w+)(?:\s(\w+))?")
_TIMES_A_DOZEN = re.compile(r"(.+?)\sdozen")
_COUNT_AND_FRACTION = re.compile(r"(a|one|two|three|four|five|six|seven|eight|nine|ten)[-\s](\w+)")

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1e3, "grand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
    "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 0.125, "eighths": 0.125,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}
# Vague amounts read as a range, low to high: "hundreds of" is 200–900.
VAGUE_RANGES = {
    "dozens": (24, 96), "scores": (40, 200), "hundreds": (200, 900), "thousands": (2000, 9000),
    "tens of thousands": (20_000, 90_000), "hundreds of thousands": (200_000, 900_000),
    "millions": (2e6, 9e6), "billions": (2e9, 9e9), "trillions": (2e12, 9e12),
}
# "several thousand" is 3–9 thousand, "a few hundred" 2–5 hundred, "a couple of million" two.
_SOME_OF_A_SCALE = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 2), "few": (2, 5)}
MULTIPLIER_VALUES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "quadruple": 4.0, "doubled": 2.0, "tripled": 3.0, "trebled": 3.0,
                     "quadrupled": 4.0, "doubling": 2.0, "tripling": 3.0, "quadrupling": 4.0,
                     "doubles": 2.0, "triples": 3.0, "quadruples": 4.0}

_W_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_W_TENS = "|".join(_TENS)
_W_SCALE = "hundred|thousand|million|billion|trillion"
W_BASE = rf"(?:(?:{_W_TENS})(?:[-\s](?:{_W_UNIT}))?|{_W_UNIT})"
# "and" only after a scale word: "two hundred and fifty", never "three and five"
WORD_NUM = rf"{W_BASE}(?:[-\s](?:{_W_SCALE})(?:[-\s](?:and\s)?{W_BASE})?)*"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
FOLD = r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold"
_MULTIPLIER = rf"(?:twice|doubled|tripled|trebled|quadrupled|doubling|tripling|quadrupling|doubles|triples|quadruples|double|triple|quadruple|{FOLD})"
_ORDINAL_WORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_FRACTION_NAMES = r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)"
_SMALL = r"(?:two|three|four|five|six|seven|eight|nine|ten)"

# Number words, matched on a lower-cased copy of the text (much faster than re.I).
WORD_CORE = re.compile(
    rf"""\b(?=[aotfsenhdbmqAOTFSENHDBMQ])(?:
      {_MULTIPLIER}\b
    | (?:a\s)?half[-\s](?:a\s)?dozen                                         # a half-dozen, half a dozen: six
    | (?:a|an|one)\s(?:year|month|week|day|hour|decade|century)\sand\sa\shalf\b  # a year and a half: 1.5
    | {W_BASE}\sdozen\b(?!\s+of\b)                                          # two dozen: 24 (not "dozens of")
    | (?:a|one|{_SMALL})-{_FRACTION_NAMES}\b                              # two-thirds
    | (?:a|one)\s(?:half|third|quarter|fifth|tenth)\b                      # a third
    | {_SMALL}\s(?:halves|thirds|quarters|fifths|tenths)(?=\s+of\b|\s+\w+er\b|\s+more\b|\s+less\b)
    | (?:several|a\sfew|a\scouple\sof)\s(?:hundred|thousand|million|billion)\b(?!\s+(?:and\s)?{W_BASE}\b)
    | (?:a|another)\s(?:hundred|thousand|million|billion|trillion|lakh|crore)(?:\s(?:thousand|million|billion))?\b
    | {WORD_NUM}
    | (?:{_ORDINAL_WORD})\b
    | half|(?:a\s)?dozens?
    | tens\s+of\s+thousands|hundreds\s+of\s+thousands|scores(?=\s+of\b)
    | hundreds|thousands|millions|billions|trillions                       # "Hundreds waited"
    )\b""",
    re.X,
)
WORD_CORE_I = re.compile(WORD_CORE.pattern, re.I | re.X)


def exact(value: float, mult: float) -> float:
    """value × mult without binary noise: 16.6 × 1e6 is 16600000."""
    return float(Decimal(repr(value)) * Decimal(repr(mult)))


def word_number_value(s: str) -> float | None:
    """'twenty-three' → 23, 'two hundred' → 200, 'three million' → 3e6."""
    total = 0.0
    current = 0.0
    seen = False
    for tok in _SPACES_OR_HYPHENS.split(s.lower()):
        if tok == "and" or not tok:
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def vague_range(low: str) -> tuple[float, float] | None:
    """'hundreds' → (200, 900), 'several thousand' → (3000, 9000); None for a definite amount."""
    if low in VAGUE_RANGES:
        return VAGUE_RANGES[low]
    m = _SOME_OF_A_SCALE_WORDS.fullmatch(low)
    if m:
        lo, hi = _SOME_OF_A_SCALE[m.group(1)]
        return lo * SCALES[m.group(2)], hi * SCALES[m.group(2)]
    return None


def parse_value(num: str) -> float | None:
    """The value of a number core: digits, words, fractions, multipliers, ordinals."""
    n = num.strip()
    low = n.lower()
    if n[:1].isdigit():
        try:
            return float(n.replace(",", ""))
        except ValueError:
            return None
    if low == "half":
        return 0.5
    if low.endswith(" and a half") and low.split()[0] in ("a", "an", "one"):
        return 1.5  # "a year and a half"
    am = _A_SCALE.fullmatch(low)
    if am and am.group(1) in SCALES:
        return SCALES[am.group(1)] * (SCALES[am.group(2)] if am.group(2) in SCALES else 1)
    if low in MULTIPLIER_VALUES:
        return MULTIPLIER_VALUES[low]
    if low.endswith("fold"):
        return word_number_value(low[:-4].rstrip("-"))
    if "dozen" in low:
        if "half" in low:
            return 6.0
        times = _TIMES_A_DOZEN.fullmatch(low)
        if times and word_number_value(times.group(1)):
            return word_number_value(times.group(1)) * 12
        if low.startswith("a ") or low == "dozen":
            return 12.0
        return 24.0 if low.endswith("s") else 12.0
    vague = vague_range(low)
    if vague:
        return float(vague[0])
    if low in ORDINALS:
        return float(ORDINALS[low])
    m = _COUNT_AND_FRACTION.fullmatch(low)
    if m and m.group(2) in FRACTIONS:
        k = 1 if m.group(1) in ("a", "one") else _UNITS[m.group(1)]
        return k * FRACTIONS[m.group(2)]
    return word_number_value(low)
