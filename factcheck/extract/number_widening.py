"""Widening a number core into the claim: each step reads what stands after (or
before) the figure and may move its ends and set its value range, unit or qualifier.

Split from numbers.py, which finds the cores and decides which are quantities; the
steps run in order (widen_steps), since a scale word must be read before a range end,
a currency before a percent, and the counted noun last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.number_filters import FROM_TO_ONE, ONE_IN, is_age_apposition
from factcheck.extract.number_qualifiers import qualifier_before
from factcheck.extract.number_words import (
    DIGITS, FOLD, FRACTIONS, MULTIPLIER_VALUES, SCALES, SHORT_SCALES, W_BASE, WORD_NUM, exact,
    parse_value, vague_range,
)
from factcheck.extract.units import (
    AGE_AFTER, COMPOUND_UNIT, CURRENCY_AFTER, CURRENCY_CODE_BEFORE, CURRENCY_SIGN, CURRENCY_WORDS,
    LY_NOUNS, PERCENT_AFTER, PLURAL_UNITS, SIGNS, STOP, noun_phrase, unit_of_whole,
)

# patterns the functions below use, compiled once at import
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:\S+\s+){0,1}$", re.I)

_PENCE_AFTER = re.compile(r"p\b")  # "96.4p"
_PERCENT_TO_AFTER = re.compile(r"\s+to\s+[0-9]+(?:\.[0-9]+)?\s?(?:%|per\s?cent\b)", re.I)
_CENTURY = "century"
_YEARS_IN_CENTURY = 100
_YEARS_IN = {"century": _YEARS_IN_CENTURY, "decade": 10}
_OF_A_SCALE = re.compile(r"[\s-]+(?:of[\s-]+)?an?[\s-]+(million|billion|trillion|thousand|century|decade)\b", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’]*)")

_TIMES_OUT_OF = re.compile(rf"\s+(?:times\s+)?out\s+of\s+({DIGITS}|(?:{W_BASE}))\b", re.I)  # "four out of 10"
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b", re.I)
_SCALE_AFTER = re.compile(r"[\s-]?(million|billion|trillion|thousand|grand(?!\s+\w+s\b)|lakhs?|crores?|bn|mn|mln|tn|trn|m|k|b)\b", re.I)
_RANGE_AFTER = re.compile(
    rf"\s?(?:-|–|—|to|or|and)\s?(?:(?:{CURRENCY_SIGN})\s?)?(?P<num2>{DIGITS}|\b{FOLD}\b|\b(?:{WORD_NUM})\b)",
    re.I,
)
YEAR_DIGITS = re.compile(r"1[89]\d\d|20\d\d")
_OF = re.compile(r"\s+of\b")
_OF_SCALE = re.compile(r"\s+of\s+(thousand|million|billion)s\b", re.I)
_VAGUE_WORDS = ("hundreds", "thousands", "millions", "billions", "trillions", "dozens", "scores", "tens of thousands",
                "hundreds of thousands")


@dataclass
class Widening:
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



def fraction_or_ratio(text: str, w: Widening) -> None:
    """'four and a half', 'one in five', '19 times out of 20'."""
    ah = _AND_A_HALF.match(text, w.end)
    if ah and w.value >= 1:
        w.value += 0.5
        w.end = ah.end()
    ratio = ONE_IN.match(text, w.end) or _TIMES_OUT_OF.match(text, w.end)
    if ratio and 1 <= w.value <= 100:
        denominator = parse_value(ratio.group(1))
        # "one in five", "19 times out of 20" — not "247 in 2023"
        if denominator and denominator > w.value and not YEAR_DIGITS.fullmatch(ratio.group(1)):
            w.value = w.value / denominator
            w.end = ratio.end()
            noun_end, noun = noun_phrase(text, w.end)
            w.unit = noun or "ratio"
            w.end = noun_end or w.end


def stands_alone(text: str, end: int) -> bool:
    """Nothing counted after a number: punctuation, a function word or an adverb ('the two, and',
    'the two have', 'the two sharply diverge'), not 'the two leading candidates'."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return True
    word = m.group(1).lower()
    return word in STOP or word.endswith("ly") and word not in LY_NOUNS


def fraction_of_a_scale(text: str, w: Widening) -> None:
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


def scale(text: str, w: Widening) -> None:
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


def range_end(text: str, w: Widening, head: str) -> None:
    """Alternatives and ranges: '1,300 or 1,400', '10-12', 'between 40 and 50'; a score '3-1'."""
    rm = _RANGE_AFTER.match(text, w.end)
    if not rm:
        return
    joiner = text[w.end:rm.start("num2")].strip().lower()
    second = parse_value(rm.group("num2"))
    if second is None:
        return
    if joiner.startswith("and") and not _BETWEEN_BEFORE.search(head):
        return
    if joiner in ("-", "–", "—") and not w.is_digit:
        return
    end2 = rm.end()
    sm2 = _SCALE_AFTER.match(text, end2)
    if sm2 and sm2.group(1).lower() in ("million", "billion", "trillion", "thousand", "bn", "m", "k"):
        mult2 = SCALES.get(sm2.group(1).lower()) or SHORT_SCALES.get(sm2.group(1).lower())
        numeral2, second = second, exact(second, mult2)
        if w.scale is None and w.value <= numeral2:  # "5 to 10 million"; not "$300,000 and $2 million"
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


def currency(text: str, w: Widening) -> None:
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


def percent(text: str, w: Widening) -> None:
    """'40 percent', '2 percentage points'; '46 to 40 percent': the first tally is a percent too."""
    if w.unit is None:
        pm = PERCENT_AFTER.match(text, w.end)
        if pm:
            w.unit = "percentage points" if "point" in pm.group(1).lower() else "percent"
            w.end = pm.end()
        elif text.startswith(" to ", w.end) and _PERCENT_TO_AFTER.match(text, w.end):
            w.unit = "percent"


def compound_or_age(text: str, w: Widening) -> None:
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


_OLDEST_AGE = 125  # "Tarrow, NY, 10099." is a postcode after a name and a comma, not an age


def counted_noun(text: str, w: Widening, head: str) -> None:
    """The noun phrase a number counts, or the whole it is a part of ('45 of the 900 moorings')."""
    low = w.num.lower()
    if w.unit is None and w.is_digit and w.value <= _OLDEST_AGE and is_age_apposition(text, w.start, w.end):
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


def qualifier(text: str, w: Widening) -> None:
    """'more than', 'about', 'between' right before the number."""
    q = qualifier_before(text, w.start)
    if q and (q not in ("from", "between") or w.value_max is not None) and (q != "some" or w.unit is not None):
        w.qualifier = w.qualifier or q
        s = w.start
        w.start = text.rindex(q.split()[0], 0, s) if text[s - len(q) - 1:s - 1].lower() != q else s - len(q) - 1


def widen_steps(text: str, w: Widening, head: str) -> None:
    """Every step in order: what follows the core can only be read once what is nearer is."""
    fraction_or_ratio(text, w)
    fraction_of_a_scale(text, w)
    scale(text, w)
    range_end(text, w, head)
    currency(text, w)
    percent(text, w)
    compound_or_age(text, w)
    counted_noun(text, w, head)
    qualifier(text, w)
