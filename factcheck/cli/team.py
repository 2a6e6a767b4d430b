"""Team review on the command line: config, take/release, queue, resolve, agreement.

Put on the main `factcheck` group by factcheck/cli/__init__.py.
"""

from __future__ import annotations

import json

import click

from factcheck.cli.base import ID, common_options, open_store, reviewer_name
from factcheck.errors import InvalidInputError
from factcheck.models import DECIDED, TAKE_MINUTES


@click.group(name="config", invoke_without_command=True)
@common_options
@click.pass_context
def config(ctx):
    """Desk settings: the second-review policy and the editors.

    \b
    Example:
        factcheck config                         # show the settings
        factcheck config second-review disputed  # disputed verdicts need a second reviewer
        factcheck config editors ana ben         # who may settle disagreements
    """
    from factcheck.review import team

    if ctx.invoked_subcommand is None:
        with open_store() as store:
            click.echo(f"second-review: {team.policy(store)}")
            click.echo(f"editors: {', '.join(team.editors(store)) or '(none)'}")


@config.command(name="second-review")
@click.argument("policy", metavar="all|disputed|none")
@common_options
def config_second_review(policy):
    """Which decided claims need a second reviewer's verdict: all, disputed only, or none.

    \b
    Example:
        factcheck config second-review all
    """
    from factcheck.review import team

    with open_store() as store:
        team.set_policy(store, policy, reviewer_name())
    click.echo(f"second-review: {policy}")


@config.command(name="editors")
@click.argument("names", nargs=-1, required=True, metavar="NAME...")
@common_options
def config_editors(names):
    """Set the editors: the reviewers who may settle disagreements.

    \b
    Example:
        factcheck config editors ana ben
    """
    from factcheck.names import check_name
    from factcheck.review import team

    names = [check_name(name, "editors") for name in names]  # reviewer names, same rule
    with open_store() as store:
        team.set_editors(store, names, reviewer_name())
        click.echo(f"editors: {', '.join(team.editors(store))}")


@click.command(name="take")
@click.argument("article_id", type=ID)
@click.option("--minutes", type=click.IntRange(1, 24 * 60), default=TAKE_MINUTES, show_default=True,
              help="How long the take lasts unless renewed or released.")
@click.option("--force", is_flag=True, help="Take over an article someone else has taken.")
@common_options
def take_cmd(article_id, minutes, force):
    """Take an article: others see it as in review by you.

    \b
    Example:
        factcheck take 3
        factcheck take 3 --force      # take it over from a colleague
    """
    from factcheck.review import team

    with open_store() as store:
        held = team.take(store, article_id, reviewer_name(), minutes, force)
    click.echo(f"article {article_id}: in review by {held.reviewer} until {held.expires_at[:16].replace('T', ' ')} UTC")


@click.command(name="release")
@click.argument("article_id", type=ID)
@common_options
def release_cmd(article_id):
    """Release an article you have taken.

    \b
    Example:
        factcheck release 3
    """
    from factcheck.review import team

    with open_store() as store:
        store.article(article_id)
        done = team.release(store, article_id, reviewer_name())
    click.echo(f"article {article_id}: released" if done else f"article {article_id}: you had not taken it")


@click.command(name="queue")
@click.argument("which", type=click.Choice(["second", "resolve"]))
@click.option("--article", "article_id", type=ID, metavar="ID", help="Only this article.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@common_options
def queue_cmd(which, article_id, as_json):
    """List a review queue: claims waiting for your second verdict, or disagreements.

    In the second queue the first verdict is not shown (blind review).

    \b
    Example:
        factcheck queue second
        factcheck queue resolve --json
    """
    from factcheck.review import team

    me = reviewer_name()
    with open_store() as store:
        if article_id is not None:
            store.article(article_id)
        ids = team.second_queue(store, me, article_id) if which == "second" else team.resolve_queue(store, article_id)
        rows = []
        for cid in ids:
            c = store.claim(cid).claim
            row = {"id": cid, "kind": c.kind, "text": c.text}
            if which == "resolve":
                row["reviews"] = [{"reviewer": r.reviewer, "status": r.status}
                                  for r in team.desk_state(store, cid).reviews]
            rows.append(row)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for row in rows:
        said = ""
        if "reviews" in row:
            said = "  [" + ", ".join(f"{r['reviewer']}: {r['status']}" for r in row["reviews"]) + "]"
        click.echo(f"{row['id']:>6}  {row['kind']:6}  {row['text'][:80]}{said}")
    click.echo(f"{len(rows)} claim{'s' if len(rows) != 1 else ''} in the {which} queue", err=True)


@click.command(name="resolve")
@click.argument("claim_id", type=ID)
@click.argument("status", type=click.Choice(list(DECIDED)), metavar="STATUS")
@click.option("--note", metavar="TEXT", required=True, help="Why this is the final verdict.")
@common_options
def resolve_cmd(claim_id, status, note):
    """Settle a disagreement as an editor: the final verdict, with a note.

    \b
    Example:
        factcheck --reviewer ana resolve 12 disputed --note "The ministry's own table says 1,300"
    """
    from factcheck.review import team

    with open_store() as store:
        team.resolve(store, claim_id, status, reviewer_name(), note)
    click.echo(f"claim {claim_id}: resolved as {status}")


@click.command(name="agreement")
@click.option("--article", "article_id", type=ID, metavar="ID", help="Only this article.")
@click.option("--reviewers", metavar="A,B", help="Only this pair of reviewers.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@common_options
def agreement_cmd(article_id, reviewers, as_json):
    """Percent agreement and Cohen's kappa per reviewer pair and overall, with the
    confusion table over verified / disputed / unverifiable.

    Counts each reviewer's own verdict on claims that two or more reviewers decided.

    \b
    Example:
        factcheck agreement
        factcheck agreement --article 2 --json
    """
    from factcheck.render import table
    from factcheck.review.agreement import CATEGORIES, agreement
    from factcheck.store import team as teamdb

    with open_store() as store:
        if article_id is not None:
            store.article(article_id)
        stances = teamdb.review_pairs(store, article_id)
    pairs, overall = agreement(stances)
    if reviewers:
        wanted = [r.strip() for r in reviewers.split(",")]
        known = {r for _, r, _ in stances}
        unknown = [r for r in wanted if r not in known]
        if len(wanted) != 2 or unknown:
            raise InvalidInputError(f"--reviewers: no second-reviewed verdicts by {', '.join(unknown)}"
                                    if unknown else "--reviewers takes two names: A,B")
        pairs = [p for p in pairs if {p.a, p.b} == set(wanted)]
    if as_json:
        click.echo(json.dumps({"pairs": [p.to_dict() for p in pairs], "overall": overall.to_dict()},
                              ensure_ascii=False, indent=1))
        return
    if not overall.n:
        click.echo("no claim has verdicts from two reviewers yet")
        return
    for p in pairs + ([overall] if len(pairs) > 1 else []):
        who = "overall" if p is overall else f"{p.a} × {p.b}"
        kappa = "undefined" if p.kappa is None else f"{p.kappa:.2f}"
        click.echo(f"{who}: {p.n} claims, {p.percent:.1f}% agreement, kappa {kappa}")
        rows, columns = ((p.a, p.b) if p is not overall else
                         ("the first of each pair", "the second (names in order)"))
        click.echo(f"  rows: {rows}, columns: {columns}")
        header = [f"{rows[:14]} \\ {columns[:14]}" if p is not overall else "", *CATEGORIES]
        lines = table(header, [[r, *(p.table[r][c] for c in CATEGORIES)] for r in CATEGORIES])
        for line in lines:
            click.echo("  " + line)
