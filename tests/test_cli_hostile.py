"""Hostile and odd input on the command line (issue 13, items 9 and 10): every problem is
one `factcheck: error:` line, a folder ingest reports a bad file and goes on, and a
database factcheck refuses is left exactly as it was."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import FIXTURE, count_rows
from factcheck.cli import cli

GOOD = "Officials said 12 people attended the meeting on Monday, up from 9 in 2023.\n"
TOO_BIG = str(2**63)  # one past the largest SQLite integer


def one_error_line(result, *needles: str) -> str:
    assert result.exit_code not in (0, 70), result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), result.stderr
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.output
    return lines[0]


# --- item 10: another program's database ------------------------------------------------

def test_another_programs_database_is_refused_before_anything_changes(fc, tmp_path):
    other = tmp_path / "recipes.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    result = fc("--db", other, "claims")
    one_error_line(result, "not a factcheck database", "recipes")
    assert other.read_bytes() == before  # still in rollback-journal mode: header unchanged
    assert not (tmp_path / "recipes.db-wal").exists()
    conn = sqlite3.connect(other)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_an_empty_db_path_is_an_error_not_the_default_file(fc, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    one_error_line(fc("--db", "", "ingest", article), "--db", "empty")
    one_error_line(fc("ingest", article, env={"FACTCHECK_DB": ""}), "FACTCHECK_DB", "empty")
    assert not (tmp_path / "factcheck.db").exists()


# --- item 9: files a folder ingest must survive -----------------------------------------

def test_a_folder_ingest_reports_each_odd_file_and_goes_on(fc, tmp_path, db_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD)
    deep = "[" * 200_000 + "]" * 200_000
    (folder / "b-deep.html").write_text(
        "<html><body><p>The council said 40 homes were built in 2024. The housing committee "
        "met on a wet evening to hear from residents, builders and the planning office about "
        "what comes next for the estate and the new school beside it.</p>"
        f'<script type="application/ld+json">{deep}</script></body></html>')
    (folder / "c-listed.txt").write_text("The mayor opened 3 new libraries on Friday.\n")
    (folder / "c-listed.meta.json").write_text(json.dumps({"title": ["one", "two"]}))
    long_name = "n" * 247 + ".txt"  # 251 characters: its .meta.json name is too long
    (folder / long_name).write_text("Rainfall was 80 millimetres above normal in May.\n")
    result = fc("ingest", folder)
    assert result.exit_code == 1, result.output
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and "c-listed.meta.json" in errors[0]
    assert "'title' must be text" in errors[0] and "Traceback" not in result.output
    assert "3 added, 0 skipped (already there), 1 failed" in result.stdout
    assert count_rows(db_path) == 3


@pytest.mark.parametrize("encoding", ["rot13", "hex", "base64", "zlib"])
def test_a_codec_that_is_not_a_text_encoding_is_refused(fc, tmp_path, encoding):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    for command in ("ingest", "extract"):
        one_error_line(fc(command, article, "--encoding", encoding), "not a text encoding")


ID_COMMANDS = [
    ["verdict", TOO_BIG, "verified"], ["verdict", "1", "verified", "--if-version", TOO_BIG],
    ["history", TOO_BIG], ["claims", "--article", TOO_BIG], ["lint", TOO_BIG],
    ["matches", TOO_BIG], ["reuse", TOO_BIG, "1"], ["reuse", "1", TOO_BIG],
    ["check-quote", TOO_BIG, "-"], ["take", TOO_BIG], ["release", TOO_BIG],
    ["queue", "second", "--article", TOO_BIG], ["queue", "resolve", "--article", TOO_BIG],
    ["resolve", TOO_BIG, "verified", "--note", "n"], ["agreement", "--article", TOO_BIG],
    ["export", "--format", "md", "--article", TOO_BIG], ["review", "--article", TOO_BIG],
]


@pytest.mark.parametrize("args", ID_COMMANDS, ids=[" ".join(a).replace(TOO_BIG, "BIG") for a in ID_COMMANDS])
def test_an_id_past_two_to_the_63_is_a_usage_error(fc, args):
    assert fc("ingest", FIXTURE).exit_code == 0
    one_error_line(fc(*args), "out of range for an id")


@pytest.mark.parametrize("reviews", ["yes", 5, {"a": 1}, [5]])
def test_an_import_with_wrongly_typed_reviews_is_one_line(fc, tmp_path, db_path, reviews):
    assert fc("ingest", FIXTURE).exit_code == 0
    assert fc("verdict", 1, "verified").exit_code == 0
    exported = tmp_path / "e.json"
    assert fc("export", "--format", "json", "-o", exported).exit_code == 0
    doc = json.loads(exported.read_text())
    doc["articles"][0]["claims"][0]["reviews"] = reviews
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    target = tmp_path / "other.db"
    result = fc("--db", target, "import", bad)
    one_error_line(result, "bad.json")
    assert not count_rows(target)  # nothing half-written


def test_a_corrupt_database_is_one_line(fc, tmp_path, db_path):
    assert fc("ingest", FIXTURE).exit_code == 0
    assert fc("articles").exit_code == 0  # closed: the WAL is checkpointed into the file
    size = db_path.stat().st_size
    page = 4096
    seen_corrupt = False
    for offset in range(2 * page, size, page):  # damage each page in turn
        copy = tmp_path / "copy.db"
        copy.write_bytes(db_path.read_bytes())
        with open(copy, "r+b") as f:
            f.seek(offset)
            f.write(b"\x07" * page)
        for args in (["verdict", 3, "verified"], ["claims"], ["history", 3]):
            result = fc("--db", copy, *args)
            assert result.exit_code != 70, (offset, args, result.output)
            if result.exit_code:
                line = one_error_line(result)
                seen_corrupt |= "corrupt" in line
        for suffix in ("-wal", "-shm"):
            (tmp_path / f"copy.db{suffix}").unlink(missing_ok=True)
    assert seen_corrupt
