"""Reviewer names (issue 13, item 4): a name goes on every verdict and into every report,
so an empty or invisible one is refused in one line instead of being replaced or stored."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from conftest import FIXTURE
from factcheck.cli import cli
from factcheck.names import check_name


@pytest.fixture
def fc(db_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)

    def run(*args, env=None):
        return CliRunner().invoke(cli, ["--db", str(db_path), *map(str, args)],
                                  env={"FACTCHECK_REVIEWER": None, **(env or {})})

    assert run("ingest", FIXTURE).exit_code == 0
    return run


def verdicts(db_path) -> list[tuple]:
    return sqlite3.connect(db_path).execute(
        "select reviewer from verdicts where status != 'pending'").fetchall()


@pytest.mark.parametrize("name, problem", [
    ("", "the reviewer name is empty"),
    ("   ", "the reviewer name is empty"),
    ("mal\x1b]0;pwned\x07", "control character U+001B"),
    ("eve\u202egnp.exe", "control character U+202E"),
    ("a\nb", "control character U+000A"),
    ("x" * 41, "longer than 40 characters"),
])
def test_a_bad_reviewer_name_is_one_line_and_writes_nothing(fc, db_path, monkeypatch, name,
                                                            problem):
    monkeypatch.setattr("getpass.getuser", lambda: "osuser")
    result = fc("verdict", 1, "disputed", "--reviewer", name)
    assert result.exit_code == 1
    assert result.stderr.startswith("factcheck: error: --reviewer: ")
    assert problem in result.stderr and result.stderr.count("\n") == 1
    assert verdicts(db_path) == []


def test_the_environment_name_is_checked_too(fc, db_path):
    result = fc("verdict", 1, "disputed", env={"FACTCHECK_REVIEWER": "\x1b[2J"})
    assert result.exit_code == 1
    assert result.stderr.startswith("factcheck: error: FACTCHECK_REVIEWER: the reviewer name "
                                    "contains the control character U+001B")
    assert verdicts(db_path) == []


def test_a_good_name_is_stripped_and_kept(fc, db_path):
    assert fc("verdict", 1, "disputed", "--reviewer", "  Ann O'Neil [desk] ").exit_code == 0
    assert verdicts(db_path) == [("Ann O'Neil [desk]",)]


def test_check_name_is_the_one_rule():
    assert check_name(" bob ") == "bob"
    with pytest.raises(Exception, match="reviewer: the reviewer name must be text"):
        check_name(3, "reviewer")


def test_editor_names_follow_the_same_rule(fc, db_path):
    result = fc("config", "editors", "ana", "\x1b[2Jben", "--reviewer", "ana")
    assert result.exit_code == 1
    assert result.stderr.startswith("factcheck: error: editors: the reviewer name contains "
                                    "the control character U+001B")
    assert "(none)" in fc("config").stdout
