"""The `factcheck` command line: a thin click layer over the library.

Each module holds one group of commands as plain click commands; this file puts them on
the one `factcheck` group (`--help` lists them by name). Modules import their heavy
dependencies inside the command bodies, so start-up stays quick (benchmarks/startup.py).
"""

from __future__ import annotations

import click

from factcheck import __version__
from factcheck.cli import articles, evidence, pages, reports, serve, team, verify, workbench
from factcheck.cli.base import FactcheckGroup, common_options


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


for command in (
    articles.ingest, articles.articles, articles.claims, articles.verdict, articles.history,
    articles.extract_cmd, pages.reextract_cmd, workbench.review_cmd,
    reports.export_cmd, reports.import_cmd,
    verify.check_quote, verify.lint_cmd, verify.matches_cmd, verify.reuse_cmd,
    verify.speakers_cmd,
    team.config, team.take_cmd, team.release_cmd, team.queue_cmd, team.resolve_cmd,
    team.agreement_cmd,
    serve.serve_cmd,
    evidence.sources, evidence.evidence_cmd,
):
    cli.add_command(command)

main = cli
