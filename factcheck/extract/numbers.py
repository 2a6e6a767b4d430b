"""Numeric claims: digits and number words with their values, ranges, units and qualifiers.

One pass of a precompiled pattern finds number cores ("1,300", "4.2", "twenty-three",
"a dozen", "two-thirds"); each core is then widened in place: a currency sign or a
qualifier before it, a scale word, an alternative or range end, a percent sign or
the noun phrase it counts after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.lexicon import MONTHS, NOT_NAME_WORDS, ROLE_NOUNS, words

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
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
_FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}
_VAGUE = {"dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
          "millions": 2e6, "billions": 2e9, "tens of thousands": 20000,
          "hundreds of thousands": 200000}

_W_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_W_TENS = "|".join(_TENS)
_W_SCALE = "hundred|thousand|million|billion|trillion"
_W_BASE = rf"(?:(?:{_W_TENS})(?:[-\s](?:{_W_UNIT}))?|{_W_UNIT})"
# "and" only after a scale word: "two hundred and fifty", never "three and five"
_WORD_NUM = rf"{_W_BASE}(?:[-\s](?:{_W_SCALE})(?:[-\s](?:and\s)?{_W_BASE})?)*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY_SIGN = r"(?:US\$|A\$|C\$|NZ\$|HK\$|\$|£|€|¥|₹|₽|₦|₱|Rs\.?|Rp|KSh|R(?=\s?\d))"
# [0-9], not \d, and no alternation: a fast prefix scan; the grouping is checked in Python
_DIGIT_CORE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_GROUPED = re.compile(r"[0-9]+(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}")  # 1,300 / 1,25,000
# Number words, matched on a lower-cased copy of the text (much faster than re.I).
_FOLD = r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold"
_MULTIPLIER = rf"(?:twice|doubled|tripled|trebled|quadrupled|double|{_FOLD})"
_WORD_CORE = re.compile(
    rf"\b(?=[aotfsenhdbmqAOTFSENHDBMQ])(?:{_MULTIPLIER}\b"
    rf"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)-(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b"
    rf"|(?:a|one)\s(?:half|third|quarter|fifth|tenth)\b"
    rf"|(?:two|three|four|five|six|seven|eight|nine|ten)\s(?:halves|thirds|quarters|fifths|tenths)(?=\s+of\b|\s+\w+er\b|\s+more\b|\s+less\b)"
    rf"|(?:a|another)\s(?:hundred|thousand|million|billion|trillion|lakh|crore)(?:\s(?:thousand|million|billion))?\b"
    rf"|{_WORD_NUM}"
    rf"|half|(?:a\s)?dozens?|(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|hundreds|thousands|millions|billions|scores)(?=\s+of\b))\b"
)
_WORD_CORE_I = re.compile(_WORD_CORE.pattern, re.I)
_COMPOUND_UNIT = re.compile(r"-([a-z]+)\b(?!-old)")
_PLURAL_UNITS = words("second minute hour day week month year decade century mile kilometre kilometer metre meter foot inch seat page member game match point")
_DIGIT_BEFORE = re.compile(r"[0-9][\s.-]?$")
_ONE_IN = re.compile(rf"\s+in\s+(?:every\s+)?({_DIGITS}|(?:{_W_BASE}))\b", re.I)
_FROM_TO_ONE = re.compile(r"\bfrom\s+[\w,.]+\s+([a-z]+\s+)?(?:[a-z]+\s+){0,3}to\s+$", re.I)  # "from three sailings a day to one"
# a bare letter before digits is money only with a scale or thousands separators
_LETTER_MONEY = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?\b|[0-9]+(?:\.[0-9]+)?\s?(?:million|billion|trillion|bn|m)\b")
_TIMES_OUT_OF = re.compile(rf"\s+times\s+out\s+of\s+({_DIGITS}|(?:{_W_BASE}))\b", re.I)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_SIGN_BEFORE = re.compile(rf"{_CURRENCY_SIGN}\s?$")

_SCALE_AFTER = re.compile(r"[\s-]?(million|billion|trillion|thousand|lakhs?|crores?|bn|mn|mln|tn|trn|m|k|b)\b", re.I)
_CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "us dollars": "USD", "euros": "EUR",
    "euro": "EUR", "eur": "EUR", "pounds": "GBP", "pound": "GBP", "gbp": "GBP",
    "sterling": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "francs": "CHF",
    "chf": "CHF", "won": "KRW", "pesos": "MXN", "rand": "ZAR", "lira": "TRY",
    "zloty": "PLN", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "dirhams": "AED",
    "riyals": "SAR", "naira": "NGN", "shillings": "KES", "cents": "cents", "pence": "pence",
}
_SIGNS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
          "₦": "NGN", "₱": "PHP", "Rs": "INR", "Rs.": "INR", "Rp": "IDR", "KSh": "KES", "R": "ZAR",
          "N": "NGN", "P": "PHP",
          "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD"}
_CURRENCY_CODE_BEFORE = re.compile(r"\b(USD|EUR|GBP|JPY|CNY|CHF|INR|RUB|NGN|PHP|KES|ZAR|AUD|CAD)\s?$")
_PERCENT_AFTER = re.compile(r"\s?(%|per\s?cent\b|percentage\s+points?\b|points?\b(?=\s+(?:higher|lower|ahead|behind|lead)))", re.I)
_CURRENCY_AFTER = re.compile(
    r"\s(?:(us|u\.s\.)\s)?(dollars?|euros?|pounds?(?:\ssterling)?|sterling|yen|yuan|renminbi|rupees?|roubles|rubles|francs|won|pesos|rand|lira|zloty|kronor|krona|kroner|dirhams|riyals|naira|shillings|cents|pence|usd|eur|gbp|chf|jpy)\b",
    re.I,
)
_AGE_AFTER = re.compile(r"[\s-]years?[\s-]old\b|-year-old\b|-month-old\b|-week-old\b|-day-old\b", re.I)
_RANGE_AFTER = re.compile(
    rf"\s?(?:-|–|—|to|or|and)\s?(?:(?:{_CURRENCY_SIGN})\s?)?(?P<num2>{_DIGITS}|\b{_FOLD}\b|\b(?:{_WORD_NUM})\b)",
    re.I,
)

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


def _qualifier_before(text: str, s: int) -> str | None:
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

# Words that end the counted noun phrase after a number.
_STOP = words(
    """
    a an the of in on at by for from to with without into onto over under after before
    since until during about against between among through across per than as and or
    but nor so yet if that which who whom whose when where while because although this
    these those it its they them their he she his her we our you your i me my is are
    was were be been being has have had do does did will would can could may might
    shall should must not no said says say told added according following including
    ago earlier later last next this each every more less most least some any all
    both either neither such only just also even still already now then there here
    up down out off away back home too very percent per cent including like unlike
    whose what how why left remained remain remains died killed injured released
    arrested detained crossed signed passed made took got went came saw rose fell
    increased decreased grew dropped jumped climbed declined soared plunged
    nationwide worldwide overall apiece each total annually yearly daily weekly monthly
    combined respectively altogether alone better worse higher lower larger smaller bigger
    greater fewer cheaper dearer faster slower older younger longer shorter long wide tall
    deep thick high away apart
    """
)
_NOUN_WORD = re.compile(r"\s+((?:[A-Za-z][\w'’]*)(?:-[A-Za-z][\w'’]*)*)")
_TIME_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|BST|CET|EST|EDT|PST|ET\b|local time|o['’]clock|h\b)", re.I)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_IDENTIFIER_BEFORE = re.compile(r"(?:\b[A-Z][\w&]*[ \-]|#|\bNo\.?\s|\bno\.\s|\bpage\s|\bp\.\s|\bsection\s|\barticle\s|\bchapter\s|\broom\s|\bflight\s|\broute\s|\bline\s|\bplatform\s|\bgate\s|\bversion\s|\blevel\s|\bgrade\s|\bcategory\s|\bphase\s|\bstage\s|\bseason\s|\bepisode\s|\bbox\s|\bunit\s|\bfloor\s)$")
_ADDRESS_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Way|Place|Square)\b")
_ONE_STOP = words("of another day time way thing point side hand moment or and more last")
_DETERMINERS_BEFORE = re.compile(r"\b(?:the|no|any|every|each|this|that|which|someone|anyone|everyone)\s+$", re.I)
_TIME_UNITS = words("years year months month weeks week days day hours hour minutes minute decades decade centuries century seconds")


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str | None
    is_year_like: bool = False


_MULTIPLIER_VALUES = {"twice": 2.0, "double": 2.0, "doubled": 2.0, "tripled": 3.0, "trebled": 3.0,
                      "quadrupled": 4.0}


def word_number_value(s: str) -> float | None:
    """'twenty-three' → 23, 'two hundred' → 200, 'three million' → 3e6."""
    total = 0.0
    current = 0.0
    seen = False
    for tok in re.split(r"[\s-]+", s.lower()):
        if tok == "and" or not tok:
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_value(num: str) -> float | None:
    n = num.strip()
    low = n.lower()
    if n[:1].isdigit():
        try:
            return float(n.replace(",", ""))
        except ValueError:
            return None
    if low in ("half",):
        return 0.5
    am = re.fullmatch(r"(?:a|another)\s(\w+)(?:\s(\w+))?", low)
    if am and am.group(1) in _SCALES:
        return _SCALES[am.group(1)] * (_SCALES[am.group(2)] if am.group(2) in _SCALES else 1)
    if low in _MULTIPLIER_VALUES:
        return _MULTIPLIER_VALUES[low]
    if low.endswith("fold"):
        return word_number_value(low[:-4].rstrip("-"))
    if "dozen" in low:
        if low.startswith("a ") or low == "dozen":
            return 12.0
        return 24.0 if low.endswith("s") else 12.0
    for phrase, v in sorted(_VAGUE.items(), key=lambda kv: -len(kv[0])):
        if low == phrase:
            return float(v)
    m = re.fullmatch(r"(a|one|two|three|four|five|six|seven|eight|nine|ten)[-\s](\w+)", low)
    if m and m.group(2) in _FRACTIONS:
        k = 1 if m.group(1) in ("a", "one") else _UNITS[m.group(1)]
        return k * _FRACTIONS[m.group(2)]
    return word_number_value(low)


def _cores(text: str, low: str) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, currency sign, is_digit) of every number core, by position."""
    cores = []
    for m in _DIGIT_CORE.finditer(text):
        s, end = m.start(), m.end()
        if "," in m.group():
            end = s + _valid_grouping(m.group())
        prev = text[s - 1] if s else " "
        sign = None
        if prev in "$£€¥₹₽₦₱" or (prev == " " and s >= 2 and text[s - 2] in "$£€¥₹₽₦₱.s"):
            sm = _SIGN_BEFORE.search(text, max(0, s - 5), s)
            if sm and (sm.start() == 0 or not text[sm.start() - 1].isalnum()):
                sign = sm.group().strip()
                s = sm.start()
            elif prev.isalnum() or prev in "._-/,":
                continue
        elif prev in "NP" and (s < 2 or not text[s - 2].isalnum()) and _LETTER_MONEY.match(text, s):
            sign, s = prev, s - 1  # N2.5 billion (naira), P26.9 million (pesos)
        elif prev == "R" and (s < 2 or not text[s - 2].isalnum()):
            sign, s = "R", s - 1  # R350 (rand)
        elif prev.isalnum() or prev in "._-/,":
            continue
        cores.append((s, end, sign, True))
    words_re = _WORD_CORE if low is not text else _WORD_CORE_I
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


def find_numbers(text: str, taken: list[tuple[int, int]], low: str | None = None) -> list[NumberMatch]:
    """Numeric claims in `text`, skipping spans already `taken` (dates, years).

    `low` is `text.lower()` when the caller has it (it must keep offsets)."""
    if low is None:
        low = text.lower()
        low = low if len(low) == len(text) else text
    out: list[NumberMatch] = []
    taken_sorted = sorted(taken)
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
        out.append(nm)
        last_end = nm.end
    return out


def _widen(text: str, s: int, e: int, sign: str | None, is_digit: bool) -> NumberMatch | None:
    num = text[s + len(sign):e].strip() if sign else text[s:e]
    low = num.lower()
    head = text[max(0, s - 40):s]
    near = head[-12:]  # $-anchored searches cost per character: look only as far as needed
    tail = text[e:e + 60]
    if is_digit:
        if _TIME_AFTER.match(tail) or re.match(r"[:/]\d", tail) or _ORDINAL_AFTER.match(tail):
            return None
        if re.match(r"-[A-Z]", tail):
            return None  # 7-Eleven, 3-D
        score = len(num) <= 2 and re.match(r"[-–][0-9]{1,2}\b", tail)  # "beat Dunmore Rovers 3-1"
        score = score or _PERCENT_AFTER.match(tail)  # "favoured the Alliance 47 per cent to 30"
        if not sign and not score and not _CURRENCY_CODE_BEFORE.search(near) and _IDENTIFIER_BEFORE.search(near) and not _month_or_common_before(head):
            return None  # Boeing 737, Article 5, Route 66
        if _ADDRESS_AFTER.match(tail):
            return None
        if _DIGIT_BEFORE.search(near[-3:]) or _is_phone(num, tail):
            return None  # phone numbers, codes
        if len(num) > 1 and num[0] == "0" and num[1].isdigit():
            return None  # 0800, 007: codes, not quantities
    else:
        if low == "double" and not re.match(r"\s+(?:the|that|its|their|his|her|our|what)\b", tail, re.I):
            return None  # "double standards", "double-decker"
        if low == "one" and not _ONE_IN.match(tail) and not _FROM_TO_ONE.search(head):
            if _DETERMINERS_BEFORE.search(head):
                return None
            nxt = _NOUN_WORD.match(tail)
            if not nxt or nxt.group(1).lower() in _ONE_STOP or nxt.group(1).lower() in _STOP or nxt.group(1).lower() in ROLE_NOUNS:
                return None  # "one of the", "said one resident"
        if low == "half":
            if not re.match(r"\s+(?:of|the|a|an|its|their|his|her|our|all)\b", tail, re.I) and not re.search(r"\b(?:barely|nearly|almost|about|around|only|just|more than|less than|fewer than|at least|at most|up to|by|in|over|under|roughly)\s+$", head, re.I):
                return None
            if re.search(r"\b(?:first|second|a|one|the)\s+$", head, re.I):
                return None
        elif re.fullmatch(r"(?:a|one)\s(?:third|quarter|fifth|tenth)", low) and not (
            re.match(r"\s+(?:of\b|\w+er\b|more\b|less\b)", tail)
            or re.search(r"\b(?:by|almost|nearly|about|around|roughly|over|under|only|just|barely)\s+$", head, re.I)
        ):
            return None  # "a quarter we would rather forget": a period, not a share
    value = parse_value(num)
    if value is None:
        return None
    value_max = None
    unit = None
    qualifier = None
    end = e
    ah = _AND_A_HALF.match(text, end)
    if ah and value >= 1:
        value += 0.5
        end = ah.end()
    ratio = _ONE_IN.match(text, end) or _TIMES_OUT_OF.match(text, end)
    if ratio and 1 <= value <= 100:
        denominator = parse_value(ratio.group(1))
        # "one in five", "19 times out of 20" — not "247 in 2023"
        if denominator and denominator > value and not re.fullmatch(r"1[89]\d\d|20\d\d", ratio.group(1)):
            value = value / denominator
            end = ratio.end()
            noun_end, noun = _noun_phrase(text, end)
            unit = noun or "ratio"
            end = noun_end or end
    # scale word: "4.2 million", "£350m"
    sm = _SCALE_AFTER.match(text, end)
    if sm and (is_digit or sm.group(1).lower() in ("million", "billion", "trillion", "thousand")):
        word = sm.group(1).lower()
        if word in ("m", "k", "b") and not sign and not _CURRENCY_AFTER.match(text, sm.end()):
            sm = None
        if sm:
            mult = _SCALES.get(word) or _SHORT_SCALES.get(word)
            value *= mult
            end = sm.end()
            scale_mult = mult
    else:
        scale_mult = None
    # alternatives and ranges: "1,300 or 1,400", "10-12", "between 40 and 50"
    rm = _RANGE_AFTER.match(text, end)
    if rm:
        joiner = text[end:rm.start("num2")].strip().lower()
        second = parse_value(rm.group("num2"))
        ok = second is not None
        if ok and joiner.startswith("and") and not re.search(r"\bbetween\s+(?:\S+\s+){0,1}$", head, re.I):
            ok = False
        if ok and (joiner in ("-", "–", "—")) and not is_digit:
            ok = False
        if ok:
            end2 = rm.end()
            sm2 = _SCALE_AFTER.match(text, end2)
            if sm2 and sm2.group(1).lower() in ("million", "billion", "trillion", "thousand", "bn", "m", "k"):
                mult2 = _SCALES.get(sm2.group(1).lower()) or _SHORT_SCALES.get(sm2.group(1).lower())
                second *= mult2
                if scale_mult is None:
                    value *= mult2
                end2 = sm2.end()
            elif scale_mult:
                second *= scale_mult
            if joiner in ("-", "–") and second < value and is_digit and second < 100:
                unit = "score"  # "won 3-1"
                value_max = None
                end = end2
            elif second >= value:
                value_max = second
                end = end2
    # currency: sign before, code before or word after
    currency = None
    if sign:
        currency = _SIGNS.get(sign, "USD")
    else:
        cm = _CURRENCY_CODE_BEFORE.search(near)
        if cm:
            currency = cm.group(1)
            s = s - len(cm.group(0))
    ca = _CURRENCY_AFTER.match(text, end)
    if ca and currency is None:
        word = ca.group(2).lower()
        currency = _CURRENCY_WORDS.get(word, _CURRENCY_WORDS.get(word.split()[0], word.upper()))
        end = ca.end()
    if currency:
        unit = currency
    # percent
    if unit is None:
        pm = _PERCENT_AFTER.match(text, end)
        if pm:
            p = pm.group(1).lower()
            unit = "percentage points" if "point" in p else "percent"
            end = pm.end()
    # "a 10-minute walk", "a 15-year sentence": the unit is in the compound
    if unit is None and not _AGE_AFTER.match(text, end):
        cm_ = _COMPOUND_UNIT.match(text, end)
        if cm_:
            word = cm_.group(1)
            unit = word + "s" if word in _PLURAL_UNITS else word
            end = cm_.end()
            noun_end, _noun = _noun_phrase(text, end)
            end = noun_end or end
    # ages
    if unit is None:
        am = _AGE_AFTER.match(text, end)
        if am:
            unit = "years old" if "year" in am.group().lower() else am.group().strip(" -").replace("-old", " old").replace("-", " ")
            end = am.end()
            noun_end, _noun = _noun_phrase(text, end)
            end = noun_end or end
        elif is_digit and _is_age_apposition(text, s, end):
            unit = "years old"
    elided = _FROM_TO_ONE.search(head) if low == "one" else None
    if unit is None and elided and elided.group(1):
        unit = elided.group(1).strip()  # the noun of the figure it is compared with
    if unit is None and (low in _MULTIPLIER_VALUES or low.endswith("fold")):
        unit = "times"  # "twice as likely", "fivefold", "more than double the figure"
    # the counted noun phrase
    if unit is None:
        noun_end, noun = _noun_phrase(text, end)
        if noun:
            unit = noun
            end = noun_end
        elif _unit_of_whole(text, end):
            unit = _unit_of_whole(text, end)  # "45 of the harbour's 900 moorings"
        elif num.lower().endswith(("half", "third", "thirds", "quarter", "quarters")):
            unit = "fraction"
        elif low in ("hundreds", "thousands", "millions", "dozens", "scores", "tens of thousands", "hundreds of thousands"):
            of = re.compile(r"\s+of\b").match(text, end)
            if of:
                noun_end, noun = _noun_phrase(text, of.end())
                if noun:
                    unit, end = noun, noun_end
    if not is_digit and low in ("hundreds", "thousands", "millions", "dozens", "scores") or low.startswith(("tens of", "hundreds of")):
        qualifier = low if " of" in low else low + " of"
    # qualifier before
    q = _qualifier_before(text, s)
    if q and (q not in ("from", "between") or value_max is not None) and (q != "some" or unit is not None):
        qualifier = qualifier or q
        s = text.rindex(q.split()[0], 0, s) if text[s - len(q) - 1:s - 1].lower() != q else s - len(q) - 1
    # a bare digit with nothing to count and no sign is rarely a claim, unless it looks like a year
    year_like = is_digit and unit is None and re.fullmatch(r"1[89]\d\d|20\d\d", num) is not None
    if unit is None and not is_digit and value < 2 and qualifier is None:
        return None
    return NumberMatch(s, end, value, value_max, unit, qualifier, year_like)


_DIGIT_GROUPS = re.compile(r"(?:[\s.-][0-9]{2,})+")


def _is_phone(num: str, tail: str) -> bool:
    """'0800 555 0142', '555-0199': digit groups adding up to a phone number, not '250-300'."""
    if "," in num or "." in num:
        return False
    groups = _DIGIT_GROUPS.match(tail)
    if not groups:
        return False
    digits = len(num) + sum(ch.isdigit() for ch in groups.group())
    return digits >= 7 or num.startswith("0")


def _month_or_common_before(head: str) -> bool:
    m = re.search(r"\b([A-Z][\w&]*)[ \-]$", head)
    if not m:
        return False  # "No. 10", "#5", "page 3": an identifier, not a quantity
    w = m.group(1)
    if w.lower() in MONTHS or w in NOT_NAME_WORDS:
        return True
    # sentence-initial capitalised word ("About 50 people")
    before = head[: m.start()].rstrip()
    return before == "" or before[-1:] in ".!?:;\"“”(—–"


_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w’']+['’]s\s+)?(?:about\s+|some\s+|nearly\s+)?[0-9][0-9,.]*")


def _unit_of_whole(text: str, end: int) -> str | None:
    """'45 of the 900 moorings': a part counts what its whole counts."""
    m = _OF_WHOLE.match(text, end)
    if not m:
        return None
    return _noun_phrase(text, m.end())[1]


def _is_age_apposition(text: str, s: int, end: int) -> bool:
    """'Ihar Losik, 33, a journalist': a name, a comma, a number, a comma."""
    before = text[max(0, s - 40):s]
    after = text[end:end + 2]
    return bool(re.search(r"[A-Z][\w'’\-]+,\s$", before)) and (after[:1] in ",)." or after == "" or after.startswith(" a"))


def _noun_phrase(text: str, pos: int) -> tuple[int | None, str | None]:
    """Up to three words after a number that name what it counts: '52 political prisoners'."""
    end = pos
    words_: list[str] = []
    p = pos
    for _ in range(3):
        m = _NOUN_WORD.match(text, p)
        if not m:
            break
        w = m.group(1)
        wl = w.lower()
        if wl in _STOP or wl.endswith("ly") and len(wl) > 4 or wl.lower() in MONTHS and w[0].isupper():
            break
        if w[0].isupper() and words_ and not w.isupper():
            break
        words_.append(w)
        p = m.end()
        end = p
        if wl in _TIME_UNITS:
            break
    # a trailing participle is the verb, not the noun: "52 released"
    while words_ and re.search(r"(?:ed|ing)$", words_[-1]) and words_[-1].lower() not in ("building", "buildings", "meeting", "meetings", "hearing", "hearings", "wedding", "offspring", "seed", "feed", "speed", "shed", "bed", "beds", "red", "hundred", "pending"):
        last = words_.pop()
        end -= len(last)
        end = len(text[:end].rstrip())
    if not words_:
        return None, None
    head = words_[-1]
    return end, head if head.isupper() else head.lower()
