"""Numeric claims: digits and number words with their values, ranges, units and qualifiers.

One pass of a precompiled pattern finds number cores ("1,300", "4.2", "twenty-three",
"a dozen", "two-thirds", "fourth"); a core that is not a quantity (a clock time, a code,
list numbering) is dropped, and the others are widened in named steps: a fraction or ratio,
a scale word, an alternative or range end, the currency, percent, compound unit, age or
counted noun after it, and a qualifier before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.extract.markup import markup_spans
from factcheck.extract.number_qualifiers import QUALIFIERS, qualifier_before
from factcheck.extract.number_words import (
    DIGITS, FOLD, FRACTIONS, MULTIPLIER_VALUES, ORDINALS, SCALES, SHORT_SCALES, W_BASE, WORD_CORE,
    WORD_CORE_I, WORD_NUM, exact, parse_value, vague_range, word_number_value,
)
from factcheck.extract.number_filters import (
    FROM_TO_ONE, ONE_IN, is_age_apposition, is_name_word, not_a_digit_quantity, not_a_word_quantity,
    ordinal_span,
)
from factcheck.extract.units import (
    AGE_AFTER, COMPOUND_UNIT, CURRENCY_AFTER, CURRENCY_CODE_BEFORE, CURRENCY_SIGN, CURRENCY_WORDS, LY_NOUNS,
    PERCENT_AFTER, PLURAL_UNITS, SIGNS, STOP, noun_phrase, unit_of_whole,
)

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
_PENCE_AFTER = re.compile(r"p\b")  # "96.4p"
_MINUS_BEFORE = re.compile(r"(?<!or )(?<!or-)\bminus\s$", re.I)  # not "plus or minus 3 points", a margin
_PERCENT_TO_AFTER = re.compile(r"\s+to\s+[0-9]+(?:\.[0-9]+)?\s?(?:%|per\s?cent\b)", re.I)
_CENTURY = "century"
_YEARS_IN_CENTURY = 100
_YEARS_IN = {"century": _YEARS_IN_CENTURY, "decade": 10}
_OF_A_SCALE = re.compile(r"\s+(?:of\s+)?an?\s+(million|billion|trillion|thousand|century|decade)\b", re.I)
# "up from 180,000", "compared with 900": the figure a bare number is compared with lends its unit
_COMPARED_BEFORE = re.compile(r"\b(?:up\s+from|down\s+from|from|compared\s+(?:with|to)|versus|vs\.?|against)\s+$", re.I)
_COMPARED_REACH = 160  # how far back, in characters, the figure compared with may stand
# "the two", "of the three": a number word standing for people already named is no claim
_THE_BEFORE = re.compile(r"\bthe\s$", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’]*)")

_TIMES_OUT_OF = re.compile(rf"\s+(?:times\s+)?out\s+of\s+({DIGITS}|(?:{W_BASE}))\b", re.I)  # "four out of 10"
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b", re.I)
_SCALE_AFTER = re.compile(r"[\s-]?(million|billion|trillion|thousand|grand(?!\s+\w+s\b)|lakhs?|crores?|bn|mn|mln|tn|trn|m|k|b)\b", re.I)
_RANGE_AFTER = re.compile(
    rf"\s?(?:-|–|—|to|or|and)\s?(?:(?:{CURRENCY_SIGN})\s?)?(?P<num2>{DIGITS}|\b{FOLD}\b|\b(?:{WORD_NUM})\b)",
    re.I,
)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_YEAR_DIGITS = re.compile(r"1[89]\d\d|20\d\d")
_OF = re.compile(r"\s+of\b")
_OF_SCALE = re.compile(r"\s+of\s+(thousand|million|billion)s\b", re.I)
_VAGUE_WORDS = ("hundreds", "thousands", "millions", "billions", "trillions", "dozens", "scores", "tens of thousands",
                "hundreds of thousands")




@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str | None
    is_year_like: bool = False


@dataclass
class _Widening:
    """A number being widened from its core: each step may move `start`/`end` and set fields."""
    start: int
    end: int
    num: str  # the core without its sign
    value: float
    is_digit: bool
    sign: str | None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    scale: float | None = None


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
        elif prev.isalnum() or prev in _JOINED_BEFORE or prev == "(" and text[s - 2:s - 1] == ")":
            continue  # "(c)(3)": a code's part
        elif prev == "\n" or s == 0:
            if _LIST_NUMBER_AFTER.match(text, end):
                continue  # "2. Never sign a blank form": list numbering, not a claim
            if _ALONE_IN_PARAGRAPH.match(text, end) and not _EXPLAINED_AFTER.match(text, end):
                continue  # "1.\n\nof.\n\n23.": a slide counter; "60.\n\nThe number of …" is a figure
        cores.append((s, end, sign, True))
    words_re = WORD_CORE if low is not text else WORD_CORE_I
    for m in words_re.finditer(low):
        s = m.start()
        if s and text[s - 1] in "-/.":
            continue
        cores.append((s, m.end(), None, False))
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
    w = _Widening(s, e, num, value, is_digit, sign)
    _fraction_or_ratio(text, w)
    _fraction_of_a_scale(text, w)
    _scale(text, w)
    _range(text, w, head)
    _currency(text, w)
    _percent(text, w)
    _compound_or_age(text, w)
    _counted_noun(text, w, head)
    _qualifier(text, w)
    if w.unit is None and not is_digit and w.value < 2 and w.qualifier is None:
        return None
    minus = text.endswith(("minus ", "Minus "), 0, w.start) and _MINUS_BEFORE.search(text, max(0, w.start - 8), w.start)
    if minus:  # "a net rating of minus 41"
        w.value, w.value_max = -(w.value_max or w.value), -w.value if w.value_max is not None else None
        w.start = minus.start()
    if w.unit is None and not is_digit and w.qualifier is None and w.start == s and _THE_BEFORE.search(head) \
            and _stands_alone(text, w.end):
        return None  # "the more inclusive of the two", "the two have emerged"
    if is_digit and w.unit is None and not sign and len(num) >= _CODE_DIGITS and num.isdigit():
        return None  # "text WORK to 82623", an embed's id: a code, not a count
    # a bare digit with nothing to count and no sign is rarely a claim, unless it looks like a year
    year_like = is_digit and w.unit is None and _YEAR_DIGITS.fullmatch(num) is not None
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


# ------------------------------------------------------------------ widening steps

def _fraction_or_ratio(text: str, w: _Widening) -> None:
    """'four and a half', 'one in five', '19 times out of 20'."""
    ah = _AND_A_HALF.match(text, w.end)
    if ah and w.value >= 1:
        w.value += 0.5
        w.end = ah.end()
    ratio = ONE_IN.match(text, w.end) or _TIMES_OUT_OF.match(text, w.end)
    if ratio and 1 <= w.value <= 100:
        denominator = parse_value(ratio.group(1))
        # "one in five", "19 times out of 20" — not "247 in 2023"
        if denominator and denominator > w.value and not _YEAR_DIGITS.fullmatch(ratio.group(1)):
            w.value = w.value / denominator
            w.end = ratio.end()
            noun_end, noun = noun_phrase(text, w.end)
            w.unit = noun or "ratio"
            w.end = noun_end or w.end


def _stands_alone(text: str, end: int) -> bool:
    """Nothing counted after a number: punctuation, a function word or an adverb ('the two, and',
    'the two have', 'the two sharply diverge'), not 'the two leading candidates'."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return True
    word = m.group(1).lower()
    return word in STOP or word.endswith("ly") and word not in LY_NOUNS


def _fraction_of_a_scale(text: str, w: _Widening) -> None:
    """'half a million homes' (500,000 homes), 'three-quarters of a billion', 'half a century'
    (50 years): a fraction of a scale word is the amount, not a share."""
    if w.is_digit or w.value >= 1:
        return
    m = _OF_A_SCALE.match(text, w.end)
    if not m:
        return
    word = m.group(1).lower()
    if word in _YEARS_IN:
        w.value, w.unit, w.end = exact(w.value, _YEARS_IN[word]), "years", m.end()
        return
    w.value, w.scale, w.end = exact(w.value, SCALES[word]), SCALES[word], m.end()


def _scale(text: str, w: _Widening) -> None:
    """'4.2 million', '£350m' (a bare 'm' or 'k' only with money)."""
    sm = _SCALE_AFTER.match(text, w.end)
    if not sm or not (w.is_digit or sm.group(1).lower() in ("million", "billion", "trillion", "thousand")):
        return
    word = sm.group(1).lower()
    if word in ("m", "k", "b") and not w.sign and not CURRENCY_AFTER.match(text, sm.end()):
        return
    w.scale = SCALES.get(word) or SHORT_SCALES.get(word)
    w.value = exact(w.value, w.scale)
    w.end = sm.end()


def _range(text: str, w: _Widening, head: str) -> None:
    """Alternatives and ranges: '1,300 or 1,400', '10-12', 'between 40 and 50'; a score '3-1'."""
    rm = _RANGE_AFTER.match(text, w.end)
    if not rm:
        return
    joiner = text[w.end:rm.start("num2")].strip().lower()
    second = parse_value(rm.group("num2"))
    if second is None:
        return
    if joiner.startswith("and") and not re.search(r"\bbetween\s+(?:\S+\s+){0,1}$", head, re.I):
        return
    if joiner in ("-", "–", "—") and not w.is_digit:
        return
    end2 = rm.end()
    sm2 = _SCALE_AFTER.match(text, end2)
    if sm2 and sm2.group(1).lower() in ("million", "billion", "trillion", "thousand", "bn", "m", "k"):
        mult2 = SCALES.get(sm2.group(1).lower()) or SHORT_SCALES.get(sm2.group(1).lower())
        second = exact(second, mult2)
        if w.scale is None:
            w.value = exact(w.value, mult2)
        end2 = sm2.end()
    elif w.scale:
        second = exact(second, w.scale)
    if joiner in ("-", "–") and second < w.value and w.is_digit and second < 100:
        w.unit = "score"  # "won 3-1"
        w.end = end2
    elif second >= w.value:
        w.value_max = second
        w.end = end2


def _currency(text: str, w: _Widening) -> None:
    """A sign before ('£'), a code before ('USD 40') or a word after ('40 euros')."""
    currency = None
    if w.sign:
        currency = SIGNS.get(w.sign, "USD")
    else:
        cm = CURRENCY_CODE_BEFORE.search(text, max(0, w.start - 12), w.start)
        if cm:
            currency = cm.group(1)
            w.start -= len(cm.group(0))
    ca = CURRENCY_AFTER.match(text, w.end)
    if currency is None and w.is_digit and text.startswith("p", w.end) and _PENCE_AFTER.match(text, w.end):
        currency = "pence"
        w.end += 1
    if ca and currency is None:
        word = ca.group(2).lower()
        currency = CURRENCY_WORDS.get(word, CURRENCY_WORDS.get(word.split()[0], word.upper()))
        w.end = ca.end()
    if currency:
        w.unit = currency


def _percent(text: str, w: _Widening) -> None:
    """'40 percent', '2 percentage points'; '46 to 40 percent': the first tally is a percent too."""
    if w.unit is None:
        pm = PERCENT_AFTER.match(text, w.end)
        if pm:
            w.unit = "percentage points" if "point" in pm.group(1).lower() else "percent"
            w.end = pm.end()
        elif text.startswith(" to ", w.end) and _PERCENT_TO_AFTER.match(text, w.end):
            w.unit = "percent"


def _compound_or_age(text: str, w: _Widening) -> None:
    """'a 10-minute walk', 'a 15-year sentence'; '52-year-old', 'Oren Vale, 33,'."""
    if w.unit is not None:
        return
    am = AGE_AFTER.match(text, w.end)
    if not am:
        cm_ = COMPOUND_UNIT.match(text, w.end)
        if cm_ and cm_.group(1) == _CENTURY and w.value < 1:
            w.value, w.unit, w.end = exact(w.value, _YEARS_IN_CENTURY), "years", cm_.end()  # "a quarter-century"
        elif cm_:
            word = cm_.group(1)
            w.unit = word + "s" if word in PLURAL_UNITS else word
            w.end = noun_phrase(text, cm_.end())[0] or cm_.end()
        return
    found = am.group().lower()
    w.unit = "years old" if "year" in found else found.strip(" -").replace("-old", " old").replace("-", " ")
    w.end = noun_phrase(text, am.end())[0] or am.end()


def _counted_noun(text: str, w: _Widening, head: str) -> None:
    """The noun phrase a number counts, or the whole it is a part of ('45 of the 900 moorings')."""
    low = w.num.lower()
    if w.unit is None and w.is_digit and is_age_apposition(text, w.start, w.end):
        w.unit = "years old"
    elided = FROM_TO_ONE.search(head) if low == "one" else None
    if w.unit is None and elided and elided.group(1):
        w.unit = elided.group(1).strip()  # the noun of the figure it is compared with
    if w.unit is None and (low in MULTIPLIER_VALUES or low.endswith("fold")):
        w.unit = "times"  # "twice as likely", "fivefold", "more than double the figure"
    vague = vague_range(low)
    if vague and not w.is_digit:
        w.value, w.value_max = float(vague[0]), float(vague[1])
    if w.unit is None:
        noun_end, noun = noun_phrase(text, w.end)
        if noun:
            w.unit, w.end = noun, noun_end
        elif unit_of_whole(text, w.end):
            w.unit = unit_of_whole(text, w.end)
        elif low.endswith(tuple(FRACTIONS)):
            w.unit = "fraction"
        elif low in _VAGUE_WORDS:
            of = _OF.match(text, w.end)
            scale = _OF_SCALE.match(text, w.end) if of else None
            if scale:  # "hundreds of millions of dollars": 200–900 million
                mult = SCALES[scale.group(1).lower()]
                w.value, w.value_max = exact(w.value, mult), exact(w.value_max or w.value, mult)
                w.end = scale.end()
                of = _OF.match(text, w.end)
            if of:
                noun_end, noun = noun_phrase(text, of.end())
                if noun:
                    w.unit, w.end = noun, noun_end
    if not w.is_digit and low in _VAGUE_WORDS[:-2] or low.startswith(("tens of", "hundreds of")):
        w.qualifier = low if " of" in low else low + " of"
    elif vague and not w.is_digit:
        w.qualifier = low.split()[0] if low.startswith("several") else " ".join(low.split()[:-1])


def _qualifier(text: str, w: _Widening) -> None:
    """'more than', 'about', 'between' right before the number."""
    q = qualifier_before(text, w.start)
    if q and (q not in ("from", "between") or w.value_max is not None) and (q != "some" or w.unit is not None):
        w.qualifier = w.qualifier or q
        s = w.start
        w.start = text.rindex(q.split()[0], 0, s) if text[s - len(q) - 1:s - 1].lower() != q else s - len(q) - 1
