"""Rough edges a new user hit (issue 13, item 17): honest import counts, a readable time in
the resolve error, and check-quote exit codes a script can act on."""

from __future__ import annotations

import functools
import json
import re

import pytest


MEETING = (
    "Ferry route saved\n"
    'The operator, Bram Ostrander, said: "We will keep the morning crossing running every '
    'day of the year."\n'
    "About 400 passengers use it each week, and 12 crew work on board.\n"
)


@pytest.fixture
def fc(fc, tmp_path):
    """conftest's runner, as reviewer ann unless told, on a database holding MEETING."""
    run = functools.partial(fc, who="ann")
    path = tmp_path / "ferry.txt"
    path.write_text(MEETING)
    assert run("ingest", path).exit_code == 0
    return run


def test_import_into_an_empty_database_counts_the_verdicts_it_took(fc, tmp_path):
    for claim, status in ((1, "verified"), (2, "disputed"), (3, "unverifiable")):
        assert fc("verdict", claim, status).exit_code == 0
    exported = tmp_path / "ann.json"
    assert fc("export", "--format", "json", "-o", exported).exit_code == 0
    result = fc("import", exported, db="fresh.db")
    assert result.exit_code == 0, result.output
    assert "3 verdicts taken" in result.stdout
    statuses = [c["status"] for c in json.loads(fc("claims", "--json", db="fresh.db").stdout)]
    assert statuses[:3] == ["verified", "disputed", "unverifiable"]


def test_the_resolve_error_shows_a_readable_time(fc):
    assert fc("config", "editors", "ed").exit_code == 0
    assert fc("verdict", 2, "verified").exit_code == 0
    assert fc("verdict", 2, "disputed", who="bob").exit_code == 0
    assert fc("resolve", 2, "verified", "--note", "log book", who="ed").exit_code == 0
    again = fc("resolve", 2, "disputed", "--note", "late", who="ed")
    assert again.exit_code == 1
    line = again.stderr.strip()
    assert "already resolved as verified by ed on " in line and line.endswith(" UTC")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", line.split(" on ")[-1])


@pytest.mark.parametrize("source, classification, code", [
    ("We will keep the morning crossing running every day of the year.", "exact", 0),
    ("We will keep the morning crossing running every single day of the year.", "minor", 0),
    ("We will not keep the morning crossing running every day of the year.", "altered", 3),
    ("The harbour cafe opens at noon on Sundays.", "not_found", 4),
])
def test_check_quote_exit_status_tells_faithful_from_doctored(fc, source, classification, code):
    for extra in ((), ("--json",)):
        result = fc("check-quote", 1, "-", *extra, stdin=source)
        assert result.exit_code == code, result.output
        if extra:
            assert json.loads(result.stdout)["classification"] == classification
    help_text = fc("check-quote", "--help").stdout
    assert "3 altered" in help_text and "4 not found" in help_text


def test_a_second_reviewer_giving_the_same_verdict_is_told_what_happened(fc):
    """Not "verified → verified": the claim stays verified and cy's own verdict counts."""
    assert fc("config", "second-review", "all").exit_code == 0
    assert fc("verdict", 2, "verified").exit_code == 0
    assert [c["id"] for c in json.loads(fc("queue", "second", "--json", who="cy").stdout)] == [2]
    result = fc("verdict", 2, "verified", who="cy")
    assert result.exit_code == 0, result.output
    assert "→" not in result.stdout
    assert result.stdout.strip() == "claim 2: stays verified; cy's own verdict is recorded (also: ann verified)"
    (claim,) = [c for c in json.loads(fc("claims", "--json").stdout) if c["id"] == 2]
    assert (claim["status"], claim["reviewer"]) == ("verified", "cy")
    assert json.loads(fc("queue", "second", "--json", who="cy").stdout or "[]") == []
