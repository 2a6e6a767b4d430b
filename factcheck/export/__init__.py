"""Review reports: one module per format behind one entry point, `write_report`.

Every format streams (articles one at a time, claims a page at a time, written as read),
checks its input before writing a byte, and `export_to_path` writes to a temporary file
beside the target and renames it, so an error never leaves half a report behind.
"""

from __future__ import annotations

import importlib
import os
import stat
import sys
import tempfile
import time
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


PART_PREFIX = ".factcheck-"
PART_SUFFIX = ".part"
STALE_PART_SECONDS = 24 * 3600  # a part file no process has touched for a day is litter
_KINDS = ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


class atomic_text_file:
    """A UTF-8 text file that appears at `path` only when the block succeeds.

    Only ever a regular file: a symbolic link, FIFO, device or socket at `path` is
    refused (replacing it would redirect or destroy something else). A file being
    replaced keeps its permissions (a private 0600 report stays private). The temporary
    file is `.factcheck-<pid>-*.part` beside the target; those left by a killed export
    (its process is gone, or untouched for a day) are removed on the way.
    """

    def __init__(self, path: str, newline: str | None = None):
        self.path = path
        self.newline = newline
        self.temp: str | None = None
        self.file: TextIO | None = None
        self.mode: int | None = None

    def __enter__(self) -> TextIO:
        path = self.path
        directory = os.path.dirname(os.path.abspath(path))
        self.mode = _existing_mode(path)
        if not os.path.isdir(directory):
            raise FactcheckError("cannot write the report: its directory does not exist", path)
        remove_stale_parts(directory)
        try:
            fd, self.temp = tempfile.mkstemp(prefix=f"{PART_PREFIX}{os.getpid()}-",
                                             suffix=PART_SUFFIX, dir=directory)
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
                os.chmod(self.temp, self._final_mode())  # mkstemp makes it private
                _existing_mode(self.path)  # still no link or device put there meanwhile
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

    def _final_mode(self) -> int:
        if self.mode is not None:
            return self.mode
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _existing_mode(path: str) -> int | None:
    """The permission bits of the regular file at `path`, None when there is none;
    FactcheckError for anything that is not a regular file."""
    try:
        st = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):  # its directory is checked next
        return None
    except OSError as e:
        raise FactcheckError(f"cannot write the report ({e.strerror or e})", path) from None
    if stat.S_ISDIR(st.st_mode):
        raise FactcheckError("is a directory; give a file name for the report", path)
    for test, kind in _KINDS:
        if test(st.st_mode):
            raise FactcheckError(f"is {kind}, not a regular file; reports are only written "
                                 "to regular files (give another file name)", path)
    return stat.S_IMODE(st.st_mode)


def remove_stale_parts(directory: str) -> int:
    """Remove the part files of exports that were killed: their process is gone (by the
    pid in the name), or nobody touched them for STALE_PART_SECONDS. Returns how many."""
    removed = 0
    try:
        names = [n for n in os.listdir(directory)
                 if n.startswith(PART_PREFIX) and n.endswith(PART_SUFFIX)]
    except OSError:
        return 0
    for name in names:
        full = os.path.join(directory, name)
        try:
            st = os.lstat(full)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        pid = _pid_of(name)
        old = time.time() - st.st_mtime > STALE_PART_SECONDS
        if old or (pid is not None and not _alive(pid)):
            try:
                os.unlink(full)
                removed += 1
            except OSError:
                pass
    return removed


def _pid_of(name: str) -> int | None:
    head = name[len(PART_PREFIX):].split("-", 1)[0]
    return int(head) if head.isdigit() and len(head) <= 10 else None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or cannot tell: leave the file
    return True


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
