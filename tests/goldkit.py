"""One builder for the gold tables of every test article set (tests/*/_build_gold.py).

A set's `_build_gold.py` declares its articles with the vocabulary below and calls `main`:

    python tests/SET/_build_gold.py          # check every span and (re)write NAME.gold.json / .meta.json
    python tests/SET/_build_gold.py --check  # write nothing; exit 1 when a file on disk differs

Items are declared by their text, never by offsets: `occ` picks the n-th whole-word occurrence
(0-based) of a text that repeats, `ctx` names a longer string, unique in the article, that holds it;
`upto` ends a quote that runs over several paragraphs. Dates are resolved with datetime against the
publication date (`weekday`, `month_day`, ...), never typed by hand.

The build fails loudly when a span is missing or ambiguous, when a quote span does not run from its
opening to its closing mark, when spans of one kind overlap (quotes may nest) or repeat, when a date is
malformed, when a double quote mark of the article lies outside every gold quote, or when a digit lies
outside every gold number and every declared `not_claims` string (a deliberate non-claim). Sets marked
`strict_words` (`strict_time_words`) also require every number word (time word) to be
covered. Other uncovered number and time words are
printed with `-v` for review by eye.

Conventions: quote spans run from the opening mark to the closing mark inclusive; a quote over several
paragraphs is one span; full and partial quotes are required, headings and mentions optional and
a mention has no speaker. Numbers: `value` is the full quantity, ranges give the low end as `value` and the high end
in `also`, vague quantities ("hundreds of") are required with value None. Absolute dates are required
with value None and a resolved `date`; relative and vague times are optional.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------- item declarations


def Q(text, speaker=None, kind="full", *, required=None, occ=None, ctx=None, upto=None):
    """A quote: full and partial quotes are required unless said otherwise."""
    if required is None:
        required = kind in ("full", "partial")
    return dict(t="q", text=text, speaker=speaker, kind=kind, required=required, occ=occ, ctx=ctx,
                upto=upto)


def H(text, *, occ=None, ctx=None):
    """A quoted heading or title: optional, no speaker."""
    return Q(text, None, "heading", required=False, occ=occ, ctx=ctx)


def M(text, *, occ=None, ctx=None):
    """A quoted word mentioned, not spoken: optional, no speaker."""
    return Q(text, None, "mention", required=False, occ=occ, ctx=ctx)


def N(text, value, *, also=None, date=None, required=True, occ=None, ctx=None):
    """A numeric claim; `value` may be a `frac()` pair, whose percent readings join `also`."""
    if isinstance(value, tuple):
        value, percents = value
        also = list(also or []) + percents
    return dict(t="n", text=text, value=value, also=also, date=date, required=required, occ=occ,
                ctx=ctx)


def O(text, value=None, *, also=None, date=None, occ=None, ctx=None):
    """An optional number or time: found or not, the score does not change."""
    return N(text, value, also=also, date=date, required=False, occ=occ, ctx=ctx)


def D(text, date, *, required=True, occ=None, ctx=None):
    """An absolute date: value None, `date` resolved against the publication date."""
    return N(text, None, date=date, required=required, occ=occ, ctx=ctx)


def OD(text, date=None, *, occ=None, ctx=None):
    """A relative or vague time: optional, with its date where it can be resolved."""
    return N(text, None, date=date, required=False, occ=occ, ctx=ctx)


def frac(numerator, denominator):
    """A fraction: its value, and the percent readings (exact and rounded) also accepted."""
    value = numerator / denominator
    accepted = []
    for x in (value * 100, round(value * 100, 2), round(value * 100, 1)):
        x = int(x) if float(x).is_integer() else x
        if x not in accepted:
            accepted.append(x)
    return value, accepted


@dataclass
class Article:
    """One article of a set: its file stem, title, publication date and gold items."""

    name: str
    title: str
    published: str
    items: list
    not_claims: tuple = ()
    weekday: str | None = None  # when given, checked against the publication date


@dataclass
class GoldSet:
    """A folder of articles and how strictly its number words are checked."""

    folder: Path
    articles: list[Article] = field(default_factory=list)
    strict_words: bool = False  # every number word must be covered
    strict_time_words: bool = False  # and every time word (months, weekdays, "ago", ...)

    def add(self, name, title, published, items, not_claims=(), weekday=None) -> None:
        if any(a.name == name for a in self.articles):
            raise GoldError(f"{name}: declared twice")
        self.articles.append(Article(name, title, published, list(items), tuple(not_claims), weekday))


# --------------------------------------------------------------------------- dates

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def _day(published: str) -> dt.date:
    return dt.date.fromisoformat(published)


def _month_number(month) -> int:
    return month if isinstance(month, int) else MONTH_NAMES.index(month.capitalize()) + 1


def _nearest(tense) -> None:
    """Any tense but past, future and before means the nearest; a typo is an error."""
    if tense not in (None, "nearest"):
        raise GoldError(f"unknown tense {tense!r} (past, future, before or nearest)")


def _weekday_number(name: str) -> int:
    return WEEKDAYS.index(name.capitalize())


def weekday(published, name, tense=None):
    """'past': on or before publication; 'future': after it; 'before': strictly before
    ("last Thursday"); None: the nearest."""
    pub, w = _day(published), _weekday_number(name)
    back = (pub.weekday() - w) % 7
    ahead = (w - pub.weekday()) % 7 or 7
    if tense == "past":
        day = pub - dt.timedelta(days=back)
    elif tense == "before":
        day = pub - dt.timedelta(days=back or 7)
    elif tense == "future":
        day = pub + dt.timedelta(days=ahead)
    else:
        _nearest(tense)
        day = pub - dt.timedelta(days=back) if back <= ahead else pub + dt.timedelta(days=ahead)
    return day.isoformat()


def next_weekday(published, name):
    """'next Saturday': that day in the week after the publication's (weeks start on Monday)."""
    pub = _day(published)
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7)
    return (monday + dt.timedelta(days=_weekday_number(name))).isoformat()


def month_day(published, month, day, tense=None):
    """A month and day: 'past' on or before publication, 'future' after it, None the nearest."""
    pub, m = _day(published), _month_number(month)
    candidates = [dt.date(pub.year + k, m, day) for k in (-1, 0, 1)]
    if tense == "past":
        return max(c for c in candidates if c <= pub).isoformat()
    if tense == "future":
        return min(c for c in candidates if c > pub).isoformat()
    _nearest(tense)
    return min(candidates, key=lambda c: abs((c - pub).days)).isoformat()


def month(published, name, tense=None):
    """'in June': 'past' the latest (this month counts), 'future' the next, None the nearest."""
    pub, m = _day(published), _month_number(name)
    now = (pub.year, pub.month)
    candidates = [(y, m) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if tense == "past":
        y, m = max(c for c in candidates if c <= now)
    elif tense == "future":
        y, m = min(c for c in candidates if c > now)
    else:
        _nearest(tense)
        y, m = min(candidates, key=lambda c: abs((c[0] - now[0]) * 12 + c[1] - now[1]))
    return f"{y:04d}-{m:02d}"


def shift_month(published, k):
    """The month k months after publication (k < 0: before)."""
    pub = _day(published)
    y, m = divmod(pub.year * 12 + pub.month - 1 + k, 12)
    return f"{y:04d}-{m + 1:02d}"


def shift_day(published, k):
    """The day k days after publication (k < 0: before)."""
    return (_day(published) + dt.timedelta(days=k)).isoformat()


def year(published, k=0):
    """The year k years after publication."""
    return f"{_day(published).year + k:04d}"


# --------------------------------------------------------------------------- spans


class GoldError(Exception):
    """A declaration that does not fit its article."""


def _bounded(article, start, end):
    """An occurrence counts only when it does not sit inside a longer word or number
    ("14" is not found in "2014", "14,000" or "14.5")."""
    left = start == 0 or not (article[start - 1].isalnum() and article[start].isalnum())
    right = end == len(article) or not (article[end - 1].isalnum() and article[end].isalnum())
    if right and article[end - 1].isdigit() and article[end:end + 1] in (",", "."):
        right = not article[end + 1:end + 2].isdigit()
    return left and right


def occurrences(article, text, within=(0, None), whole_words=True):
    """Start offsets of the (whole-word) occurrences of `text` in article[within]."""
    lo, hi = within
    hi = len(article) if hi is None else hi
    found, i = [], article.find(text, lo, hi)
    while i != -1:
        if not whole_words or _bounded(article, i, i + len(text)):
            found.append(i)
        i = article.find(text, i + 1, hi)
    return found


def locate(article, item, name):
    """The (start, end) of a declared item in its article."""
    text, occ, ctx = item["text"], item["occ"], item["ctx"]
    where = f"{name}: {text[:50]!r}"
    if ctx is not None:
        spots = [i for i in range(len(article)) if article.startswith(ctx, i)]
        if len(spots) != 1:
            raise GoldError(f"{where}: context {ctx!r} occurs {len(spots)} times (want exactly 1)")
        within = (spots[0], spots[0] + len(ctx))
        # a context pins the text down: inside a word ("75" of "over-75s") it still counts
        hits = occurrences(article, text, within) or occurrences(article, text, within,
                                                                  whole_words=False)
    else:
        hits = occurrences(article, text)
    if not hits:
        raise GoldError(f"{where}: span not found")
    if occ is None and len(hits) > 1:
        raise GoldError(f"{where}: occurs {len(hits)} times; give occ or ctx")
    if occ is not None and occ >= len(hits):
        raise GoldError(f"{where}: only {len(hits)} occurrences, occ={occ}")
    start = hits[occ or 0]
    end = start + len(text)
    if item.get("upto"):
        j = article.find(item["upto"], end)
        if j < 0:
            raise GoldError(f"{where}: end {item['upto']!r} not found after it")
        end = j + len(item["upto"])
    return start, end


# --------------------------------------------------------------------------- checks

OPENING_MARKS = "“\"‘'"
CLOSING_MARKS = "”\"’'"
DOUBLE_MARKS = "“”\""
KINDS = {"full", "partial", "heading", "mention"}
DATE_FORMAT = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
NUMBER_WORDS = re.compile(
    r"""\b(?: one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen
          | fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy
          | eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halves|thirds?
          | quarters?|twice|double|triple|once|first|second|fourth|fifth|decades?|several )\b""",
    re.I | re.X)
TIME_WORDS = re.compile(
    r"""\b(?: Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March
          | April|May|June|July|August|September|October|November|December|today|tonight
          | yesterday|tomorrow|ago|(?:last|next|this)\s+(?:week|month|year|season) )\b""", re.X)


def _covered(start, end, spans):
    return any(s < end and start < e for s, e in spans)


def _check_quote(name, row):
    t = row["text"]
    if t[0] not in OPENING_MARKS or t[-1] not in CLOSING_MARKS:
        raise GoldError(f"{name}: a quote span runs from its opening to its closing mark: {t[:40]!r}")
    if row["kind"] not in KINDS:
        raise GoldError(f"{name}: bad kind {row['kind']!r}")
    if row["kind"] in ("heading", "mention") and row["required"]:
        raise GoldError(f"{name}: {t[:40]!r}: headings and mentions are optional")
    if row["kind"] == "mention" and row["speaker"]:
        raise GoldError(f"{name}: {t[:40]!r}: a mention has no speaker")


def _check_overlaps(name, quotes, numbers):
    for what, rows in (("quote", quotes), ("number", numbers)):
        spans = [(r["start"], r["end"]) for r in rows]
        if len(set(spans)) != len(spans):
            raise GoldError(f"{name}: a {what} is declared twice")
    for a, b in zip(numbers, numbers[1:]):
        if b["start"] < a["end"]:
            raise GoldError(f"{name}: numbers overlap: {a['text']!r} / {b['text']!r}")
    for a in quotes:  # quotes may nest, never cross
        for b in quotes:
            if a["start"] < b["start"] < a["end"] < b["end"]:
                raise GoldError(f"{name}: quotes cross: {a['text'][:30]!r} / {b['text'][:30]!r}")


def _check_coverage(name, article, quotes, numbers, not_claims, strict_words,
                    strict_time_words):
    """Every quote mark and digit (and, when strict, number word) belongs to some item."""
    allowed = []
    for text in not_claims:
        hits = occurrences(article, text)
        if not hits:
            raise GoldError(f"{name}: not_claims entry {text!r} is not in the article")
        allowed += [(i, i + len(text)) for i in hits]
    nspans = [(n["start"], n["end"]) for n in numbers]
    qspans = [(q["start"], q["end"]) for q in quotes]
    for s, e in allowed:
        if _covered(s, e, nspans):
            raise GoldError(f"{name}: not_claims entry {article[s:e]!r} overlaps a gold number")
    around = lambda s, e: article[max(0, s - 30):e + 30].replace("\n", " ")  # noqa: E731
    for i, ch in enumerate(article):
        if ch in DOUBLE_MARKS and not _covered(i, i + 1, qspans + allowed):
            raise GoldError(f"{name}: quote mark at {i} outside every gold quote: {around(i, i)!r}")
    checks = ([re.compile(r"\d+")] + ([NUMBER_WORDS] if strict_words else [])
              + ([TIME_WORDS] if strict_time_words else []))
    for rx in checks:
        for m in rx.finditer(article):
            if not _covered(m.start(), m.end(), nspans + allowed):
                raise GoldError(f"{name}: {m.group()!r} at {m.start()} is neither a gold number nor in "
                                f"not_claims: {around(m.start(), m.end())!r}")
    warnings = []
    for rx in (NUMBER_WORDS, TIME_WORDS):
        for m in rx.finditer(article):
            if not _covered(m.start(), m.end(), nspans + allowed):
                warnings.append(f"{name}: uncovered {m.group()!r}: …{around(m.start(), m.end())}…")
    return warnings


# --------------------------------------------------------------------------- building


def _plain(value):
    """2.0 -> 2, so that a value reads the same however it was computed."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def build(folder: Path, spec: Article, strict_words: bool = False,
          strict_time_words: bool = False):
    """The gold table and metadata of one article, and the warnings to review by eye."""
    name = spec.name
    article = (folder / f"{name}.txt").read_text(encoding="utf-8")
    if article.startswith("\ufeff"):
        raise GoldError(f"{name}: remove the byte-order mark")
    published = _day(spec.published)
    if spec.weekday and published.strftime("%A") != spec.weekday:
        raise GoldError(f"{name}: {spec.published} is a {published:%A}, not {spec.weekday}")
    quotes, numbers = [], []
    for item in spec.items:
        start, end = locate(article, item, name)
        row = dict(start=start, end=end, text=article[start:end])
        if item["t"] == "q":
            row.update(speaker=item["speaker"], kind=item["kind"], required=item["required"])
            _check_quote(name, row)
            quotes.append(row)
            continue
        row.update(value=_plain(item["value"]), required=item["required"])
        if item["also"]:
            row["also_accept"] = [_plain(v) for v in item["also"]]
        if item["date"] is not None:
            if not DATE_FORMAT.fullmatch(item["date"]):
                raise GoldError(f"{name}: bad date {item['date']!r} for {row['text']!r}")
            row["date"] = item["date"]
        numbers.append(row)
    quotes.sort(key=lambda r: r["start"])
    numbers.sort(key=lambda r: r["start"])
    _check_overlaps(name, quotes, numbers)
    warnings = _check_coverage(name, article, quotes, numbers, spec.not_claims, strict_words,
                                strict_time_words)
    gold = {"article": f"{name}.txt", "published": spec.published, "quotes": quotes, "numbers": numbers}
    meta = {"title": spec.title, "published": spec.published, "url": None}
    return gold, meta, warnings


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def built_files(gold_set: GoldSet):
    """Every file the set's declarations produce: {path: text}, plus the warnings."""
    files, warnings = {}, []
    for spec in gold_set.articles:
        gold, meta, found = build(gold_set.folder, spec, gold_set.strict_words,
                                  gold_set.strict_time_words)
        files[gold_set.folder / f"{spec.name}.gold.json"] = dump(gold)
        files[gold_set.folder / f"{spec.name}.meta.json"] = dump(meta)
        warnings += found
    return files, warnings


def main(gold_set: GoldSet, argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        files, warnings = built_files(gold_set)
    except GoldError as e:
        print("GOLD ERROR:", e, file=sys.stderr)
        return 2
    stale = [p.name for p, text in files.items()
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        if stale:
            print("differs from its declarations (rerun without --check):", ", ".join(stale))
            return 1
    else:
        for path, text in files.items():
            path.write_text(text, encoding="utf-8")
    for spec in gold_set.articles:
        print(f"{spec.name}: built")
    if "-v" in argv:
        for w in warnings:
            print("review:", w)
    return 0
