"""Verification aids on the command line: check-quote, lint, matches, reuse, speakers.

Put on the main `factcheck` group by factcheck/cli/__init__.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from factcheck.cli.base import ID, blind_option, common_options, echo_table, open_store, reviewer_name
from factcheck.cli.output import emit, output_options
from factcheck.errors import InvalidInputError


# check-quote's exit status by classification (exact, punctuation and minor: 0), so a
# script can tell a faithful quote from a doctored or missing one
QUOTE_EXIT = {"altered": 3, "not_found": 4}


@click.command(name="check-quote")
@click.argument("claim_id", type=ID)
@click.argument("source", metavar="SOURCE")
@click.option("--encoding", metavar="E", help="Text encoding of SOURCE (default UTF-8).")
@click.option("--save-not-found", is_flag=True, help="Save the check even when the quote is not found.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@common_options
def check_quote(claim_id, source, encoding, save_not_found, as_json):
    """Find a quote in a source document and say how it differs.

    SOURCE is a transcript, statement or another outlet's article (.txt, .md or .html),
    or - to read it from standard input. Prints the best matching passage, its score, the
    word changes and a verdict: exact, punctuation (or case) only, minor wording change,
    altered (a negation, number or name differs) or not found. The check is saved on the
    claim as a source with the matched excerpt (not when nothing matched, unless
    --save-not-found).

    \b
    Exit status: 0 exact, punctuation or minor change; 3 altered;
    4 not found; 1 an error (bad claim, unreadable source).

    \b
    Example:
        factcheck check-quote 12 transcript.txt
        pbpaste | factcheck check-quote 12 -
    """
    from factcheck.review import verdicts as review
    from factcheck.text.files import check_encoding, read_source
    from factcheck.verify.match import align_quote

    check_encoding(encoding)
    with open_store() as store:
        claim = store.claim(claim_id)
        if claim.claim.kind != "quote":
            raise InvalidInputError(f"claim {claim_id} is a {claim.claim.kind}, not a quote "
                                    "(check-quote compares quotes with their source)")
        text = read_source(source, encoding)
        match = align_quote(claim.claim.text, text)
        saved = None
        if match.found or save_not_found:
            label = "stdin" if source == "-" else Path(source).resolve().as_uri()
            saved = review.add_quote_check(store, claim_id, label, match, reviewer_name())
    if as_json:
        click.echo(json.dumps({**match.to_dict(), "claim_id": claim_id,
                               "saved_source_id": saved.id if saved else None}, ensure_ascii=False, indent=1))
        return QUOTE_EXIT.get(match.classification, 0)
    click.echo(f"claim {claim_id}: {claim.claim.text}")
    if not match.found:
        click.echo("not found: nothing in the source is close enough" + ("" if saved else " (not saved)"))
        return QUOTE_EXIT["not_found"]
    click.echo(f"{match.classification} ({match.score:.0f}% similar)")
    click.echo(f"source says: {match.excerpt}")
    for change in match.changes:
        click.echo(f"  {change.describe()}")
    for reason in match.reasons:
        click.echo(f"  {reason}")
    if saved:
        click.echo(f"saved as source {saved.id} on claim {claim_id}")
    return QUOTE_EXIT.get(match.classification, 0)


@click.command(name="lint")
@click.argument("article_id", type=ID)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@click.option("--all", "show_all", is_flag=True, help="Also list the checks that passed.")
@common_options
def lint_cmd(article_id, as_json, show_all):
    """Check that an article's numbers fit together.

    A percentage against the counts it is a share of (within rounding), the same counted
    thing given two values, parts that add up to more than their total, dates in the
    wrong order for "before"/"after". Exits 1 when there are warnings.

    \b
    Example:
        factcheck lint 1
        factcheck lint 1 --all --json
    """
    from factcheck.verify.consistency import lint_article

    with open_store() as store:
        findings = lint_article(store, article_id)
    shown = [f for f in findings if show_all or f.severity == "warning"]
    if as_json:
        click.echo(json.dumps([f.to_dict() for f in shown], ensure_ascii=False, indent=1))
    else:
        for f in shown:
            claims = ", ".join(str(i) for i in f.claim_ids)
            click.echo(f"{f.severity:7s} {f.check:10s} {f.message} (claims {claims})")
        warnings = sum(f.severity == "warning" for f in findings)
        click.echo(f"{warnings} warning{'s' if warnings != 1 else ''}, "
                   f"{len(findings) - warnings} check{'s' if len(findings) - warnings != 1 else ''} passed",
                   err=True)
    if any(f.severity == "warning" for f in findings):
        raise SystemExit(1)


@click.command(name="matches")
@click.argument("claim_id", type=ID)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@blind_option
@common_options
def matches_cmd(claim_id, as_json, blind):
    """The same quote or figure in other articles, with their verdicts and conflicts.

    Conflicts: the same quote attributed to someone else, or the same counted thing
    with a different figure. Reuse a verdict with `factcheck reuse`.

    \b
    Example:
        factcheck matches 12
    """
    from dataclasses import replace

    from factcheck.review import team
    from factcheck.verify import crossref

    with open_store() as store:
        found = crossref.matches(store, claim_id)
        hidden = team.blind_claims(store, reviewer_name()) if blind else frozenset()
    # blind second review: a claim waiting for my verdict shows as undecided
    found = [replace(m, claim=team.masked(m.claim)) if m.claim.id in hidden else m
             for m in found]
    if as_json:
        click.echo(json.dumps([m.to_dict() for m in found], ensure_ascii=False, indent=1))
        return
    click.echo(crossref.seen_summary(found))
    for m in found:
        click.echo(f"  {m.describe()}")


@click.command(name="reuse")
@click.argument("claim_id", type=ID)
@click.argument("from_claim_id", type=ID)
@click.option("--force", is_flag=True,
              help="Copy the verdict even between claims that do not match, or within one "
                   "article.")
@common_options
def reuse_cmd(claim_id, from_claim_id, force):
    """Give a claim the verdict of the same claim in another article.

    Only between the same quote or figure (as `factcheck matches` lists it, not a
    conflict) in two different articles, unless --force. The history records that it was
    reused, and from which claim.

    \b
    Example:
        factcheck reuse 40 12
    """
    from factcheck.review import verdicts as review

    with open_store() as store:
        before = store.verdict(claim_id)
        v = review.reuse_verdict(store, claim_id, from_claim_id, reviewer_name(), force=force)
    if v.version == before.version:
        click.echo(f"claim {claim_id}: already {v.status}"
                   + (f" ({v.reviewer})" if v.reviewer else "") + "; nothing written")
        return
    click.echo(f"claim {claim_id}: {before.status} → {v.status} (reused from claim "
               f"{from_claim_id})")


@click.command(name="speakers")
@click.option("--merge", nargs=2, metavar="ALIAS CANONICAL",
              help="Rename ALIAS to CANONICAL on every quote, and remember the alias.")
@output_options
@common_options
def speakers_cmd(merge, fmt):
    """Canonical speakers with their quote counts and aliases.

    A surname alone or a shorter form of a longer name is listed as an alias of it;
    --merge makes one name read as another everywhere.

    \b
    Example:
        factcheck speakers
        factcheck speakers --csv
        factcheck speakers --merge "Don Trump" "Donald Trump"
    """
    from factcheck.review import verdicts as review
    from factcheck.verify import crossref

    with open_store() as store:
        if merge:
            n = review.merge_speaker(store, merge[0], merge[1], reviewer_name())
            click.echo(f"{n} quote{'s' if n != 1 else ''}: {merge[0]} → {merge[1]}")
            return
        people = crossref.speakers(store)
    if fmt:
        emit(fmt, ("speaker", "quotes", "aliases"),
             ({"speaker": s.name, "quotes": s.quotes, "aliases": list(s.aliases)}
              for s in people))
        return
    if not people:
        click.echo("no quoted speakers yet", err=True)
        return
    echo_table(["QUOTES", "SPEAKER", "ALSO CALLED"],
               [[s.quotes, s.name, ", ".join(s.aliases)] for s in people])
