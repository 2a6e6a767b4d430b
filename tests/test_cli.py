"""The command line as a user meets it: ingest, list, decide, look back; every mistake one line."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import FIXTURE, count_rows
from factcheck import __version__
from factcheck.cli import cli
from factcheck.models import Claim

GOOD = "Officials said 12 people attended the meeting on Monday, up from 9 in 2023.\n"


@pytest.fixture
def ingested(fc):
    result = fc("ingest", FIXTURE)
    assert result.exit_code == 0, result.output
    return result


def claims_json(fc, *args) -> list[dict]:
    result = fc("claims", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_version(fc):
    result = fc("--version")
    assert (result.exit_code, result.stdout.strip()) == (0, f"factcheck {__version__}")


def test_every_command_has_help_with_an_example(fc):
    for command in ("ingest", "articles", "claims", "verdict", "history", "extract"):
        result = fc(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout, command


def test_ingesting_the_fixture_twice_stores_one_article(fc, ingested, db_path):
    assert ingested.stdout.splitlines()[-1].startswith("1 added, 0 skipped (already there), "
                                                       "0 failed, ")
    again = fc("ingest", FIXTURE)
    assert again.exit_code == 0
    assert f"{FIXTURE}: already ingested as article 1" in again.stdout
    assert "0 added, 1 skipped (already there), 0 failed, 0 claims" in again.stdout
    assert count_rows(db_path) == 1


def test_claims_json_offsets_point_into_the_stored_text(fc, ingested, db_path):
    claims = claims_json(fc)
    conn = sqlite3.connect(db_path)
    text = conn.execute("select text from articles where id = 1").fetchone()[0]
    assert text == FIXTURE.read_text(encoding="utf-8")
    assert claims, "the extractor found nothing in the fixture"
    for c in claims:
        assert text[c["start"]:c["end"]] == c["text"]
        assert c["article_id"] == 1 and c["status"] == "pending"
        assert set(Claim.__dataclass_fields__) <= set(c)


def test_ingest_stores_exactly_what_extract_prints(fc, ingested):
    printed = fc("extract", FIXTURE, "--json")
    assert printed.exit_code == 0
    extracted = json.loads(printed.stdout)
    assert extracted["article"] == {"title": "Belarus frees 52 prisoners after US mediation",
                                    "published": "2025-09-11",
                                    "chars": len(FIXTURE.read_text(encoding="utf-8"))}
    stored = claims_json(fc)
    assert [{k: s[k] for k in e} for s, e in zip(stored, extracted["claims"])] \
        == extracted["claims"]
    assert len(stored) == len(extracted["claims"])


def test_extract_touches_no_database(fc, db_path, tmp_path):
    result = fc("extract", FIXTURE, "--published", "2025-09-12")
    assert result.exit_code == 0
    assert "Belarus frees 52 prisoners" in result.stdout.splitlines()[0]
    assert "2025-09-12" in result.stdout.splitlines()[0]  # the flag wins over the metadata
    assert not db_path.exists()


def test_claims_table_and_filters(fc, ingested):
    result = fc("claims")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "ART", "KIND", "STATUS", "DETAIL", "TEXT"]
    text_column = lines[0].index("TEXT")
    assert all(len(line) >= text_column for line in lines[1:])
    every = claims_json(fc)
    assert len(lines) == len(every) + 1
    kinds = {c["kind"] for c in every}
    for kind in kinds:
        assert {c["kind"] for c in claims_json(fc, "--kind", kind)} == {kind}
    first = every[0]["id"]
    assert fc("verdict", first, "disputed").exit_code == 0
    assert [c["id"] for c in claims_json(fc, "--status", "disputed")] == [first]
    assert len(claims_json(fc, "--status", "pending")) == len(every) - 1
    assert claims_json(fc, "--article", 1) == claims_json(fc)


def test_articles_lists_progress(fc, ingested):
    fc("verdict", 1, "verified")
    result = fc("articles")
    header, row = result.stdout.splitlines()
    assert header.split() == ["ID", "PUBLISHED", "CLAIMS", "REVIEWED", "DISPUTED", "TITLE"]
    total = len(claims_json(fc))
    assert row.split()[:5] == ["1", "2025-09-11", str(total), "1", "0"]
    assert row.endswith("Belarus frees 52 prisoners after US mediation")
    data = json.loads(fc("articles", "--json").stdout)
    assert data[0]["by_status"]["verified"] == 1


def test_verdict_then_history_keeps_both_events(fc, ingested):
    first = fc("verdict", 2, "disputed", "--reviewer", "ann", "--source",
               "https://example.org/report", "--excerpt", "about 1,300", "--note", "Numbers differ")
    assert first.exit_code == 0, first.output
    assert "claim 2: pending → disputed (ann)" in first.stdout
    second = fc("verdict", 2, "verified", env={"FACTCHECK_REVIEWER": "ben"})
    assert "claim 2: disputed → verified (ben)" in second.stdout
    result = fc("history", 2)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["WHEN", "(UTC)", "WHO", "CLAIM", "ACTION", "CHANGE"]
    rows = [line.split(None, 5) for line in lines[1:]]
    assert [(r[2], r[4], r[5]) for r in rows] == [
        ("ann", "verdict", "pending → disputed"),
        ("ann", "source.add", "+ source https://example.org/report"),
        ("ann", "note.add", '+ note "Numbers differ"'),
        ("ben", "verdict", "disputed → verified")]
    assert all(r[0][:2] == "20" and r[1].count(":") == 2 for r in rows)  # date and time
    events = json.loads(fc("history", 2, "--json").stdout)
    assert [(e["before"]["status"], e["after"]["status"]) for e in events
            if e["action"] == "verdict"] == [("pending", "disputed"), ("disputed", "verified")]
    everything = fc("history").stdout
    assert "ingest" in everything and "Belarus frees 52 prisoners" in everything


def test_if_version_refuses_a_stale_verdict(fc, ingested):
    fc("verdict", 1, "verified", "--reviewer", "ann")
    result = fc("verdict", 1, "disputed", "--if-version", 1)
    assert result.exit_code == 1
    assert "changed by ann meanwhile" in result.stderr
    assert claims_json(fc)[0]["status"] == "verified"


def test_db_and_reviewer_precedence(fc, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    assert fc("ingest", FIXTURE, "--db", other).exit_code == 0
    assert count_rows(other) == 1 and count_rows(tmp_path / "factcheck.db") is None
    assert fc("--db", other, "verdict", 1, "verified", "--reviewer", "cmd").exit_code == 0
    fc("--reviewer", "group", "--db", other, "verdict", 2, "verified")
    monkeypatch.setattr("getpass.getuser", lambda: "osuser")
    CliRunner().invoke(cli, ["--db", str(other), "verdict", "3", "verified"],
                       env={"FACTCHECK_REVIEWER": None, "FACTCHECK_DB": None})
    conn = sqlite3.connect(other)
    who = conn.execute("select claim_id, reviewer from verdicts where claim_id <= 3").fetchall()
    assert who == [(1, "cmd"), (2, "group"), (3, "osuser")]
    monkeypatch.chdir(tmp_path)  # no --db, no FACTCHECK_DB: ./factcheck.db
    CliRunner().invoke(cli, ["ingest", str(FIXTURE)], env={"FACTCHECK_DB": None})
    assert count_rows(tmp_path / "factcheck.db") == 1


D_BODY = ("Turnout was 61 percent, the highest in a decade, and the count ran late into the "
          "night while volunteers carried ballot boxes up the town hall stairs.")


def test_one_bad_file_in_a_folder_is_reported_and_skipped(fc, tmp_path, db_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\nIHDR")
    (folder / "c.md").write_text("---\ntitle: C\n---\nThe mayor counted 40 votes.\n")
    (folder / "d.html").write_text("<title>D</title><nav>Menu</nav><p>" + D_BODY + "</p>")
    result = fc("ingest", folder)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"factcheck: error: {folder / 'b.txt'}: binary file (a PNG image), not an article"]
    assert result.stdout.splitlines()[-1].startswith("3 added, 0 skipped (already there), "
                                                     "1 failed, ")
    titles = sqlite3.connect(db_path).execute("select title, text from articles").fetchall()
    assert titles == [("a.txt", GOOD), ("C", "The mayor counted 40 votes.\n"),
                      ("D", D_BODY)]


def test_title_and_url_flags_name_one_article(fc, tmp_path, db_path):
    single = _write(tmp_path, "one.txt", GOOD.encode())
    result = fc("ingest", single, "--title", "Meeting", "--url", "https://example.org/m",
                "--published", "2024-05-06")
    assert result.exit_code == 0
    row = sqlite3.connect(db_path).execute("select title, url, published from articles").fetchone()
    assert row == ("Meeting", "https://example.org/m", "2024-05-06")
    two = fc("ingest", single, FIXTURE, "--title", "Both")
    assert two.exit_code == 1 and "--title and --url describe one article" in two.stderr
    assert count_rows(db_path) == 1


def test_a_bug_is_still_one_line_without_traceback(fc, ingested, monkeypatch):
    def broken(self):
        raise KeyError("boom")

    monkeypatch.setattr("factcheck.store.facade.Store.progress", broken)
    result = fc("articles")
    assert result.exit_code == 70
    assert result.stderr.splitlines() == [
        "factcheck: error: unexpected KeyError: 'boom' (set FACTCHECK_DEBUG=1 for details)"]


def test_an_extractor_failure_fails_that_file_only(fc, tmp_path, monkeypatch, db_path):
    def broken(text, published=None):
        raise IndexError("offset out of range")

    monkeypatch.setattr("factcheck.extract.extract_claims", broken)
    result = fc("ingest", _write(tmp_path, "x.txt", GOOD.encode()))
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "x.txt: claim extraction failed (IndexError: offset out of range)")
    assert count_rows(db_path) == 0


# --- every bad input: one line, exit != 0, database unchanged ----------------------------


def _write(tmp_path, name, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _future_db(path):
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                     "values ('factcheck', '0042_next_year', '2030-01-01')")
    conn.close()


BAD_INPUTS = {
    "missing file": (lambda t: ["ingest", t / "nope.txt"], "nope.txt: no such file or directory"),
    "folder without articles": (lambda t: ["ingest", (t / "empty").mkdir() or t / "empty"],
                                "empty: no articles in this directory"),
    "empty file": (lambda t: ["ingest", _write(t, "e.txt", b"")], "e.txt: file is empty"),
    "whitespace only": (lambda t: ["ingest", _write(t, "w.txt", b" \n\t\r\n")],
                        "w.txt: file contains only whitespace"),
    "PNG": (lambda t: ["ingest", _write(t, "p.txt", b"\x89PNG\r\n\x1a\n\0\0")],
            "p.txt: binary file (a PNG image)"),
    "not UTF-8": (lambda t: ["ingest", _write(t, "l.txt", "café".encode("latin-1"))],
                  "l.txt: not valid UTF-8 at byte 3 (0xe9); if the file uses another "
                  "encoding, pass it with --encoding"),
    "unknown encoding": (lambda t: ["ingest", _write(t, "g.txt", GOOD.encode()), "--encoding",
                                    "klingon"], "unknown encoding 'klingon'"),
    "bad --published": (lambda t: ["ingest", _write(t, "g.txt", GOOD.encode()), "--published",
                                   "2025-02-30"], "'2025-02-30' is not a date like 2025-09-11"),
    "unknown claim id": (lambda t: ["verdict", 9999, "verified"], "no claim with id 9999"),
    "unknown status": (lambda t: ["verdict", 1, "true"], "'true' is not one of 'pending'"),
    "unknown article id": (lambda t: ["claims", "--article", 42], "no article with id 42"),
    "unknown claim in history": (lambda t: ["history", 77], "no claim with id 77"),
    "bad source URL": (lambda t: ["verdict", 1, "verified", "--source", "www.example.org"],
                       "not a web address: 'www.example.org'"),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input_is_one_line_and_changes_nothing(fc, ingested, tmp_path, db_path, case):
    make_args, message = BAD_INPUTS[case]
    args = make_args(tmp_path)
    before = [count_rows(db_path, t) for t in ("articles", "claims", "events", "sources")]
    statuses = claims_json(fc)
    result = fc(*args)
    assert result.exit_code != 0
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith("factcheck: error: ")
    assert message in errors[0]
    assert "Traceback" not in result.output
    assert [count_rows(db_path, t) for t in ("articles", "claims", "events", "sources")] == before
    assert claims_json(fc) == statuses


@pytest.mark.parametrize("case, prepare, message", [
    ("not SQLite", lambda p: p.write_text("just some notes\n" * 20), "not a SQLite database"),
    ("read-only", lambda p: os.chmod(p, 0o444), "database is read-only"),
    ("newer schema", _future_db, "written by a newer version of factcheck"),
])
def test_unusable_database_is_one_line_and_left_alone(fc, ingested, tmp_path, db_path, case,
                                                      prepare, message):
    target = tmp_path / "copy.db"
    if case != "not SQLite":
        fc("articles")  # checkpoint-free copy: close everything, copy file
        shutil.copy(db_path, target)
    prepare(target)
    before = target.read_bytes()
    good = _write(tmp_path, "g.txt", GOOD.encode())
    for args in (["ingest", good], ["claims"], ["verdict", 1, "verified"]):
        result = fc("--db", target, *args)
        assert result.exit_code != 0
        assert result.stderr.splitlines() == [f"factcheck: error: {target}: " +
                                              result.stderr.split(f"{target}: ", 1)[1].strip()]
        assert message in result.stderr and "Traceback" not in result.output
        assert target.read_bytes() == before
