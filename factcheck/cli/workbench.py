"""`factcheck review`: ingest what is given, then open the workbench on it."""

from __future__ import annotations

import click

from factcheck.cli.base import ID, common_options, db_path, fetch_options, open_store, reviewer_name
from factcheck.errors import InvalidInputError


@click.command(name="review")
@click.argument("paths", nargs=-1, metavar="[PATH|URL]...")
@click.option("--article", "article_id", type=ID, metavar="ID",
              help="Open on this article (default: the one PATH given, else all).")
@click.option("--advance/--no-advance", default=True, show_default=True,
              help="After a verdict key, move on to the next pending claim.")
@click.option("--theme", metavar="NAME",
              help="Textual theme, e.g. textual-light (ctrl+p → Theme switches live and "
                   "is kept in $XDG_CONFIG_HOME/factcheck/config.toml, with [keymap]).")
@click.option("--queue", type=click.Choice(["second", "resolve"]),
              help="Open on a team queue: claims waiting for your second verdict, or "
                   "disagreements for an editor to resolve.")
@click.option("--blind/--no-blind", default=True, show_default=True,
              help="In second review, hide the first reviewer's verdict until you decide.")
@click.option("--ask-reviewer", is_flag=True, hidden=True,
              help="Ask for the reviewer's name first (what `factcheck serve` runs).")
@fetch_options
@common_options
def review_cmd(paths, article_id, advance, theme, queue, blind, ask_reviewer, timeout,
               max_bytes):
    """Open the review workbench; PATHs (files, folders or web page URLs) are ingested first.

    Keys: j/k move, v/d/u verdict, p pending, space next pending, z/Z undo/redo,
    s source, e note, Q check quote, r reuse a verdict, / search (n/N), f filter,
    a article, c copy, ? help, q quit. Opening one article takes it (others see
    "in review by you") until you quit or open another.

    \b
    Example:
        factcheck review fixtures/belarus-prisoner-release.txt
        factcheck review https://news.example/2025/09/11/story
        factcheck review --db team.db --reviewer alice --article 3
        factcheck review --db team.db --reviewer bob --queue second
    """
    from textual.theme import BUILTIN_THEMES

    from factcheck.review.ingest import ingest_file, ingest_text, load_url
    from factcheck.text.fetch import is_url
    from factcheck.text.files import find_articles
    from factcheck.tui.config import config_path, load_config

    if theme is not None and theme not in BUILTIN_THEMES:
        raise InvalidInputError(f"--theme: unknown theme {theme!r} (try textual-dark, "
                                "textual-light, nord, gruvbox…)")
    settings = load_config(config_path(), themes=frozenset(BUILTIN_THEMES))
    reviewer = "" if ask_reviewer else reviewer_name()
    files, errors = find_articles([p for p in paths if not is_url(p)])
    if errors:
        raise errors[0]
    # pages are fetched first: one that fails leaves no database behind
    pages = [(link, load_url(link, timeout=timeout, max_bytes=max_bytes))
             for link in paths if is_url(link)]
    with open_store(create=bool(paths) or article_id is None) as store:
        opened = [ingest_file(store, path, reviewer, max_bytes=max_bytes).article_id
                  for path in files]
        opened += [ingest_text(store, text, meta, link, reviewer).article_id
                   for link, (text, meta) in pages]
        if article_id is not None:
            store.article(article_id)  # NotFoundError: one line, before the UI starts
        elif len(set(opened)) == 1:
            article_id = opened[0]
    from factcheck.tui.app import ReviewApp

    app = ReviewApp(db_path(), reviewer, article_id=article_id, advance=advance,
                    theme=theme or settings.theme, keymap=settings.keymap,
                    config_file=config_path(),
                    queue={"second": "second review", "resolve": "resolve"}.get(queue or ""),
                    blind=blind, ask_reviewer=ask_reviewer)
    app.run()
    if app.return_code:  # the workbench crashed (Textual printed why): say so to the shell
        raise SystemExit(app.return_code)
