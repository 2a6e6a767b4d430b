"""Real `factcheck` processes: the installed script, a terminal progress bar, and SIGKILL."""

from __future__ import annotations

import os
import pty
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURE
from factcheck.review.ingest import extract
from factcheck.store.facade import Store

SCRIPT = Path(sys.executable).with_name("factcheck")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "factcheck"]


def factcheck(*args, cwd, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    return subprocess.run([*COMMAND, *map(str, args)], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60, **kwargs)


def test_installed_script_ingests_and_lists_with_the_default_database(tmp_path):
    first = factcheck("ingest", FIXTURE, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""  # no progress bar when stderr is not a terminal
    assert (tmp_path / "factcheck.db").exists()
    listed = factcheck("claims", cwd=tmp_path)
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[0].split() == ["ID", "ART", "KIND", "STATUS", "DETAIL",
                                                     "TEXT"]
    assert len(listed.stdout.splitlines()) > 1


def test_installed_script_reports_a_mistake_in_one_line(tmp_path):
    result = factcheck("ingest", "missing.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "factcheck: error: missing.txt: no such file or directory\n"
    assert not (tmp_path / "factcheck.db").exists()


def test_progress_bar_only_on_a_terminal(tmp_path):
    folder = write_articles(tmp_path / "in", 3)
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([*COMMAND, "ingest", str(folder), "--db", str(tmp_path / "t.db")],
                            stdout=subprocess.PIPE, stderr=secondary, text=True)
    os.close(secondary)
    out, _ = proc.communicate(timeout=60)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(primary)
    assert proc.returncode == 0
    assert b"Ingesting" in seen and b"3/3" in seen
    assert out.strip().splitlines() == [out.strip().splitlines()[-1]]  # only the summary
    assert out.startswith("3 added, 0 skipped (already there), 0 failed, ")


# --- crash safety -----------------------------------------------------------------------

NAMES = ["Maria Lopez", "Tomas Berg", "Aiko Tanaka", "Samuel Okafor", "Ingrid Holm"]
NOUNS = ["prisoners", "workers", "families", "schools", "votes", "tonnes of grain"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def write_articles(folder: Path, count: int, paragraphs: int = 3) -> Path:
    """Distinct synthetic news articles full of quotes, numbers and dates."""
    folder.mkdir(parents=True)
    rng = random.Random(count)
    for n in range(count):
        parts = [f"Report {n}: officials in region {n} gave new figures."]
        for p in range(paragraphs):
            name = rng.choice(NAMES)
            parts.append(
                f"{name} said on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2001, 2024)}"
                f" that {rng.randint(2, 9000):,} {rng.choice(NOUNS)} were affected, up "
                f"{rng.randint(1, 60)} percent from {rng.randint(2, 900)} a year earlier. "
                f"\u201cWe counted {rng.randint(10, 99)} of them ourselves,\u201d {name} told "
                f"reporters. The ministry said about {rng.randint(2, 40)} million dollars "
                f"had been spent since {rng.randint(1990, 2020)} (paragraph {p}).")
        (folder / f"article-{n:02d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return folder


def test_sigkill_mid_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    total, gate_at = 40, 5
    folder = write_articles(tmp_path / "in", total, paragraphs=15)
    files = sorted(folder.iterdir())
    # The ingest reads the files in the order given; the sixth is a FIFO nobody writes to, so
    # it stops there for as long as the test likes: the kill lands after exactly five articles,
    # however fast or slow the machine.
    gate = tmp_path / "gate.txt"
    os.mkfifo(gate)
    db_path = tmp_path / "crash.db"
    proc = subprocess.Popen(
        [*COMMAND, "ingest", *map(str, files[:gate_at]), str(gate), *map(str, files[gate_at:]),
         "--db", str(db_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while stored < gate_at and time.monotonic() < deadline and proc.poll() is None:
            stored = _count(db_path)
            time.sleep(0.01)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store.open(db_path) as store:
        present = store.articles()
        assert len(present) == gate_at, "the ingest was not stopped at the gate"
        for article in present:
            text = store.article(article.id).text
            expected = extract(text, None)
            got = sorted(store.claims(article_id=article.id), key=lambda c: c.position)
            assert [c.claim for c in got] == expected, article.source_path
            assert len([e for e in store.history(article_id=article.id)
                        if e.action == "ingest"]) == 1

    rerun = factcheck("ingest", folder, "--db", db_path, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.splitlines()[-1].startswith(
        f"{total - len(present)} added, {len(present)} skipped (already there), 0 failed")
    with Store.open(db_path) as store:
        assert len(store.articles()) == total
        assert all(store.count_claims(article_id=a.id) > 0 for a in store.articles())
        assert store.conn.execute("select count(*) from verdicts").fetchone()[0] \
            == store.count_claims()


def _count(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.1)
        try:
            return conn.execute("select count(*) from articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(autouse=True)
def _no_env_leak(monkeypatch):
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
