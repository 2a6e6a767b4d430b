"""Control characters in article text and names (issue 13, item 5): printed to a terminal
they are shown, never acted on (no new window title, no cleared screen); in Markdown and
CSV reports they are shown too, and bidi overrides (U+202E) are visible everywhere."""

from __future__ import annotations

import csv
import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.export import write_report
from factcheck.models import ArticleMeta, Claim
from factcheck.review import verdicts as review
from factcheck.store.facade import Store

ROOT = Path(__file__).resolve().parent.parent
TITLE_CHANGE = "\x1b]0;pwned\x07"
CLEAR_SCREEN = "\x1b[2J"
CSI_C1 = "\x9b31m"
BIDI = "invoice\u202egnp.exe"
TEXT = (f"Officials{TITLE_CHANGE} said turnout rose 4 percent{CLEAR_SCREEN} on the day "
        f"{CSI_C1}and {BIDI} was filed.")


@pytest.fixture
def hostile_db(db_path):
    start, end = TEXT.index("turnout"), TEXT.index(" was filed")
    with Store.open(db_path) as store:
        store.add_article(TEXT, ArticleMeta(title=f"Report{CLEAR_SCREEN}{BIDI}"), [
            Claim("quote", TEXT[start:end], start, end, sentence=TEXT,
                  speaker=f"Officials{TITLE_CHANGE}"),
        ])
        review.add_note(store, 1, f"see {TITLE_CHANGE} and {BIDI}", "ann")
    return db_path


def on_a_terminal(db_path, *args) -> str:
    """Run `factcheck ARGS` with stdout and stderr on a pseudo-terminal; what it printed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FACTCHECK_REVIEWER": "ann",
           "COLUMNS": "200"}
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "--db", str(db_path),
                                *args], stdin=subprocess.DEVNULL, stdout=follower,
                               stderr=follower, env=env, close_fds=True)
    os.close(follower)
    out = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the command is done
            break
        if not chunk:
            break
        out += chunk
    process.wait(timeout=30)
    os.close(leader)
    return out.decode("utf-8", "replace")


@pytest.mark.parametrize("command", [("claims",), ("articles",), ("history", "1")])
def test_nothing_acts_on_the_terminal(hostile_db, command):
    shown = on_a_terminal(hostile_db, *command)
    assert shown.strip(), "the command printed nothing"
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in shown, (raw, shown)


def test_the_control_characters_are_shown_instead(hostile_db):
    shown = on_a_terminal(hostile_db, "claims")
    assert "␛[2J" in shown and "<U+202E>" in shown


def test_piped_output_keeps_the_data_as_it_is(hostile_db):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "factcheck", "--db", str(hostile_db),
                          "claims", "--json"], capture_output=True, text=True, env=env,
                         check=True).stdout
    assert "\\u001b[2J" in out or "\x1b[2J" in out  # a script gets the stored text


def report(db_path, fmt) -> str:
    out = io.StringIO(newline="")
    with Store.open(db_path) as store:
        write_report(store, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["md", "csv", "html"])
def test_reports_show_controls_and_bidi_overrides(hostile_db, fmt):
    text = report(hostile_db, fmt)
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in text, (fmt, raw)
    assert "<U+202E>" in text or "&lt;U+202E&gt;" in text or "\\<U+202E\\>" in text


def test_csv_cells_show_controls(hostile_db):
    rows = list(csv.DictReader(io.StringIO(report(hostile_db, "csv"))))
    assert "␛[2J" in rows[0]["sentence"] and "<U+202E>" in rows[0]["notes"]


def test_visible_keeps_ordinary_text():
    from factcheck.render import one_line, visible

    plain = "Turnout rose 4 percent.\n\tSecond line — «quoted», 東京."
    assert visible(plain) is plain
    assert one_line("a\u202eb\x1bc") == "a<U+202E>b␛c"
