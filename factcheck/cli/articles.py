"""The article commands: ingest, articles, claims, verdict, history and extract."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys

import click

from factcheck.cli.base import (ID, blind_option, common_options, echo_table, fail,
                                fetch_options, open_store, published_option, read_url_list,
                                reviewer_name)
from factcheck.errors import FactcheckError, InvalidInputError, StoreError
from factcheck.cli.output import emit, output_options
from factcheck.models import CLAIM_KINDS, STATUSES, Claim
from factcheck.render import one_line


@click.command()
@click.argument("paths", nargs=-1, metavar="PATH|URL...")
@click.option("--urls", "urls_file", type=click.File("r", encoding="utf-8-sig"), metavar="FILE",
              help="Also ingest the web pages listed in FILE (one URL a line, # comments; "
                   "- for standard input).")
@click.option("--published", metavar="YYYY-MM-DD", callback=published_option,
              help="Publication date (resolves 'yesterday', 'last week'…); wins over metadata.")
@click.option("--title", metavar="T", help="Article title (one article only).")
@click.option("--url", metavar="U", help="Where the article was published (one article only).")
@click.option("--encoding", metavar="E", help="Text encoding of the files (default UTF-8; "
              "an HTML page without --encoding: the charset it declares).")
@fetch_options
@common_options
def ingest(paths, urls_file, published, title, url, encoding, timeout, max_bytes):
    """Store articles (.txt, .md, .html, a folder of them, or web pages) and their claims.

    Metadata is read from NAME.meta.json beside each file, front matter (.md) or the
    page itself (.html and URLs: title, byline, site, canonical URL, dates). A web page
    is fetched once; its HTML is kept so `factcheck reextract` can run again on it.
    Ingesting the same text again adds nothing. A file or URL that fails is reported and
    the others go on; the exit status is 1 if any failed.

    \b
    Example:
        factcheck ingest fixtures/belarus-prisoner-release.txt
        factcheck ingest articles/ --published 2025-09-11
        factcheck ingest https://news.example/2025/09/11/story
        factcheck ingest --urls reading-list.txt --timeout 30
    """
    from factcheck.review.ingest import ingest_text, load_any
    from factcheck.text.fetch import is_url
    from factcheck.text.files import check_encoding, find_articles

    encoding = check_encoding(encoding)
    if not paths and urls_file is None:
        raise click.UsageError("give at least one PATH or URL, or --urls FILE")
    links = [p for p in paths if is_url(p)]
    listed = read_url_list(urls_file) if urls_file is not None else []
    files, errors = find_articles([p for p in paths if not is_url(p)])
    links += [link for link in listed if is_url(link)]
    errors += [InvalidInputError("not a URL (http:// or https://)",
                                 f"{urls_file.name}: {link}")
               for link in listed if not is_url(link)]
    sources = [*files, *links]
    if (title or url) and len(sources) > 1:
        raise InvalidInputError(f"--title and --url describe one article, but {len(sources)} "
                                "files or URLs were given")
    for error in errors:
        fail(str(error))
    reviewer = reviewer_name()
    store = None
    added = skipped = found = 0
    failed = len(errors)
    bar = sys.stderr.isatty() and len(sources) > 1
    with contextlib.ExitStack() as cleanup:
        items = cleanup.enter_context(
            click.progressbar(sources, label="Ingesting", file=sys.stderr, show_pos=True)
            if bar else contextlib.nullcontext(sources))
        for source in items:
            try:
                text, meta = load_any(source, encoding, published, title, url, timeout,
                                      max_bytes)
                # opened only once an article is ready: bad input never creates a database
                store = store or cleanup.enter_context(open_store(create=True))
                outcome = ingest_text(store, text, meta, str(source), reviewer)
            except StoreError:
                raise
            except FactcheckError as e:
                fail(str(e) if e.path else f"{source}: {e}")
                failed += 1
                continue
            except (RecursionError, ValueError, TypeError, OSError) as e:
                # a file no check foresaw: report it, go on with the others
                fail(f"{source}: cannot ingest this file ({type(e).__name__}: {e})")
                failed += 1
                continue
            if outcome.created:
                added += 1
                found += outcome.claims
                if not bar:
                    click.echo(f"{source}: article {outcome.article_id}, {outcome.claims} claims")
            else:
                skipped += 1
                click.echo(f"{source}: already ingested as article {outcome.article_id}")
    click.echo(f"{added} added, {skipped} skipped (already there), {failed} failed, "
               f"{found} claims")
    return 1 if failed else 0


ARTICLE_FIELDS = ("id", "title", "url", "published", "modified", "byline", "site_name",
                  "canonical_url", "ingested_at", "chars", "source_path",
                  "claims", "by_status")


@click.command()
@output_options
@blind_option
@common_options
def articles(fmt, blind):
    """List ingested articles with their review progress.

    --json, --nl, --csv and --tsv give every field, with the claim counts by status.

    \b
    Example:
        factcheck articles
        factcheck articles --csv > articles.csv
    """
    from factcheck.review import team

    with open_store() as store:
        hidden = team.blind_claims(store, reviewer_name()) if blind else frozenset()
        progress = store.progress()
        if hidden:  # blind second review: claims waiting for my verdict count as pending
            progress = _blind_progress(store, progress, hidden)
        items = store.articles()
    if fmt:
        emit(fmt, ARTICLE_FIELDS, (
            {"id": a.id, "title": a.title, "url": a.url, "published": a.published,
             "modified": a.modified, "byline": a.byline, "site_name": a.site_name,
             "canonical_url": a.canonical_url, "ingested_at": a.ingested_at, "chars": a.chars,
             "source_path": a.source_path, "claims": sum(progress[a.id].values()),
             "by_status": progress[a.id]}
            for a in items))
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
    echo_table(["ID", "PUBLISHED", "CLAIMS", "REVIEWED", "DISPUTED", "TITLE"], rows)


def _blind_progress(store, progress, hidden):
    out = {article_id: dict(counts) for article_id, counts in progress.items()}
    for sc in store.claims_by_id(hidden):
        counts = out.get(sc.article_id)
        if counts is not None and sc.status != "pending":
            counts[sc.status] -= 1
            counts["pending"] += 1
    return out


CLAIM_PAGE = 500  # claims read (with their sources and notes) per query in a listing


@click.command()
@click.option("--article", "article_id", type=ID, metavar="ID", help="Only this article.")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), help="Only quotes, numbers or dates.")
@click.option("--status", type=click.Choice(STATUSES),
              help="Only claims with this status (the current verdict).")
@output_options
@blind_option
@common_options
def claims(article_id, kind, status, fmt, blind):
    """List claims in article order with their status (the current verdict).

    --json, --nl, --csv and --tsv give every claim field plus id, article_id, status,
    reviewer, version, sources and notes. On a desk with blind second review, a claim
    waiting for your verdict shows as pending, without the first reviewer's sources and
    notes.

    \b
    Example:
        factcheck claims --status pending --kind number
        factcheck claims --article 1 --json
        factcheck claims --status disputed --csv > disputed.csv
    """
    from factcheck.render import claim_detail
    from factcheck.review import team

    with open_store() as store:
        if article_id is not None:
            store.article(article_id)  # NotFoundError for an unknown id
        me = reviewer_name()
        hidden = team.blind_claims(store, me) if blind else frozenset()
        # a blind claim counts as pending, whatever its stored status: filter after masking
        rows = store.iter_claims(article_id=article_id, kind=kind,
                                 status=None if hidden else status, page_size=CLAIM_PAGE)
        rows = (team.masked(sc) if sc.id in hidden else sc for sc in rows)
        if hidden and status:
            rows = (sc for sc in rows if sc.status == status)
        if fmt:
            emit(fmt, CLAIM_FIELDS, _with_evidence(store, rows, hidden, me))
            return
        lines = [[sc.id, sc.article_id, sc.claim.kind, sc.status,
                  one_line(claim_detail(sc.claim), 32), sc.claim.text] for sc in rows]
    if not lines:
        click.echo("no claims" + (" match" if article_id or kind or status else " yet"),
                   err=True)
        return
    echo_table(["ID", "ART", "KIND", "STATUS", "DETAIL", "TEXT"], lines)


CLAIM_FIELDS = ("id", "article_id", "position", *Claim.__dataclass_fields__, "status",
                "reviewer", "updated_at", "version", "sources", "notes")


def _with_evidence(store, claims, hidden, me):
    """Claim dicts with their sources and notes, read a page at a time; on a claim hidden
    from a blind second reviewer only their own evidence is shown."""
    from factcheck.store import bulk

    page: list = []

    def flush():
        ids = [sc.id for sc in page]
        sources, notes = bulk.sources_for(store, ids), bulk.notes_for(store, ids)
        for sc in page:
            masked = sc.id in hidden
            out = sc.to_dict()
            out["sources"] = [dataclasses.asdict(x) for x in sources.get(sc.id, [])
                              if not masked or x.added_by == me]
            out["notes"] = [dataclasses.asdict(x) for x in notes.get(sc.id, [])
                            if not masked or x.author == me]
            yield out
        page.clear()

    for sc in claims:
        page.append(sc)
        if len(page) >= CLAIM_PAGE:
            yield from flush()
    yield from flush()


def _same_status(status: str, reviewer: str, stances) -> str:
    """What a verdict that keeps the claim's status did: the claim is now under
    `reviewer`'s name and, when decided, their own verdict is recorded next to the
    others' (second review counts it)."""
    if status == "pending":
        return f"stays pending (now {reviewer}'s)"
    others = [f"{s.reviewer} {s.status}" for s in stances if s.reviewer != reviewer]
    said = f" (also: {', '.join(others)})" if others else ""
    return f"stays {status}; {reviewer}'s own verdict is recorded{said}"


@click.command()
@click.argument("claim_id", type=ID)
@click.argument("status", type=click.Choice(STATUSES), metavar="STATUS")
@click.option("--source", metavar="URL", help="Evidence URL (http or https).")
@click.option("--title", metavar="T", help="Title of the --source.")
@click.option("--excerpt", metavar="TEXT", help="The relevant passage of the --source.")
@click.option("--note", metavar="TEXT", help="A note on the claim.")
@click.option("--if-version", type=ID, metavar="N",
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
    from factcheck.review import team
    from factcheck.review import verdicts as review

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
            stances = team.desk_state(store, claim_id).reviews
    if after.version == before.version:
        click.echo(f"claim {claim_id}: already {after.status} ({after.reviewer})")
    elif before.status == after.status:  # another reviewer, the same status
        click.echo(f"claim {claim_id}: {_same_status(after.status, reviewer, stances)}")
    else:
        click.echo(f"claim {claim_id}: {before.status} → {after.status} ({reviewer})")
    if added:
        click.echo(f"claim {claim_id}: + source {added.url}")
    if noted:
        click.echo(f"claim {claim_id}: + note")


@click.command()
@click.argument("claim_id", type=ID, required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@blind_option
@common_options
def history(claim_id, as_json, blind):
    """Show who changed what and when (for one claim, or everything).

    \b
    Example:
        factcheck history 12
    """
    from factcheck.render import describe_event, short_time
    from factcheck.review import team

    with open_store() as store:
        if claim_id is not None:
            store.claim(claim_id)
        events = store.history(claim_id=claim_id)
        me = reviewer_name()
        hidden = team.blind_claims(store, me) if blind else frozenset()
    if hidden:  # blind second review: others' work on a claim waiting for my verdict
        shown = [e for e in events if e.claim_id not in hidden or e.reviewer == me]
        if len(shown) < len(events):
            click.echo(f"{len(events) - len(shown)} entries on claims waiting for your blind "
                       "second verdict are hidden until you give it", err=True)
        events = shown
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(e) for e in events], ensure_ascii=False, indent=1))
        return
    if not events:
        click.echo("no history yet", err=True)
        return
    echo_table(["WHEN (UTC)", "WHO", "CLAIM", "ACTION", "CHANGE"],
                [[short_time(e.at), e.reviewer or "-", e.claim_id or "-", e.action,
                  describe_event(e)] for e in events])


@click.command(name="extract")
@click.argument("path", metavar="PATH|URL")
@click.option("--published", metavar="YYYY-MM-DD", callback=published_option,
              help="Publication date, to resolve relative dates; wins over metadata.")
@click.option("--encoding", metavar="E", help="Text encoding of the file (default UTF-8).")
@click.option("--json", "as_json", is_flag=True, help="The claims as JSON (offsets are "
              "Python string offsets into the text).")
@fetch_options
def extract_cmd(path, published, encoding, as_json, timeout, max_bytes):
    """Print the claims found in one article (a file or a web page) without touching any
    database.

    \b
    Example:
        factcheck extract fixtures/belarus-prisoner-release.txt --published 2025-09-11 --json
        factcheck extract https://news.example/2025/09/11/story
    """
    from factcheck.render import claim_detail
    from factcheck.review.ingest import extract, load_any
    from factcheck.text.files import check_encoding

    text, meta = load_any(path, check_encoding(encoding), published, timeout=timeout,
                          max_bytes=max_bytes)
    found = extract(text, meta.published)
    if as_json:
        page = {f: getattr(meta, f) for f in ("modified", "byline", "site_name",
                                              "canonical_url") if getattr(meta, f)}
        out = {"article": {"title": meta.title, "published": meta.published, **page,
                           "chars": len(text)},
               "claims": [c.to_dict() for c in found]}
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    click.echo(f"{meta.title or path} ({meta.published or 'date unknown'}, {len(text)} chars, "
               f"{len(found)} claims)")
    echo_table(["#", "KIND", "SPAN", "DETAIL", "TEXT"],
                [[n, c.kind, f"{c.start}-{c.end}", one_line(claim_detail(c), 32), c.text]
                 for n, c in enumerate(found, 1)])
