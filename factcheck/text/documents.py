"""Evidence documents → passages with their position (page, paragraph, row).

A checker's documents are press releases, court filings, statistics tables, transcripts
and earlier fact-checks. Each reader turns one file into small passages a citation can
point at: a paragraph of a text, Markdown or HTML file, one page paragraph of a PDF, one
row of a CSV (with its header), one review of a ClaimReview feed. Every unusable file
raises ArticleError naming the file, before anything is stored.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck.errors import ArticleError
from factcheck.text.files import _decode, split_front_matter
from factcheck.text.page import html_to_text
from factcheck.text.passages import Passage, clean, paragraphs

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".csv", ".pdf", ".json",
                     ".jsonld")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # a larger file is refused unless --max-bytes says so


@dataclass(frozen=True)
class Document:
    """A document read from disk, ready to store: kind, title and its passages."""

    kind: str  # text | csv | pdf | html | claimreview
    title: str | None
    path: str
    content_hash: str  # of the file's bytes: the same file added twice is one document
    size: int
    passages: list[Passage] = field(default_factory=list)


def find_documents(paths: list[str]) -> tuple[list[Path], list[ArticleError]]:
    """Files as given, folders expanded to their documents (recursively, sorted)."""
    files: list[Path] = []
    errors: list[ArticleError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and p.suffix.lower() in DOCUMENT_SUFFIXES
                           and not p.name.endswith(".meta.json"))
            if not found:
                errors.append(ArticleError("no documents in this folder (looked for "
                                           + ", ".join(DOCUMENT_SUFFIXES) + ")", raw))
            files.extend(found)
        elif raw.lower().startswith(("http://", "https://")):
            errors.append(ArticleError("web addresses are not fetched by 'sources add' yet: "
                                       "save the page and add the file", raw))
        elif not path.exists():
            errors.append(ArticleError("no such file or directory", raw))
        else:
            files.append(path)
    return files, errors


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one evidence file into passages; ArticleError (naming the file) if unusable."""
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"file is {size:,} bytes, over the limit of {max_bytes:,} "
                               "(raise it with --max-bytes)", where)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError("no such file or directory", where) from None
    except IsADirectoryError:
        raise ArticleError("is a directory", where) from None
    except OSError as e:
        raise ArticleError(f"cannot read the file: {e.strerror or e}", where) from None
    document = read_document_bytes(raw, where, path.suffix.lower(), path.stem)
    return replace(document, path=str(path.resolve()))  # a citation works from any folder


def read_document_bytes(raw: bytes, where: str, suffix: str, stem: str = "") -> Document:
    """Like `read_document` for bytes already in memory (`suffix` says the format)."""
    if not raw:
        raise ArticleError("file is empty", where)
    digest = hashlib.sha256(raw).hexdigest()
    if suffix == ".pdf" or raw.startswith(b"%PDF-"):
        from factcheck.text.pdf import read_pdf

        title, passages = read_pdf(raw, where)
        kind = "pdf"
    elif suffix in (".json", ".jsonld"):
        from factcheck.text.claimreview import read_claimreview

        title, passages = read_claimreview(_decode(raw, None, where), where)
        kind = "claimreview"
    elif suffix == ".csv":
        title, passages = None, read_csv(_decode(raw, None, where), where)
        kind = "csv"
    elif suffix in (".html", ".htm"):
        page = html_to_text(_decode(raw, None, where))
        title, passages = page.title, paragraphs(page.text)
        kind = "html"
    elif suffix in (".txt", ".md", ".markdown", ""):
        text = _decode(raw, None, where)
        meta, text = split_front_matter(text, where) if suffix != ".txt" else ({}, text)
        title, passages = meta.get("title"), paragraphs(text)
        kind = "text"
    else:
        raise ArticleError(f"unknown document type {suffix!r} (use one of: "
                           + ", ".join(DOCUMENT_SUFFIXES) + ")", where)
    if not passages:
        raise ArticleError("no text found in this document", where)
    return Document(kind=kind, title=clean(title) or clean(stem), path=where, content_hash=digest,
                    size=len(raw), passages=passages)


def read_csv(text: str, where: str) -> list[Passage]:
    """Each data row a passage, 'header: value' pairs joined by ' | ' (row 1 = first data row)."""
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as e:
        raise ArticleError(f"not a readable CSV file: {e}", where) from None
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise ArticleError("CSV file has no rows", where)
    header, data = [clean(h) or "" for h in rows[0]], rows[1:]
    if not data:
        raise ArticleError("CSV file has a header but no data rows", where)
    out = []
    for number, row in enumerate(data, start=1):
        cells = []
        for i, cell in enumerate(row):
            cell = clean(cell)
            if not cell:
                continue
            name = header[i] if i < len(header) and header[i] else f"column {i + 1}"
            cells.append(f"{name}: {cell}")
        if cells:
            out.append(Passage(text=" | ".join(cells), row=number))
    return out
