"""The list behind the workbench: random access by index over keyset pages gives exactly
the rows a full query gives, in either order and under every filter; and wrapping keeps
offsets so a claim finds its line."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.review import verdicts as review
from factcheck.store.facade import Store, list_key
from factcheck.tui.listing import FILTERS, ClaimWindow, ListQuery, next_pending
from factcheck.tui.wrapping import line_of, wrap_offsets

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from tui import build_db as build_bench_db  # noqa: E402


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """1,000 claims in 20 articles, some decided."""
    path = build_bench_db(tmp_path_factory.mktemp("list") / "big.db", 1000)
    with Store.open(path) as store:
        for claim_id in range(1, 1001, 7):
            review.set_verdict(store, claim_id, ("verified", "disputed")[claim_id % 2], "bob")
    return path


def every_row(store, query):
    rows = store.claim_page(**query.args(), limit=10**6)
    assert len(rows) == store.count_list(**query.args())
    return rows


@pytest.mark.parametrize("order", ["article", "checkworthiness"])
@pytest.mark.parametrize("filter_", FILTERS)
def test_window_matches_the_full_list(big, order, filter_):
    with Store.open(big) as store:
        for article_id in (None, 3):
            query = ListQuery(article_id=article_id, filter=filter_, order=order)
            expected = [sc.id for sc in every_row(store, query)]
            window, _ = ClaimWindow.open(store, query)
            assert window.total == len(expected)
            walk = list(range(len(expected)))
            rng = random.Random(7)
            jumps = [rng.randrange(len(expected)) for _ in range(20)] if expected else []
            for index in walk + walk[::-1] + jumps:
                assert window.row(store, index).id == expected[index]
            assert len(window.rows) <= ClaimWindow.KEEP
            assert window.row(store, len(expected)) is None


def test_window_opens_around_a_claim_and_next_pending(big):
    with Store.open(big) as store:
        query = ListQuery(filter="pending")
        rows = every_row(store, query)
        target = rows[500]
        window, index = ClaimWindow.open(store, query, near=target)
        assert index == 500 and window.row(store, 500).id == target.id
        decided = store.claim(8)  # verdict set above: not in the pending list
        window, index = ClaimWindow.open(store, query, near=decided)
        assert window.row(store, index).id == next(
            sc.id for sc in rows if list_key(sc) > list_key(decided))
        assert next_pending(store, ListQuery(), decided).id == 9
        assert next_pending(store, ListQuery(filter="verified"), decided) is None
        last = rows[-1]
        assert next_pending(store, query, last).id == rows[0].id  # wraps round


@given(st.text(alphabet=st.sampled_from("ab cd\n界"), max_size=120),
       st.integers(min_value=1, max_value=30))
def test_wrapping_covers_the_text_in_order(text, width):
    lines = wrap_offsets(text, width)
    assert lines and lines[0][0] == 0
    pos = 0
    for start, end in lines:
        assert pos <= start <= end <= len(text)
        assert text[pos:start].strip() == ""  # only spaces or a newline skipped
        pos = end
    assert text[pos:].strip() == ""
    for start, end in lines:
        assert sum(2 if ch == "界" else 1 for ch in text[start:end]) <= width or \
            end - start == 1
    for index, (start, end) in enumerate(lines):  # every shown character finds its line
        for offset in range(start, end):
            assert line_of(lines, offset) == index
