"""Figures are the same after normalising and within the claim's stated rounding; a near
miss of the same counted thing is a conflict. Original text throughout."""

from __future__ import annotations

import pytest

from factcheck.models import ArticleMeta
from factcheck.review.documents import store_document
from factcheck.review.ingest import ingest_text
from factcheck.text.documents import read_document_bytes
from factcheck.verify.evidence import suggest
from factcheck.verify.figures import accepted

ARTICLE = ("The agency said about 1.2 million people used the ferry service last year. "
           "Ridership grew 4 percent on the previous year. "
           "The harbour upgrade cost £3bn, officials said. "
           "Inspectors counted 230 boats in the harbour.")


def add(store, name: str, text: str) -> None:
    suffix = "." + name.rsplit(".", 1)[1]
    store_document(store, read_document_bytes(text.encode(), name, suffix, name))


@pytest.fixture
def claims(store):
    outcome = ingest_text(store, ARTICLE, ArticleMeta(title="Ferries"))
    return {sc.claim.text: sc.id for sc in store.iter_claims(article_id=outcome.article_id)}


def top(store, cid):
    found = suggest(store, cid)
    return (found[0].classification, found[0].passage.text) if found else None


def test_a_rounded_figure_covers_the_exact_count_and_spelling(store, claims):
    add(store, "ridership.csv", "measure,value\nferry passengers (people),\"1,215,000\"\n")
    cls, text = top(store, claims["about 1.2 million people"])
    assert cls == "rounding" and "1,215,000" in text


def test_a_percentage_matches_the_same_share_written_as_a_fraction(store, claims):
    add(store, "growth.csv", "indicator,value\nridership growth percent on previous year,0.04\n")
    cls, text = top(store, claims["4 percent"])
    assert cls == "same" and "0.04" in text


def test_money_in_another_spelling_is_the_same_figure(store, claims):
    add(store, "budget.txt", "The harbour upgrade budget was £3,000,000,000 in the final accounts.")
    cls, text = top(store, claims["£3bn"])
    assert cls == "same" and "£3,000,000,000" in text


def test_a_near_miss_of_the_same_thing_is_a_conflict_and_another_thing_is_nothing(store, claims):
    add(store, "inspection.txt",
        "Inspectors counted 236 boats in the harbour during the survey.\n\n"
        "The survey team walked 231 kilometres along the coast.")
    found = suggest(store, claims["230 boats"])
    assert [(s.classification, s.passage.paragraph) for s in found] == [("conflict", 1)]
    assert found[0].reason.startswith("conflicting figure: 236 boats where the claim says 230 boats")


@pytest.mark.parametrize("qualifier, inside, outside", [
    ("about", 54, 56), ("more than", 51, 50), ("nearly", 46, 51), ("at least", 50, 49),
    (None, 50, 51),
])
def test_the_stated_qualifier_sets_the_range(qualifier, inside, outside):
    band = accepted(50, qualifier)
    assert band.holds(inside) and not band.holds(outside)
