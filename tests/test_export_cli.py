"""`factcheck export` and `factcheck import` as a user meets them; every mistake one line."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from click.testing import CliRunner

from conftest import count_rows
from export_scenario import ingest_fixture
from factcheck.cli import cli
from factcheck.store.facade import Store


@pytest.fixture
def fc(db_path, monkeypatch):
    for name in ("FACTCHECK_DB", "FACTCHECK_REVIEWER", "FACTCHECK_SITE_URL",
                 "FACTCHECK_ORG_NAME", "FACTCHECK_ORG_URL"):
        monkeypatch.delenv(name, raising=False)

    def run(*args, env=None):
        base = {"FACTCHECK_DB": str(db_path), "FACTCHECK_REVIEWER": "tester"}
        return CliRunner().invoke(cli, [str(a) for a in args], env={**base, **(env or {})})

    return run


@pytest.fixture
def reviewed(fc, db_path):
    """The fixture article (frozen claims, so extraction work elsewhere cannot move ids)."""
    with Store.open(db_path) as store:
        ingest_fixture(store, url=None, reviewer="tester")
    assert fc("verdict", 6, "disputed", "--source", "https://example.org/count",
              "--excerpt", "1,150", "--note", "Lower count").exit_code == 0
    assert fc("verdict", 3, "verified").exit_code == 0


def one_error_line(result, exit_code: int, *fragments: str) -> None:
    assert result.exit_code == exit_code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert result.stdout == ""


def leftovers(directory) -> list[str]:
    return sorted(p for p in os.listdir(directory) if not p.startswith("factcheck.db"))


def test_help_has_examples(fc):
    for command in ("export", "import"):
        result = fc(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout


def test_export_to_stdout_and_to_a_file(fc, reviewed, tmp_path):
    result = fc("export", "--format", "md")
    assert result.exit_code == 0 and result.stdout.startswith("# Fact-check report")
    assert result.stderr == ""
    out = tmp_path / "report.html"
    result = fc("export", "--format", "html", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.strip() == f"{out}: html report, 42 claims"
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # not left private like a temp file


def test_filters_by_article_and_status(fc, reviewed, tmp_path):
    result = fc("export", "--format", "csv", "--article", 1, "--status", "disputed",
                "--status", "verified")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0
    assert [(r["claim_id"], r["verdict"]) for r in rows] == [("3", "verified"), ("6", "disputed")]


def test_claimreview_options_from_flags_or_environment(fc, reviewed):
    result = fc("export", "--format", "claimreview", "--site-url", "https://d.example/r",
                "--org-name", "Desk")
    reviews = json.loads(result.stdout)
    assert len(reviews) == 2 and reviews[0]["author"]["name"] == "Desk"
    result = fc("export", "--format", "claimreview",
                env={"FACTCHECK_SITE_URL": "https://e.example/r", "FACTCHECK_ORG_NAME": "Env"})
    assert json.loads(result.stdout)[0]["author"] == {
        "@type": "Organization", "name": "Env", "url": "https://e.example/"}
    # the environment does not bother other formats
    assert fc("export", "--format", "md", env={"FACTCHECK_SITE_URL": "https://x.org"}
              ).exit_code == 0


BAD_EXPORTS = {
    "unknown format": (["--format", "pdf"], 2, ["Invalid value for '--format'", "'pdf'"]),
    "unknown article": (["--format", "md", "--article", 42], 1, ["no article with id 42"]),
    "unknown status": (["--format", "md", "--status", "true"], 2, ["'true' is not one of"]),
    "no site url": (["--format", "claimreview"], 1, ["needs --site-url"]),
    "bad site url": (["--format", "claimreview", "--site-url", "javascript:x"], 1,
                     ["--site-url: not a web address"]),
    "option of another format": (["--format", "md", "--site-url", "https://x.org"], 1,
                                 ["--site-url only applies to --format claimreview"]),
}


@pytest.mark.parametrize("case", list(BAD_EXPORTS))
def test_bad_export_is_one_line_and_writes_nothing(fc, reviewed, tmp_path, case):
    args, code, fragments = BAD_EXPORTS[case]
    out = tmp_path / "out" / "report.txt"
    out.parent.mkdir()
    one_error_line(fc("export", *args, "-o", out), code, *fragments)
    assert os.listdir(out.parent) == []


def test_unwritable_output_paths(fc, reviewed, tmp_path):
    missing = tmp_path / "no" / "such" / "dir" / "r.md"
    one_error_line(fc("export", "--format", "md", "-o", missing), 1, str(missing),
                   "its directory does not exist")
    one_error_line(fc("export", "--format", "md", "-o", tmp_path), 1, str(tmp_path),
                   "is a directory")
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    one_error_line(fc("export", "--format", "md", "-o", a_file / "r.md"), 1,
                   "directory does not exist")
    one_error_line(fc("export", "--format", "md", "-o", ""), 1, "output file name is empty")
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        one_error_line(fc("export", "--format", "md", "-o", locked / "r.md"), 1,
                       "cannot write the report here")
    assert leftovers(tmp_path) == ["plain.txt"] + (["locked"] if os.geteuid() != 0 else [])


def test_a_failure_midway_leaves_the_old_file_and_no_temp(fc, reviewed, tmp_path, monkeypatch):
    out = tmp_path / "report.md"
    out.write_text("the previous report\n")

    def broken(store, out_stream, selection, options):
        out_stream.write("# half a report\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("factcheck.export.markdown.write", broken)
    one_error_line(fc("export", "--format", "md", "-o", out), 1, str(out),
                   "No space left on device")
    assert out.read_text() == "the previous report\n"
    assert leftovers(tmp_path) == ["report.md"]


def test_export_then_import_into_a_new_database(fc, reviewed, tmp_path):
    out = tmp_path / "alice.json"
    assert fc("export", "--format", "json", "-o", out).exit_code == 0
    other = tmp_path / "other.db"
    result = fc("--db", other, "import", out)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{out}: 1 articles added, 0 already here; 42 claims added")
    assert count_rows(other, "claims") == 42 and count_rows(other, "sources") == 1
    again = fc("--db", other, "import", out)
    assert "0 articles added, 1 already here; 0 claims added, 42 matched" in again.stdout
    history = json.loads(fc("--db", other, "history", 6, "--json").stdout)
    assert [(e["reviewer"], e["action"]) for e in history] == [
        ("tester", "verdict"), ("tester", "source.add"), ("tester", "note.add")]


def _write(tmp_path, name, content) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return str(path)


BAD_IMPORTS = {
    "missing file": (lambda t: str(t / "nope.json"), ["nope.json: no such file"]),
    "not json": (lambda t: _write(t, "r.html", "<html>"), ["not a factcheck export (not JSON"]),
    "other json": (lambda t: _write(t, "o.json", {"articles": []}),
                   ['not a factcheck export (no "format": "factcheck-export"']),
    "a list": (lambda t: _write(t, "l.json", [1, 2]), ["not a factcheck export"]),
    "newer version": (lambda t: _write(t, "n.json", {"format": "factcheck-export",
                                                     "format_version": 2, "articles": []}),
                      ["written by a newer factcheck (format_version 2", "upgrade factcheck"]),
    "bad version": (lambda t: _write(t, "v.json", {"format": "factcheck-export",
                                                   "format_version": "1"}),
                    ["format_version '1' is not a version number"]),
    "broken claim": (lambda t: _write(t, "b.json", {
        "format": "factcheck-export", "format_version": 1, "articles": [{
            "content_hash": "0", "title": None, "url": None, "published": None,
            "ingested_at": "2025-09-11T08:00:00.000Z", "source_path": None, "text": "t",
            "history": [],
            "claims": []}]}), ["articles[0].content_hash does not match its text"]),
}


@pytest.mark.parametrize("case", list(BAD_IMPORTS))
def test_bad_import_is_one_line_and_writes_nothing(fc, tmp_path, db_path, case):
    make, fragments = BAD_IMPORTS[case]
    path = make(tmp_path)
    one_error_line(fc("import", path), 1, *fragments)
    assert not db_path.exists()  # no database was even created


def test_bad_import_leaves_an_existing_database_as_it_was(fc, reviewed, tmp_path, db_path):
    out = tmp_path / "e.json"
    fc("export", "--format", "json", "-o", out)
    doc = json.loads(out.read_text("utf-8"))
    doc["articles"][0]["claims"][-1]["start"] = 0  # no longer the article's text
    before = {t: count_rows(db_path, t) for t in ("claims", "events", "notes")}
    other = tmp_path / "other.db"
    fc("--db", other, "import", out)
    one_error_line(fc("--db", other, "import", _write(tmp_path, "bad.json", doc)), 1,
                   "claims[41]: its text is not the article's text")
    assert {t: count_rows(db_path, t) for t in before} == before


def test_an_empty_database_gives_an_empty_report_not_an_error(fc, db_path):
    Store.open(db_path).close()
    for fmt, expected in (("md", "No articles in this database yet."),
                          ("html", "No articles in this database yet."),
                          ("csv", "article_id,article,claim_id"), ("json", '"articles": [')):
        result = fc("export", "--format", fmt)
        assert result.exit_code == 0 and expected in result.stdout, fmt
    assert json.loads(fc("export", "--format", "claimreview", "--site-url",
                         "https://d.example/").stdout) == []
    one_error_line(fc("--db", db_path.parent / "none.db", "export", "--format", "md"), 1,
                   "no database here yet")
