"""Resolve a found date expression to an ISO date against the day of publication: the year a
"March 3" or "in June" falls in, the day a "Thursday" is, what "18 months ago" was. The tense
of the clause (tense.py) says which side of publication to look; dateparser is used only for
the forms the fast readers here do not cover."""

from __future__ import annotations

import datetime as dt
import functools
import re

from factcheck.extract.lexicon import MONTHS, WEEKDAYS

# patterns the functions below use, compiled once at import
_ORDINAL_SUFFIX = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_OF_WORD = re.compile(r"\bof\s+")
_WEEKDAY = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_LAST_THIS_NEXT_YEAR = re.compile(r"(last|this|next)\s+year")
_LAST_NEXT_THIS_PERIOD = re.compile(r"(last|next|this)\s+(week|weekend|month|year)")
_EARLIER_LATER_PERIOD = re.compile(r"(?:earlier|later)\s+(?:this|in\s+the|the)\s+(week|month|year)")

MONTH_PATTERN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
YEAR_PATTERN = r"(?:1[6-9]\d\d|20\d\d)"
_MONTH = MONTH_PATTERN
_YEAR = YEAR_PATTERN
_PAST_WITHOUT_YEAR_DAYS = 300  # a past day written without its year is rarely further back than this
_SHORT_YEAR_AHEAD = 10  # "'16" is at most this many years after publication

__all__ = ["MONTH_PATTERN", "YEAR_PATTERN", "resolve"]


def resolve(span: str, kind: str, published: dt.date | None, tense: str | None) -> str | None:
    """An ISO date ("YYYY-MM-DD", "YYYY-MM" or "YYYY") for a found span, or None."""
    low = span.lower()
    if kind == "year":
        return span[:4]
    if kind == "numeric":
        return _numeric_date(span)
    if kind == "shortyear":  # "'16" written in 2016, "'98" written in 2016: the century that is not far ahead
        year = published.year // 100 * 100 + int(span[1:])
        return str(year - 100 if year > published.year + _SHORT_YEAR_AHEAD else year)
    if kind == "my":
        m = re.search(rf"({_MONTH})\s+(?:of\s+)?({_YEAR})", span)
        return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}" if m else None
    if kind in ("mdy", "dmy"):
        parsed = _plain_day(span) or _dateparser(span, "current_period", published.isoformat() if published else None)
        if parsed is None:
            return None
        day, has_year = parsed
        if has_year or published is None:
            return day.isoformat() if has_year else None
        return _nearest_year(day.month, day.day, published, tense).isoformat()
    if published is None:
        return None
    if tense == "modal":  # "could be busier on Saturday": the nearest day; "can win in November": ahead;
        # "must file their February reports": a month modifying a noun, the nearest
        tense = "future" if kind == "month" and " " in low else "planned"
    if kind == "weekday":
        wd = WEEKDAYS[_WEEKDAY.search(low).group()]
        delta = (published.weekday() - wd) % 7
        if low.startswith("last "):
            delta = delta or 7
        if tense == "planned" and not low.startswith(("last ", "next ")):
            ahead = (wd - published.weekday()) % 7
            if ahead < delta:  # "was scheduled to speak Friday": the nearest Friday
                return (published + dt.timedelta(days=ahead)).isoformat()
        if tense == "schedule" and not low.startswith("last "):
            ahead = (wd - published.weekday()) % 7  # "holds its vote on Saturday": this week's
            return (published + dt.timedelta(days=ahead)).isoformat()
        if tense == "future" or low.startswith("next "):
            ahead = (wd - published.weekday()) % 7 or 7 * low.startswith("next ")
            return (published + dt.timedelta(days=ahead)).isoformat()
        return (published - dt.timedelta(days=delta)).isoformat()
    if kind == "month":
        return _month_of(span, low, published, tense)
    if kind == "mrel":
        month = MONTHS[re.search(_MONTH, span).group().lower()]
        step = {"last": -1, "this": 0, "next": 1}[_LAST_THIS_NEXT_YEAR.search(low).group(1)]
        return f"{published.year + step}-{month:02d}"
    if kind == "rel":
        return _relative(low, published)
    if kind == "ago":
        parsed = _plain_ago(low, published) or _dateparser(span, "past", published.isoformat())
        if parsed is None:
            return None
        day, _ = parsed
        if "year" in low or "decade" in low:
            return str(day.year)
        if "month" in low:
            return f"{day.year}-{day.month:02d}"
        return day.isoformat()
    return None


def _numeric_date(span: str) -> str | None:
    """'2/26/2012' (month first) or '26/2/2012' (day first) where only one order is a date;
    '3/4/2012' could be either, so only its year is sure."""
    first, second, year = (int(x) for x in span.split("/"))
    orders = [(m, d) for m, d in ((first, second), (second, first)) if 1 <= m <= 12 and 1 <= d <= 31]
    if len(orders) == 1 or len(orders) == 2 and first == second:
        try:
            return dt.date(year, *orders[0]).isoformat()
        except ValueError:
            return str(year)
    return str(year)


def _month_of(span: str, low: str, published: dt.date, tense: str | None) -> str:
    """'in June', 'by March', 'the March high': the June on the side of publication the
    clause's tense points to. A timetable verb ('starts in early January', written in
    November) looks forward too; 'is up from 37 percent in January' does not; 'since' looks back."""
    month = MONTHS[re.search(_MONTH, span).group().lower()]
    year = published.year
    if low.startswith("since "):
        tense = "past"
    if low.startswith(("toward ", "towards ", "into ", "between now ")):
        tense = "future"  # "marching toward November", "may last into January", "between now and March"
    if tense == "present" and not low.startswith(("last ", "next ", "this ")):
        tense = "planned"  # "is bent on winning before the convention in July": the nearest July
    if " " not in low and tense in (None, "schedule"):
        tense = "planned"  # "the March states", "July's poll": a modifier with no verb of its own, the nearest
    if tense == "planned" and not low.startswith(("last ", "next ")):
        nearest = min((-1, 0, 1), key=lambda k: abs((published.year + k) * 12 + month - published.year * 12 - published.month))
        return f"{published.year + nearest}-{month:02d}"
    ahead = low.startswith("next ") or (tense in ("future", "schedule") and not low.startswith("last "))
    if ahead:
        if month < published.month or month == published.month and low.startswith("next "):
            year += 1  # "next November" written in November is a year ahead
    elif low.startswith("last ") and month >= published.month or month > published.month:
        year -= 1
    return f"{year}-{month:02d}"


def _relative(low: str, published: dt.date) -> str | None:
    if low in ("today", "tonight"):
        return published.isoformat()
    if low == "yesterday":
        return (published - dt.timedelta(days=1)).isoformat()
    if low == "tomorrow":
        return (published + dt.timedelta(days=1)).isoformat()
    m = _LAST_NEXT_THIS_PERIOD.fullmatch(low)
    if m:
        step = {"last": -1, "next": 1, "this": 0}[m.group(1)]
        unit = m.group(2)
        if unit == "year":
            return str(published.year + step)
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
            return f"{y}-{mo + 1:02d}"
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            return monday.isoformat()
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)
        if step < 0 or (step == 0 and saturday > published and published.weekday() == 0):
            saturday -= dt.timedelta(days=7)
        if step > 0 and saturday <= published:
            saturday += dt.timedelta(days=7)
        return saturday.isoformat()
    m = _EARLIER_LATER_PERIOD.fullmatch(low)
    if m:
        if m.group(1) == "year":
            return str(published.year)
        if m.group(1) == "month":
            return f"{published.year}-{published.month:02d}"
        return None
    return None  # relative to another event ("a day after", "the eve of")


def _nearest_year(month: int, day: int, published: dt.date, tense: str | None) -> dt.date:
    candidates = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(y, month, day))
        except ValueError:
            continue
    if tense == "past":
        # a year left out is this year's, or near it: "led the field before the caucuses Feb. 1",
        # written in January, is next month; a past verb alone does not make it eleven months ago
        past = [c for c in candidates if c <= published and (published - c).days <= _PAST_WITHOUT_YEAR_DAYS]
        if past:
            return max(past)
    if tense in ("future", "schedule"):
        future = [c for c in candidates if c >= published]
        if future:
            return min(future)
    return min(candidates, key=lambda c: abs((c - published).days))


_PLAIN_DAY = re.compile(
    rf"""(?:(?P<m1>{_MONTH})\.?\ (?P<d1>\d{{1,2}})       # March 3 / Sept. 03
          |(?P<d2>\d{{1,2}})\ (?:of\ )?(?P<m2>{_MONTH})\.?  # 3 March / 3 of March
         )(?:st|nd|rd|th)?(?:,?\ (?P<year>{_YEAR}))?""",
    re.VERBOSE,
)
_FIRST_LEAP_YEAR = 2000  # any leap year: a written day without a year is checked against it


def _plain_day(span: str) -> tuple[dt.date, bool] | None:
    """The common written dates ('March 3, 2016', '3 March') without dateparser, which is
    slow; anything unusual (other spacing, 29 February without a year, an impossible day)
    is left to dateparser. Checked against dateparser on every month, day and form."""
    m = _PLAIN_DAY.fullmatch(span)
    if m is None:
        return None
    month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
    day = int(m.group("d1") or m.group("d2"))
    year = m.group("year")
    if year is None and month == 2 and day == 29:
        return None
    try:
        return dt.date(int(year) if year else _FIRST_LEAP_YEAR, month, day), year is not None
    except ValueError:
        return None


_AGO_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # never "a few", "several"
_PLAIN_AGO = re.compile(rf"(?P<n>[0-9]{{1,3}}|{'|'.join(_AGO_WORDS)}) (?P<unit>day|week|month|year|decade)s? ago")
_DAYS_IN = {"day": 1, "week": 7}
_MONTHS_IN = {"month": 1, "year": 12, "decade": 120}


def _plain_ago(low: str, published: dt.date) -> tuple[dt.date, bool] | None:
    """'18 months ago', '3 weeks ago' counted back from publication without dateparser
    (which does the same, slowly); 'a few' and 'several' are left to dateparser."""
    m = _PLAIN_AGO.fullmatch(low)
    if m is None:
        return None
    n = _AGO_WORDS.get(m.group("n")) or int(m.group("n"))
    unit = m.group("unit")
    if unit in _DAYS_IN:
        return published - dt.timedelta(days=n * _DAYS_IN[unit]), False
    months = published.year * 12 + published.month - 1 - n * _MONTHS_IN[unit]
    year, month = divmod(months, 12)
    if year < 1:
        return None
    return dt.date(year, month + 1, 1), False  # only the year or the month is read


@functools.lru_cache(maxsize=4096)
def _dateparser(span: str, prefer: str, base_iso: str | None) -> tuple[dt.date, bool] | None:
    """dateparser on one short span; returns the date and whether a year was written."""
    base = dt.datetime.fromisoformat(base_iso) if base_iso else dt.datetime(2000, 1, 1)
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parser = _parser(tuple(sorted((k, str(v)) for k, v in settings.items())), settings)
    cleaned = _ORDINAL_SUFFIX.sub(r"\1", span)
    cleaned = _OF_WORD.sub("", cleaned)
    data = parser.get_date_data(cleaned)
    if data is None or data.date_obj is None:
        return None
    has_year = re.search(_YEAR, span) is not None
    return data.date_obj.date(), has_year


_PARSERS: dict = {}


def _parser(key, settings):
    from dateparser.date import DateDataParser

    p = _PARSERS.get(key)
    if p is None:
        p = _PARSERS[key] = DateDataParser(languages=["en"], settings=settings)
    return p
