"""A long line of figures (issue 13, item 8): extraction stays linear because a sentence
is cut into bounded windows, and a folder ingest commits article by article, so a
colleague's `verdict` goes through while it runs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from conftest import FIXTURE
from factcheck.cli import cli
from factcheck.extract import extract_claims
from factcheck.extract.segment import MAX_SENTENCE_CHARS, sentences

SCRIPT = Path(sys.executable).with_name("factcheck")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "factcheck"]


def figures_line(count: int) -> str:
    """'101,234, 102,235, …': every item a figure, no full stop anywhere."""
    return ", ".join(f"{100 + n % 900},{200 + n % 700}" for n in range(count)) + "\n"


def test_each_claim_keeps_a_bounded_window_of_a_run_on_line():
    text = figures_line(2500)  # about 22,000 characters in one "sentence"
    claims = extract_claims(text, "2025-01-01")
    assert len(claims) > 2000
    for c in claims:
        assert len(c.sentence) <= MAX_SENTENCE_CHARS
        assert c.text in c.sentence
    spans = sentences(text)
    assert len(spans) > len(text) // MAX_SENTENCE_CHARS
    assert all(0 < s.end - s.start <= MAX_SENTENCE_CHARS for s in spans)
    assert "".join(text[s.start:s.end] + " " for s in spans).split() == text.split()


def test_ordinary_sentences_are_not_cut():
    text = ("The committee, which met on Tuesday, said that 42 of the 57 proposals it "
            "received had been approved. " * 2).strip()
    assert [(s.end - s.start) for s in sentences(text)] == [100, 100]


def test_a_verdict_goes_through_while_a_long_folder_ingest_runs(tmp_path):
    db = tmp_path / "desk.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update(FACTCHECK_DB=str(db), FACTCHECK_REVIEWER="ingester")
    runner_env = {"FACTCHECK_DB": str(db), "FACTCHECK_REVIEWER": "ann"}
    assert CliRunner().invoke(cli, ["ingest", str(FIXTURE)], env=runner_env).exit_code == 0
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-figures.txt").write_text(figures_line(4500))  # ~40 KB, ~4,500 claims
    for n in range(3):
        (folder / f"b-{n}.txt").write_text(f"The port handled {n + 3} million tonnes in 2024.\n")
    ingest = subprocess.Popen([*COMMAND, "ingest", str(folder)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outcomes = []
    try:
        while ingest.poll() is None:
            status = ("verified", "disputed")[len(outcomes) % 2]
            result = CliRunner().invoke(cli, ["verdict", "1", status], env=runner_env)
            outcomes.append((result.exit_code, result.output))
            time.sleep(0.05)
    finally:
        out, err = ingest.communicate(timeout=120)
    assert ingest.returncode == 0, err
    assert "4 added" in out
    assert outcomes and all(code == 0 for code, _ in outcomes), outcomes
