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
from factcheck.models import ArticleMeta
from factcheck.text.page import MIN_ARTICLE_WORDS, html_to_text, word_count

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image", b"GIF89a": "a GIF image", b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.odt)", b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3\x00": "a SQLite database", b"\x7fELF": "a program",
}
MAX_ARTICLE_BYTES = 5_000_000  # one article (5 MB); --max-bytes raises it
META_FIELDS = ("title", "url", "published", "byline", "site_name", "canonical_url", "modified")
CHARSET_SNIFF_BYTES = 4096  # where a page declares its <meta charset>
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.I)
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


def read_article(path: str | Path, encoding: str | None = None,
                 max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[str, ArticleMeta]:
    """(text, meta) for one article file; ArticleError if it is not a readable article.

    A file over `max_bytes` is refused before it is read (one huge file must not eat the
    machine's memory for half an hour).
    """
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise ArticleError("is a directory (give an article file)", where)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(too_big(size, max_bytes), where)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError("no such file or directory", where) from None
    except OSError as e:
        raise ArticleError(f"cannot read the file: {e.strerror or e}", where) from None
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm") and encoding is None:
        text = decode_page(raw, where)
    else:
        text = _decode(raw, encoding, where)
    meta: dict = {}
    if suffix in (".html", ".htm"):
        text, meta = page_article(text, where)
    elif suffix in (".md", ".markdown"):
        meta, text = split_front_matter(text, where)
    if not text.strip():
        raise ArticleError("file contains only whitespace, no article text", where)
    beside = _meta_beside(path)
    return text, ArticleMeta(**_merge(meta, beside))


def page_article(markup: str, where: str, url: str | None = None) -> tuple[str, dict]:
    """(body text, metadata fields) of an HTML page; ArticleError when it has no article
    (empty, only a paywall or cookie notice, an index of links)."""
    page = html_to_text(markup, url)
    words = word_count(page.text)
    if words < MIN_ARTICLE_WORDS:
        found = f" (only {words} words of body text)" if words else ""
        raise ArticleError(f"no article text found in this HTML page{found}: a paywall, a "
                           "consent wall or a page without an article?", where)
    meta = {"title": page.title, "published": page.published, "byline": page.byline,
            "site_name": page.site_name, "canonical_url": page.canonical_url,
            "modified": page.modified, "html": markup}
    return page.text, meta


def too_big(size: int, max_bytes: int) -> str:
    return (f"{size / 1_000_000:.1f} MB, over the {max_bytes / 1_000_000:g} MB limit for one "
            "article (raise it with --max-bytes)")


def read_source(path: str, encoding: str | None = None, stdin=None) -> str:
    """The text of a source document to check a quote against: a .txt/.md/.html file, or
    `-` for standard input (HTML recognised by its tags). ArticleError when unusable."""
    if path != "-":
        return read_article(path, encoding)[0]
    raw = (stdin or sys.stdin.buffer).read(MAX_ARTICLE_BYTES + 1)
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"more than {MAX_ARTICLE_BYTES / 1_000_000:g} MB, too large for one "
                           "source document", "<stdin>")
    text = _decode(raw, encoding, "<stdin>")
    if re.match(r"\s*<(?:!doctype|html|body|div|p)\b", text, re.I):
        text = html_to_text(text).text
    if not text.strip():
        raise ArticleError("contains only whitespace, no text", "<stdin>")
    return text


def decode_page(raw: bytes, where: str, declared: str | None = None) -> str:
    """The text of an HTML page in whatever encoding it is in: a BOM, the charset the
    server `declared`, the page's own <meta charset>, UTF-8, else Windows-1252 (which
    decodes any byte). Binary files are refused as for any article."""
    if not raw.strip():
        raise ArticleError("file is empty" if not raw else "the page is empty", where)
    _refuse_binary(raw, None, where)
    found = _META_CHARSET.search(raw[:CHARSET_SNIFF_BYTES])
    for codec in ("utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else None, declared,
                  found and found.group(1).decode("ascii", "replace"), "utf-8"):
        if not codec:
            continue
        try:
            text = raw.decode(codec)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    else:
        text = raw.decode("cp1252", errors="replace")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _refuse_binary(raw: bytes, encoding: str | None, where: str) -> None:
    wide = encoding is not None and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    if not wide:
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff") and encoding is None:
            raise ArticleError("looks like UTF-16 text; pass --encoding utf-16", where)
        for magic, kind in MAGIC.items():
            if raw.startswith(magic):
                raise ArticleError(f"binary file ({kind}), not an article", where)
        if b"\x00" in raw[:65536]:
            raise ArticleError("binary file (contains NUL bytes), not text", where)


def _decode(raw: bytes, encoding: str | None, where: str) -> str:
    if not raw:
        raise ArticleError("file is empty", where)
    _refuse_binary(raw, encoding, where)
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
    for key in META_FIELDS:
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
    out = {k: merged.pop(k, None) for k in META_FIELDS}
    out["html"] = merged.pop("html", None)
    out["extra"] = merged
    return out
