"""`factcheck reextract`: extract an article again from the web page kept in the database."""

from __future__ import annotations

import click

from factcheck.cli.base import common_options, open_store, reviewer_name


@click.command(name="reextract")
@click.argument("article_ids", nargs=-1, type=int, required=True, metavar="ARTICLE_ID...")
@common_options
def reextract_cmd(article_ids):
    """Extract articles again from the HTML stored when their page was ingested.

    No fetching: the page kept in the database is read again with the current extractor.
    Claims still in the new text (same words, at the same or another place) keep their
    verdicts, sources and notes; claims that are gone are dropped and listed in the
    history; new claims start as pending.

    \b
    Example:
        factcheck reextract 3
        factcheck history --json | grep reextract
    """
    from factcheck.review.reextract import reextract

    reviewer = reviewer_name()
    with open_store() as store:
        for article_id in article_ids:
            done = reextract(store, article_id, reviewer)
            if not done.changed:
                click.echo(f"article {article_id}: unchanged ({done.kept} claims)")
                continue
            click.echo(f"article {article_id}: {done.kept} claims kept, {done.moved} moved, "
                       f"{done.added} added, {done.dropped} dropped")
