"""What a number counts: currency, percent, age, a compound unit ('10-minute') or the noun
phrase after it ('three league titles' → titles)."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import MONTHS, words

# patterns the functions below use, compiled once at import
_ED_OR_ING_END = re.compile(r"(?:ed|ing)$")

CURRENCY_SIGN = r"(?:US\$|A\$|C\$|NZ\$|HK\$|\$|£|€|¥|₹|₽|₦|₱|Rs\.?|Rp|KSh|R(?=\s?\d))"
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "us dollars": "USD", "euros": "EUR",
    "euro": "EUR", "eur": "EUR", "pounds": "GBP", "pound": "GBP", "gbp": "GBP",
    "sterling": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "francs": "CHF",
    "chf": "CHF", "won": "KRW", "pesos": "MXN", "rand": "ZAR", "lira": "TRY",
    "zloty": "PLN", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "dirhams": "AED",
    "riyals": "SAR", "naira": "NGN", "shillings": "KES", "cents": "cents", "pence": "pence",
}
SIGNS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
         "₦": "NGN", "₱": "PHP", "Rs": "INR", "Rs.": "INR", "Rp": "IDR", "KSh": "KES", "R": "ZAR",
         "N": "NGN", "P": "PHP",
         "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD"}
CURRENCY_CODE_BEFORE = re.compile(r"\b(USD|EUR|GBP|JPY|CNY|CHF|INR|RUB|NGN|PHP|KES|ZAR|AUD|CAD)\s?$")
CURRENCY_AFTER = re.compile(
    r"""\s(?:(us|u\.s\.)\s)?
    (dollars?|euros?|pounds?(?:\ssterling)?|sterling|yen|yuan|renminbi|rupees?|roubles|rubles|francs
    |won|pesos|rand|lira|zloty|kronor|krona|kroner|dirhams|riyals|naira|shillings|cents|pence
    |usd|eur|gbp|chf|jpy)\b""",
    re.I | re.X,
)
PERCENT_AFTER = re.compile(
    r"\s?(%|per\s?cent\b|percentage\s+points?\b|points?\b(?=\s+(?:higher|lower|ahead|behind|lead)))", re.I)
AGE_AFTER = re.compile(r"[\s-]years?[\s-]old\b|-year-old\b|-month-old\b|-week-old\b|-day-old\b", re.I)
COMPOUND_UNIT = re.compile(r"-([a-z]+)\b(?!-old)")
PLURAL_UNITS = words("second minute hour day week month year decade century mile kilometre kilometer "
                     "metre meter foot inch seat page member game match point")
TIME_UNITS = words("years year months month weeks week days day hours hour minutes minute decades "
                   "decade centuries century seconds")

# Words that end the counted noun phrase after a number.
STOP = words(
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
    arrested detained crossed signed passed made took got went came saw rose fell lost won became began
    increased decreased grew dropped jumped climbed declined soared plunged
    nationwide worldwide overall apiece each total annually yearly daily weekly monthly
    combined respectively altogether alone better worse higher lower larger smaller bigger
    greater fewer cheaper dearer faster slower older younger longer shorter long wide tall
    deep thick high away apart short yes around along behind beyond near throughout within
    toward towards upon via amid amongst despite except
    """
)
# Verbs and adverbs that follow a bare count ("1,500 work at the plant", "60 offshore"):
# the count's noun was left out, so none of these is its unit. Plurals that are also nouns
# ("10 lives", "1,208 votes") are left out of the list.
NOT_A_UNIT = words(
    """
    work live stay serve wait remain attend attends use own face voted lost won sat stood fled
    fell died survived
    offshore onshore abroad overseas online offline nearby inside outside indoors outdoors
    together alone ashore aboard apiece
    """
)
# words in -ly that are nouns or adjectives of a counted thing, not adverbs: "seven family members"
LY_NOUNS = words("family ally rally assembly supply anomaly monopoly homily belly bully folly jelly lily tally "
                 "elderly friendly lonely lovely")
_PLURAL = re.compile(r"[a-z][^s]s$")
NEXT_WORD = re.compile(r"\s+((?:[A-Za-z][\w'’]*)(?:-[A-Za-z][\w'’]*)*)")
_VERB_ENDING_KEPT = words("building buildings meeting meetings hearing hearings wedding offspring seed feed "
                          "speed shed bed beds red hundred pending")
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w’']+['’]s\s+)?(?:about\s+|some\s+|nearly\s+)?[0-9][0-9,.]*")


def noun_phrase(text: str, pos: int) -> tuple[int | None, str | None]:
    """Up to three words after a number that name what it counts: '52 political prisoners'."""
    end = pos
    words_: list[str] = []
    p = pos
    for _ in range(3):
        m = NEXT_WORD.match(text, p)
        if not m:
            break
        w = m.group(1)
        wl = w.lower()
        if wl in STOP or wl.endswith("ly") and len(wl) > 4 and wl not in LY_NOUNS or wl in MONTHS and w[0].isupper():
            break
        if w[0].isupper() and words_ and not w.isupper():
            break
        if words_ and wl.endswith("ed") and wl not in _VERB_ENDING_KEPT:
            break  # "hundreds of fans waited outside": the verb ends the noun phrase
        words_.append(w)
        p = m.end()
        end = p
        if wl in TIME_UNITS:
            break
    # a trailing participle is the verb, not the noun: "52 released"
    while words_ and _ED_OR_ING_END.search(words_[-1]) and words_[-1].lower() not in _VERB_ENDING_KEPT:
        last = words_.pop()
        end -= len(last)
        end = _rstrip_end(text, end)
    while words_ and words_[-1].lower() in NOT_A_UNIT:  # "boats use it": the verb is no unit
        last = words_.pop()
        end = _rstrip_end(text, end - len(last))
    if len(words_) >= 2 and _PLURAL.search(words_[-2]) and words_[-1].islower() and not words_[-1].endswith("s"):
        last = words_.pop()  # "one in 14 adults smoke": the plural is the noun, the word after it a verb
        end = _rstrip_end(text, end - len(last))
    if not words_:
        return None, None
    head = words_[-1]
    return end, head if head.isupper() else head.lower()


def _rstrip_end(text: str, end: int) -> int:
    """len(text[:end].rstrip()) without copying the text before `end` (an article can be megabytes)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def unit_of_whole(text: str, end: int) -> str | None:
    """'45 of the harbour's 900 moorings': a part counts what its whole counts."""
    m = _OF_WHOLE.match(text, end)
    if not m:
        return None
    return noun_phrase(text, m.end())[1]
