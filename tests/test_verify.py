"""Verification aids as a reviewer meets them: consistency of an article's figures, the
same claim across articles, verdict reuse, speaker aliases, and `check-quote` from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.verify import crossref
from factcheck.review import verdicts as review
from factcheck.cli import cli
from factcheck.verify.consistency import lint_article
from factcheck.review.ingest import ingest_file
from factcheck.store.facade import Store

from conftest import count_rows

VERIFY = Path(__file__).parent / "verify"


@pytest.fixture
def desk(store):
    """The five verification articles, ingested: {file stem: article id}."""
    ids = {}
    for path in sorted(VERIFY.glob("*.txt")):
        outcome = ingest_file(store, path)
        ids[path.stem] = outcome.article_id
    return ids


def claim_id(store, article_id, text):
    for sc in store.iter_claims(article_id=article_id):
        if sc.claim.text.startswith(text):
            return sc.id
    raise AssertionError(f"no claim {text!r} in article {article_id}")


# ------------------------------------------------------------------ consistency

def test_consistent_figures_pass_with_their_arithmetic(store, desk):
    findings = lint_article(store, desk["harbour-consistent"])
    assert [f.severity for f in findings] == ["ok", "ok"]
    assert any("45 of 900 moorings = 5.0%" in f.message for f in findings)
    assert any("parts add up to “A total of 30 workers”" in f.message for f in findings)


def test_inconsistent_figures_are_flagged_with_an_explanation(store, desk):
    findings = {f.check: f for f in lint_article(store, desk["harbour-inconsistent"])}
    assert set(findings) == {"percentage", "same_count", "total", "date_order"}
    assert all(f.severity == "warning" for f in findings.values())
    assert "“8 percent” matches no pair of counts: 45 of 900 moorings = 5.0%" in findings["percentage"].message
    assert "“120 boats” and “150 boats”" in findings["same_count"].message
    assert "parts add up to 33" in findings["total"].message
    assert "March 3, 2026 (2026-03-03) is said to come after March 9, 2026" in findings["date_order"].message
    for f in findings.values():  # every finding names claims of that article
        assert all(store.claim(i).article_id == desk["harbour-inconsistent"] for i in f.claim_ids)


def test_the_fixture_percentage_fits_both_totals_within_rounding(store, fixture_text):
    from factcheck.extract import extract_claims
    from factcheck.models import ArticleMeta
    article_id, _ = store.add_article(fixture_text, ArticleMeta(published="2025-09-11"),
                                      extract_claims(fixture_text, "2025-09-11"))
    (finding,) = lint_article(store, article_id)
    assert finding.severity == "ok"
    assert "52 of 1,300 prisoners = 4.0%" in finding.message
    assert "52 of 1,400 prisoners = 3.7%, which rounds to 4" in finding.message


# ------------------------------------------------------------------ across articles

def test_a_repeated_quote_is_found_and_the_misattribution_flagged(store, desk):
    quote = claim_id(store, desk["ferry-a"], '"We cannot keep a boat')
    found = crossref.matches(store, quote)
    by_article = {m.claim.article_id: m for m in found}
    assert set(by_article) == {desk["ferry-b"], desk["ferry-c"]}
    assert by_article[desk["ferry-b"]].conflict is None
    assert by_article[desk["ferry-c"]].conflict == "speaker"
    assert by_article[desk["ferry-c"]].claim.claim.speaker == "Tobias Venn"


def test_a_repeated_figure_is_found_and_the_different_value_flagged(store, desk):
    figure = claim_id(store, desk["ferry-a"], "84,000 passengers")
    found = {m.claim.article_id: m for m in crossref.matches(store, figure)}
    assert found[desk["ferry-b"]].conflict is None
    assert found[desk["ferry-c"]].conflict == "value"
    assert found[desk["ferry-c"]].claim.claim.value == 64000


def test_unrelated_figures_do_not_match(store, desk):
    figure = claim_id(store, desk["ferry-a"], "120,000 passengers")
    assert crossref.matches(store, figure) == []


def test_reusing_a_verdict_is_recorded_in_history(store, desk):
    source = claim_id(store, desk["ferry-b"], '"We cannot keep a boat')
    target = claim_id(store, desk["ferry-a"], '"We cannot keep a boat')
    review.set_verdict(store, source, "verified", "ann")
    verdict = review.reuse_verdict(store, target, source, "bob")
    assert (verdict.status, verdict.reviewer) == ("verified", "bob")
    (event,) = store.history(claim_id=target)
    assert event.after["reused_from"] == source
    result = CliRunner().invoke(cli, ["--db", store.path, "history", str(target)])
    assert f"pending → verified (reused from claim {source})" in result.output


def test_a_pending_verdict_cannot_be_reused(store, desk):
    source = claim_id(store, desk["ferry-b"], '"We cannot keep a boat')
    target = claim_id(store, desk["ferry-a"], '"We cannot keep a boat')
    with pytest.raises(Exception, match="no verdict yet"):
        review.reuse_verdict(store, target, source, "bob")
    assert store.history(claim_id=target) == []


def test_speakers_list_aliases_and_merge(store, desk):
    from factcheck.models import ArticleMeta, Claim
    text = '"Ferries matter," Quiney said.'
    store.add_article(text, ArticleMeta(), [Claim("quote", '"Ferries matter,"', 0, 17, speaker="Quiney")])
    people = {s.name: s for s in crossref.speakers(store)}
    assert people["Marta Quiney"].aliases == ("Quiney",)
    assert people["Marta Quiney"].quotes == 3
    n = review.merge_speaker(store, "Quiney", "Marta Quiney", "ann")
    assert n == 1
    assert "Quiney" not in store.speaker_counts()
    assert store.speaker_aliases() == {"Quiney": "Marta Quiney"}


# ------------------------------------------------------------------ check-quote

@pytest.fixture
def run(db_path):
    def invoke(*args, stdin=None):
        return CliRunner().invoke(cli, ["--db", str(db_path), "--reviewer", "ann", *args], input=stdin)
    return invoke


def test_check_quote_saves_the_match_as_evidence(run, store, desk, tmp_path):
    quote = claim_id(store, desk["ferry-a"], '"We cannot keep a boat')
    transcript = tmp_path / "transcript.txt"
    transcript.write_text("QUINEY: Honestly, we cannot keep a boat on this route\nwhen it "
                          "loses money every week. That is all.", encoding="utf-8")
    result = run("check-quote", str(quote), str(transcript))
    assert result.exit_code == 0, result.output
    assert "minor" in result.output and "- single" in result.output
    (source,) = store.sources(quote)
    assert source.match_class == "minor" and source.match_score > 80
    assert source.excerpt.startswith("we cannot keep a boat") and source.url.startswith("file://")
    assert store.history(claim_id=quote)[-1].action == "source.add"


def test_check_quote_from_stdin_with_json(run, store, desk):
    quote = claim_id(store, desk["ferry-a"], '"We cannot keep a boat')
    result = run("check-quote", str(quote), "-", "--json",
                 stdin="We cannot keep a boat on this route when it makes money every single week.")
    data = json.loads(result.output)
    assert data["classification"] == "minor" and data["changes"] == ["~ loses → makes"]


def test_not_found_is_not_saved_unless_asked(run, store, desk):
    quote = claim_id(store, desk["ferry-a"], '"We cannot keep a boat')
    result = run("check-quote", str(quote), "-", stdin="The weather was fine on the island.")
    assert "not found" in result.output and store.sources(quote) == []
    run("check-quote", str(quote), "-", "--save-not-found", stdin="The weather was fine.")
    assert [s.match_class for s in store.sources(quote)] == ["not_found"]


@pytest.mark.parametrize("content,problem", [
    (b"", "file is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    (b"caf\xe9 au lait", "not valid UTF-8 at byte 3"),
])
def test_unusable_sources_are_one_line_errors(run, store, desk, tmp_path, db_path, content, problem):
    quote = claim_id(store, desk["ferry-a"], '"We cannot keep a boat')
    bad = tmp_path / "source.txt"
    bad.write_bytes(content)
    events = count_rows(db_path, "events")
    result = run("check-quote", str(quote), str(bad))
    assert result.exit_code != 0
    assert result.output.strip().startswith(f"factcheck: error: {bad}: {problem}")
    assert len(result.output.strip().splitlines()) == 1
    assert count_rows(db_path, "events") == events


def test_check_quote_on_a_number_says_so(run, store, desk):
    figure = claim_id(store, desk["ferry-a"], "84,000 passengers")
    result = run("check-quote", str(figure), "-", stdin="anything")
    assert result.exit_code == 1
    assert "is a number, not a quote" in result.output


def test_lint_exit_code_follows_warnings(run, desk):
    assert run("lint", str(desk["harbour-consistent"])).exit_code == 0
    bad = run("lint", str(desk["harbour-inconsistent"]))
    assert bad.exit_code == 1 and "warning" in bad.output
