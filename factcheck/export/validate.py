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
    return isinstance(v, int) and not isinstance(v, bool) and SQLITE_MIN_INT <= v <= SQLITE_MAX_INT


def _num(v) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    return math.isfinite(v) and (isinstance(v, float) or _int(v))


def _text(limit: int):
    return lambda v: isinstance(v, str) and len(v) <= limit


def _opt(test):
    return lambda v: v is None or test(v)


def _one_of(values):
    return lambda v: isinstance(v, str) and v in values


def _name(v) -> bool:
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


def canonical_time(value) -> str | None:
    """An ISO-8601 time in the store's form (UTC, milliseconds, Z), or None when `value`
    is not one or lies outside EARLIEST..now + CLOCK_SKEW."""
    if not isinstance(value, str) or len(value) > 40 or not _STAMP.fullmatch(value):
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace(" ", "T"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    when = when.astimezone(dt.timezone.utc)
    if not EARLIEST <= when <= dt.datetime.now(dt.timezone.utc) + CLOCK_SKEW:
        return None
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Time:
    """Marks a field as a time: checked by canonical_time and rewritten to its result."""

    def __init__(self, optional: bool):
        self.optional = optional


def _plain(value, depth: int = 0) -> bool:
    """A row stored inside a history entry: JSON values of bounded size and depth."""
    if value is None or isinstance(value, bool):
        return True
    if isinstance(value, str):
        return len(value) <= MAX_LONG_TEXT
    if isinstance(value, (int, float)):
        return _num(value)
    if depth >= MAX_DEPTH:
        return False
    if isinstance(value, list):
        return all(_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and len(k) <= 100 and _plain(v, depth + 1)
                   for k, v in value.items())
    return False


def _row(v) -> bool:
    if v is None:
        return True
    if not isinstance(v, dict) or not _plain(v):
        return False
    return "status" not in v or v["status"] in STATUSES


TIME = (_Time(optional=False), "an ISO-8601 time like 2025-09-11T08:30:00.000Z, "
        "not before 1970 nor in the future", True)
OPT_TIME = (_Time(optional=True), "null or an ISO-8601 time like 2025-09-11T08:30:00.000Z, "
            "not before 1970 nor in the future", False)
LIST = (lambda v: isinstance(v, list), "a list", True)
SHORT = (_text(MAX_SHORT_TEXT), f"a string of at most {MAX_SHORT_TEXT} characters", True)
OPT_SHORT = (_opt(_text(MAX_SHORT_TEXT)), f"a string of at most {MAX_SHORT_TEXT} characters "
             "or null", False)
OPT_LONG = (_opt(_text(MAX_LONG_TEXT)), f"a string of at most {MAX_LONG_TEXT} characters or "
            "null", False)
OPT_NAME = (_opt(_name), "null or a reviewer name (printable, 1 to 40 characters)", False)
OPT_NUMBER = (_opt(_num), "a finite number or null", False)
OPT_ID = (_opt(_int), "an integer or null", False)

# field → (test, what it should be, required)
ARTICLE = {
    "content_hash": (_text(64), "a string", True), "title": OPT_SHORT, "url": OPT_SHORT,
    "published": (_opt(_date), "null or a date like 2025-09-11", False),
    "ingested_at": TIME, "source_path": OPT_SHORT,
    "text": (_text(MAX_ARTICLE_CHARS), f"a string of at most {MAX_ARTICLE_CHARS} characters",
             True),
    "history": LIST, "claims": LIST,
}
CLAIM = {
    "kind": (_one_of(CLAIM_KINDS), f"one of {', '.join(CLAIM_KINDS)}", True),
    "text": (_text(MAX_LONG_TEXT), "a string", True),
    "start": (_int, "an integer", True), "end": (_int, "an integer", True),
    "position": OPT_ID,
    "sentence": (_text(MAX_LONG_TEXT), f"a string of at most {MAX_LONG_TEXT} characters",
                 False),
    "speaker": OPT_SHORT, "speaker_role": OPT_SHORT,
    "speaker_kind": (_opt(_one_of(SPEAKER_KINDS)), "null, person or organization", False),
    "partial": (lambda v: isinstance(v, bool), "true or false", False),
    "mention": (lambda v: isinstance(v, bool), "true or false", False),
    "value": OPT_NUMBER, "value_max": OPT_NUMBER,
    "unit": OPT_SHORT, "qualifier": OPT_SHORT, "date": OPT_SHORT,
    "checkworthiness": (_num, "a finite number", False),
    "verdict": (lambda v: isinstance(v, dict), "an object", True),
    "reviews": (lambda v: isinstance(v, list), "a list", False),
    "sources": LIST, "notes": LIST, "history": LIST,
}
VERDICT = {
    "status": (_one_of(STATUSES), f"one of {', '.join(STATUSES)}", True),
    "reviewer": OPT_NAME, "updated_at": TIME,
    "version": (lambda v: _int(v) and v >= 1, "a whole number from 1", True),
}
REVIEW = {
    "reviewer": (_name, "a reviewer name (printable, 1 to 40 characters)", True),
    "status": (_one_of(DECIDED), f"one of {', '.join(DECIDED)}", True),
    "at": TIME,
}
SOURCE = {
    # not only web addresses: quote checks cite file:///… documents or "stdin"
    "id": OPT_ID,
    "url": (lambda v: _text(MAX_SHORT_TEXT)(v) and bool(v.strip()),
            f"a non-empty string of at most {MAX_SHORT_TEXT} characters", True),
    "title": OPT_SHORT, "excerpt": OPT_LONG, "retrieved_at": OPT_TIME,
    "added_by": OPT_NAME, "added_at": TIME,
    "match_score": OPT_NUMBER, "match_class": (_opt(_text(40)), "a short string or null", False),
}
ALIAS = {"alias": SHORT, "canonical": SHORT, "merged_by": OPT_NAME, "merged_at": TIME}
NOTE = {
    "id": OPT_ID,
    "body": (lambda v: _text(MAX_LONG_TEXT)(v) and bool(v.strip()),
             f"a non-empty string of at most {MAX_LONG_TEXT} characters", True),
    "author": OPT_NAME, "created_at": TIME, "updated_at": TIME,
}
EVENT = {
    "id": OPT_ID, "at": TIME, "reviewer": OPT_NAME,
    "action": (lambda v: isinstance(v, str) and bool(_ACTION.fullmatch(v)),
               "an action name like verdict or note.add", True),
    "before": (_row, "null or an object of plain values (a known status, if any)", False),
    "after": (_row, "null or an object of plain values (a known status, if any)", False),
    "ref": OPT_ID,
}


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _check(value, spec: dict, where: str) -> None:
    if not isinstance(value, dict):
        raise _Bad(f"{where}: expected an object")
    for name, (test, what, required) in spec.items():
        if name not in value:
            if required:
                raise _Bad(f"{where}: {name} is missing")
            continue
        given = value[name]
        if isinstance(test, _Time):
            if given is None and test.optional:
                continue
            stamp = canonical_time(given)
            if stamp is None:
                raise _Bad(f"{where}.{name}: expected {what}, got {_shown(given)}")
            value[name] = stamp
        elif not test(given):
            raise _Bad(f"{where}.{name}: expected {what}, got {_shown(given)}")


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


def article_problem(a, i: int) -> str | None:
    """The first problem in the i-th article of an export (times rewritten), or None."""
    try:
        check_article(a, i)
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


def check_article(a, i: int) -> None:
    where = f"articles[{i}]"
    _check(a, ARTICLE, where)
    if hashlib.sha256(a["text"].encode("utf-8")).hexdigest() != a["content_hash"]:
        raise _Bad(f"{where}.content_hash does not match its text")
    for k, e in enumerate(a["history"]):
        _check(e, EVENT, f"{where}.history[{k}]")
    for j, c in enumerate(a["claims"]):
        _claim(a["text"], c, f"{where}.claims[{j}]")


def check_loose(events, aliases) -> None:
    for name, value in (("events", events), ("speaker_aliases", aliases)):
        if not isinstance(value, list):
            raise _Bad(f"{name}: expected a list")
    for k, row in enumerate(aliases):
        _check(row, ALIAS, f"speaker_aliases[{k}]")
    for k, e in enumerate(events):
        _check(e, EVENT, f"events[{k}]")


def _claim(text: str, c: dict, where: str) -> None:
    _check(c, CLAIM, where)
    if not (0 <= c["start"] <= c["end"] <= len(text)) or text[c["start"]:c["end"]] != c["text"]:
        raise _Bad(f"{where}: its text is not the article's text at {c['start']}:{c['end']}")
    _check(c["verdict"], VERDICT, f"{where}.verdict")
    for k, r in enumerate(c.get("reviews", [])):
        _check(r, REVIEW, f"{where}.reviews[{k}]")
    for k, s in enumerate(c["sources"]):
        _check(s, SOURCE, f"{where}.sources[{k}]")
    for k, n in enumerate(c["notes"]):
        _check(n, NOTE, f"{where}.notes[{k}]")
    for k, e in enumerate(c["history"]):
        _check(e, EVENT, f"{where}.history[{k}]")
