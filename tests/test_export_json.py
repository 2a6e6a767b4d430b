"""JSON export and import: a lossless round trip, and merging two reviewers' databases."""

from __future__ import annotations

import io
import json

import pytest

from export_scenario import Clock, build, find, ingest_fixture, use_clock
from factcheck.review import verdicts as review
from factcheck.review import undo
from factcheck.export import write_report
from factcheck.export.importer import merge, read_export
from factcheck.store.facade import Store


def export(store) -> dict:
    out = io.StringIO()
    write_report(store, "json", out, generated_at="2025-09-20T00:00:00.000Z")
    return json.loads(out.getvalue())


def content(doc: dict) -> dict:
    """The export without this database's ids: rows keyed by what they are."""
    doc = json.loads(json.dumps(doc))
    doc.pop("exported_at")
    doc["selection"].pop("articles")
    for article in doc["articles"]:
        article.pop("id")
        for e in article["history"]:
            e.pop("id")
        for c in article["claims"]:
            c.pop("id")
            index = {e["id"]: n for n, e in enumerate(c["history"])}
            for row in c["sources"] + c["notes"]:
                row.pop("id")
            for e in c["history"]:
                e.pop("id")
                e["ref"] = index.get(e["ref"])
                for side in ("before", "after"):
                    if e[side]:
                        e[side].pop("id", None)
                        e[side].pop("claim_id", None)
    return doc


def counts(store) -> dict:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "claims", "verdicts", "sources", "notes", "events")}


@pytest.fixture
def alice_db(store, monkeypatch):
    """Alice and Bob's reviewed database (the golden scenario)."""
    build(store, monkeypatch)
    return store


@pytest.fixture
def carol_db(tmp_path, monkeypatch):
    """Carol, offline, reviewed the same article in her own database two days later."""
    with Store.open(tmp_path / "carol.db") as store:
        clock = Clock("2025-09-14T10:00:00")
        use_clock(monkeypatch, clock)
        ingest_fixture(store, reviewer="carol")
        review.set_verdict(store, find(store, "1,300 or 1,400 prisoners"), "verified", "carol")
        review.set_verdict(store, find(store, "“hostages”"), "verified", "carol")
        review.add_source(store, find(store, "“hostages”"), "https://truthsocial.example/p/1",
                          "carol", title="Trump's post", excerpt="HOSTAGES")
        review.add_note(store, find(store, "only 4 percent"), "Agree with Bob.", "carol")
        yield store


def test_format_has_a_version_and_everything(alice_db):
    doc = export(alice_db)
    assert (doc["format"], doc["format_version"]) == ("factcheck-export", 1)
    article = doc["articles"][0]
    assert article["text"].startswith("The prisoner release")
    claim = next(c for c in article["claims"] if c["text"] == "52 prisoners")
    assert claim["verdict"]["status"] == "disputed" and claim["verdict"]["reviewer"] == "bob"
    assert [(r["reviewer"], r["status"]) for r in claim["reviews"]] == [
        ("alice", "verified"), ("bob", "disputed")]
    assert [e["action"] for e in claim["history"]] == ["verdict", "source.add", "verdict",
                                                       "note.add"]


def test_undone_verdict_is_nobody_s_verdict(alice_db):
    claim = next(c for c in export(alice_db)["articles"][0]["claims"] if c["text"] == "2021")
    assert claim["verdict"]["status"] == "pending" and claim["reviews"] == []
    assert [e["action"] for e in claim["history"]] == ["verdict", "undo"]
    assert claim["history"][1]["ref"] == claim["history"][0]["id"]


def test_round_trip_into_an_empty_database_gives_the_same_content(alice_db, tmp_path):
    first = export(alice_db)
    with Store.open(tmp_path / "empty.db") as other:
        result = merge(other, first)
        assert (result.added["articles"], result.added["claims"]) == (1, 42)
        second = export(other)
    assert content(second) == content(first)


def test_import_keeps_undo_working_for_the_imported_reviewer(alice_db, tmp_path):
    with Store.open(tmp_path / "copy.db") as other:
        merge(other, export(alice_db))
        nauseda = find(other, "“No man left behind")
        undo.undo(other, "alice")  # alice's last change: verified Nauseda's quote
        assert other.verdict(nauseda).status == "pending"


def test_importing_the_same_file_twice_adds_nothing(alice_db, tmp_path):
    doc = export(alice_db)
    with Store.open(tmp_path / "copy.db") as other:
        merge(other, doc)
        before = counts(other)
        again = merge(other, doc)
        assert counts(other) == before
        assert sum(again.added.values()) == 0 and again.matched["claims"] == 42
    assert merge(alice_db, doc).added.total() == 0  # into the database it came from


def test_merge_keeps_both_histories_without_duplicates(alice_db, carol_db):
    alice_before, carol_before = counts(alice_db), counts(carol_db)
    result = merge(alice_db, export(carol_db))
    after = counts(alice_db)
    assert (after["articles"], after["claims"], after["verdicts"]) == (1, 42, 42)
    assert after["sources"] == alice_before["sources"] + 1
    assert after["notes"] == alice_before["notes"] + 1
    # both histories, plus one entry for each verdict the import changed here
    assert result.verdicts_taken == 2
    assert after["events"] == alice_before["events"] + carol_before["events"] + 2
    assert [e.reviewer for e in alice_db.history(article_id=1)] == ["alice", "carol"]

    hostages = find(alice_db, "“hostages”")  # pending here, decided there: taken as carol's
    verdict = alice_db.verdict(hostages)
    assert (verdict.status, verdict.reviewer) == ("verified", "carol")
    assert verdict.updated_at.startswith("2025-09-14")

    disputed = find(alice_db, "1,300 or 1,400 prisoners")  # alice: disputed, carol: verified
    assert result.differing == [disputed]
    assert alice_db.verdict(disputed).reviewer == "carol"  # the later decision is current
    claim = next(c for c in export(alice_db)["articles"][0]["claims"] if c["id"] == disputed)
    assert {(r["reviewer"], r["status"]) for r in claim["reviews"]} == {
        ("alice", "disputed"), ("carol", "verified")}
    assert [e["reviewer"] for e in claim["history"] if e["action"] == "verdict"] == [
        "alice", "carol"]
    assert "1 claims decided differently" in result.summary()


def test_merging_both_ways_converges(alice_db, carol_db):
    merge(alice_db, export(carol_db))
    merge(carol_db, export(alice_db))

    def as_sets(store):
        doc = content(export(store))
        claims = {}
        for c in doc["articles"][0]["claims"]:
            key = (c["start"], c["end"], c["kind"])
            claims[key] = (c["verdict"]["status"], c["verdict"]["reviewer"],
                           sorted(json.dumps(e, sort_keys=True) for e in c["history"]
                                  if e["action"] not in ("undo", "import")),
                           sorted(json.dumps(r, sort_keys=True) for r in c["sources"] + c["notes"]))
        return claims

    assert as_sets(alice_db) == as_sets(carol_db)


def test_a_pending_claim_never_undoes_a_decision(alice_db, tmp_path, monkeypatch):
    use_clock(monkeypatch, Clock("2025-12-01T00:00:00"))  # later, but undecided
    with Store.open(tmp_path / "fresh.db") as fresh:
        ingest_fixture(fresh, reviewer="dave")
        result = merge(alice_db, export(fresh))
    assert result.verdicts_taken == 0
    assert alice_db.verdict(find(alice_db, "52 prisoners")).status == "disputed"


def test_a_file_that_fails_halfway_writes_nothing(alice_db, tmp_path):
    doc = export(alice_db)
    doc["articles"][0]["claims"][5]["verdict"]["status"] = "maybe"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(Exception, match=r"claims\[5\]\.verdict\.status: expected one of"):
        read_export(str(path))


def test_quote_checks_and_speaker_aliases_travel(alice_db, tmp_path):
    with alice_db.transaction():
        alice_db.merge_speaker("Vyasna", "Viasna", "alice", "2025-09-12T10:00:00.000Z")
    doc = export(alice_db)
    assert doc["speaker_aliases"] == [{"alias": "Vyasna", "canonical": "Viasna",
                                       "merged_by": "alice",
                                       "merged_at": "2025-09-12T10:00:00.000Z"}]
    with Store.open(tmp_path / "other.db") as other:
        result = merge(other, doc)
        assert result.added["speaker aliases"] == 1 and "1 speaker aliases added" in \
            result.summary()
        assert other.speaker_aliases() == {"Vyasna": "Viasna"}
        (check,) = other.sources(find(other, "“No man left behind"))
        assert (check.url, check.match_class, check.match_score) == (
            "file:///desk/nauseda-x-post.txt", "punctuation", 99.2)
        assert merge(other, doc).added["speaker aliases"] == 0
