"""Checking an export document before import: shapes, types and consistency.

A problem is reported as the path to the first bad value and what was expected
("articles[0].claims[3].start: expected an integer"), so that a hand-edited or
truncated file is refused in one line before anything is written.
"""

from __future__ import annotations

import hashlib

from factcheck.models import CLAIM_KINDS, STATUSES


def _int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _str(v) -> bool:
    return isinstance(v, str)


def _opt(test):
    return lambda v: v is None or test(v)


def _one_of(values):
    return lambda v: v in values


# field → (test, what it should be, required)
_TEXT = (_str, "a string", True)
_OPT_TEXT = (_opt(_str), "a string or null", False)
ARTICLE = {
    "content_hash": _TEXT, "title": _OPT_TEXT, "url": _OPT_TEXT, "published": _OPT_TEXT,
    "ingested_at": _TEXT, "source_path": _OPT_TEXT, "text": _TEXT,
    "history": (lambda v: isinstance(v, list), "a list", True),
    "claims": (lambda v: isinstance(v, list), "a list", True),
}
CLAIM = {
    "kind": (_one_of(CLAIM_KINDS), f"one of {', '.join(CLAIM_KINDS)}", True),
    "text": _TEXT, "start": (_int, "an integer", True), "end": (_int, "an integer", True),
    "position": (_opt(_int), "an integer", False), "sentence": (_str, "a string", False),
    "speaker": _OPT_TEXT, "speaker_role": _OPT_TEXT,
    "partial": (lambda v: isinstance(v, bool), "true or false", False),
    "mention": (lambda v: isinstance(v, bool), "true or false", False),
    "value": (_opt(_num), "a number or null", False),
    "value_max": (_opt(_num), "a number or null", False),
    "unit": _OPT_TEXT, "qualifier": _OPT_TEXT, "date": _OPT_TEXT,
    "checkworthiness": (_num, "a number", False),
    "verdict": (lambda v: isinstance(v, dict), "an object", True),
    "sources": (lambda v: isinstance(v, list), "a list", True),
    "notes": (lambda v: isinstance(v, list), "a list", True),
    "history": (lambda v: isinstance(v, list), "a list", True),
}
VERDICT = {
    "status": (_one_of(STATUSES), f"one of {', '.join(STATUSES)}", True),
    "reviewer": _OPT_TEXT, "updated_at": _TEXT,
    "version": (lambda v: _int(v) and v >= 1, "a whole number from 1", True),
}
SOURCE = {
    # not only web addresses: quote checks cite file:///… documents or "stdin"
    "id": (_opt(_int), "an integer", False),
    "url": (lambda v: _str(v) and bool(v.strip()), "a non-empty string", True),
    "title": _OPT_TEXT, "excerpt": _OPT_TEXT, "retrieved_at": _OPT_TEXT,
    "added_by": _OPT_TEXT, "added_at": _TEXT,
    "match_score": (_opt(_num), "a number or null", False), "match_class": _OPT_TEXT,
    "position": _OPT_TEXT,  # where in a library document: "page 2, paragraph 3"
}
ALIAS = {"alias": _TEXT, "canonical": _TEXT, "merged_by": _OPT_TEXT, "merged_at": _TEXT}
NOTE = {
    "id": (_opt(_int), "an integer", False),
    "body": (lambda v: _str(v) and bool(v.strip()), "a non-empty string", True),
    "author": _OPT_TEXT, "created_at": _TEXT, "updated_at": _TEXT,
}
EVENT = {
    "id": (_opt(_int), "an integer", False), "at": _TEXT, "reviewer": _OPT_TEXT,
    "action": _TEXT, "before": (_opt(lambda v: isinstance(v, dict)), "an object or null", False),
    "after": (_opt(lambda v: isinstance(v, dict)), "an object or null", False),
    "ref": (_opt(_int), "an integer or null", False),
}


class _Bad(Exception):
    pass


def _check(value, spec: dict, where: str) -> None:
    if not isinstance(value, dict):
        raise _Bad(f"{where}: expected an object")
    for name, (test, what, required) in spec.items():
        if name not in value:
            if required:
                raise _Bad(f"{where}: {name} is missing")
            continue
        if not test(value[name]):
            raise _Bad(f"{where}.{name}: expected {what}")


def check_document(doc: dict) -> str | None:
    """The first problem in an export document, or None when it can be imported."""
    try:
        _document(doc)
    except _Bad as e:
        return str(e)
    return None


def _document(doc: dict) -> None:
    if not isinstance(doc.get("articles"), list):
        raise _Bad("articles: expected a list")
    for name in ("events", "speaker_aliases"):
        if not isinstance(doc.get(name, []), list):
            raise _Bad(f"{name}: expected a list")
    for k, row in enumerate(doc.get("speaker_aliases", [])):
        _check(row, ALIAS, f"speaker_aliases[{k}]")
    for i, a in enumerate(doc["articles"]):
        where = f"articles[{i}]"
        _check(a, ARTICLE, where)
        if hashlib.sha256(a["text"].encode("utf-8")).hexdigest() != a["content_hash"]:
            raise _Bad(f"{where}.content_hash does not match its text")
        for k, e in enumerate(a["history"]):
            _check(e, EVENT, f"{where}.history[{k}]")
        for j, c in enumerate(a["claims"]):
            _claim(a["text"], c, f"{where}.claims[{j}]")
    for k, e in enumerate(doc.get("events", [])):
        _check(e, EVENT, f"events[{k}]")


def _claim(text: str, c: dict, where: str) -> None:
    _check(c, CLAIM, where)
    if not (0 <= c["start"] <= c["end"] <= len(text)) or text[c["start"]:c["end"]] != c["text"]:
        raise _Bad(f"{where}: its text is not the article's text at {c['start']}:{c['end']}")
    _check(c["verdict"], VERDICT, f"{where}.verdict")
    for k, s in enumerate(c["sources"]):
        _check(s, SOURCE, f"{where}.sources[{k}]")
    for k, n in enumerate(c["notes"]):
        _check(n, NOTE, f"{where}.notes[{k}]")
    for k, e in enumerate(c["history"]):
        _check(e, EVENT, f"{where}.history[{k}]")
