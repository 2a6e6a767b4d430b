"""Review reports: one module per format behind one entry point, `write_report`.

Every format streams (articles one at a time, claims a page at a time, written as read),
checks its input before writing a byte, and `export_to_path` writes to a temporary file
beside the target and renames it, so an error never leaves half a report behind.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import FactcheckError, InvalidInputError

if TYPE_CHECKING:  # the store is imported by the functions that use it: FORMATS stays light
    from factcheck.store.facade import Store


@dataclass(frozen=True)
class Format:
    """A report format: its module (with `write(store, out, selection, options)` and an
    optional `prepare(options) -> options` that validates options up front)."""

    name: str
    module: str
    suffix: str
    summary: str
    options: tuple[str, ...] = ()

    def load(self):
        return importlib.import_module(f"factcheck.export.{self.module}")


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("md", "markdown", ".md", "Markdown: readable in a terminal and on a code host"),
    Format("html", "html", ".html", "one self-contained HTML page, printable"),
    Format("json", "json_format", ".json",
           "everything, every reviewer's history; `factcheck import` reads it"),
    Format("csv", "csv_format", ".csv", "one row per claim, safe to open in a spreadsheet"),
    Format("claimreview", "claimreview", ".json", "schema.org ClaimReview JSON-LD",
           ("site_url", "org_name", "org_url")),
)}


def get_format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise InvalidInputError(f"unknown format {name!r} (use one of: "
                                f"{', '.join(FORMATS)})") from None


def write_report(store: Store, fmt: str, out: TextIO, article_ids=None, statuses=None,
                 generated_at: str | None = None, **options) -> int:
    """Write a report of the selected articles and verdicts to a text stream.

    `generated_at` stamps the report (default: now; pass a fixed one for reproducible
    output). Format options (ClaimReview: site_url, org_name, org_url) go in **options.
    Everything is checked before the first byte is written. Returns the claims written.
    """
    run = prepare_report(store, fmt, article_ids, statuses, generated_at, **options)
    return run(out)


def prepare_report(store: Store, fmt: str, article_ids=None, statuses=None,
                   generated_at: str | None = None, **options):
    """Validate everything and return `run(out)`; raises FactcheckError before any output."""
    spec = get_format(fmt)
    unknown = [k for k, v in options.items() if v is not None and k not in spec.options]
    if unknown:
        owners = [f.name for f in FORMATS.values() if unknown[0] in f.options]
        raise InvalidInputError(f"--{unknown[0].replace('_', '-')} does not apply to --format "
                                f"{fmt}" + (f" (only to {', '.join(owners)})" if owners else ""))
    module = spec.load()
    options = module.prepare(options) if hasattr(module, "prepare") else options
    from factcheck.export.common import select
    from factcheck.store.facade import now

    selection = select(store, article_ids, statuses, generated_at or now())
    return lambda out: module.write(store, out, selection, options)


def export_to_path(store: Store, fmt: str, path: str | os.PathLike | None, article_ids=None,
                   statuses=None, generated_at: str | None = None, **options) -> int:
    """Write a report to `path` atomically (temp file + rename), or to stdout when None.

    Returns the number of claims written."""
    run = prepare_report(store, fmt, article_ids, statuses, generated_at, **options)
    if path is None or os.fspath(path) == "-":
        written = run(sys.stdout)
        sys.stdout.flush()
        return written
    with atomic_text_file(os.fspath(path), newline="" if fmt == "csv" else None) as out:
        return run(out)


class atomic_text_file:
    """A UTF-8 text file that appears at `path` only when the block succeeds."""

    def __init__(self, path: str, newline: str | None = None):
        self.path = path
        self.newline = newline
        self.temp: str | None = None
        self.file: TextIO | None = None

    def __enter__(self) -> TextIO:
        path = self.path
        directory = os.path.dirname(os.path.abspath(path))
        if os.path.isdir(path):
            raise FactcheckError("is a directory; give a file name for the report", path)
        if not os.path.isdir(directory):
            raise FactcheckError("cannot write the report: its directory does not exist", path)
        try:
            fd, self.temp = tempfile.mkstemp(prefix=".factcheck-", suffix=".part", dir=directory)
        except OSError as e:
            raise FactcheckError(f"cannot write the report here ({e.strerror or e})",
                                 path) from None
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline=self.newline)
        return self.file

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.file is not None and self.temp is not None
        try:
            self.file.close()
            if exc_type is None:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.temp, 0o666 & ~umask)  # mkstemp makes it private
                os.replace(self.temp, self.path)
        except OSError as e:
            _remove(self.temp)
            raise FactcheckError(f"cannot write the report ({e.strerror or e})",
                                 self.path) from None
        except BaseException:
            _remove(self.temp)
            raise
        if exc_type is not None:
            _remove(self.temp)
            if issubclass(exc_type, OSError) and not isinstance(exc, BrokenPipeError):
                raise FactcheckError(f"cannot write the report ({exc.strerror or exc})",
                                     self.path) from None


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
