"""Number cores that are not quantities (clock times, codes, model numbers, addresses, phone
numbers, 'one of the', 'double standards') and ordinals, which are claims only when they rank
('third witness', '14th in the table', 'finished second', 'fourth-largest')."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import MONTHS, NOT_NAME_WORDS, ROLE_NOUNS, words
from factcheck.extract.number_words import DIGITS, W_BASE
from factcheck.extract.units import CURRENCY_CODE_BEFORE, NEXT_WORD, PERCENT_AFTER, STOP, noun_phrase

# patterns the functions below use, compiled once at import
_COLON_OR_SLASH_DIGIT_AFTER = re.compile(r"[:/]\d")
_HYPHEN_CAPITAL_AFTER = re.compile(r"-[A-Z]")
_SCORE_AFTER = re.compile(r"[-–][0-9]{1,2}\b")
_HYPHEN_LONE_CAPITAL_AFTER = re.compile(r"-[A-Z](?![a-z])")
_DETERMINER_AFTER_I = re.compile(r"\s+[\"“‘']?(?:the|that|its|their|his|her|our|what)\b", re.I)
_CAPITAL_OR_DETERMINER_AFTER = re.compile(r"\s+(?:[A-Z]|(?:the|that|its|their|his|her|our|what)\b)")
_MIXED_DOUBLES_BEFORE = re.compile(r"\bmixed\s+$|\b(?:men|women)['’]s\s+$", re.I)
_OF_OR_DETERMINER_AFTER = re.compile(r"\s+(?:of|the|a|an|its|their|his|her|our|all)\b", re.I)
_HALF_QUALIFIER_BEFORE = re.compile(r"\b(?:barely|nearly|almost|about|around|only|just|more than|less than|fewer than|at least|at most|up to|by|in|over|under|roughly)\s+$", re.I)
_ORDER_WORD_BEFORE = re.compile(r"\b(?:first|second|a|one|the)\s+$", re.I)
_A_FRACTION = re.compile(r"(?:a|one)\s(?:third|quarter|fifth|tenth)")
_FRACTION_COMPLEMENT_AFTER = re.compile(r"[\s-]+(?:of\b|short\b|\w+er\b|more\b|less\b)")
_FRACTION_QUALIFIER_BEFORE = re.compile(r"\b(?:by|almost|nearly|about|around|roughly|over|under|only|just|barely|or)\s+$", re.I)
_IN_OR_OF_THE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the|its|their|his|her)\b")
_CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][\w&]*)[ \-]$")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’\-]+,\s$")

_YEAR = re.compile(r"1[89][0-9][0-9]|20[0-9][0-9]")
_DIGIT_BEFORE = re.compile(r"[0-9][\s.-]?$")
_TIME_ZONES = "GMT UTC BST CET EST EDT PST".split()
_TIME_AFTER = re.compile(rf"""
    \s?(?: a\.m\. | p\.m\. | am\b | pm\b          # 4:30 a.m., 9pm
         | {'|'.join(_TIME_ZONES)} | ET\b          # 1120 GMT
         | local\ time | o['’]clock | h\b )       # 18h""", re.I | re.X)
_NUMBERED_THINGS = ("page section article chapter room flight route line platform gate version "
                    "level grade category phase stage season episode box unit floor").split()
_IDENTIFIER_BEFORE = re.compile(rf"""
    (?: \b[A-Z][\w&]*[ \-]                        # a name: Boeing 737, Article 5
      | \# | \bNo\.?\s | \bno\.\s | \bp\.\s         # #5, No. 10, p. 12
      | \b(?:{'|'.join(_NUMBERED_THINGS)})\s       # route 66, gate 4
    )$""", re.X)
_EMERGENCY_NUMBERS = frozenset(("911", "999", "112", "000"))
_EMERGENCY_AFTER = re.compile(r"\s(?:call|caller|dispatch|dispatcher|operator|line|service|emergency)s?\b", re.I)
_STREETS = r"Street | St\. | Road | Rd\. | Avenue | Ave\. | Boulevard | Blvd\. | Lane | Drive | Way | Place | Square"
_ADDRESS_AFTER = re.compile(rf"""
    \s+ (?:[A-Z][a-z]+\s+)?                        # 88 Canal Street, 10 Downing St.
    (?: {_STREETS} )\b""", re.X)
# "one of", "one day": no count; "including one called X", "one known as X": a pronoun
_ONE_STOP = words("of another day time way thing point side hand moment or and more last "
                  "called named dubbed titled labelled labeled known")
# "one senior county official said", "one aide told": the noun before a reporting verb
_UNNAMED_SOURCE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+([a-z]+)\s+(?:said|says|told|tells|added|adds|explained|noted|warned|(?P<posted>tweeted|posted|wrote|commented))\b")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|tweeted|according\s+to)\s+$", re.I)
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)
_ONE_THING_OF_AFTER = re.compile(r"\s+[a-z]+\s+of\s+(?:a|an|the|his|her|its|their|our|this|that)\s")  # not "one count of theft"
_DETERMINERS_BEFORE = re.compile(r"\b(?:the|no|any|every|each|this|that|which|someone|anyone|everyone)\s+$", re.I)
_PLACING_BEFORE = re.compile(r"""
    \b(?: finish(?:ed|es|ing)? | came | come | placed | ranked | ranks? | sits? | sat
        | lies | lay | lying | sitting | slipped\s+to | rose\s+to | fell\s+to
        | (?:comes?|came|coming)\s+in | poll(?:s|ed|ing) | ti(?:e|ed|es|ing)\s+for )
    \s+ (?:an?\s+(?:[\w-]+\s+)?)? $""",  # "finished a closer-than-expected second"
    re.I | re.X)
_SUPERLATIVE_AFTER = re.compile(r"[-\s](?:\w+est|most|least)\b")  # "second-largest", "the second highest"
_ORDINAL_NAMES = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                  "[0-9]+(?:st|nd|rd|th)").split()
# "from second to fourth place", "second or third place": a range of placings
_PLACE_RANGE_AFTER = re.compile(rf"\s+(?:to|or|and)\s+(?:{'|'.join(_ORDINAL_NAMES)})\s+(?:place|spot|position)\b", re.I)
# "second place", "first-place finish" (not "the first place she visited": a relative clause follows)
_PLACE_AFTER = re.compile(r"[\s-](?:place|spot|position)\b(?!\s+(?:she|he|they|we|I|you|it|that|where|to)\b)")
_IN_THE_BEFORE = re.compile(r"\bin\s+the\s+$", re.I)
# "is second in the seat count", "was fifth with 9 percent": a copula placing a rank
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|remains|remained|be|been|now)\s+(?:in\s+)?$", re.I)
_STANDING_AFTER = re.compile(r"""\s*[,;]|\s+(?:in\s+(?:the|its|their|his|her)\s+(?!series\b|row\b|line\b)
    |with\s+[0-9]|at\s+[0-9]|behind\b|among\b|ahead\b)""", re.I | re.X)
_ORDINAL_NOT_RANK = words("party parties person world way hand reich estate sector rate class century "
                          "centuries one ones floor")
# "in the fourth quarter", "the second half": a period of the year or the game, not a rank
# (but "the fourth consecutive quarter" counts quarters)
_PERIOD_AFTER = re.compile(r"\s+(?:quarter|half)\b", re.I)
_COUNTED_COMPOUND = re.compile(
    r"-(?:second|minute|hour|day|week|month|year|decade|point|percent|mile|vote|seat|game)s?\b")
_EXACTLY_BEFORE = re.compile(r"\b(?:just|only|exactly|at\s+least|more\s+than|fewer\s+than|less\s+than)\s+$", re.I)
_OR_MORE = re.compile(r"\s+or\s+(?:two|three)\b", re.I)  # "one or two instances": a range
# the first of two tallies set against each other: "46 to 40 percent", "34 delegates to zero"
VERSUS_AFTER = re.compile(rf"(?:\s+[a-z]+)?\s+to\s+(?:{DIGITS}|zero\b|none\b|nil\b|(?:{W_BASE})\b)")
_AND_SUPERLATIVE_AFTER = re.compile(r"\s+and\s+(?:[a-z]+ly\s+|perhaps\s+)?(?:most|least|[a-z]{3,}est)\b")
_SUSPENDED_AFTER = re.compile(r"-\s+(?:and|or|to)\s+[a-z]+-(\w+est|most|least)\b")
_AND_FINAL_AFTER = re.compile(r"\s+and\s+(?:final|last)\b")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s$")  # "the nation's 45th": the noun is the owner's
# "501(c)(3)", "501 c3": a number heading a code
_CODE_AFTER = re.compile(r"\s?(?:\([a-z]\)|[a-jl-z][0-9]\b)")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+(?:of\s+(?:the\s+)?)?$")
_HEADLINE_SHARE = 0.7  # a line with this share of capitalised words is a title-case headline
_NAME_AFTER = re.compile(r"[\s-]+[A-Z][a-z]")
_CAPITAL_WORD_AFTER = re.compile(r"[A-Za-z]+\s+[A-Z][a-z]")
_TERMINAL_SEQUENCE_BEFORE = re.compile(r"\x1b[\[\]][0-9;]*$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\"“”(\n]\s*)$")
_ORDINAL_UNIT = "place"
ONE_IN = re.compile(rf"\s+in\s+(?:every\s+)?({DIGITS}|(?:{W_BASE}))\b", re.I)
FROM_TO_ONE = re.compile(r"\bfrom\s+[\w,.]+\s+([a-z]+\s+)?(?:[a-z]+\s+){0,3}to\s+$", re.I)  # "from three sailings a day to one"


_NUMBER_SIGN_BEFORE = re.compile(r"\bNo\.\s?$")
# "No. 12 on the list", "No. 3 in the rankings": a place in a ranking, not an identifier
_ON_A_LIST_AFTER = re.compile(r"""\s+(?:on|in|of)\s+(?:the|this|that|its|their|a|an)\s+(?:[\w'’-]+\s+){0,2}?
    (?:list|lists|ranking|rankings|chart|charts|table|index|league)\b""", re.X)


def numbered_rank_start(text: str, s: int, e: int) -> int | None:
    """Where 'No. 12' starts when it is a place on a list ('was No. 12 on the list'), else None
    ('No. 10 Harbour Row' is an address)."""
    lead = _NUMBER_SIGN_BEFORE.search(text, max(0, s - 4), s)
    return lead.start() if lead and _ON_A_LIST_AFTER.match(text, e) else None


def not_a_digit_quantity(num: str, head: str, tail: str, sign: str | None) -> bool:
    """Clock times, codes, model numbers, addresses, phone numbers."""
    near = head[-12:]  # $-anchored searches cost per character: look only as far as needed
    if "\x1b" in near and _TERMINAL_SEQUENCE_BEFORE.search(near):
        return True  # "ESC[2J", "ESC]0;title": a terminal control sequence's parameters
    if tail[:2] == "px":
        return True  # "border-radius: 50px": a style sheet left in the text
    if _TIME_AFTER.match(tail) or _COLON_OR_SLASH_DIGIT_AFTER.match(tail):
        return True  # "7:14", "4:30 a.m.", "9/11"
    if num in _EMERGENCY_NUMBERS and _EMERGENCY_AFTER.match(tail):
        return True  # "a 911 call", "the 999 operator": a phone number, not a count
    if tail[:1] in "-( " and (_HYPHEN_CAPITAL_AFTER.match(tail) or _CODE_AFTER.match(tail)):
        return True  # 3-D, 501(c)(3)
    score = len(num) <= 2 and _SCORE_AFTER.match(tail)  # "beat Dunmore Rovers 3-1"
    score = score or PERCENT_AFTER.match(tail)  # "favoured the Alliance 47 per cent to 30"
    score = score or " to " in tail[:24] and VERSUS_AFTER.match(tail)  # "46 to 40 percent", "34 seats to zero"
    if not sign and not score and not CURRENCY_CODE_BEFORE.search(near) and _IDENTIFIER_BEFORE.search(near) \
            and not _month_or_common_before(head, _YEAR.fullmatch(num) is not None) and not _tally_or_headline(head, tail):
        return True  # Boeing 737, Article 5, Route 66
    if _ADDRESS_AFTER.match(tail):
        return True
    if _DIGIT_BEFORE.search(near[-3:]) or _is_phone(num, tail):
        return True  # phone numbers, codes
    return len(num) > 1 and num[0] == "0" and num[1].isdigit()  # 0800, 007: codes


# "Ms Vale 212, Mr Dale 190, and Ms Orrin 41": names with their tallies, one after another
_TALLY_NEXT = re.compile(r",\s+(?:and\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}[0-9]")
_TALLY_BEFORE = re.compile(r"[0-9],\s+(?:and\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}$")


def _tally_or_headline(head: str, tail: str) -> bool:
    """A capitalised word before a figure names no model or article when the figure is one of a
    tally of names ('Vale 212, Dale 190') or stands in a title-case headline ('After Losing 4
    Rookies')."""
    if _TALLY_NEXT.match(tail) or _TALLY_BEFORE.search(head):
        return True
    around = head.rsplit("\n", 1)[-1] + " " + tail.split("\n", 1)[0]
    if around.count(",") > 1:
        return False  # "12 Quay Road, Suite 4B, Tarrow, NY": an address, not a headline
    words = [w for w in around.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= _HEADLINE_SHARE * len(words)


def not_a_word_quantity(low: str, head: str, tail: str) -> bool:
    """'double standards', 'one of the', 'half' without a whole, 'a quarter we would rather forget',
    'the two-H club'."""
    if _HYPHEN_LONE_CAPITAL_AFTER.match(tail) or tail[:2] in ("'s", "’s"):
        return True  # "the two-H club", "Nine's a Quorum": no count
    if low in ("double", "triple", "quadruple", "doubling", "tripling", "quadrupling"):  # "tripling the number", not "doubling down"
        return not _DETERMINER_AFTER_I.match(tail)
    if low in ("doubles", "triples", "quadruples"):  # "Ms Vale doubles Mr Dale's share", not "mixed doubles"
        return not _CAPITAL_OR_DETERMINER_AFTER.match(tail) or bool(
            _MIXED_DOUBLES_BEFORE.search(head))
    if low == "one" and not ONE_IN.match(tail) and not FROM_TO_ONE.search(head) and not _OR_MORE.match(tail):
        if _DETERMINERS_BEFORE.search(head) or _ACCORDING_TO_BEFORE.search(head):
            return True  # "the one", "according to one source"
        if _COUNTED_COMPOUND.match(tail) or _EXACTLY_BEFORE.search(head):
            return False  # "a one-point difference", "just one candidate has done it"
        if _ONE_THING_OF_AFTER.match(tail):
            return True  # "One sign of the slump is …": no count
        source = _UNNAMED_SOURCE_AFTER.match(tail)
        if source and (source.group(1).lower() in ROLE_NOUNS or source.group("posted")):
            return True  # "one senior county official said", "one reader posted": a source, not a count
        nxt = NEXT_WORD.match(tail)
        word = nxt.group(1).lower() if nxt else ""
        return not nxt or word in _ONE_STOP or word in STOP or word in ROLE_NOUNS and bool(
            _REPORTED_BEFORE.search(head) or _UNNAMED_SOURCE_AFTER.match(tail))  # "said one resident"
    if low == "half":
        if not _OF_OR_DETERMINER_AFTER.match(tail) and not _HALF_QUALIFIER_BEFORE.search(head):
            return True
        return bool(_ORDER_WORD_BEFORE.search(head))
    if _A_FRACTION.fullmatch(low):
        return not (_FRACTION_COMPLEMENT_AFTER.match(tail)
                    or _FRACTION_QUALIFIER_BEFORE.search(head))
    return False


def ordinal_span(text: str, s: int, end: int, value: float) -> tuple[int, str] | None:
    """(end, unit) of a rank: 'third witness', '14th in the table', 'finished second',
    'fourth-largest'; None for order in time or a fixed phrase ('second time', 'third party')."""
    if (_NAME_AFTER.match(text, end) or text[s].isupper() and not _SENTENCE_START_BEFORE.search(text, max(0, s - 3), s)) \
            and not (_PLACING_BEFORE.search(text, max(0, s - 50), s) and _in_headline(text, s)):
        return None  # "Fifth Avenue", "5th Street", "the Seventh Circuit", "Third World": names
        # (but "Finishing Third In Quayside Regatta": a placing in a title-case headline)
    sup = _SUPERLATIVE_AFTER.match(text, end)
    placed = _PLACING_BEFORE.search(text, max(0, s - 50), s)
    if sup:
        return sup.end(), sup.group()[1:].lower()
    if placed or _PLACE_RANGE_AFTER.match(text, end):
        return end, _ORDINAL_UNIT
    if _COPULA_BEFORE.search(text, max(0, s - 12), s) and _STANDING_AFTER.match(text, end):
        return end, _ORDINAL_UNIT
    place = _PLACE_AFTER.match(text, end)
    if place and not _IN_THE_BEFORE.search(text, max(0, s - 8), s):  # "in the first place": an idiom
        return place.end(), _ORDINAL_UNIT  # "take second place from her"
    if value <= 2:
        return None  # "first", "second": too often order in time, not rank
    if _PERIOD_AFTER.match(text, end):
        return None
    superlative = _AND_SUPERLATIVE_AFTER.match(text, end)
    if superlative:
        return end, _ORDINAL_UNIT  # "the third and perhaps most striking sign"
    suspended = _SUSPENDED_AFTER.match(text, end)
    if suspended:
        return end, suspended.group(1).lower()  # "the third- and fourth-most delegates"
    final = _AND_FINAL_AFTER.match(text, end)
    if final:
        noun_end, noun = noun_phrase(text, final.end())
        if noun and noun not in _ORDINAL_NOT_RANK:
            return noun_end, noun  # "his third and final term": three terms
    if _IN_OR_OF_THE_AFTER.match(text[end:end + 16]):
        return end, _ORDINAL_UNIT  # "14th in the table", "19th of the season"
    if _POSSESSIVE_BEFORE.search(text, max(0, s - 4), s) and not noun_phrase(text, end)[1]:
        return end, _ORDINAL_UNIT  # "will be the nation's 45th."
    noun_end, noun = noun_phrase(text, end)
    if noun and noun not in _ORDINAL_NOT_RANK:
        return noun_end, noun
    return None


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


def _month_or_common_before(head: str, year_like: bool = False) -> bool:
    m = _CAPITALISED_WORD_BEFORE.search(head)
    if not m:
        return False  # "No. 10", "#5", "page 3": an identifier, not a quantity
    w = m.group(1)
    if w.lower() in MONTHS or w in NOT_NAME_WORDS:
        return True
    # sentence-initial capitalised word ("About 50 people"), but not a name before a year ("Euro 2024")
    before = head[: m.start()].rstrip()
    if year_like and not w.endswith("ly"):
        return False
    return before == "" or before[-1:] in ".!?:;\"“”(—–"


def _in_headline(text: str, s: int) -> bool:
    """The line holding `s` is a title-case headline (most of its words capitalised)."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", s)
    line = text[line_start:line_end if line_end >= 0 else len(text)].split()
    return len(line) >= 4 and sum(w[:1].isupper() for w in line) >= _HEADLINE_SHARE * len(line)


def is_name_word(text: str, s: int, head: str) -> bool:
    """A capitalised number word inside a name ('the Circle of Nine', 'the Top Six'), unless it
    opens a sentence or stands in a title-case headline."""
    if not text[s].isupper() or _SENTENCE_START_BEFORE.search(head[-3:]):
        return False
    if not _NAME_WORD_BEFORE.search(head) and not _CAPITAL_WORD_AFTER.match(text, s):
        return False  # "the group One Harbour Now": a capital number word before a name is in it
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", s)
    line = text[line_start:line_end if line_end >= 0 else len(text)].split()
    capitals = sum(w[:1].isupper() for w in line)
    return capitals < _HEADLINE_SHARE * len(line)


def is_age_apposition(text: str, s: int, end: int) -> bool:
    """'Oren Vale, 33, a journalist': a name, a comma, a number, a comma."""
    before = text[max(0, s - 40):s]
    after = text[end:end + 2]
    return bool(_NAME_COMMA_BEFORE.search(before)) and (after[:1] in ",)." or after == "" or after.startswith(" a"))
