"""Dates: find absolute and relative date expressions, resolve them against publication.

Candidates come from our own patterns; dateparser only normalises those spans
(never a whole article, which is slow and turns ages and durations into dates).
Tense decides direction: "said on Thursday" in a Thursday article is that day, and so
is "will vote on Thursday" (a week ahead is "next Thursday"); a month and day without a year take the
year that puts them on the right side of publication.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.extract.lexicon import MONTHS, NOT_NAME_WORDS, WEEKDAYS
from factcheck.extract.date_resolve import MONTH_PATTERN, YEAR_PATTERN, resolve
from factcheck.extract.markup import markup_spans
from factcheck.extract.prefilter import word_matches, word_prefilter
from factcheck.extract.units import STOP
from factcheck.extract.tense import tense_near

# patterns the functions below use, compiled once at import
_CAPITALISED_WORD_BEFORE = re.compile(r"([A-Z][\w]*)[ \-]$")
_LEADING_DIGITS = re.compile(r"(\d+)")

__all__ = ["DateMatch", "find_dates", "resolve", "tense_near"]

_MONTH = MONTH_PATTERN
_MONTH_DOT = rf"{_MONTH}\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = YEAR_PATTERN
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
_NUMWORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\ few|several)"
_NOT_A_PERCENT = r"(?!\s*(?:%|percent|per\ cent))"
# Words that put a bare month name in time ("In June", "by March", "at the end of August");
# any case, since they may open a sentence. The month itself stays capitalised ("may" is a verb).
_MONTH_LEAD = r"""(?i:(?:(?:at|by|from|until|since|before|after|in|toward|towards)\s+)?the\s+(?:end|start|beginning|middle|turn)\s+of
    |(?:(?:in|during|by|before|after)\s+)?the\s+(?:first|second|third|fourth|last|final)\s+(?:week|weekend|days?|half|fortnight)\s+of
    |as\s+(?:far\s+back|early|late|recently)\s+as
    |between\s+now\s+and
    |in|into|since|until|till|by|from|during|through|toward|towards|last|next|this|before|after|early|late|mid-?)"""
_PART_OF_MONTH = r"(?:(?i:early|late|mid-?)\s*)"
_NO_DAY_AFTER = r"(?!\.?[-\s]*\d)"
# "the March high", "the June deadline": a month used as a modifier of a lower-case noun
# (never "May", which is also a name: "the May government").
_MONTH_NOT_MAY = r"(?:January|February|March|April|June|July|August|September|October|November|December)"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("mdy", re.compile(rf"\b{_MONTH_DOT} \s+ {_DAY} (?:,?\s+{_YEAR})? \b {_NOT_A_PERCENT}", re.X)),
    ("dmy", re.compile(rf"\b{_DAY} \s+ (?:of\s+)? {_MONTH_DOT} (?:,?\s+{_YEAR})? \b", re.X)),
    ("my", re.compile(rf"\b(?:(?:early|mid|late)[-\s])? {_MONTH} \s+ (?:of\s+)? {_YEAR} \b", re.X)),
    ("mrel", re.compile(rf"\b(?:{_MONTH_LEAD}\s+)? {_MONTH} \s+ (?:of\s+)? (?:last|this|next) \s+ year \b", re.X)),
    ("month", re.compile(rf"\b{_MONTH_LEAD} \s+ {_PART_OF_MONTH}? {_MONTH} \b {_NO_DAY_AFTER}", re.X)),
    ("month", re.compile(rf"(?<=\b[Tt]he\ ) {_MONTH_NOT_MAY} (?=\s+[a-z]{{3,}}\b)", re.X)),
    ("month", re.compile(rf"\b{_MONTH_NOT_MAY} (?=['’]s\s)", re.X)),  # "July's poll", "the March high"
    # a bare month after a word that puts it in time ("began March with", "planned for December",
    # "that November", "in February and October"): kept only after such a word (_MONTH_AFTER_WORD)
    ("month_after", re.compile(rf"\b{_MONTH_NOT_MAY}\b {_NO_DAY_AFTER} (?!\s+[A-Z][a-z])", re.X)),
    ("weekday", re.compile(rf"""\b(?:(?:on|last|next|this|since|until|by|from|before|after|late|early)\s+)?
        {_WEEKDAY} (?:['’]s)? (?:\s+(?:morning|afternoon|evening|night))? \b""", re.X)),
    ("ago", re.compile(rf"\b{_NUMWORD} \s+ {_UNIT} \s+ ago \b", re.I | re.X)),
    ("rel", re.compile(r"""\b(?:
        today|yesterday|tomorrow|tonight
        | (?:last|next|this)\s+(?:week|weekend|month|year)
        | (?:earlier|later)\s+this\s+(?:week|month|year)
        | (?:earlier|later)\s+(?:in\s+)?the\s+(?:week|month|year)
        | (?:the\s+)?(?:day|week)\s+(?:before|after)
        | a\s+(?:day|week|month|year)\s+(?:after|before|earlier|later)
        | the\s+eve\s+of
        | the\s+following\s+(?:day|week|month)
        | the\s+previous\s+(?:day|week|month|year)
        )\b""", re.I | re.X)),
    ("shortyear", re.compile(r"(?<![\w'’])['’][0-9]{2}\b(?!['’]?s\b|['’%])")),  # "Fares to Fall in '16"
    ("numeric", re.compile(r"\b[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}\b")),  # 2/26/2012
    ("year", re.compile(rf"(?<![\w$£€.,\-/]) {_YEAR} (?:s)? (?![\w,.%]\d|\d) {_NOT_A_PERCENT}", re.X)),
]

# A word a window must hold for the pattern to be worth running there (lower case).
_NEEDS = {"mrel": "year", "ago": "ago", "month_modifier": "the ", "numeric": "/"}
_PATTERNS_NEEDING = [
    (kind, pat, _NEEDS.get(kind) or (_NEEDS["month_modifier"] if pat.pattern.startswith("(?<=") else None))
    for kind, pat in _PATTERNS
]

# Every date expression holds one of these words; patterns run only around them.
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
# The anchors in the text, in one pass: a flat alternation whose every branch opens with a
# literal lets the regex engine skip to those first characters. A month word, a weekday, a
# year and a short year ('16) never overlap, so one pass finds what a pass for each finds.
_TEXT_ANCHOR = re.compile("|".join(
    [rf"{m}[a-z]*\b" for m in _MONTH_STEMS] + [rf"{d}day\b" for d in _WEEKDAY_STEMS]
    + [r"1[6-9][0-9][0-9](?![0-9])", r"20[0-9][0-9](?![0-9])", r"'[0-9]{2}\b", r"’[0-9]{2}\b"]))
# Words around which relative dates are looked for (lower case, letters only). _REL_ANCHOR is
# what they mean: _rel_spots finds its matches with str.find, since the alternation has no
# literal prefix and the regex engine would try it at four characters in ten.
_REL_ANCHOR_WORDS = ("today", "yesterday", "tomorrow", "tonight", "ago", "eve", "week", "weekend", "month", "year", "day")
_REL_ANCHOR = re.compile(rf"(?:{'|'.join(_REL_ANCHOR_WORDS)})\b")
assert all(w.isalpha() and w.islower() for w in _REL_ANCHOR_WORDS)  # _rel_spots relies on it
_MARGIN = 32
# Which patterns can match around which anchor word: month, weekday, year, '16, ’16, relative.
_ANCHOR_KINDS = (
    ("mdy", "dmy", "my", "mrel", "month", "month_after"),
    ("weekday",),
    ("year", "numeric"),
    ("shortyear",),
    ("shortyear",),
    ("ago", "rel"),
)
_ANCHOR_PATTERNS = tuple(  # each anchor's patterns, in the order of _PATTERNS
    tuple((kind, pat, needs) for kind, pat, needs in _PATTERNS_NEEDING if kind in kinds)
    for kinds in _ANCHOR_KINDS
)


def _word_prefilter(pat: re.Pattern) -> re.Pattern | None:
    try:
        return word_prefilter(pat)
    except ValueError:  # not a pattern of words opening with \b: run as it is
        return None


# a pattern that opens on a word is tried only where its first letters stand (prefilter.py)
_PREFILTERS = {pat: _word_prefilter(pat) for _kind, pat in _PATTERNS}


def _anchor_spots(text: str, low: str) -> tuple[list[tuple[int, int]], ...]:
    """(start, end) of each anchor word, one list per entry of _ANCHOR_KINDS."""
    month: list[tuple[int, int]] = []
    weekday: list[tuple[int, int]] = []
    year: list[tuple[int, int]] = []
    straight: list[tuple[int, int]] = []
    curly: list[tuple[int, int]] = []
    for m in _TEXT_ANCHOR.finditer(text):
        first = text[m.start()]
        if first == "'":
            straight.append(m.span())
        elif first == "’":
            curly.append(m.span())
        elif first <= "9":
            year.append(m.span())
        elif text.startswith(_WEEKDAY_STEMS, m.start()):  # no month opens like a weekday
            weekday.append(m.span())
        else:
            month.append(m.span())
    return month, weekday, year, straight, curly, _rel_spots(low)


def _rel_spots(low: str) -> list[tuple[int, int]]:
    """(start, end) of each match of _REL_ANCHOR in `low`, found with str.find. Each word is
    letters ending at a word's end, so two matches overlap only when one ends the other ("day"
    in "today"): sorted, the leftmost is kept, as one scan of the alternation keeps it."""
    n = len(low)
    find = low.find
    spots = []
    for word in _REL_ANCHOR_WORDS:
        size = len(word)
        i = find(word)
        while i >= 0:
            j = i + size
            if j == n or not (low[j].isalnum() or low[j] == "_"):  # \b after the word
                spots.append((i, j))
            i = find(word, i + 1)
    spots.sort()
    kept: list[tuple[int, int]] = []
    for a, b in spots:
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    return kept


def _candidate_windows(text: str, low: str):
    """(start, end, kind, pattern): each pattern only over merged windows around its anchors,
    since a full pass of every pattern over a long text costs more than the matching."""
    for spots, patterns in zip(_anchor_spots(text, low), _ANCHOR_PATTERNS):
        for ws, we in _merge(spots, len(text)):
            for kind, pat, needs in patterns:
                if needs is None or low.find(needs, ws, we) >= 0:
                    yield ws, we, kind, pat


def _merge(spots: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for a, b in spots:
        ws, we = max(0, a - _MARGIN), min(n, b + _MARGIN)
        if windows and ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], we))
        else:
            windows.append((ws, we))
    return windows


# nouns that make "2000 people" a count rather than a year
_COUNT_AFTER = re.compile(r"""\s+(?:people|persons|men|women|children
    | (?!(?:was|has|is|as|this|its|his|us|does|goes|says|sees|marks|means|remains|brings|looks|seems)\b)
      [a-z]+s\b(?<!ss\b))""", re.I | re.X)  # "2019 was", "2020 has" are years
# "all 2016 campaigns", "their 2016 budgets": a year near publication after a determiner
_YEAR_DETERMINER = re.compile(r"\b(?:all|their|its|his|her|our|(?:1[6-9]|20)[0-9][0-9]\s+(?:and|or|to))\s+$", re.I)
_NEAR_YEARS = 10
_YEAR_LEAD = re.compile(r"\b(?:in|of|since|by|until|from|the)\s+$", re.I)  # "The 2019 figures"
_NOT_YEAR_BEFORE = re.compile(r"(?:\b[A-Z][\w]*[ \-]|#|No\.\s?)$")


_HAS_YEAR = re.compile(_YEAR)
_MAY_WRITE_A_YEAR = frozenset(("mdy", "dmy", "my", "year", "numeric"))
_OF_THAT_YEAR = re.compile(r"\s+of\s+that\s+year\b")
# capitalised words a year may follow: function words opening a sentence, seasons, holidays
_YEAR_AFTER_CAPITAL = re.compile(
    r"""(?:\b(?:In|Since|By|From|Until|Of|The|Early|Late|Mid|Between|Before|After|During|And|Or|Through|
    Spring|Summer|Autumn|Fall|Winter|Christmas|Easter)\s)$""", re.X)
_MONTH_WORDS = (r"January|February|March|April|May|June|July|August|September|October|November|"
                r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_NAME_AFTER = re.compile(rf" (?!(?:{_MONTH_WORDS})\b)[A-Z][a-z]+\b")  # "2024 Olympics", not "2024 June"
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s$", re.I)  # "a Friday interview" is one Friday
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w.]*\s$")
_MONTH_AFTER_WORD = re.compile(rf"""(?:
    \b(?:began|begins|begin|beginning|started|starts|start|ended|ends|end|ending|finished|closed|entered)\s
  | \b(?:planned|scheduled|slated|set|booked|due)\s+for\s
  | \b[Tt]hat\s
  | \b[Bb]etween\s                                       # "between January and April"
  | (?:\b(?P<det>their|its|his|her|our|[Aa])|\w(?P<owner>['’]s))\s  # "their February reports", "a September letter", "Harbour County's March primary"
  | \b{_MONTH}\.?(?:\s+[0-9]{{1,2}})?,?\s+(?:and|or)\s )$""", re.X)
_COORDINATED_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?(?:\s+[0-9]{{1,2}})?,?\s+(?:and|or)\s$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")
_MODIFIED_NOUN = re.compile(r"\s+([a-z]{3,})\b")
_IN_MONTH = re.compile(rf"[Ii]n\s+{_MONTH}")
_THAT_BEFORE = re.compile(r"\b[Tt]hat\s$")
# a named day of the calendar ("Super Tuesday", "Black Friday", "Ash Wednesday") is not the
# weekday nearest publication
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Super|Black|Cyber|Giving|Good|Holy|Maundy|Ash|Shrove|Fat|Palm|Easter|Whit|Bloody)\s$")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    kind: str  # which pattern found it
    date: str | None
    value: float | None = None  # a bare year also carries its value


def find_dates(text: str, published: dt.date | None, tense_of, low: str | None = None) -> list[DateMatch]:
    """Date expressions in `text`, non-overlapping, resolved against `published`.

    `tense_of(start, end)` returns "past", "future" or None for the words around a span;
    `low` is `text.lower()` when the caller has it (offsets must match `text`).
    """
    if low is None:
        low = text.lower()
        if len(low) != len(text):
            low = text
    found: list[tuple[int, int, str]] = []
    for ws, we, kind, pat in _candidate_windows(text, low):
        prefilter = _PREFILTERS[pat]
        spans = word_matches(pat, prefilter, text, ws, we) if prefilter else (m.span() for m in pat.finditer(text, ws, we))
        for s, e in spans:
            if kind == "year":
                if text[e - 1] == "s":
                    continue  # decades: "the 1990s"
                if _COUNT_AFTER.match(text, e) and not _YEAR_LEAD.search(text, max(0, s - 8), s) and not (
                        published and abs(int(text[s:s + 4]) - published.year) <= _NEAR_YEARS
                        and _YEAR_DETERMINER.search(text, max(0, s - 12), s)):
                    continue
                if _NOT_YEAR_BEFORE.search(text[max(0, s - 25):s]) and not _YEAR_AFTER_CAPITAL.search(text, max(0, s - 25), s):
                    head = text[max(0, s - 25):s]
                    mword = _CAPITALISED_WORD_BEFORE.search(head)
                    # "Euro 2024", "Paris 2024": a name; "In 2019", "Last 2019"…: a function word
                    if mword and mword.group(1).lower() not in MONTHS and mword.group(1) not in NOT_NAME_WORDS \
                            and not _in_title_case_line(text, s):
                        continue
            if kind == "shortyear" and (_COUNT_AFTER.match(text, e) or not published):
                continue  # "'16 people died,' she said": a quote opening on a count
            if kind == "weekday" and _NAME_AFTER.match(text, e) and not text[e - 2:e - 1] in "'’":
                continue  # "Sunday Ibekwe": a given name; "Tuesday's Oakfield primary" is a day
            if kind == "weekday" and _EVERY_BEFORE.search(text, max(0, s - 7), s):
                continue  # "every Monday": no one day
            if kind == "month_after":
                lead = _MONTH_AFTER_WORD.search(text, max(0, s - 30), s)
                if not lead or (lead.group("det") or lead.group("owner")) and not _NOUN_AFTER.match(text, e):
                    continue  # after a determiner, only a month modifying a noun
                kind = "month"
            if kind == "weekday" and _NAMED_DAY_BEFORE.search(text, max(0, s - 8), s):
                continue  # "on Super Tuesday": a day of the calendar with its own name
            if kind == "rel" and text[s:e].isupper() and _CAPITAL_WORD_BEFORE.search(text, max(0, s - 20), s):
                continue  # "USA TODAY": a title, not a day
            found.append((s, e, kind))
    tags = markup_spans(text)
    if tags:  # '<tweet datetime="2016-06-29">': an embed's timestamp, not a date the article states
        found = [f for f in found if not any(a < f[1] and f[0] < b for a, b in tags)]
    # keep the longest, earliest non-overlapping spans
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    chosen: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        if chosen and s < chosen[-1][1]:
            continue
        chosen.append((s, e, kind))
    out = []
    last_year = None  # the last year written out: "in early June of that year" is in it
    last_tense = None
    for s, e, kind in chosen:
        span = text[s:e]
        needs_tense = kind in ("weekday", "month") or (kind in ("mdy", "dmy") and not _HAS_YEAR.search(span))
        tense = tense_of(s, e) if needs_tense and published else None
        if kind == "month" and published and tense is None and _IN_MONTH.fullmatch(span) and _MODIFIED_NOUN.match(text, e) \
                and _MODIFIED_NOUN.match(text, e).group(1).lower() not in STOP:
            tense = "planned"  # "the levy in November election splits them": no verb, a month modifying a noun, the nearest
        if kind == "month" and out and _COORDINATED_MONTH_BEFORE.search(text, max(0, s - 20), s):
            tense, span = last_tense, f"in {span}"  # "in February and October": the first month's clause
        last_tense = tense
        date = resolve(span, kind, published, tense) if published or kind in ("mdy", "dmy", "my", "year", "numeric") else None
        if kind == "weekday" and out and out[-1].kind == "weekday" and out[-1].date and date \
                and _WEEKDAY_JOINER.fullmatch(text, out[-1].end, s):
            date = _day_after(out[-1].date, text[out[-1].start:out[-1].end], span)  # "Wednesday or Thursday"
        if kind in ("mdy", "dmy", "my", "year", "numeric") and date is None:
            date = resolve(span, kind, None, tense)
        value = float(span) if kind == "year" else _ago_value(span) if kind == "ago" else None
        if kind == "month" and last_year and date and (_OF_THAT_YEAR.match(text, e)
                                                         or _THAT_BEFORE.search(text, max(0, s - 5), s)):
            date = f"{last_year}{date[4:]}"
        if kind in ("mdy", "dmy") and date and len(date) == 10 and out and out[-1].kind == "weekday" \
                and _WEEKDAY_BEFORE_DATE.fullmatch(text, out[-1].end, s):
            out[-1] = DateMatch(out[-1].start, out[-1].end, "weekday", date)  # "died Friday, March 7, 2025"
        written = _HAS_YEAR.search(span) if kind in _MAY_WRITE_A_YEAR else None
        if written:
            last_year = written.group()
        out.append(DateMatch(s, e, kind, date, value))
    return out


_WEEKDAY_BEFORE_DATE = re.compile(r",?\s+")
_WEEKDAY_JOINER = re.compile(r"\s*,?\s*(?:and|or|to|through|until|-|–)\s+")
_WEEKDAY_NAME = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


def _day_after(first_date: str, first: str, second: str) -> str:
    """The second of two joined weekdays ('Wednesday or Thursday', 'Wednesday through Sunday')
    falls on or after the first."""
    a = WEEKDAYS[_WEEKDAY_NAME.search(first).group().lower()]
    b = WEEKDAYS[_WEEKDAY_NAME.search(second).group().lower()]
    return (dt.date.fromisoformat(first_date) + dt.timedelta(days=(b - a) % 7)).isoformat()


_TITLE_CASE_SHARE = 0.7  # a line with this share of capitalised words is a title-case headline


def _in_title_case_line(text: str, pos: int) -> bool:
    """'House Democrats Say 2016 Is Not About Her': in a headline every word is capitalised,
    so a capital before a year says nothing about a name."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].split()
    return len(line) >= 4 and sum(w[:1].isupper() or not w[:1].isalpha() for w in line) >= _TITLE_CASE_SHARE * len(line)


def _ago_value(span: str) -> float | None:
    """'18 months ago' is also the number 18 (a duration a fact-checker may check)."""
    m = _LEADING_DIGITS.match(span)
    return float(m.group(1)) if m else None
