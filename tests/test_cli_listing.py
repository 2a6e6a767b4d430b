"""Listings for people and for scripts (issue 13, items 14, 17, 18): --json/--nl/--csv/--tsv
like sqlite-utils, claims with their sources and notes, labelled tables, and blind second
review kept blind in `claims`, `articles`, `history`, `matches` and `export`."""

from __future__ import annotations

import functools
import csv
import io
import json

import pytest


TWO_QUOTES = (
    "Library hours extended\n"
    'The librarian, Oda Pellin, said: "Every reading room will stay open until nine."\n'
    "The change costs 30,000 euros a year.\n"
)


@pytest.fixture
def fc(fc):
    """conftest's runner, as reviewer ann unless told."""
    return functools.partial(fc, who="ann")


@pytest.fixture
def desk(fc, tmp_path):
    """An article where ann disputed claim 3 (with a source and a note) and bob owes a
    blind second verdict on it."""
    path = tmp_path / "library.txt"
    path.write_text(TWO_QUOTES)
    assert fc("ingest", path).exit_code == 0
    assert fc("config", "second-review", "all").exit_code == 0
    result = fc("verdict", 3, "disputed", "--source", "https://example.org/budget",
                "--note", "=the budget says 25,000")
    assert result.exit_code == 0, result.output
    return fc


def rows(result, fmt):
    assert result.exit_code == 0, result.output
    text = result.stdout
    if fmt == "json":
        return json.loads(text)
    if fmt == "nl":
        return [json.loads(line) for line in text.splitlines()]
    return list(csv.DictReader(io.StringIO(text), dialect="excel-tab" if fmt == "tsv" else "excel"))


@pytest.mark.parametrize("fmt", ["json", "nl", "csv", "tsv"])
def test_claims_articles_and_speakers_in_every_script_format(desk, fmt):
    claims = rows(desk("claims", f"--{fmt}"), fmt)
    assert [str(c["id"]) for c in claims] == ["1", "2", "3"]
    disputed = claims[2]
    assert disputed["status"] == "disputed" and disputed["reviewer"] == "ann"
    sources = disputed["sources"] if fmt in ("json", "nl") else json.loads(disputed["sources"])
    assert [s["url"] for s in sources] == ["https://example.org/budget"]
    if fmt in ("json", "nl"):
        assert [n["body"] for n in disputed["notes"]] == ["=the budget says 25,000"]
    else:  # spreadsheet-safe: a cell never starts a formula
        assert disputed["notes"].startswith("'[") or disputed["notes"].startswith("[")
        assert not any(v.startswith(("=", "+", "@")) for v in disputed.values())
    articles = rows(desk("articles", f"--{fmt}"), fmt)
    assert [str(a["claims"]) for a in articles] == ["3"]
    assert articles[0]["title"] == "Library hours extended"
    speakers = rows(desk("speakers", f"--{fmt}"), fmt)
    assert [(s["speaker"], str(s["quotes"])) for s in speakers] == [("Oda Pellin", "1")]


def test_claims_help_names_the_status_field(fc):
    help_text = fc("claims", "--help").stdout
    assert "--status" in help_text and "verdict" not in help_text.split("--status")[1][:40]
    assert "--csv" in help_text and "--nl" in help_text and "--tsv" in help_text


def test_speakers_table_has_a_header(desk):
    lines = desk("speakers").stdout.splitlines()
    assert lines[0].split() == ["QUOTES", "SPEAKER", "ALSO", "CALLED"]
    assert lines[1].split()[:3] == ["1", "Oda", "Pellin"]


def test_agreement_names_its_rows_and_columns(desk):
    assert desk("verdict", 3, "verified", who="bob").exit_code == 0
    lines = desk("agreement").stdout.splitlines()
    assert lines[1] == "  rows: ann, columns: bob"
    assert lines[2].split() == ["ann", "\\", "bob", "verified", "disputed", "unverifiable"]
    assert lines[4].split() == ["disputed", "1", "0", "0"]  # ann disputed, bob verified


def test_a_blind_second_reviewer_does_not_see_the_first_verdict_from_the_shell(desk, tmp_path):
    for who, status, reviewer in (("bob", "pending", None), ("ann", "disputed", "ann")):
        claim = rows(desk("claims", "--json", who=who), "json")[2]
        assert (claim["status"], claim["reviewer"]) == (status, reviewer)
        assert bool(claim["sources"]) == bool(claim["notes"]) == (who == "ann")
        shown = desk("claims", who=who).stdout
        assert ("disputed" in shown) == (who == "ann")
        listed = desk("claims", "--status", "disputed", "--json", who=who)
        assert len(rows(listed, "json")) == (who == "ann")
        progress = rows(desk("articles", "--json", who=who), "json")[0]["by_status"]
        assert progress["disputed"] == (who == "ann")
    history = desk("history", 3, who="bob")
    assert "disputed" not in history.stdout and "hidden" in history.stderr
    assert "disputed" in desk("history", 3).stdout
    seen = rows(desk("claims", "--json", "--no-blind", who="bob"), "json")[2]  # as an editor
    assert seen["status"] == "disputed" and seen["notes"]
    assert "disputed" in desk("history", 3, "--no-blind", who="bob").stdout
    assert desk("export", "--format", "md", "--no-blind", who="bob").exit_code == 0
    refused = desk("export", "--format", "md", who="bob")
    assert refused.exit_code == 1 and "blind second verdict" in refused.stderr
    assert "disputed" not in refused.stdout
    assert desk("export", "--format", "md").exit_code == 0
    # once bob has decided, he sees everything
    assert desk("verdict", 3, "verified", who="bob").exit_code == 0
    assert "ann" in desk("history", 3, who="bob").stdout
    assert desk("export", "--format", "md", who="bob").exit_code == 0


def test_txt_title_is_its_first_line_or_file_name(fc, tmp_path):
    headed = tmp_path / "deep" / "folder" / "library.txt"
    headed.parent.mkdir(parents=True)
    headed.write_text(TWO_QUOTES)
    long_first = tmp_path / "run-on.txt"
    long_first.write_text("The council met on Monday and " * 10 + "agreed 4 budgets.\n")
    assert fc("ingest", headed, long_first).exit_code == 0
    titles = [a["title"] for a in rows(fc("articles", "--json"), "json")]
    assert titles == ["Library hours extended", "run-on.txt"]
