"""Reading article files: text exactly as stored (offsets refer to it) plus metadata.

The text is what `open(path, encoding="utf-8").read()` returns, minus a BOM: universal
newlines (CRLF and CR become LF). `.md` front matter and `.html` markup are removed, and
offsets then refer to what remains. Metadata comes from `<stem>.meta.json` beside the
file, else the front matter / HTML meta tags. Every unreadable input raises ArticleError
with a one-line reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
from pathlib import Path

from factcheck.errors import ArticleError, InvalidInputError
from factcheck.text.page import html_to_text
from factcheck.models import ArticleMeta

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image", b"GIF89a": "a GIF image", b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.odt)", b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3\x00": "a SQLite database", b"\x7fELF": "a program",
}
META_TEXT_FIELDS = ("title", "url", "published")  # strings when present in .meta.json
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def check_encoding(encoding: str | None) -> str | None:
    """The codec's canonical name; InvalidInputError for a name Python does not know."""
    if encoding is None:
        return None
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise InvalidInputError(f"--encoding: unknown encoding {encoding!r} "
                                "(try utf-8, cp1252, latin-1, utf-16)") from None
    # rot13, hex, base64, zlib… are codecs too, but bytes.decode refuses them
    if not getattr(codec, "_is_text_encoding", True):
        raise InvalidInputError(f"--encoding: {encoding!r} is not a text encoding "
                                "(try utf-8, cp1252, latin-1, utf-16)")
    return codec.name


def parse_date(value: str, what: str = "--published") -> str:
    """'YYYY-MM-DD' (a datetime such as 2025-09-11T08:00Z keeps its date) or InvalidInputError."""
    text = str(value).strip()
    match = _ISO_DATE.match(text)
    rest = text[match.end():] if match else ""
    if match and (not rest or rest[0] in "T "):
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            pass
    raise InvalidInputError(f"{what}: {value!r} is not a date like 2025-09-11")


def find_articles(paths: list[str]) -> tuple[list[Path], list[ArticleError]]:
    """Expand PATHs: files as given, directories to their articles (sorted, not recursive)."""
    files: list[Path] = []
    errors: list[ArticleError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                           and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                errors.append(ArticleError("no articles in this directory (looked for "
                                           ".txt, .md and .html files)", raw))
            files.extend(found)
        elif not path.exists():
            errors.append(ArticleError("no such file or directory", raw))
        else:
            files.append(path)
    return files, errors


def read_article(path: str | Path, encoding: str | None = None) -> tuple[str, ArticleMeta]:
    """(text, meta) for one article file; ArticleError if it is not a readable article."""
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise ArticleError("is a directory (give an article file)", where)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError("no such file or directory", where) from None
    except OSError as e:
        raise ArticleError(f"cannot read the file: {e.strerror or e}", where) from None
    text = _decode(raw, encoding, where)
    suffix = path.suffix.lower()
    meta: dict = {}
    if suffix in (".html", ".htm"):
        page = html_to_text(text)
        text = page.text
        meta = {"title": page.title, "published": _lenient_date(page.published)}
        if not text.strip():
            raise ArticleError("no article text found in this HTML page", where)
    elif suffix in (".md", ".markdown"):
        meta, text = split_front_matter(text, where)
    if not text.strip():
        raise ArticleError("file contains only whitespace, no article text", where)
    beside = _meta_beside(path)
    return text, ArticleMeta(**_merge(meta, beside))


def read_source(path: str, encoding: str | None = None, stdin=None) -> str:
    """The text of a source document to check a quote against: a .txt/.md/.html file, or
    `-` for standard input (HTML recognised by its tags). ArticleError when unusable."""
    if path != "-":
        return read_article(path, encoding)[0]
    raw = (stdin or sys.stdin.buffer).read()
    text = _decode(raw, encoding, "<stdin>")
    if re.match(r"\s*<(?:!doctype|html|body|div|p)\b", text, re.I):
        text = html_to_text(text).text
    if not text.strip():
        raise ArticleError("contains only whitespace, no text", "<stdin>")
    return text


def _decode(raw: bytes, encoding: str | None, where: str) -> str:
    if not raw:
        raise ArticleError("file is empty", where)
    wide = encoding is not None and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    if not wide:
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff") and encoding is None:
            raise ArticleError("looks like UTF-16 text; pass --encoding utf-16", where)
        for magic, kind in MAGIC.items():
            if raw.startswith(magic):
                raise ArticleError(f"binary file ({kind}), not an article", where)
        if b"\x00" in raw[:65536]:
            raise ArticleError("binary file (contains NUL bytes), not text", where)
    codec = encoding or "utf-8"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as e:
        name = "UTF-8" if encoding is None else encoding
        hint = ("; if the file uses another encoding, pass it with --encoding "
                "(e.g. --encoding cp1252)" if encoding is None else "")
        raise ArticleError(f"not valid {name} at byte {e.start} "
                           f"(0x{raw[e.start]:02x}){hint}", where) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, where: str = "") -> tuple[dict, str]:
    """Simple `key: value` front matter between `---` lines → (meta, body after it)."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            return {}, text
    meta: dict = {}
    for line in text[4:end].split("\n"):
        if not line.strip() or line.lstrip().startswith("#") or ":" not in line:
            continue
        key, value = line.split(":", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip().lower()] = value or None
    if "published" not in meta and "date" in meta:
        meta["published"] = meta.pop("date")
    if meta.get("published"):
        try:
            meta["published"] = parse_date(meta["published"], "front matter published")
        except InvalidInputError as e:
            raise ArticleError(e.message, where) from None
    return meta, text[end + 5:]


def _meta_beside(path: Path) -> dict:
    meta_path = path.with_name(path.stem + ".meta.json")
    try:
        if not meta_path.is_file():
            return {}
    except OSError:  # e.g. the name beside a 251-character file name is too long
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, OSError) as e:
        raise ArticleError(f"cannot read metadata: {e}", str(meta_path)) from None
    except json.JSONDecodeError as e:
        raise ArticleError(f"not valid JSON ({e.msg} at line {e.lineno})", str(meta_path)) from None
    if not isinstance(data, dict):
        raise ArticleError("metadata must be a JSON object with title, published, url",
                           str(meta_path))
    if data.get("published") is None and data.get("date"):
        data["published"] = data.pop("date")
    for key in META_TEXT_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ArticleError(f"metadata field {key!r} must be text, not "
                               f"{type(data[key]).__name__}", str(meta_path))
    if data.get("published"):
        try:
            data["published"] = parse_date(data["published"], "published")
        except InvalidInputError as e:
            raise ArticleError(e.message, str(meta_path)) from None
    return data


def _merge(in_file: dict, beside: dict) -> dict:
    """Known fields with the file beside winning; anything else kept in `extra`."""
    merged = {k: v for k, v in in_file.items() if v is not None}
    merged.update({k: v for k, v in beside.items() if v is not None})
    out = {k: merged.pop(k, None) for k in ("title", "url", "published")}
    out["extra"] = merged
    return out


def _lenient_date(value: str | None) -> str | None:
    """Dates found in web pages are often junk: keep them only when they parse."""
    if not value:
        return None
    try:
        return parse_date(value)
    except InvalidInputError:
        return None
