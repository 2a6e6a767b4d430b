"""What every `factcheck` command shares: the group that turns errors into one line,
--db/--reviewer, opening the store, and tables for people.

Kept light on purpose: the commands import what they need (extractors, rapidfuzz, the
workbench) inside their bodies, so `factcheck --help` starts as fast as sqlite-utils.
Every user mistake becomes one line on stderr, `factcheck: error: [<path>: ]<problem>`,
with a non-zero exit and nothing written. Output meant for scripts (`--json`) goes to
stdout; progress and errors go to stderr.
"""

from __future__ import annotations

import getpass
import os
import shutil
import sqlite3
import sys

import click

from factcheck.errors import FactcheckError, InvalidInputError
from factcheck.render import cells, one_line, table, visible

DEFAULT_DB = "factcheck.db"
SQLITE_INT_MAX = 2**63 - 1  # SQLite integers are signed 64-bit


class IdType(click.types.IntParamType):
    """A whole number SQLite can hold: an id past 2^63 is refused as a usage error instead
    of failing inside the driver (OverflowError)."""

    name = "id"

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if not -SQLITE_INT_MAX - 1 <= number <= SQLITE_INT_MAX:
            self.fail(f"{value} is out of range for an id (ids are below 2^63)", param, ctx)
        return number


ID = IdType()


def fail(message: str) -> None:
    click.echo(f"factcheck: error: {one_line(message)}", err=True)


# Commands that draw on the terminal themselves (Textual, the server's coloured log).
DRAW_ON_THE_TERMINAL = ("review", "serve")


class ShownControls:
    """A terminal's text stream that shows control characters instead of writing them:
    an article or a name with ESC]0;…BEL or ESC[2J must not retitle the window or clear
    the screen when a command prints it (render.visible). Pipes and files get the text
    as it is."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(visible(text))

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self.stream, name)


def show_controls_on_terminals() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        try:
            tty = stream is not None and stream.isatty()
        except (ValueError, AttributeError):  # closed, or not a real stream
            tty = False
        if tty and not isinstance(stream, ShownControls):
            setattr(sys, name, ShownControls(stream))


class FactcheckGroup(click.Group):
    """Turns every expected failure into one line on stderr; never a traceback."""

    def resolve_command(self, ctx, args):
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None and command.name not in DRAW_ON_THE_TERMINAL:
            show_controls_on_terminals()
        return name, command, rest

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra):
        streams = sys.stdout, sys.stderr
        try:
            self._main(args, prog_name, complete_var, **extra)
        finally:
            sys.stdout, sys.stderr = streams

    def _main(self, args, prog_name, complete_var, **extra):
        try:
            rv = super().main(args, prog_name or "factcheck", complete_var,
                              standalone_mode=False, **extra)
        except FactcheckError as e:
            fail(str(e))
            sys.exit(1)
        except click.exceptions.NoArgsIsHelpError as e:
            e.show()
            sys.exit(e.exit_code)
        except click.ClickException as e:
            hint = f" (see '{e.ctx.command_path} --help')" if getattr(e, "ctx", None) else ""
            fail(e.format_message() + hint)
            sys.exit(e.exit_code)
        except click.exceptions.Abort:
            fail("interrupted")
            sys.exit(130)
        except BrokenPipeError:  # `factcheck claims | head`
            sys.stderr.close()
            sys.exit(0)
        except Exception as e:  # a bug: still one line, with a way to see more
            if type(e) in (sqlite3.OperationalError, sqlite3.DatabaseError):
                # a corrupt or failing file met outside a Store call: the file's state
                from factcheck.store.connection import translate

                fail(str(translate(e, _opened_db or DEFAULT_DB)))
                sys.exit(1)
            if os.environ.get("FACTCHECK_DEBUG"):
                raise
            fail(f"unexpected {type(e).__name__}: {e} (set FACTCHECK_DEBUG=1 for details)")
            sys.exit(70)
        sys.exit(rv if isinstance(rv, int) else 0)


def _remember(ctx: click.Context, param: click.Parameter, value):
    """--db/--reviewer work before or after the command name; the later one wins."""
    if value is not None and param.name == "db" and not value.strip():
        raise click.BadParameter("the database path is empty", ctx, param)
    if value is not None:
        ctx.meta[f"factcheck.{param.name}"] = value
    return value


def common_options(fn):
    fn = click.option("--reviewer", metavar="NAME", expose_value=False, callback=_remember,
                      help="Who is working (env FACTCHECK_REVIEWER, else your user name).")(fn)
    fn = click.option("--db", metavar="PATH", expose_value=False, callback=_remember,
                      help=f"Database file (env FACTCHECK_DB, else ./{DEFAULT_DB}).")(fn)
    return fn


def blind_option(fn):
    """--blind/--no-blind, as in the workbench: hide first verdicts awaiting yours."""
    return click.option(
        "--blind/--no-blind", default=True, show_default=True,
        help="Blind second review: claims waiting for your second verdict show no first "
             "verdict (--no-blind to see it, e.g. as an editor).")(fn)


_opened_db: str | None = None  # the last --db resolved, for errors after the command ends


def db_path() -> str:
    global _opened_db
    ctx = click.get_current_context()
    path = ctx.meta.get("factcheck.db")
    if path is None:
        path = os.environ.get("FACTCHECK_DB")
        if path is not None and not path.strip():
            raise InvalidInputError("FACTCHECK_DB is set but empty: name a database file")
    _opened_db = path or DEFAULT_DB
    return _opened_db


def reviewer_name() -> str:
    """--reviewer, else FACTCHECK_REVIEWER, else the OS user; checked by factcheck.names
    (an explicit empty name is refused, never replaced by the OS user)."""
    from factcheck.names import check_name

    ctx = click.get_current_context()
    name = ctx.meta.get("factcheck.reviewer")
    where = "--reviewer"
    if name is None:
        name = os.environ.get("FACTCHECK_REVIEWER")
        where = "FACTCHECK_REVIEWER"
    if name is None:
        where = "your user name"
        try:
            name = getpass.getuser()
        except Exception:
            name = "unknown"
    return check_name(name, where)


def open_store(create: bool = False):
    """The Store at --db (imported here: sqlite-utils is not needed for --help)."""
    from factcheck.store.facade import Store

    return Store.open(db_path(), create=create)


def published_option(ctx, param, value):
    if value is None:
        return None
    from factcheck.text.files import parse_date

    try:
        return parse_date(value)
    except InvalidInputError as e:
        raise click.BadParameter(f"{value!r} is not a date like 2025-09-11", ctx, param) from e


DEFAULT_MAX_BYTES = 5_000_000  # = text.files.MAX_ARTICLE_BYTES (not imported: light)


def fetch_options(fn):
    """--timeout and --max-bytes, for commands that read pages and files."""
    fn = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                      metavar="N", show_default="5 MB",
                      help="Refuse an article file or web page larger than N bytes.")(fn)
    fn = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=20.0,
                      metavar="SECONDS", show_default=True,
                      help="Give up on a web page that takes longer than this.")(fn)
    return fn


def read_url_list(lines) -> list[str]:
    """URLs of a --urls file: one a line; blank lines and # comments skipped (a # inside
    a URL is its fragment, so a comment after a URL needs a space before it)."""
    out = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.split(" #", 1)[0].split("\t#", 1)[0].strip())
    return out


def _width() -> int | None:
    """Cut long text to the terminal for people; keep it whole when piped."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size((100, 24)).columns


def echo_table(headers, rows) -> None:
    width = _width()
    rows = list(rows)
    last = None
    if width:
        fixed = table(headers[:-1] + [""], [r[:-1] + [""] for r in rows])
        last = max(20, width - max(cells(line) for line in fixed) - 2)
    for line in table(headers, rows, last):
        click.echo(line)
