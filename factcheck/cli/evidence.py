"""The evidence library on the command line: `sources add|list|show|remove` and `evidence`.

Put on the main `factcheck` group by factcheck/cli/__init__.py; heavy modules (the
store, the readers, rapidfuzz) are imported inside the commands.
"""

from __future__ import annotations

import contextlib
import json
import sys

import click

from factcheck.cli.base import common_options, echo_table, fail, open_store, reviewer_name
from factcheck.errors import FactcheckError, StoreError
from factcheck.render import one_line

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # kept equal to text.documents.DEFAULT_MAX_BYTES
BATCH_FILES = 200  # documents stored per transaction when adding a folder
BATCH_BYTES = 16 * 1024 * 1024


@click.group(name="sources")
def sources():
    """The evidence library: documents that claims are checked against.

    \b
    Example:
        factcheck sources add statements/ report.pdf prisoners.csv reviews.json
        factcheck sources list
    """


@sources.command(name="add")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
              show_default=True, help="Refuse files larger than this.")
@common_options
def sources_add(paths, max_bytes):
    """Store documents (PDF, HTML, TXT/MD, CSV, ClaimReview JSON; folders too).

    Each document is cut into passages that keep their position (page, paragraph, row).
    A file already stored (same content) is skipped. A file that cannot be used is
    reported on one line and the others are still added.

    \b
    Example:
        factcheck sources add transcript.txt prisoners.csv report.pdf
        factcheck sources add evidence/ --max-bytes 200000000
    """
    from factcheck.review.documents import already_stored, finish_adding, store_documents
    from factcheck.text.documents import find_documents, read_document

    files, errors = find_documents(list(paths))
    for error in errors:
        fail(str(error))
    reviewer = reviewer_name()
    counts = {"added": 0, "skipped": 0, "passages": 0}
    failed = len(errors)
    bar = sys.stderr.isatty() and len(files) > 1
    pending: list = []  # read, not yet stored: stored a batch at a time (one commit each)

    def flush(store) -> None:
        stored = store_documents(store, pending, reviewer, count_words=False)
        for document, outcome in zip(pending, stored):
            _report(document.path, outcome, counts, quiet=bar)
        pending.clear()

    with contextlib.ExitStack() as cleanup:
        store = None
        items = cleanup.enter_context(
            click.progressbar(files, label="Adding", file=sys.stderr, show_pos=True) if bar
            else contextlib.nullcontext(files))
        for path in items:
            try:
                store = store or cleanup.enter_context(open_store(create=True))
                stored = already_stored(store, path, max_bytes)
                if stored:
                    _report(str(path), stored, counts, quiet=bar)
                    continue
                pending.append(read_document(path, max_bytes))
                if len(pending) >= BATCH_FILES or \
                        sum(d.size for d in pending) >= BATCH_BYTES:
                    flush(store)
            except StoreError:
                raise
            except FactcheckError as e:
                fail(str(e) if e.path else f"{path}: {e}")
                failed += 1
        if pending:
            flush(store)
        if counts["added"]:
            finish_adding(store)
    click.echo(f"{counts['added']} added, {counts['skipped']} skipped (already there), "
               f"{failed} failed, {counts['passages']} passages")
    return 1 if failed else 0


def _report(path: str, outcome, counts: dict, quiet: bool) -> None:
    if outcome.created:
        counts["added"] += 1
        counts["passages"] += outcome.passages
        if not quiet:
            click.echo(f"{path}: document {outcome.document_id} ({outcome.kind}), "
                       f"{outcome.passages} passages")
    else:
        counts["skipped"] += 1
        click.echo(f"{path}: already stored as document {outcome.document_id}")


@sources.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@common_options
def sources_list(as_json):
    """Every document in the library.

    \b
    Example:
        factcheck sources list --json
    """
    from factcheck.store import documents as library

    with open_store() as store:
        docs = library.documents(store)
    if as_json:
        click.echo(json.dumps([d.__dict__ for d in docs], ensure_ascii=False, indent=1))
        return
    echo_table(["id", "kind", "passages", "added", "title / path"],
               [[str(d.id), d.kind, str(d.passages), d.added_at[:10],
                 one_line(f"{d.title} — {d.path}" if d.title else d.path)] for d in docs])


@sources.command(name="show")
@click.argument("document_id", type=int)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="Show at most this many passages.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@common_options
def sources_show(document_id, limit, as_json):
    """One document and its passages with their positions.

    \b
    Example:
        factcheck sources show 2 --limit 10
    """
    from factcheck.store import documents as library

    with open_store() as store:
        doc = library.document(store, document_id)
        found = library.passages_of(store, document_id, limit)
    if as_json:
        click.echo(json.dumps({**doc.__dict__, "passage_list": [
            {"id": p.id, "where": p.where(), "text": p.text, "rating": p.rating,
             "claim_reviewed": p.claim_reviewed, "url": p.url} for p in found]},
            ensure_ascii=False, indent=1))
        return
    click.echo(one_line(f"document {doc.id} ({doc.kind}): {doc.title or ''} — {doc.path}"))
    click.echo(f"{doc.passages} passages, {doc.bytes:,} bytes, added {doc.added_at} "
               f"by {doc.added_by or 'unknown'}")
    for p in found:
        click.echo(one_line(f"  [{p.where()}] {p.text}"))


@sources.command(name="remove")
@click.argument("document_id", type=int)
@common_options
def sources_remove(document_id):
    """Remove a document and its passages (evidence already attached to claims stays).

    \b
    Example:
        factcheck sources remove 2
    """
    from factcheck.store import documents as library

    with open_store() as store:
        doc = library.remove_document(store, document_id, reviewer_name())
    click.echo(one_line(f"removed document {doc.id}: {doc.title or doc.path}"))


@click.command(name="evidence")
@click.argument("claim_id", type=int, required=False)
@click.option("--article", "article_id", type=int, metavar="ID",
              help="Every claim of this article (with a progress bar).")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="Suggestions per claim.")
@click.option("--attach", type=click.IntRange(min=1), metavar="N",
              help="Attach suggestion N (as numbered in the list) to the claim as a source.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@common_options
def evidence_cmd(claim_id, article_id, limit, attach, as_json):
    """Passages of the evidence library that confirm or contradict a claim, best first.

    A quote is looked for by its rarest words and classified exact, punctuation, minor
    or altered with the word changes; a figure by its value (normalised, within the
    claim's stated rounding; a near miss is a conflict); a date by the day it resolves
    to; any claim among earlier fact-checks (ClaimReview) with their rating. Each
    suggestion says why it ranks. Nothing is decided for you: --attach N saves one as a
    source on the claim (undo it in the workbench with z).

    \b
    Example:
        factcheck evidence 12
        factcheck evidence 12 --attach 1
        factcheck evidence --article 1 --json
    """
    from factcheck.errors import InvalidInputError
    from factcheck.review import evidence as review

    if (claim_id is None) == (article_id is None):
        raise InvalidInputError("give a CLAIM_ID or --article ID (one of them)")
    if attach and claim_id is None:
        raise InvalidInputError("--attach works on one claim: give its CLAIM_ID")
    with open_store() as store:
        if claim_id is not None:
            claim = store.claim(claim_id)
            found = review.compute(store, claim_id, max(limit, attach or 0))
            saved = None
            if attach:
                if attach > len(found):
                    raise InvalidInputError(f"there is no suggestion {attach} for claim "
                                            f"{claim_id} ({len(found)} found)")
                saved = review.attach(store, claim_id, found[attach - 1], reviewer_name())
            found = found[:limit]
            if as_json:
                click.echo(json.dumps({"claim_id": claim_id, "text": claim.claim.text,
                                       "suggestions": [s.to_dict() for s in found],
                                       "attached_source_id": saved.id if saved else None},
                                      ensure_ascii=False, indent=1))
                return
            _echo_suggestions(claim, found)
            if saved:
                click.echo(f"attached suggestion {attach} as source {saved.id} on claim {claim_id}")
            return
        _batch(store, article_id, limit, as_json)


def _echo_suggestions(claim, found) -> None:
    click.echo(one_line(f"claim {claim.id} ({claim.claim.kind}): {claim.claim.text}"))
    if not found:
        click.echo("no evidence found in the library (add documents with 'factcheck sources add')")
        return
    for n, s in enumerate(found, start=1):
        click.echo(one_line(f"{n}. [{s.kind}: {s.classification}] {s.reason}"))
        click.echo(one_line(f"   {s.citation()} — {s.excerpt}", 200))


def _batch(store, article_id: int, limit: int, as_json: bool) -> None:
    from factcheck.review import evidence as review

    store.article(article_id)  # NotFoundError for an unknown article
    claims = list(store.iter_claims(article_id=article_id))
    results = []
    bar = sys.stderr.isatty()
    with (click.progressbar(claims, label="Looking for evidence", file=sys.stderr,
                            show_pos=True) if bar else contextlib.nullcontext(claims)) as items:
        for sc in items:
            results.append((sc, review.compute(store, sc.id, limit)))
    if as_json:
        click.echo(json.dumps([{"claim_id": sc.id, "kind": sc.claim.kind, "text": sc.claim.text,
                                "suggestions": [s.to_dict() for s in found]}
                               for sc, found in results], ensure_ascii=False, indent=1))
        return
    with_evidence = [(sc, found) for sc, found in results if found]
    echo_table(["claim", "kind", "found", "best"],
               [[str(sc.id), sc.claim.kind, str(len(found)),
                 one_line(f"{found[0].reason} — {found[0].citation()}")]
                for sc, found in with_evidence])
    click.echo(f"{len(with_evidence)} of {len(results)} claims have suggestions", err=True)
