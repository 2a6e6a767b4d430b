"""What reports read: keyset pages that neither skip nor repeat, and the highlighted text."""

from __future__ import annotations

import re

from conftest import SAMPLE_TEXT, sample_claims
from factcheck.store import bulk
from factcheck.export.common import records
from factcheck.export.html import highlight
from factcheck.models import ArticleMeta, Claim

TEXT = "In 2023 the council said “we spent 2023 dollars in 2023” and 12 people agreed."


def crowded_claims() -> list[Claim]:
    """Claims sharing starts (a year that is a date and a number), nesting and overlapping."""
    out = []
    for m in re.finditer("2023", TEXT):
        out.append(Claim("date", "2023", m.start(), m.end(), date="2023"))
        out.append(Claim("number", "2023", m.start(), m.end(), value=2023.0))
    q = TEXT.index("“we")
    quote = TEXT[q:TEXT.index("”") + 1]
    out.append(Claim("quote", quote, q, q + len(quote), speaker="council"))
    dollars = TEXT.index("2023 dollars")
    out.append(Claim("number", "2023 dollars", dollars, dollars + 12, value=2023.0))
    overlap = TEXT.index("in 2023”")
    out.append(Claim("number", TEXT[overlap:overlap + 14], overlap, overlap + 14))  # past ”
    twelve = TEXT.index("12 people")
    out.append(Claim("number", "12 people", twelve, twelve + 9, value=12.0))
    return out


def test_pages_of_any_size_give_every_claim_once_in_text_order(store):
    article_id, _ = store.add_article(TEXT, ArticleMeta(title="t"), crowded_claims())
    every = [c.id for c in store.iter_claims(article_id=article_id)]
    for size in (1, 2, 3, 1000):
        assert [r.stored.id for r in records(store, article_id, page_size=size)] == every
        assert [s[0] for s in bulk.claim_spans(store, article_id, page_size=size)] == every


def test_pages_filtered_by_status(store):
    article_id, _ = store.add_article(TEXT, ArticleMeta(title="t"), crowded_claims())
    from factcheck.review import verdicts as review
    picked = [c.id for c in store.iter_claims(article_id=article_id)][::3]
    for claim_id in picked:
        review.set_verdict(store, claim_id, "disputed", "ann")
    got = [r.stored.id for r in records(store, article_id, ["disputed"], page_size=2)]
    assert got == picked


def test_fast_filled_claims_equal_normally_built_ones(store, sample):
    for record in records(store, sample):
        assert record.stored == store.claim(record.stored.id)
        assert record.stored.claim == store.claim(record.stored.id).claim


def parents(html: str) -> dict[str, tuple[str | None, str]]:
    """{span id: (enclosing span id, its text)} from the highlighted markup."""
    out, stack = {}, []
    for m in re.finditer(r'<span[^>]*id="t-claim-[0-9a-f]+-([^"]+)"[^>]*>|</span>', html):
        if m.group(1):
            stack.append((m.group(1), m.end()))
        else:
            name, opened = stack.pop()
            inner = re.sub(r"<[^>]+>", "", html[opened:m.start()])
            out[name] = (stack[-1][0] if stack else None, inner)
    return out


def test_highlight_nests_and_cuts_overlaps(store):
    article_id, _ = store.add_article(TEXT, ArticleMeta(title="t"), crowded_claims())
    html = str(highlight(store.article(article_id), bulk.claim_spans(store, article_id)))
    assert html.count("<span") == html.count("</span>") == len(crowded_claims())
    assert re.sub(r"<[^>]+>", "", html) == TEXT  # nothing lost or doubled
    tree = parents(html)
    q = TEXT.index("“we")
    quote = f"{q}-{TEXT.index('”') + 1}-quote"
    dollars = TEXT.index("2023 dollars")
    overlap = TEXT.index("in 2023”")
    assert tree[f"{dollars}-{dollars + 12}-number"] == (quote, "2023 dollars")
    assert tree[f"{dollars}-{dollars + 4}-date"][0] == f"{dollars}-{dollars + 12}-number"
    # starts inside the quote, ends after it: cut at the quote's end
    assert tree[f"{overlap}-{overlap + 14}-number"] == (quote, "in 2023”")
    assert tree[f"{TEXT.index('12 people')}-{TEXT.index('12 people') + 9}-number"][0] is None
    # every link goes to the innermost claim's entry
    assert all(href.startswith("claim-") for href in re.findall(r'href="#([^"]+)"', html))


def test_highlight_escapes_article_text(store):
    text = 'He said "<script>alert(1)</script>" & left.'
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    article_id, _ = store.add_article(text, ArticleMeta(title="t"), [
        Claim("quote", text[start:end], start, end, speaker="He")])
    html = str(highlight(store.article(article_id), bulk.claim_spans(store, article_id)))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; left" in html


def test_sample_article_has_one_highlight_per_claim(store, sample):
    html = str(highlight(store.article(sample), bulk.claim_spans(store, sample)))
    assert html.count('class="hl ') == len(sample_claims())
    assert re.sub(r"<[^>]+>", "", html).replace("&#34;", '"') == SAMPLE_TEXT
