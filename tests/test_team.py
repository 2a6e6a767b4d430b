"""A desk at work: second review (blind), editors settling disagreements, agreement
figures checked by hand, taking articles, and many reviewers writing to one database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.review import verdicts as review
from factcheck.review import team
from factcheck.store import team as teamdb
from factcheck.review.agreement import agreement
from factcheck.cli import cli
from factcheck.errors import ConflictError, InvalidInputError
from factcheck.models import ArticleMeta, Claim

from conftest import count_rows


def make_claims(n: int) -> tuple[str, list[Claim]]:
    text = " ".join(f"Item {i:03d} counted {i + 1} boxes." for i in range(n))
    claims = []
    for i in range(n):
        figure = f"{i + 1} boxes"
        at = text.index(f"Item {i:03d}") + len(f"Item {i:03d} counted ")
        claims.append(Claim("number", figure, at, at + len(figure), value=float(i + 1), unit="boxes"))
    return text, claims


@pytest.fixture
def desk(store):
    text, claims = make_claims(12)
    article_id, _ = store.add_article(text, ArticleMeta(title="Boxes"), claims)
    ids = [sc.id for sc in store.iter_claims(article_id=article_id)]
    team.set_editors(store, ["ed"], "admin")
    return article_id, ids


# ------------------------------------------------------------------ second review

def test_with_no_policy_a_decision_is_final(store, desk):
    _, ids = desk
    review.set_verdict(store, ids[0], "verified", "ann")
    assert team.desk_state(store, ids[0]).state == "decided"
    assert team.second_queue(store, "bob") == []


def test_policy_all_sends_every_decision_to_another_reviewers_blind_queue(store, desk):
    _, ids = desk
    team.set_policy(store, "all", "admin")
    review.set_verdict(store, ids[0], "verified", "ann")
    review.set_verdict(store, ids[1], "disputed", "ann")
    assert team.second_queue(store, "bob") == [ids[0], ids[1]]
    assert team.second_queue(store, "ann") == []  # never one's own
    state = team.desk_state(store, ids[0])
    assert state.state == "needs_second"
    assert state.hidden_for("bob") and not state.hidden_for("ann")
    review.set_verdict(store, ids[0], "verified", "bob")
    assert team.desk_state(store, ids[0]).state == "agreed"
    assert team.second_queue(store, "bob") == [ids[1]]


def test_blind_claims_hide_only_from_a_named_second_reviewer(store, desk):
    """Before a browser session has a name nothing is hidden (nobody is the second reviewer)."""
    _, ids = desk
    team.set_policy(store, "all", "admin")
    review.set_verdict(store, ids[0], "verified", "ann")
    assert team.blind_claims(store, "bob") == {ids[0]}
    assert team.blind_claims(store, "ann") == frozenset()
    assert team.blind_claims(store, "") == frozenset()


def test_policy_disputed_asks_a_second_opinion_on_disputed_claims_only(store, desk):
    _, ids = desk
    team.set_policy(store, "disputed", "admin")
    review.set_verdict(store, ids[0], "verified", "ann")
    review.set_verdict(store, ids[1], "disputed", "ann")
    assert team.second_queue(store, "bob") == [ids[1]]


def test_a_disagreement_goes_to_an_editor_who_settles_it_with_a_note(store, desk):
    _, ids = desk
    team.set_policy(store, "all", "admin")
    review.set_verdict(store, ids[2], "disputed", "ann")
    review.set_verdict(store, ids[2], "verified", "bob")
    assert team.resolve_queue(store) == [ids[2]]
    with pytest.raises(team.NotEditorError):
        team.resolve(store, ids[2], "verified", "bob", "I am sure")
    assert teamdb.resolution(store, ids[2]) is None
    done = team.resolve(store, ids[2], "disputed", "ed", "The register shows 3, not 4")
    assert (done.status, done.editor) == ("disputed", "ed")
    assert store.verdict(ids[2]).status == "disputed"
    assert [n.body for n in store.notes(ids[2])] == ["The register shows 3, not 4"]
    assert team.resolve_queue(store) == []
    assert store.history(claim_id=ids[2])[-1].action == "resolve"
    # the editor's decision is not a reviewer's stance: agreement is still ann × bob only
    pairs, _ = agreement(teamdb.review_pairs(store))
    assert [(p.a, p.b) for p in pairs] == [("ann", "bob")]


def test_a_json_export_carries_the_reviewers_stances_not_the_editors_resolution(store, desk):
    import io

    from factcheck.export import write_report

    _, ids = desk
    team.set_policy(store, "all", "admin")
    review.set_verdict(store, ids[2], "disputed", "ann")
    review.set_verdict(store, ids[2], "verified", "bob")
    team.resolve(store, ids[2], "disputed", "ed", "The register shows 3, not 4")
    out = io.StringIO()
    write_report(store, "json", out, generated_at="2025-09-20T00:00:00.000Z")
    claim = next(c for c in json.loads(out.getvalue())["articles"][0]["claims"]
                 if c["id"] == ids[2])
    assert (claim["verdict"]["status"], claim["verdict"]["reviewer"]) == ("disputed", "ed")
    assert [(r["reviewer"], r["status"]) for r in claim["reviews"]] == [
        ("ann", "disputed"), ("bob", "verified")]


def test_a_second_editor_sees_the_first_resolution_and_overwrites_nothing(store, desk):
    _, ids = desk
    team.set_editors(store, ["ed", "eve"], "admin")
    review.set_verdict(store, ids[3], "disputed", "ann")
    review.set_verdict(store, ids[3], "verified", "bob")
    team.resolve(store, ids[3], "verified", "ed", "fine")
    events = count_rows(store.path, "events")
    with pytest.raises(ConflictError, match="already resolved as verified by ed"):
        team.resolve(store, ids[3], "disputed", "eve", "no")
    assert store.verdict(ids[3]).status == "verified"
    assert count_rows(store.path, "events") == events


def test_undo_takes_a_reviewers_stance_back_out_of_the_queues(store, desk):
    from factcheck.review import undo
    _, ids = desk
    team.set_policy(store, "all", "admin")
    review.set_verdict(store, ids[4], "verified", "ann")
    assert ids[4] in team.second_queue(store, "bob")
    undo.undo(store, "ann")
    assert team.second_queue(store, "bob") == []
    assert teamdb.reviews_of(store, ids[4]) == []


# ------------------------------------------------------------------ agreement

def test_agreement_matches_a_hand_computed_example():
    # ann × bob on 10 claims: 4 both verified, 3 both disputed, 1 both unverifiable,
    # 1 ann verified / bob disputed, 1 ann disputed / bob unverifiable.
    pairs = [("verified", "verified")] * 4 + [("disputed", "disputed")] * 3 + \
        [("unverifiable", "unverifiable")] + [("verified", "disputed"), ("disputed", "unverifiable")]
    stances = []
    for i, (a, b) in enumerate(pairs):
        stances += [(i, "ann", a), (i, "bob", b)]
    (pair,), overall = agreement(stances)
    # p_o = 8/10; ann: v .5 d .4 u .1; bob: v .4 d .4 u .2; p_e = .20 + .16 + .02 = .38
    assert pair.n == 10
    assert pair.percent == pytest.approx(80.0)
    assert pair.kappa == pytest.approx((0.8 - 0.38) / (1 - 0.38))  # 0.6774
    assert pair.table["verified"]["disputed"] == 1 and pair.table["disputed"]["unverifiable"] == 1
    assert overall.kappa == pytest.approx(pair.kappa)


def test_agreement_over_three_reviewers_pools_the_pairs():
    stances = [(1, "a", "verified"), (1, "b", "verified"), (1, "c", "disputed"),
               (2, "a", "disputed"), (2, "b", "disputed")]
    pairs, overall = agreement(stances)
    assert [(p.a, p.b, p.n) for p in pairs] == [("a", "b", 2), ("a", "c", 1), ("b", "c", 1)]
    assert overall.n == 4 and overall.percent == pytest.approx(50.0)


def test_agreement_command(store, desk, db_path):
    _, ids = desk
    for cid, a, b in [(ids[0], "verified", "verified"), (ids[1], "disputed", "verified")]:
        review.set_verdict(store, cid, a, "ann")
        review.set_verdict(store, cid, b, "bob")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "agreement", "--json"])
    data = json.loads(result.output)
    assert data["pairs"][0]["reviewers"] == ["ann", "bob"]
    assert data["pairs"][0]["percent_agreement"] == 50.0
    text = CliRunner().invoke(cli, ["--db", str(db_path), "agreement"]).output
    assert "ann × bob: 2 claims, 50.0% agreement, kappa 0.00" in text
    bad = CliRunner().invoke(cli, ["--db", str(db_path), "agreement", "--reviewers", "ann,zed"])
    assert bad.exit_code == 1 and "no second-reviewed verdicts by zed" in bad.output


# ------------------------------------------------------------------ taking work

def test_taking_an_article_shows_who_has_it_and_can_be_forced(store, desk):
    article_id, _ = desk
    team.take(store, article_id, "ann")
    assert team.takes(store)[article_id].reviewer == "ann"
    with pytest.raises(ConflictError, match="in review by ann"):
        team.take(store, article_id, "bob")
    team.take(store, article_id, "bob", force=True)
    assert team.takes(store)[article_id].reviewer == "bob"
    assert team.release(store, article_id, "ann") is False  # not ann's any more
    assert team.release(store, article_id, "bob") is True
    assert team.takes(store) == {}


def test_an_expired_take_is_free_to_take(store, desk):
    article_id, _ = desk
    team.take(store, article_id, "ann", minutes=1)
    store.conn.execute("UPDATE takes SET expires_at = '2000-01-01T00:00:00.000Z'")
    assert team.takes(store) == {}
    team.take(store, article_id, "bob")
    assert team.takes(store)[article_id].reviewer == "bob"


# ------------------------------------------------------------------ bad input

@pytest.mark.parametrize("args,message", [
    (["config", "second-review", "sometimes"], "unknown second-review policy 'sometimes'"),
    (["resolve", "1", "verified", "--note", "x"], "is not an editor"),
    (["take", "999"], "no article with id 999"),
])
def test_team_mistakes_are_one_line_and_write_nothing(store, desk, db_path, args, message):
    events = count_rows(db_path, "events")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "--reviewer", "bob", *args])
    assert result.exit_code != 0
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert count_rows(db_path, "events") == events


# ------------------------------------------------------------------ many reviewers

WRITER = """
import sys
from factcheck.review import verdicts as review
from factcheck.store.facade import Store
db, name, first, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
statuses = ("verified", "disputed", "unverifiable")
with Store.open(db) as store:
    for i in range(n):
        review.set_verdict(store, first + i, statuses[(i + int(name[1:])) % 3], name)
"""


def test_four_reviewer_processes_lose_nothing(tmp_path):
    from factcheck.store.facade import Store
    db = tmp_path / "desk.db"
    text, claims = make_claims(60)
    with Store.open(db) as store:
        store.add_article(text, ArticleMeta(title="Boxes"), claims)
        first = min(sc.id for sc in store.iter_claims())
        before = len(store.history())
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), f"r{k}", str(first), "50"],
                              stderr=subprocess.PIPE, text=True) for k in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errors
    assert not any("locked" in e for e in errors)
    with Store.open(db) as store:
        # each process writes 50 different claims, so every write is a change and an event
        verdict_events = [e for e in store.history() if e.action == "verdict"]
        assert len(verdict_events) == 200
        assert {e.reviewer for e in verdict_events} == {"r0", "r1", "r2", "r3"}
        assert len(store.history()) == before + 200
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_colleagues_export_brings_their_verdicts_as_theirs_and_disagreements(tmp_path):
    """Offline review: bob reviews a copy, exports it; importing it here keeps bob's
    verdicts as bob's, and where he differs from ann the claim goes to the resolve queue."""
    from factcheck.export import export_to_path
    from factcheck.store.facade import Store

    text, claims = make_claims(3)
    ours, theirs = tmp_path / "desk.db", tmp_path / "bob.db"
    for path in (ours, theirs):
        with Store.open(path) as s:
            s.add_article(text, ArticleMeta(title="Boxes"), claims)
    with Store.open(ours) as s:
        ids = [sc.id for sc in s.iter_claims()]
        review.set_verdict(s, ids[0], "verified", "ann")
        review.set_verdict(s, ids[1], "verified", "ann")
    with Store.open(theirs) as s:
        review.set_verdict(s, ids[0], "verified", "bob")
        review.set_verdict(s, ids[1], "disputed", "bob")
        export_to_path(s, "json", str(tmp_path / "bob.json"))
    result = CliRunner().invoke(cli, ["--db", str(ours), "import", str(tmp_path / "bob.json")])
    assert result.exit_code == 0, result.output
    with Store.open(ours) as s:
        assert {r.reviewer: r.status for r in teamdb.reviews_of(s, ids[0])} == {"ann": "verified", "bob": "verified"}
        assert {r.reviewer: r.status for r in teamdb.reviews_of(s, ids[1])} == {"ann": "verified", "bob": "disputed"}
        assert team.resolve_queue(s) == [ids[1]]
        pairs, _ = agreement(teamdb.review_pairs(s))
        assert (pairs[0].a, pairs[0].b, pairs[0].n, pairs[0].percent) == ("ann", "bob", 2, 50.0)


# ------------------------------------------------------------------ stances from history

def test_a_reviewers_stance_follows_the_history_whoever_appends_it(store, desk):
    """The desk reads each reviewer's own verdict from the history, not from the review
    actions: a verdict entry appended by the store alone is a stance, an undo that hands
    the claim back to someone else takes it away."""
    _, ids = desk
    verdict = store.verdict(ids[0])
    after = {**verdict.to_dict(), "status": "disputed", "reviewer": "ann"}
    with store.transaction():
        store.append_event("verdict", "ann", claim_id=ids[0], before=verdict.to_dict(),
                           after=after, at=after["updated_at"])
    assert [(r.reviewer, r.status) for r in teamdb.reviews_of(store, ids[0])] == [
        ("ann", "disputed")]
    with store.transaction():
        store.append_event("undo", "ann", claim_id=ids[0], before=after,
                           after=verdict.to_dict(), ref=1)
    assert teamdb.reviews_of(store, ids[0]) == []


def test_an_older_stance_in_imported_history_does_not_replace_a_newer_one(tmp_path):
    """Import copies a colleague's history in; an older verdict of ann's in it is history,
    not her stance now: her later verdict here stays hers (and the claim's)."""
    from factcheck.export import export_to_path
    from factcheck.store.facade import Store

    text, claims = make_claims(2)
    ours, theirs = tmp_path / "desk.db", tmp_path / "laptop.db"
    with Store.open(theirs) as s:
        s.add_article(text, ArticleMeta(title="Boxes"), claims)
        claim_id = next(s.iter_claims()).id
        review.set_verdict(s, claim_id, "disputed", "ann")
        export_to_path(s, "json", str(tmp_path / "laptop.json"))
    with Store.open(ours) as s:
        s.add_article(text, ArticleMeta(title="Boxes"), claims)
        review.set_verdict(s, claim_id, "verified", "ann")
    result = CliRunner().invoke(cli, ["--db", str(ours), "import", str(tmp_path / "laptop.json")])
    assert result.exit_code == 0, result.output
    with Store.open(ours) as s:
        assert [e.after["status"] for e in s.history(claim_id=claim_id)] == ["verified", "disputed"]
        assert [(r.reviewer, r.status) for r in teamdb.reviews_of(s, claim_id)] == [
            ("ann", "verified")]
        assert s.verdict(claim_id).status == "verified"
        assert count_rows(s.path, "stances_paused") == 0


def test_the_core_review_actions_know_nothing_of_the_desk():
    """Second review is a layer on top: verdicts and undo import no team module."""
    import ast

    from factcheck.review import undo
    from factcheck.review import verdicts

    for module in (verdicts, undo):
        tree = ast.parse(Path(module.__file__).read_text())
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imported |= {f"{n.module}.{a.name}" for n in ast.walk(tree)
                     if isinstance(n, ast.ImportFrom) for a in n.names}
        assert not {m for m in imported if m.endswith(".team")}, module.__name__
