"""The `factcheck` command: a thin click layer over ingest, store and review.

Every user mistake becomes one line on stderr, `factcheck: error: [<path>: ]<problem>`,
with a non-zero exit and nothing written. Output meant for scripts (`--json`) goes to
stdout; progress and errors go to stderr.
"""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import json
import os
import shutil
import sys

import click

from factcheck import __version__
from factcheck.review import verdicts as review
from factcheck.errors import FactcheckError, InvalidInputError, StoreError
from factcheck.review.ingest import extract, ingest_text, load
from factcheck.models import CLAIM_KINDS, STATUSES
from factcheck.render import claim_detail, describe_event, one_line, short_time, table
from factcheck.store.facade import Store
from factcheck.text.files import check_encoding, find_articles, parse_date

DEFAULT_DB = "factcheck.db"


def _fail(message: str) -> None:
    click.echo(f"factcheck: error: {one_line(message)}", err=True)


class FactcheckGroup(click.Group):
    """Turns every expected failure into one line on stderr; never a traceback."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra):
        try:
            rv = super().main(args, prog_name or "factcheck", complete_var,
                              standalone_mode=False, **extra)
        except FactcheckError as e:
            _fail(str(e))
            sys.exit(1)
        except click.exceptions.NoArgsIsHelpError as e:
            e.show()
            sys.exit(e.exit_code)
        except click.ClickException as e:
            hint = f" (see '{e.ctx.command_path} --help')" if getattr(e, "ctx", None) else ""
            _fail(e.format_message() + hint)
            sys.exit(e.exit_code)
        except click.exceptions.Abort:
            _fail("interrupted")
            sys.exit(130)
        except BrokenPipeError:  # `factcheck claims | head`
            sys.stderr.close()
            sys.exit(0)
        except Exception as e:  # a bug: still one line, with a way to see more
            if os.environ.get("FACTCHECK_DEBUG"):
                raise
            _fail(f"unexpected {type(e).__name__}: {e} (set FACTCHECK_DEBUG=1 for details)")
            sys.exit(70)
        sys.exit(rv if isinstance(rv, int) else 0)


def _remember(ctx: click.Context, param: click.Parameter, value):
    """--db/--reviewer work before or after the command name; the later one wins."""
    if value is not None:
        ctx.meta[f"factcheck.{param.name}"] = value
    return value


def common_options(fn):
    fn = click.option("--reviewer", metavar="NAME", expose_value=False, callback=_remember,
                      help="Who is working (env FACTCHECK_REVIEWER, else your user name).")(fn)
    fn = click.option("--db", metavar="PATH", expose_value=False, callback=_remember,
                      help=f"Database file (env FACTCHECK_DB, else ./{DEFAULT_DB}).")(fn)
    return fn


def db_path() -> str:
    ctx = click.get_current_context()
    return ctx.meta.get("factcheck.db") or os.environ.get("FACTCHECK_DB") or DEFAULT_DB


def reviewer_name() -> str:
    ctx = click.get_current_context()
    name = ctx.meta.get("factcheck.reviewer") or os.environ.get("FACTCHECK_REVIEWER")
    if name is None:
        try:
            name = getpass.getuser()
        except Exception:
            name = "unknown"
    if not name.strip():
        raise InvalidInputError("--reviewer: the reviewer name is empty")
    return name.strip()


def open_store(create: bool = False) -> Store:
    return Store.open(db_path(), create=create)


def _published(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_date(value)
    except InvalidInputError as e:
        raise click.BadParameter(f"{value!r} is not a date like 2025-09-11", ctx, param) from e


def _width() -> int | None:
    """Cut long text to the terminal for people; keep it whole when piped."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size((100, 24)).columns


def _echo_table(headers, rows) -> None:
    width = _width()
    rows = list(rows)
    last = None
    if width:
        fixed = table(headers[:-1] + [""], [r[:-1] + [""] for r in rows])
        last = max(20, width - max(len(line) for line in fixed) - 2)
    for line in table(headers, rows, last):
        click.echo(line)


@click.group(name="factcheck", cls=FactcheckGroup,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factcheck",
                      message="%(prog)s %(version)s")
@common_options
def cli():
    """factcheck: pull every quote, number and date out of news articles and record a
    verdict on each, in one SQLite file.

    \b
    Example:
        factcheck ingest fixtures/belarus-prisoner-release.txt
        factcheck claims --kind quote
        factcheck verdict 3 disputed --source https://example.org/statement
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--published", metavar="YYYY-MM-DD", callback=_published,
              help="Publication date (resolves 'yesterday', 'last week'…); wins over metadata.")
@click.option("--title", metavar="T", help="Article title (one article only).")
@click.option("--url", metavar="U", help="Where the article was published (one article only).")
@click.option("--encoding", metavar="E", help="Text encoding of the files (default UTF-8).")
@common_options
def ingest(paths, published, title, url, encoding):
    """Store articles (.txt, .md, .html, or a folder of them) and their claims.

    Metadata is read from NAME.meta.json beside each file, front matter (.md) or the
    page's meta tags (.html). Ingesting the same text again adds nothing.

    \b
    Example:
        factcheck ingest fixtures/belarus-prisoner-release.txt
        factcheck ingest articles/ --published 2025-09-11
    """
    encoding = check_encoding(encoding)
    files, errors = find_articles(list(paths))
    if (title or url) and len(files) > 1:
        raise InvalidInputError(f"--title and --url describe one article, but {len(files)} "
                                "files were given")
    for error in errors:
        _fail(str(error))
    reviewer = reviewer_name()
    store = None
    added = skipped = found = 0
    failed = len(errors)
    bar = sys.stderr.isatty() and len(files) > 1
    with contextlib.ExitStack() as cleanup:
        items = cleanup.enter_context(
            click.progressbar(files, label="Ingesting", file=sys.stderr, show_pos=True) if bar
            else contextlib.nullcontext(files))
        for path in items:
            try:
                text, meta = load(path, encoding, published, title, url)
                # opened only once an article is ready: bad input never creates a database
                store = store or cleanup.enter_context(open_store(create=True))
                outcome = ingest_text(store, text, meta, str(path), reviewer)
            except StoreError:
                raise
            except FactcheckError as e:
                _fail(str(e) if e.path else f"{path}: {e}")
                failed += 1
                continue
            if outcome.created:
                added += 1
                found += outcome.claims
                if not bar:
                    click.echo(f"{path}: article {outcome.article_id}, {outcome.claims} claims")
            else:
                skipped += 1
                click.echo(f"{path}: already ingested as article {outcome.article_id}")
    click.echo(f"{added} added, {skipped} skipped (already there), {failed} failed, "
               f"{found} claims")
    return 1 if failed else 0


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@common_options
def articles(as_json):
    """List ingested articles with their review progress.

    \b
    Example:
        factcheck articles
    """
    with open_store() as store:
        progress = store.progress()
        items = store.articles()
    if as_json:
        out = [{"id": a.id, "title": a.title, "url": a.url, "published": a.published,
                "ingested_at": a.ingested_at, "chars": a.chars, "source_path": a.source_path,
                "claims": sum(progress[a.id].values()), "by_status": progress[a.id]}
               for a in items]
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if not items:
        click.echo("no articles yet: factcheck ingest FILE", err=True)
        return
    rows = []
    for a in items:
        counts = progress[a.id]
        total = sum(counts.values())
        rows.append([a.id, a.published or "-", total, total - counts["pending"],
                     counts["disputed"], a.title or a.source_path or ""])
    _echo_table(["ID", "PUBLISHED", "CLAIMS", "REVIEWED", "DISPUTED", "TITLE"], rows)


@cli.command()
@click.option("--article", "article_id", type=int, metavar="ID", help="Only this article.")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), help="Only quotes, numbers or dates.")
@click.option("--status", type=click.Choice(STATUSES), help="Only claims with this verdict.")
@click.option("--json", "as_json", is_flag=True,
              help="JSON for scripts: every claim field plus id, article_id and verdict.")
@common_options
def claims(article_id, kind, status, as_json):
    """List claims in article order with their verdicts.

    \b
    Example:
        factcheck claims --status pending --kind number
        factcheck claims --article 1 --json
    """
    with open_store() as store:
        if article_id is not None:
            store.article(article_id)  # NotFoundError for an unknown id
        rows = store.iter_claims(article_id=article_id, kind=kind, status=status)
        if as_json:  # streamed: one claim per line, constant memory
            n = -1
            for n, sc in enumerate(rows):
                click.echo(("[\n " if n == 0 else ",\n ")
                           + json.dumps(sc.to_dict(), ensure_ascii=False), nl=False)
            click.echo("\n]" if n >= 0 else "[]")
            return
        lines = [[sc.id, sc.article_id, sc.claim.kind, sc.status,
                  one_line(claim_detail(sc.claim), 32), sc.claim.text] for sc in rows]
    if not lines:
        click.echo("no claims" + (" match" if article_id or kind or status else " yet"),
                   err=True)
        return
    _echo_table(["ID", "ART", "KIND", "STATUS", "DETAIL", "TEXT"], lines)


@cli.command()
@click.argument("claim_id", type=int)
@click.argument("status", type=click.Choice(STATUSES), metavar="STATUS")
@click.option("--source", metavar="URL", help="Evidence URL (http or https).")
@click.option("--title", metavar="T", help="Title of the --source.")
@click.option("--excerpt", metavar="TEXT", help="The relevant passage of the --source.")
@click.option("--note", metavar="TEXT", help="A note on the claim.")
@click.option("--if-version", type=int, metavar="N",
              help="Refuse if the verdict changed since you saw version N (see claims --json).")
@common_options
def verdict(claim_id, status, source, title, excerpt, note, if_version):
    """Record a verdict on a claim: verified, disputed, unverifiable or pending.

    The verdict, its source and its note are saved together or not at all.

    \b
    Example:
        factcheck verdict 12 disputed --source https://example.org/report \\
            --excerpt "1,300 political prisoners" --note "Count differs from report"
    """
    if (title or excerpt) and not source:
        raise InvalidInputError("--title and --excerpt describe a --source; add --source URL")
    if source:
        review.validate_url(source)
    reviewer = reviewer_name()
    with open_store() as store:
        with store.transaction():
            before = store.verdict(claim_id)
            after = review.set_verdict(store, claim_id, status, reviewer, if_version)
            added = review.add_source(store, claim_id, source, reviewer, title=title,
                                      excerpt=excerpt) if source else None
            noted = review.add_note(store, claim_id, note, reviewer) if note else None
    if after.version == before.version:
        click.echo(f"claim {claim_id}: already {after.status} ({after.reviewer})")
    else:
        click.echo(f"claim {claim_id}: {before.status} → {after.status} ({reviewer})")
    if added:
        click.echo(f"claim {claim_id}: + source {added.url}")
    if noted:
        click.echo(f"claim {claim_id}: + note")


@cli.command()
@click.argument("claim_id", type=int, required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@common_options
def history(claim_id, as_json):
    """Show who changed what and when (for one claim, or everything).

    \b
    Example:
        factcheck history 12
    """
    with open_store() as store:
        if claim_id is not None:
            store.claim(claim_id)
        events = store.history(claim_id=claim_id)
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(e) for e in events], ensure_ascii=False, indent=1))
        return
    if not events:
        click.echo("no history yet", err=True)
        return
    _echo_table(["WHEN (UTC)", "WHO", "CLAIM", "ACTION", "CHANGE"],
                [[short_time(e.at), e.reviewer or "-", e.claim_id or "-", e.action,
                  describe_event(e)] for e in events])


@cli.command(name="extract")
@click.argument("path")
@click.option("--published", metavar="YYYY-MM-DD", callback=_published,
              help="Publication date, to resolve relative dates; wins over metadata.")
@click.option("--encoding", metavar="E", help="Text encoding of the file (default UTF-8).")
@click.option("--json", "as_json", is_flag=True, help="The claims as JSON (offsets are "
              "Python string offsets into the text).")
def extract_cmd(path, published, encoding, as_json):
    """Print the claims found in one article without touching any database.

    \b
    Example:
        factcheck extract fixtures/belarus-prisoner-release.txt --published 2025-09-11 --json
    """
    text, meta = load(path, check_encoding(encoding), published)
    found = extract(text, meta.published)
    if as_json:
        out = {"article": {"title": meta.title, "published": meta.published, "chars": len(text)},
               "claims": [c.to_dict() for c in found]}
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    click.echo(f"{meta.title or path} ({meta.published or 'date unknown'}, {len(text)} chars, "
               f"{len(found)} claims)")
    _echo_table(["#", "KIND", "SPAN", "DETAIL", "TEXT"],
                [[n, c.kind, f"{c.start}-{c.end}", one_line(claim_detail(c), 32), c.text]
                 for n, c in enumerate(found, 1)])


@cli.command(name="review")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("--article", "article_id", type=int, metavar="ID",
              help="Open on this article (default: the one PATH given, else all).")
@click.option("--advance/--no-advance", default=True, show_default=True,
              help="After a verdict key, move on to the next pending claim.")
@click.option("--theme", metavar="NAME",
              help="Textual theme, e.g. textual-light (ctrl+p → Theme switches live).")
@click.option("--queue", type=click.Choice(["second", "resolve"]),
              help="Open on a team queue: claims waiting for your second verdict, or "
                   "disagreements for an editor to resolve.")
@click.option("--blind/--no-blind", default=True, show_default=True,
              help="In second review, hide the first reviewer's verdict until you decide.")
@click.option("--ask-reviewer", is_flag=True, hidden=True,
              help="Ask for the reviewer's name first (what `factcheck serve` runs).")
@common_options
def review_cmd(paths, article_id, advance, theme, queue, blind, ask_reviewer):
    """Open the review workbench; PATHs (files or folders) are ingested first.

    Keys: j/k move, v/d/u verdict, p pending, space next pending, z/Z undo/redo,
    s source, e note, Q check quote, r reuse a verdict, / search (n/N), f filter,
    a article, c copy, ? help, q quit. Opening one article takes it (others see
    "in review by you") until you quit or open another.

    \b
    Example:
        factcheck review fixtures/belarus-prisoner-release.txt
        factcheck review --db team.db --reviewer alice --article 3
        factcheck review --db team.db --reviewer bob --queue second
    """
    from textual.theme import BUILTIN_THEMES

    from factcheck.review.ingest import ingest_file

    if theme is not None and theme not in BUILTIN_THEMES:
        raise InvalidInputError(f"--theme: unknown theme {theme!r} (try textual-dark, "
                                "textual-light, nord, gruvbox…)")
    reviewer = "" if ask_reviewer else reviewer_name()
    files, errors = find_articles(list(paths))
    if errors:
        raise errors[0]
    with open_store(create=bool(paths) or article_id is None) as store:
        opened = [ingest_file(store, path, reviewer).article_id for path in files]
        if article_id is not None:
            store.article(article_id)  # NotFoundError: one line, before the UI starts
        elif len(set(opened)) == 1:
            article_id = opened[0]
    from factcheck.tui.app import ReviewApp

    ReviewApp(db_path(), reviewer, article_id=article_id, advance=advance, theme=theme,
              queue={"second": "second review", "resolve": "resolve"}.get(queue or ""),
              blind=blind, ask_reviewer=ask_reviewer).run()


from factcheck.cli import reports as cli_reports  # noqa: E402,F401  registers `export` and `import`
from factcheck.cli import verify as cli_verify  # noqa: E402,F401  registers check-quote, lint, matches, reuse, speakers
from factcheck.cli import team as cli_team  # noqa: E402,F401  registers config, take, release, queue, resolve, agreement
from factcheck.cli import serve as cli_serve  # noqa: E402,F401  registers serve

main = cli
