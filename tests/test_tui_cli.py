"""`factcheck review`: ingests its PATHs first (idempotent), refuses bad input in one line
before the workbench starts, and hands the right settings to the workbench."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import FIXTURE, count_rows
from factcheck.cli import cli
from factcheck.tui.app import ReviewApp


@pytest.fixture
def started(monkeypatch):
    """Stand in for the terminal UI: record what the workbench was opened with."""
    calls = []

    def fake_run(self, *args, **kwargs):
        calls.append({"db": self.state.db_path, "reviewer": self.state.reviewer,
                      "article": self.state.list_query.article_id, "advance": self.state.advance})
        self.store.close()

    monkeypatch.setattr(ReviewApp, "run", fake_run)
    return calls


def review(db_path, *args):
    return CliRunner().invoke(cli, ["review", "--db", str(db_path), "--reviewer", "alice",
                                    *map(str, args)])


def test_review_ingests_then_opens_on_that_article(db_path, started):
    result = review(db_path, FIXTURE)
    assert result.exit_code == 0, result.output
    assert started == [{"db": str(db_path), "reviewer": "alice", "article": 1,
                        "advance": True}]
    assert review(db_path, FIXTURE, "--no-advance").exit_code == 0  # again: nothing new
    assert count_rows(db_path) == 1
    assert started[-1]["advance"] is False


def test_review_without_paths_opens_every_article(db_path, started):
    review(db_path, FIXTURE)
    result = review(db_path)
    assert result.exit_code == 0, result.output
    assert started[-1]["article"] is None


def test_unknown_article_is_one_line_before_the_ui(db_path, started):
    review(db_path, FIXTURE)
    started.clear()
    result = review(db_path, "--article", 99)
    assert result.exit_code == 1
    assert result.output.strip() == "factcheck: error: no article with id 99"
    assert started == []


def test_missing_file_is_one_line_and_creates_nothing(db_path, started, tmp_path):
    result = review(db_path, tmp_path / "nope.txt")
    assert result.exit_code == 1
    assert result.output.strip().endswith("nope.txt: no such file or directory")
    assert result.output.count("\n") == 1
    assert started == [] and count_rows(db_path) is None


def test_unknown_theme_is_one_line(db_path, started):
    result = review(db_path, "--theme", "neon")
    assert result.exit_code == 1
    assert result.output.startswith("factcheck: error: --theme: unknown theme 'neon'")
    assert started == [] and count_rows(db_path) is None


def test_queue_and_blind_options_reach_the_workbench(db_path, monkeypatch):
    seen = []

    def fake_run(self, *args, **kwargs):
        state = self.state
        seen.append((state.list_query.filter, state.blind, state.reviewer, state.ask_reviewer))
        self.store.close()

    monkeypatch.setattr(ReviewApp, "run", fake_run)
    assert review(db_path, "--queue", "second").exit_code == 0
    assert review(db_path, "--queue", "resolve", "--no-blind").exit_code == 0
    result = CliRunner().invoke(cli, ["review", "--db", str(db_path), "--ask-reviewer"])
    assert result.exit_code == 0, result.output
    assert seen == [("second review", True, "alice", False), ("resolve", False, "alice", False),
                    ("all", True, "", True)]
    assert review(db_path, "--queue", "third").exit_code == 2
