"""Reading an export file for `factcheck import`: check it from end to end before any
database is opened, then read its articles again, one at a time, for the merge.

The file is outside data. It is read streaming (ijson), never whole: every field is
checked by type and format (validate.py); a bad file is an InvalidInputError naming the
path and the first bad field. Memory stays at one article.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import ijson

from factcheck.errors import InvalidInputError
from factcheck.export import validate
from factcheck.export.json_format import FORMAT, FORMAT_VERSION


@dataclass(frozen=True)
class ExportFile:
    """An export file that `read_export` checked from end to end; `merge` reads it again,
    a part at a time, so neither pass holds more than one article in memory."""

    path: str
    events: list
    speaker_aliases: list
    identity: tuple  # (device, inode, size, mtime) when checked: merge reads the same file
    as_stored: bool  # every time already in the store's form: no need to check again


def read_export(path: str) -> ExportFile:
    """Check an export file, streaming it: InvalidInputError (with the path and the first
    bad field) if it is not one. Nothing but its loose events and aliases is kept."""
    bounds = validate.Bounds()
    try:
        with open(path, "rb") as fh:
            identity = _identity(fh)
            header = _header(fh)
        problem = _header_problem(header)
        if problem:
            raise InvalidInputError(problem, path)
        with open(path, "rb") as fh:
            for i, article in enumerate(_articles(fh)):
                problem = validate.article_problem(article, i, bounds)
                if problem:
                    raise InvalidInputError(f"not a valid factcheck export ({problem})", path)
        events, aliases = _loose(path, "events"), _loose(path, "speaker_aliases")
    except FileNotFoundError:
        raise InvalidInputError("no such file", path) from None
    except IsADirectoryError:
        raise InvalidInputError("is a directory, not an export file", path) from None
    except UnicodeDecodeError:
        raise InvalidInputError("not a factcheck export (not UTF-8 text)", path) from None
    except ijson.JSONError as e:
        raise InvalidInputError(f"not a factcheck export (not JSON: {_json_problem(e)})",
                                path) from None
    except OSError as e:
        raise InvalidInputError(f"cannot read the file ({e.strerror or e})", path) from None
    problem = validate.loose_problem(events, aliases)
    if problem:
        raise InvalidInputError(f"not a valid factcheck export ({problem})", path)
    return ExportFile(path, events, aliases, identity, as_stored=bounds.rewritten == 0)


def _identity(fh) -> tuple:
    st = os.fstat(fh.fileno())
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _json_problem(e: Exception) -> str:
    """The parser's first line ("lexical error: invalid char in json text"), without the
    excerpt of the file it goes on to quote."""
    raw = e.args[0] if e.args else ""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    first = str(raw).strip().splitlines()[0] if str(raw).strip() else "invalid JSON"
    if "utf8" in first.lower().replace("-", ""):
        return "not UTF-8 text"
    return first.rstrip(".")[:120]


_HEADER_KEYS = ("format", "format_version")


def _header(fh) -> dict:
    """The top-level scalars before "articles" (and whether "articles" is a list), read by
    walking the parser's events; stops at the articles once the header is known."""
    events = ijson.parse(fh, use_float=True)
    first = next(events, None)
    if first is None or first[1] != "start_map":
        return {"not an object": True}
    header: dict = {}
    for prefix, event, value in events:
        if prefix != "" or event != "map_key":
            continue
        key = value
        _, kind, scalar = next(events)
        if key == "articles":
            header["articles"] = kind == "start_array"
            if all(k in header for k in _HEADER_KEYS):
                break
        elif key in _HEADER_KEYS and kind not in ("start_map", "start_array"):
            header[key] = scalar
        elif key in _HEADER_KEYS:
            header[key] = kind  # an object or a list where a value belongs
    return header


def _header_problem(header: dict) -> str | None:
    if header.get("not an object") or header.get("format") != FORMAT:
        return (f'not a factcheck export (no "format": "{FORMAT}" at the top; make one with '
                "factcheck export --format json)")
    version = header.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return f"not a factcheck export (format_version {version!r} is not a version number)"
    if version > FORMAT_VERSION:
        return (f"written by a newer factcheck (format_version {version}; this one reads up "
                f"to {FORMAT_VERSION}); upgrade factcheck to import it")
    if not header.get("articles"):
        return "not a valid factcheck export (articles: expected a list)"
    return None


def _articles(fh):
    return ijson.items(fh, "articles.item", use_float=True)


def _loose(path: str, key: str):
    """A top-level list after the articles (small: loose events, speaker aliases)."""
    with open(path, "rb") as fh:
        return next(ijson.items(fh, key, use_float=True), [])


def reread_articles(checked: ExportFile):
    """The file's articles again. Checked again only when the check rewrote times (it
    rewrites them again); a file that changed since it was checked rolls the import back."""
    path = checked.path
    try:
        with open(path, "rb") as fh:
            if _identity(fh) != checked.identity:
                raise InvalidInputError("the file changed while it was being imported; "
                                        "nothing was imported", path)
            for i, article in enumerate(_articles(fh)):
                if not checked.as_stored:
                    problem = validate.article_problem(article, i)
                    if problem:
                        raise InvalidInputError(f"not a valid factcheck export ({problem})",
                                                path)
                yield article
            if _identity(fh) != checked.identity:
                raise InvalidInputError("the file changed while it was being imported; "
                                        "nothing was imported", path)
    except ijson.JSONError as e:
        raise InvalidInputError(f"not a factcheck export (not JSON: {_json_problem(e)})",
                                path) from None
    except OSError as e:
        raise InvalidInputError(f"cannot read the file ({e.strerror or e})", path) from None

