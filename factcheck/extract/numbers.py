"""Numeric claims: digits and number words with their values, ranges, units and qualifiers.

One pass of a precompiled pattern finds number cores ("1,300", "4.2", "twenty-three",
"a dozen", "two-thirds", "fourth"); a core that is not a quantity (a clock time, a code,
list numbering) is dropped, and the others are widened in named steps: a fraction or ratio,
a scale word, an alternative or range end, the currency, percent, compound unit, age or
counted noun after it, and a qualifier before it (those steps: number_widening.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.extract.markup import markup_spans
from factcheck.extract.number_filters import (
    is_name_word, not_a_digit_quantity, not_a_word_quantity, numbered_rank_start, ordinal_span,
)
from factcheck.extract.number_qualifiers import QUALIFIERS
from factcheck.extract.number_widening import YEAR_DIGITS, Widening, stands_alone, widen_steps
from factcheck.extract.number_words import (
    ORDINALS, WORD_CORE, WORD_CORE_I, parse_value, word_number_value,
)
from factcheck.extract.prefilter import word_matches, word_prefilter
from factcheck.extract.units import CURRENCY_SIGN

__all__ = ["NumberMatch", "find_numbers", "parse_value", "word_number_value", "QUALIFIERS"]

# [0-9], not \d, and no alternation: a fast prefix scan; the grouping is checked in Python
_DIGIT_CORE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_GROUPED = re.compile(r"[0-9]+(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}")  # 1,300 / 1,25,000
_SIGN_CHARS = "$£€¥₹₽₦₱"
_JOINED_BEFORE = "._-/,:"  # "3.4", "A-7", "1/2", "7:14": part of a longer token
_SIGN_BEFORE = re.compile(rf"{CURRENCY_SIGN}\s?$")
# a bare letter before digits is money only with a scale or thousands separators
_LETTER_MONEY = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?\b|[0-9]+(?:\.[0-9]+)?\s?(?:million|billion|trillion|bn|m)\b")
# "2. Never sign": the item on the same line; a figure alone in its paragraph ("60.") is a claim
_LIST_NUMBER_AFTER = re.compile(r"[.)][ \t]+[A-Z]")
_ALONE_IN_PARAGRAPH = re.compile(r"[.)]?[ \t]*\n")
_EXPLAINED_AFTER = re.compile(r"[.)]?[ \t]*\n\s*(?:The|That|This|A|An)\s")
_CODE_DIGITS = 5  # an ungrouped run this long with nothing counted is a code or id ("text 82623")
_MINUS_BEFORE = re.compile(r"(?<!or )(?<!or-)\bminus\s$", re.I)  # not "plus or minus 3 points", a margin
# "up from 180,000", "compared with 900": the figure a bare number is compared with lends its unit
_COMPARED_BEFORE = re.compile(r"\b(?:up\s+from|down\s+from|from|compared\s+(?:with|to)|versus|vs\.?|against)\s+$", re.I)
_COMPARED_REACH = 160  # how far back, in characters, the figure compared with may stand
# "the two", "of the three": a number word standing for people already named is no claim
_THE_BEFORE = re.compile(r"\bthe\s$", re.I)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_NOT_BEFORE = re.compile(r"\b[Nn]ot\s$")
_PLURAL_TIME = {"century": "centuries"}
_DECADE = re.compile(r"s\b(?!['’])")
_DECADE_PART = re.compile(r"\b(low|mid|high|upper|lower)[-\s]$", re.I)
_DECADE_PARTS = {"low": (0, 3), "lower": (0, 3), "mid": (4, 6), "high": (7, 9), "upper": (7, 9)}
# number words are rare: the word pattern runs only after the letters one can begin with
_WORD_CORE_START = word_prefilter(WORD_CORE)
_WORD_CORE_I_START = word_prefilter(WORD_CORE_I)


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str | None
    is_year_like: bool = False


def find_numbers(text: str, taken: list[tuple[int, int]], low: str | None = None) -> list[NumberMatch]:
    """Numeric claims in `text`, skipping spans already `taken` (dates, years).

    `low` is `text.lower()` when the caller has it (it must keep offsets)."""
    if low is None:
        low = text.lower()
        low = low if len(low) == len(text) else text
    out: list[NumberMatch] = []
    taken_sorted = sorted(taken + markup_spans(text))  # embed ids are not claims
    ti = 0
    last_end = -1
    for s, e, sign, is_digit in _cores(text, low):
        if s < last_end:
            continue
        while ti < len(taken_sorted) and taken_sorted[ti][1] <= s:
            ti += 1
        if ti < len(taken_sorted) and taken_sorted[ti][0] < e:
            continue
        nm = _widen(text, s, e, sign, is_digit)
        if nm is None:
            continue
        if ti < len(taken_sorted) and taken_sorted[ti][0] < nm.end:
            continue  # a range end or noun that runs into a date
        if nm.unit is None and out and out[-1].unit and nm.start - out[-1].end < _COMPARED_REACH \
                and _COMPARED_BEFORE.search(text, max(0, nm.start - 20), nm.start):
            nm = replace(nm, unit=out[-1].unit)
        out.append(nm)
        last_end = nm.end
    return out


def _cores(text: str, low: str) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, currency sign, is_digit) of every number core, by position."""
    cores = []
    for m in _DIGIT_CORE.finditer(text):
        s, end = m.start(), m.end()
        if "," in m.group():
            end = s + _valid_grouping(m.group())
        prev = text[s - 1] if s else " "
        sign = None
        if prev in _SIGN_CHARS or (prev == " " and s >= 2 and text[s - 2] in _SIGN_CHARS + ".s"):
            sm = _SIGN_BEFORE.search(text, max(0, s - 5), s)
            if sm and (sm.start() == 0 or not text[sm.start() - 1].isalnum()):
                sign = sm.group().strip()
                s = sm.start()
            elif prev.isalnum() or prev in _JOINED_BEFORE:
                continue
        elif prev in "NP" and (s < 2 or not text[s - 2].isalnum()) and _LETTER_MONEY.match(text, s):
            sign, s = prev, s - 1  # N2.5 billion (naira), P26.9 million (pesos)
        elif prev == "R" and (s < 2 or not text[s - 2].isalnum()):
            sign, s = "R", s - 1  # R350 (rand)
        elif prev == "-" and (text.endswith("+/-", 0, s) or text.endswith("%-", 0, s) or text.endswith("mid-", 0, s)):
            pass  # "a margin of error of +/-3 points", "backed it 61%-30%", "the mid-20s"
        elif prev.isalnum() or prev in _JOINED_BEFORE or prev == "(" and text[s - 2:s - 1] == ")":
            continue  # "(c)(3)": a code's part
        elif prev == "\n" or s == 0:
            if _LIST_NUMBER_AFTER.match(text, end):
                continue  # "2. Never sign a blank form": list numbering, not a claim
            if _ALONE_IN_PARAGRAPH.match(text, end) and not _EXPLAINED_AFTER.match(text, end):
                continue  # "1.\n\nof.\n\n23.": a slide counter; "60.\n\nThe number of …" is a figure
        cores.append((s, end, sign, True))
    words = word_matches(WORD_CORE, _WORD_CORE_START, low) if low is not text else \
        word_matches(WORD_CORE_I, _WORD_CORE_I_START, low)
    for s, e in words:
        if s and text[s - 1] in "-/.":
            continue
        cores.append((s, e, None, False))
    cores.sort()
    return cores


def _valid_grouping(digits: str) -> int:
    """How much of '1,300,' or '3,4' is one number: the longest well-grouped prefix."""
    whole, dot, frac = digits.partition(".")
    g = _GROUPED.match(whole)
    if g and (g.end() == len(whole)):
        return len(digits)
    if g:
        return g.end()
    return whole.index(",")  # "3,4": the number before the comma


def _widen(text: str, s: int, e: int, sign: str | None, is_digit: bool) -> NumberMatch | None:
    num = text[s + len(sign):e].strip() if sign else text[s:e]
    head = text[max(0, s - 40):s]
    tail = text[e:e + 60]
    if is_digit and _ORDINAL_AFTER.match(tail) or num.lower() in ORDINALS:
        return _ordinal(text, s, e, num)
    decade = _DECADE.match(text, e) if is_digit and len(num) == 2 and num.endswith("0") and num != "00" else None
    if decade:  # "the mid-20s", "the low 50s", "in the 30s": a range of figures
        part = _DECADE_PART.search(head)
        lo, hi = _DECADE_PARTS[part.group(1).lower()] if part else (0, 9)
        return NumberMatch(s - len(part.group()) if part else s, decade.end(), float(num) + lo, float(num) + hi,
                           None, None)
    if is_digit and head.endswith((".", ". ")) and num.isdigit():
        rank_start = numbered_rank_start(text, s, e)
        if rank_start is not None:  # "was No. 12 on the list"
            return NumberMatch(rank_start, e, float(num), None, "place", "ordinal")
    not_one = _NOT_BEFORE.search(head) if not is_digit and num.lower() == "one" else None
    if not_one and not tail.startswith(" of "):  # "not one councillor spoke": none ("not one of the": no claim)
        w = Widening(s, e, num, 1.0, False, None)
        widen_steps(text, w, head)
        return NumberMatch(s - len(not_one.group()), w.end, 0.0, None, w.unit, None)
    if (not_a_digit_quantity(num, head, tail, sign) if is_digit else not_a_word_quantity(num.lower(), head, tail)):
        ordinal = num.split()[-1].lower()
        if not is_digit and num.lower().startswith("a ") and ordinal in ORDINALS:
            return _ordinal(text, e - len(ordinal), e, num[-len(ordinal):])  # "a fifth term": a rank
        return None
    if not is_digit and is_name_word(text, s, head):
        return None  # "the Circle of Nine", "the Top Six": part of a name
    value = parse_value(num)
    if value is None:
        return None
    w = Widening(s, e, num, value, is_digit, sign)
    widen_steps(text, w, head)
    if not is_digit and num.lower().endswith(" and a half"):
        w.unit = _PLURAL_TIME.get(num.split()[1].lower(), num.split()[1].lower() + "s")  # "a year and a half"
    if w.unit is None and not is_digit and w.value < 2 and w.qualifier is None:
        return None
    minus = text.endswith(("minus ", "Minus "), 0, w.start) and _MINUS_BEFORE.search(text, max(0, w.start - 8), w.start)
    if minus:  # "a net rating of minus 41"
        w.value, w.value_max = -(w.value_max or w.value), -w.value if w.value_max is not None else None
        w.start = minus.start()
    if w.unit is None and not is_digit and w.qualifier is None and w.start == s and _THE_BEFORE.search(head) \
            and stands_alone(text, w.end):
        return None  # "the more inclusive of the two", "the two have emerged"
    if is_digit and w.unit is None and not sign and len(num) >= _CODE_DIGITS and num.isdigit():
        return None  # "text WORK to 82623", an embed's id: a code, not a count
    # a bare digit with nothing to count and no sign is rarely a claim, unless it looks like a year
    year_like = is_digit and w.unit is None and YEAR_DIGITS.fullmatch(num) is not None
    return NumberMatch(w.start, w.end, w.value, w.value_max, w.unit, w.qualifier, year_like)


def _ordinal(text: str, s: int, e: int, num: str) -> NumberMatch | None:
    """'14th', 'third': a rank with what it ranks, or None."""
    plain = num.replace(",", "")
    if plain.isdigit():
        value, e = float(plain), e + 2  # the suffix: "14th"
    else:
        value = float(ORDINALS[num.lower()])
    rank = ordinal_span(text, s, e, value)
    return NumberMatch(s, rank[0], value, None, rank[1], "ordinal") if rank else None
