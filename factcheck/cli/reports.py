"""`factcheck export` and `factcheck import`: thin click commands over factcheck.export.

Put on the main `factcheck` group by factcheck/cli/__init__.py.
"""

from __future__ import annotations

import click
from click.core import ParameterSource

from factcheck.cli.base import ID, blind_option, common_options, open_store, reviewer_name
from factcheck.errors import InvalidInputError
from factcheck.export import FORMATS, export_to_path
from factcheck.models import STATUSES

_REVIEW_OPTIONS = ("site_url", "org_name", "org_url")


@click.command(name="export")
@click.option("--format", "fmt", required=True, type=click.Choice(list(FORMATS)),
              help="md, html, json (everything, for `factcheck import`), csv or claimreview.")
@click.option("--article", "article_ids", type=ID, multiple=True, metavar="ID",
              help="Only this article (repeat for several; default: all).")
@click.option("--status", "statuses", type=click.Choice(STATUSES), multiple=True,
              help="Only claims with this verdict (repeat for several).")
@click.option("-o", "--output", metavar="FILE",
              help="Write here (atomically: all or nothing); default: stdout.")
@click.option("--site-url", metavar="URL", envvar="FACTCHECK_SITE_URL",
              help="claimreview: the page the report is published at (required; env "
                   "FACTCHECK_SITE_URL). Each review links to its claim's anchor there.")
@click.option("--org-name", metavar="NAME", envvar="FACTCHECK_ORG_NAME",
              help="claimreview: the fact-checking organisation (env FACTCHECK_ORG_NAME; "
                   "default: the site's host name).")
@click.option("--org-url", metavar="URL", envvar="FACTCHECK_ORG_URL",
              help="claimreview: the organisation's home page (env FACTCHECK_ORG_URL; "
                   "default: the site's root).")
@blind_option
@common_options
def export_cmd(fmt, article_ids, statuses, output, site_url, org_name, org_url, blind):
    """Write a review report: Markdown, HTML, JSON, CSV or schema.org ClaimReview.

    Claims are streamed, so large databases export in seconds. Reports list disputed
    claims first; JSON carries everything (every reviewer's verdicts and history) and
    can be merged into another database with `factcheck import`.

    \b
    Example:
        factcheck export --format md
        factcheck export --format html -o report.html --article 1
        factcheck export --format csv --status disputed -o disputed.csv
        factcheck export --format json -o alice.json
        factcheck export --format claimreview --site-url https://desk.example/report.html \\
            --org-name "Example Fact Desk" -o claimreview.json
    """
    ctx = click.get_current_context()
    options = {"site_url": site_url, "org_name": org_name, "org_url": org_url}
    if fmt != "claimreview":
        typed = [n for n in _REVIEW_OPTIONS
                 if ctx.get_parameter_source(n) == ParameterSource.COMMANDLINE]
        if typed:
            raise InvalidInputError(f"--{typed[0].replace('_', '-')} only applies to "
                                    "--format claimreview")
        options = {}
    if output is not None and not output.strip():
        raise InvalidInputError("-o: the output file name is empty")
    with open_store() as store:
        if blind:
            _refuse_blind(store, article_ids)
        written = export_to_path(store, fmt, output, article_ids or None, statuses or None,
                                 **options)
    if output and output != "-":
        click.echo(f"{output}: {fmt} report, {written} claims", err=True)


def _refuse_blind(store, article_ids) -> None:
    """A report shows every verdict: refuse it while the reviewer still owes blind second
    verdicts on claims in it (it would show them the first reviewer's)."""
    from factcheck.review import team

    hidden = team.blind_claims(store, reviewer_name())
    if hidden and article_ids:
        hidden = [sc.id for sc in store.claims_by_id(hidden) if sc.article_id in article_ids]
    if hidden:
        n = len(hidden)
        raise InvalidInputError(
            f"{n} claim{'s' if n != 1 else ''} in this report wait{'s' if n == 1 else ''} for "
            "your blind second verdict (factcheck queue second); a report would show you the "
            "first verdict: give yours first, export other articles with --article, or "
            "pass --no-blind (an editor's report)")


@click.command(name="import")
@click.argument("path", metavar="FILE.json")
@common_options
def import_cmd(path):
    """Merge a JSON export (`factcheck export --format json`) into this database.

    Articles, claims, sources, notes and history that are already here are matched,
    not duplicated; everything else is added under its original reviewer and time.
    Where both sides decided a claim differently, the later verdict becomes current and
    the claim is listed; both decisions stay in the history, and each verdict the import
    changes is a history entry of yours naming the file. A verdict seen here before is
    not taken again, so re-importing never reverts a later decision. The file is checked
    field by field first (times, numbers, statuses, names); all or nothing.

    \b
    Example:
        factcheck import bob.json
        factcheck --db team.db import alice.json
    """
    from factcheck.export.importer import merge, read_export

    who = reviewer_name()
    checked = read_export(path)  # checked before any database is opened or created
    with open_store(create=True) as store:
        result = merge(store, checked, who)
    click.echo(f"{path}: {result.summary()}")
