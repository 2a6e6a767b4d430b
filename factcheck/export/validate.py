"""Checking an export document before import: shapes, types, formats and consistency.

An export file is outside data: it may have been edited by hand or written to attack the
reader. Every field is checked by type and format before anything is written: times are
ISO-8601 within sane bounds (not before 1970, not after tomorrow), numbers are finite
and fit SQLite's integers, statuses come from the known set, names follow the reviewer
name rule (factcheck.names), and text has a length limit. A problem is reported as the
path to the first bad value and what was expected ("articles[0].claims[3].start: expected
an integer"), so a bad file is refused in one line. Times are rewritten to the one form
the store writes (2025-09-11T08:30:00.000Z, UTC), because verdicts are compared as text.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import re

from factcheck.models import CLAIM_KINDS, DECIDED, STATUSES
from factcheck.names import name_problem

SQLITE_MIN_INT, SQLITE_MAX_INT = -(2**63), 2**63 - 1
MAX_ARTICLE_CHARS = 20_000_000  # an article's text
MAX_LONG_TEXT = 1_000_000  # a note, an excerpt, a sentence, a value inside a history entry
MAX_SHORT_TEXT = 10_000  # a title, an address, a speaker, a unit
MAX_DEPTH = 4  # nesting inside a history entry's before/after row
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
CLOCK_SKEW = dt.timedelta(days=1)  # a colleague's clock may run ahead; a year 9999 may not
SPEAKER_KINDS = ("person", "organization")

_STAMP = re.compile(r"""
    \d{4}-\d{2}-\d{2}                  # date
    [T\ ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?   # time, seconds optional
    (Z|[+-]\d{2}:?\d{2})?              # zone; none means UTC, as the store writes
    """, re.VERBOSE | re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?", re.ASCII)
_ACTION = re.compile(r"[a-z][a-z_.]{0,39}", re.ASCII)


class _Bad(Exception):
    pass


def _int(v) -> bool:
    return type(v) is int and SQLITE_MIN_INT <= v <= SQLITE_MAX_INT


def _num(v) -> bool:
    t = type(v)
    return (t is float and math.isfinite(v)) or (t is int and SQLITE_MIN_INT <= v <= SQLITE_MAX_INT)


@functools.lru_cache(maxsize=4096)  # a file names a few reviewers many thousand times
def _name(v: str) -> bool:
    return name_problem(v) is None


def _date(v) -> bool:
    """A publication date: 2025-09-11, optionally with a time."""
    if not isinstance(v, str) or len(v) > 40 or not _DATE.fullmatch(v):
        return False
    try:
        dt.datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


_CANONICAL = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z", re.ASCII)
_EARLIEST_TEXT = EARLIEST.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Bounds:
    """The latest time allowed (now + CLOCK_SKEW, also as text for the fast path), and how
    many times a check rewrote to the store's form."""

    def __init__(self):
        self.latest = dt.datetime.now(dt.timezone.utc) + CLOCK_SKEW
        self.latest_text = self.latest.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        self.rewritten = 0


def canonical_time(value, bounds: Bounds | None = None) -> str | None:
    """An ISO-8601 time in the store's form (UTC, milliseconds, Z), or None when `value`
    is not one or lies outside EARLIEST..now + CLOCK_SKEW."""
    if type(value) is not str or len(value) > 40:
        return None
    bounds = bounds or Bounds()
    if _CANONICAL.fullmatch(value):  # the store's own form: compare as text (fast path)
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            return None
        return value if _EARLIEST_TEXT <= value <= bounds.latest_text else None
    if not _STAMP.fullmatch(value):
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace(" ", "T"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    when = when.astimezone(dt.timezone.utc)
    if not EARLIEST <= when <= bounds.latest:
        return None
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _plain(value, depth: int = 0) -> bool:
    """A row stored inside a history entry: JSON values of bounded size and depth."""
    t = type(value)
    if value is None or t is bool:
        return True
    if t is str:
        return len(value) <= MAX_LONG_TEXT
    if t is int or t is float:
        return _num(value)
    if depth >= MAX_DEPTH:
        return False
    if t is list:
        return all(_plain(v, depth + 1) for v in value)
    if t is dict:
        return all(type(k) is str and len(k) <= 100 and _plain(v, depth + 1)
                   for k, v in value.items())
    return False


def _row(v) -> bool:
    if type(v) is not dict or not _plain(v):
        return False
    return "status" not in v or v["status"] in STATUSES


# A field's kind; the checks are inline in _check (a function call per field made the
# check of a 100,000-claim file take as long as the rest of the import).
TEXT, INT, NUMBER, BOOL, ONE_OF, NAME, TIME, LIST, OBJECT, TEST = range(10)


def _field(kind: int, what: str, required: bool = False, optional: bool = False, arg=None):
    """(kind, arg, required, null allowed, what it should be)."""
    return (kind, arg, required, optional, what + (" or null" if optional else ""))


_TIME_WHAT = ("an ISO-8601 time like 2025-09-11T08:30:00.000Z, not before 1970 nor in the "
              "future")
_NAME_WHAT = "a reviewer name (printable, 1 to 40 characters)"


def _text(limit: int, required: bool = False, optional: bool = False):
    return _field(TEXT, f"a string of at most {limit} characters", required, optional, limit)


TIME_FIELD = _field(TIME, _TIME_WHAT, required=True)
OPT_TIME = _field(TIME, _TIME_WHAT, optional=True)
LIST_FIELD = _field(LIST, "a list", required=True)
OPT_SHORT = _text(MAX_SHORT_TEXT, optional=True)
OPT_NAME = _field(NAME, _NAME_WHAT, optional=True)
OPT_NUMBER = _field(NUMBER, "a finite number", optional=True)
OPT_ID = _field(INT, "an integer", optional=True)
ROW = _field(TEST, "an object of plain values (a known status, if any)", optional=True,
             arg=_row)

ARTICLE = {
    "content_hash": _text(64, required=True), "title": OPT_SHORT, "url": OPT_SHORT,
    "published": _field(TEST, "a date like 2025-09-11", optional=True, arg=_date),
    "modified": _field(TEST, "a date like 2025-09-11", optional=True, arg=_date),
    "byline": OPT_SHORT, "site_name": OPT_SHORT, "canonical_url": OPT_SHORT,
    "ingested_at": TIME_FIELD, "source_path": OPT_SHORT,
    "text": _text(MAX_ARTICLE_CHARS, required=True),
    "history": LIST_FIELD, "claims": LIST_FIELD,
}
CLAIM = {
    "kind": _field(ONE_OF, f"one of {', '.join(CLAIM_KINDS)}", True, arg=CLAIM_KINDS),
    "text": _text(MAX_LONG_TEXT, required=True),
    "start": _field(INT, "an integer", True), "end": _field(INT, "an integer", True),
    "position": OPT_ID, "sentence": _text(MAX_LONG_TEXT),
    "speaker": OPT_SHORT, "speaker_role": OPT_SHORT,
    "speaker_kind": _field(ONE_OF, "person or organization", optional=True, arg=SPEAKER_KINDS),
    "partial": _field(BOOL, "true or false"), "mention": _field(BOOL, "true or false"),
    "value": OPT_NUMBER, "value_max": OPT_NUMBER,
    "unit": OPT_SHORT, "qualifier": OPT_SHORT, "date": OPT_SHORT,
    "checkworthiness": _field(NUMBER, "a finite number"),
    "verdict": _field(OBJECT, "an object", True), "reviews": _field(LIST, "a list"),
    "sources": LIST_FIELD, "notes": LIST_FIELD, "history": LIST_FIELD,
}
VERDICT = {
    "status": _field(ONE_OF, f"one of {', '.join(STATUSES)}", True, arg=STATUSES),
    "reviewer": OPT_NAME, "updated_at": TIME_FIELD,
    "version": _field(TEST, "a whole number from 1", True, arg=lambda v: _int(v) and v >= 1),
}
REVIEW = {
    "reviewer": _field(NAME, _NAME_WHAT, True),
    "status": _field(ONE_OF, f"one of {', '.join(DECIDED)}", True, arg=DECIDED),
    "at": TIME_FIELD,
}
SOURCE = {
    # not only web addresses: quote checks cite file:///… documents or "stdin"
    "id": OPT_ID,
    "url": _field(TEST, f"a non-empty string of at most {MAX_SHORT_TEXT} characters", True,
                  arg=lambda v: type(v) is str and len(v) <= MAX_SHORT_TEXT and bool(v.strip())),
    "title": OPT_SHORT, "excerpt": _text(MAX_LONG_TEXT, optional=True),
    "retrieved_at": OPT_TIME, "added_by": OPT_NAME, "added_at": TIME_FIELD,
    "match_score": OPT_NUMBER, "match_class": _text(40, optional=True),
    # evidence-library sources: the document and passage, and where in it ("page 2, …")
    "document_id": OPT_ID, "passage_id": OPT_ID, "position": OPT_SHORT,
}
ALIAS = {"alias": _text(MAX_SHORT_TEXT, required=True),
         "canonical": _text(MAX_SHORT_TEXT, required=True),
         "merged_by": OPT_NAME, "merged_at": TIME_FIELD}
NOTE = {
    "id": OPT_ID,
    "body": _field(TEST, f"a non-empty string of at most {MAX_LONG_TEXT} characters", True,
                   arg=lambda v: type(v) is str and len(v) <= MAX_LONG_TEXT and bool(v.strip())),
    "author": OPT_NAME, "created_at": TIME_FIELD, "updated_at": TIME_FIELD,
}
EVENT = {
    "id": OPT_ID, "at": TIME_FIELD, "reviewer": OPT_NAME,
    "action": _field(TEST, "an action name like verdict or note.add", True,
                     arg=lambda v: type(v) is str and bool(_ACTION.fullmatch(v))),
    "before": ROW, "after": ROW, "ref": OPT_ID,
}


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


_MISSING = object()


def _check(value, spec: dict, where: str, bounds: Bounds) -> None:
    """Check one object against its spec (times rewritten); _Bad names the first problem."""
    if type(value) is not dict:
        raise _Bad(f"{where}: expected an object")
    for name, (kind, arg, required, optional, what) in spec.items():
        v = value.get(name, _MISSING)
        if v is _MISSING:
            if required:
                raise _Bad(f"{where}: {name} is missing")
            continue
        if v is None and optional:
            continue
        t = type(v)
        if kind == TEXT:
            ok = t is str and len(v) <= arg
        elif kind == TIME:
            stamp = canonical_time(v, bounds)
            ok = stamp is not None
            if ok and stamp != v:
                value[name] = stamp
                bounds.rewritten += 1
        elif kind == NAME:
            ok = t is str and _name(v)
        elif kind == INT:
            ok = t is int and SQLITE_MIN_INT <= v <= SQLITE_MAX_INT
        elif kind == ONE_OF:
            ok = t is str and v in arg
        elif kind == NUMBER:
            ok = _num(v)
        elif kind == LIST:
            ok = t is list
        elif kind == OBJECT:
            ok = t is dict
        elif kind == BOOL:
            ok = t is bool
        else:
            ok = arg(v)
        if not ok:
            raise _Bad(f"{where}.{name}: expected {what}, got {_shown(v)}")


def _rows(rows: list, spec: dict, where: str, name: str, bounds: Bounds) -> None:
    """Every object of a list; the path (`where.name[k]`) is only built for a problem."""
    for k, row in enumerate(rows):
        try:
            _check(row, spec, "", bounds)
        except _Bad as e:
            raise _Bad(f"{where}.{name}[{k}]{e}") from None


def check_document(doc: dict) -> str | None:
    """The first problem in an export document, or None when it can be imported.
    Times in `doc` are rewritten to the store's form as they are checked."""
    try:
        if not isinstance(doc.get("articles"), list):
            raise _Bad("articles: expected a list")
        for i, a in enumerate(doc["articles"]):
            check_article(a, i)
        check_loose(doc.get("events", []), doc.get("speaker_aliases", []))
    except _Bad as e:
        return str(e)
    return None


def article_problem(a, i: int, bounds: Bounds | None = None) -> str | None:
    """The first problem in the i-th article of an export (times rewritten, counted in
    `bounds`), or None."""
    try:
        check_article(a, i, bounds)
    except _Bad as e:
        return str(e)
    return None


def loose_problem(events, aliases) -> str | None:
    """The first problem in the events and speaker aliases of an export, or None."""
    try:
        check_loose(events, aliases)
    except _Bad as e:
        return str(e)
    return None


def check_article(a, i: int, bounds: Bounds | None = None) -> None:
    bounds = bounds or Bounds()
    where = f"articles[{i}]"
    _check(a, ARTICLE, where, bounds)
    if hashlib.sha256(a["text"].encode("utf-8")).hexdigest() != a["content_hash"]:
        raise _Bad(f"{where}.content_hash does not match its text")
    _rows(a["history"], EVENT, where, "history", bounds)
    text = a["text"]
    for j, c in enumerate(a["claims"]):
        try:
            _claim(text, c, bounds)
        except _Bad as e:
            raise _Bad(f"{where}.claims[{j}]{e}") from None


def check_loose(events, aliases, bounds: Bounds | None = None) -> None:
    bounds = bounds or Bounds()
    for name, value in (("events", events), ("speaker_aliases", aliases)):
        if not isinstance(value, list):
            raise _Bad(f"{name}: expected a list")
    for k, row in enumerate(aliases):
        _check(row, ALIAS, f"speaker_aliases[{k}]", bounds)
    for k, e in enumerate(events):
        _check(e, EVENT, f"events[{k}]", bounds)


def _claim(text: str, c: dict, bounds: Bounds) -> None:
    """One claim; problems are reported relative to it (".verdict.status: …")."""
    _check(c, CLAIM, "", bounds)
    start, end = c["start"], c["end"]
    if not (0 <= start <= end <= len(text)) or text[start:end] != c["text"]:
        raise _Bad(f": its text is not the article's text at {start}:{end}")
    _check(c["verdict"], VERDICT, ".verdict", bounds)
    _rows(c.get("reviews", ()), REVIEW, "", "reviews", bounds)
    _rows(c["sources"], SOURCE, "", "sources", bounds)
    _rows(c["notes"], NOTE, "", "notes", bounds)
    _rows(c["history"], EVENT, "", "history", bounds)
