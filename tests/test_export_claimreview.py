"""ClaimReview JSON-LD: every required and recommended field, on the reviewed fixture."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest

from export_scenario import ARTICLE_URL, GENERATED_AT, SITE_URL, build
from factcheck.errors import InvalidInputError
from factcheck.export import write_report
from factcheck.export.claimreview import RATINGS, shorten, speaker_entity
from factcheck.export.importer import merge
from factcheck.store.facade import Store

ORG = {"org_name": "Example Fact Desk", "org_url": "https://factdesk.example/"}


def claimreview(store, **options) -> list[dict]:
    out = io.StringIO()
    write_report(store, "claimreview", out, generated_at=GENERATED_AT,
                 **{"site_url": SITE_URL, **ORG, **options})
    return json.loads(out.getvalue())


@pytest.fixture
def reviewed(store, monkeypatch):
    build(store, monkeypatch)
    return store


def test_every_required_and_recommended_field(reviewed):
    reviews = claimreview(reviewed)
    decided = [c for c in reviewed.iter_claims() if c.status != "pending"]
    assert len(reviews) == len(decided) == 5
    by_status = {c.status for c in decided}
    assert by_status == {"verified", "disputed", "unverifiable"}
    for r, c in zip(reviews, decided):
        assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
        # url: the published report plus a stable anchor
        assert re.fullmatch(re.escape(SITE_URL) + r"#claim-[0-9a-f]{10}-\d+-\d+-(quote|number|date)",
                            r["url"])
        # claimReviewed: short, and marked when shortened
        assert 0 < len(r["claimReviewed"]) <= 75
        assert "\n" not in r["claimReviewed"]
        # reviewRating: the documented scale
        rating = r["reviewRating"]
        value, name = RATINGS[c.status]
        assert rating == {"@type": "Rating", "ratingValue": value, "bestRating": 5,
                          "worstRating": 1, "alternateName": name}
        # author: the organisation publishing the fact check
        assert r["author"] == {"@type": "Organization", "name": "Example Fact Desk",
                               "url": "https://factdesk.example/"}
        assert dt.date.fromisoformat(r["datePublished"]) == dt.date(2025, 9, 12)
        # itemReviewed: the claim, who said it, when and where it appeared
        item = r["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
        assert item["datePublished"] == "2025-09-11"
        # the page's own metadata: byline, site, dates
        assert item["appearance"] == {"@type": "CreativeWork", "url": ARTICLE_URL,
                                      "headline": "Belarus frees 52 prisoners after US mediation",
                                      "datePublished": "2025-09-11", "dateModified": "2025-09-12",
                                      "author": {"@type": "Person", "name": "Staff and agencies"},
                                      "publisher": {"@type": "Organization",
                                                    "name": "News Example"}}


def test_quotes_name_their_speaker_and_others_the_publication(reviewed):
    reviews = {r["claimReviewed"]: r for r in claimreview(reviewed)}
    nauseda = next(r for k, r in reviews.items() if k.startswith("No man left behind"))
    assert nauseda["itemReviewed"]["author"] == {"@type": "Person", "name": "Gitanas Nauseda"}
    assert nauseda["claimReviewed"].endswith("…")  # the quote is longer than 75 characters
    number = next(r for k, r in reviews.items() if "1,300 or 1,400 prisoners" in k)
    assert number["itemReviewed"]["author"] == {"@type": "Organization", "name": "news.example"}
    assert number["reviewRating"]["alternateName"] == "Inaccurate"


def test_anchors_survive_export_and_import_and_exist_in_the_html(reviewed, tmp_path):
    urls = [r["url"] for r in claimreview(reviewed)]
    out = io.StringIO()
    write_report(reviewed, "json", out)
    with Store.open(tmp_path / "other.db") as other:
        merge(other, json.loads(out.getvalue()))
        assert [r["url"] for r in claimreview(other)] == urls
    html = io.StringIO()
    write_report(reviewed, "html", html)
    for url in urls:
        assert f'id="{url.split("#")[1]}"' in html.getvalue()


def test_site_url_is_required_and_org_defaults_to_the_site(reviewed):
    with pytest.raises(InvalidInputError, match="needs --site-url"):
        write_report(reviewed, "claimreview", io.StringIO())
    with pytest.raises(InvalidInputError, match="--site-url: not a web address"):
        write_report(reviewed, "claimreview", io.StringIO(), site_url="javascript:alert(1)")
    with pytest.raises(InvalidInputError, match="--org-url: not a web address"):
        write_report(reviewed, "claimreview", io.StringIO(), site_url=SITE_URL, org_url="x")
    out = io.StringIO()
    write_report(reviewed, "claimreview", out, site_url=SITE_URL + "#old")
    author = json.loads(out.getvalue())[0]["author"]
    assert author == {"@type": "Organization", "name": "factdesk.example",
                      "url": "https://factdesk.example/"}
    assert "#old" not in out.getvalue()


def test_only_decided_claims_are_reviewed(reviewed):
    out = io.StringIO()
    write_report(reviewed, "claimreview", out, statuses=["pending"], site_url=SITE_URL)
    assert json.loads(out.getvalue()) == []
    out = io.StringIO()
    write_report(reviewed, "claimreview", out, statuses=["disputed"], site_url=SITE_URL)
    assert {r["reviewRating"]["alternateName"] for r in json.loads(out.getvalue())} == {
        "Inaccurate"}


@pytest.mark.parametrize("name, kind", [
    ("Alexander Lukashenko", "Person"), ("Vyasna", "Person"), ("Kaja Kallas", "Person"),
    ("Ministry of Foreign Affairs", "Organization"), ("NATO", "Organization"),
    ("U.N.", "Organization"), ("European Union", "Organization"),
    ("Belarus Affairs Section", "Organization"), ("BBC News", "Organization"),
])
def test_speaker_is_a_person_or_an_organisation(name, kind):
    assert speaker_entity(name) == {"@type": kind, "name": name}
    assert speaker_entity(None) is None and speaker_entity("  ") is None


def test_shorten_keeps_the_claim_in_view():
    sentence = ("Those released include Ihar Losik, 33, a journalist sentenced in 2021 to "
                "15 years in a penal colony on charges of inciting hatred and organising riots.")
    short = shorten(sentence, focus="inciting hatred")
    assert len(short) <= 75 and "inciting hatred" in short
    assert short == "…in a penal colony on charges of inciting hatred and organising riots."
    assert shorten("Short enough.") == "Short enough."
    long_start = shorten(sentence, focus="Ihar Losik")
    assert long_start.startswith("Those released") and long_start.endswith("…")
    assert len(long_start) <= 75


def test_the_speakers_kind_from_extraction_wins_over_the_name():
    assert speaker_entity("Vyasna", "organization") == {"@type": "Organization", "name": "Vyasna"}
    assert speaker_entity("Media Guardian", "person") == {"@type": "Person", "name": "Media Guardian"}
