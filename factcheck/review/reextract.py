"""Extract an article again from the page HTML kept when it was ingested.

Used when extraction improves: the new text may differ, claims may move. A claim whose
kind and text are still in the new text (at the same or at another position) is the
same claim and keeps its verdict, sources and notes; the nearest old position wins when
the same words appear more than once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from factcheck.errors import ArticleError
from factcheck.models import ArticleMeta, Claim, StoredClaim
from factcheck.review.ingest import extract
from factcheck.store.facade import Store
from factcheck.store.rewrite import rewrite_article
from factcheck.text.files import page_article


@dataclass(frozen=True)
class Reextracted:
    """What re-extraction did to one article's claims."""

    article_id: int
    kept: int  # same text at the same position
    moved: int  # same text elsewhere
    added: int
    dropped: int
    changed: bool  # False: the same text and claims came out again


def reextract(store: Store, article_id: int, reviewer: str | None = None) -> Reextracted:
    """Re-run page extraction and claim extraction on the stored HTML of an article."""
    article = store.article(article_id)  # NotFoundError
    markup = store.page_html(article_id)
    if markup is None:
        raise ArticleError(f"article {article_id} has no stored web page to extract again "
                           "(it was ingested from a text file)")
    where = article.url or article.source_path or f"article {article_id}"
    text, fields = page_article(markup, where, article.url)
    # what a person set (--published, --title) stays; the page fills what is missing
    meta = replace(ArticleMeta(**{**fields, "url": article.url}),
                   title=article.title or fields["title"],
                   published=article.published or fields["published"])
    claims = extract(text, meta.published)
    old = list(store.iter_claims(article_id=article_id))
    keep = match_claims(old, claims)
    starts = {sc.id: sc.claim.start for sc in old}
    moved = sum(1 for new, old_id in keep.items() if claims[new].start != starts[old_id])
    summary = Reextracted(article_id, kept=len(keep) - moved, moved=moved,
                          added=len(claims) - len(keep), dropped=len(old) - len(keep),
                          changed=text != article.text or len(keep) != len(old)
                          or len(claims) != len(keep))
    if summary.changed or _page_changed(article, meta):
        rewrite_article(store, article_id, text, meta, claims, keep, reviewer,
                        {"kept": summary.kept, "moved": summary.moved, "added": summary.added})
    return summary


def match_claims(old: list[StoredClaim], new: list[Claim]) -> dict[int, int]:
    """{position in `new`: id of the old claim it is}: same kind and text, the old one at
    the same start first, else the nearest; each old claim is matched at most once."""
    by_text: dict[tuple[str, str], list[StoredClaim]] = {}
    for sc in old:
        by_text.setdefault((sc.claim.kind, sc.claim.text), []).append(sc)
    keep: dict[int, int] = {}
    for exact in (True, False):  # unmoved claims first, so a moved one cannot take their place
        for position, claim in enumerate(new):
            candidates = by_text.get((claim.kind, claim.text))
            if position in keep or not candidates:
                continue
            best = min(candidates, key=lambda sc: abs(sc.claim.start - claim.start))
            if exact and best.claim.start != claim.start:
                continue
            candidates.remove(best)
            keep[position] = best.id
    return keep


def _page_changed(article, meta: ArticleMeta) -> bool:
    return any(getattr(article, f) != getattr(meta, f)
               for f in ("title", "published", "byline", "site_name", "canonical_url",
                         "modified"))
