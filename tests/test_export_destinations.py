"""`export -o` (issue 13, item 6): reports are written only to regular files; a file
being replaced keeps its permissions; part files of killed exports are cleaned up."""

from __future__ import annotations

import os
import socket
import stat
import time

import pytest
from click.testing import CliRunner

from factcheck.cli import cli


@pytest.fixture
def fc(db_path, sample):
    def run(*args):
        return CliRunner().invoke(cli, ["--db", str(db_path), "--reviewer", "ann",
                                        *map(str, args)])
    return run


def one_line_error(result, *fragments):
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def parts(directory) -> list[str]:
    return sorted(n for n in os.listdir(directory) if n.endswith(".part"))


def test_a_symbolic_link_is_refused_and_left_alone(fc, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me\n")
    link = tmp_path / "report.md"
    link.symlink_to(precious)
    one_line_error(fc("export", "--format", "md", "-o", link), str(link), "is a symbolic link, not a regular "
                   "file")
    assert link.is_symlink() and precious.read_text() == "keep me\n"
    assert parts(tmp_path) == []


def test_a_fifo_is_refused_without_blocking(fc, tmp_path):
    fifo = tmp_path / "report.md"
    os.mkfifo(fifo)
    one_line_error(fc("export", "--format", "md", "-o", fifo), "is a FIFO (named pipe), not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_socket_is_refused(fc, tmp_path):
    path = tmp_path / "report.md"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        one_line_error(fc("export", "--format", "md", "-o", path),
                       "is a socket, not a regular file")
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_a_device_is_refused():
    """Checked without writing: on code without the check, exporting to /dev/null
    replaced the machine's /dev/null with a regular file."""
    from factcheck.errors import FactcheckError
    from factcheck.export import _existing_mode

    with pytest.raises(FactcheckError, match="/dev/null: is a device, not a regular file"):
        _existing_mode("/dev/null")


def test_a_private_report_stays_private(fc, tmp_path):
    out = tmp_path / "report.md"
    out.write_text("old\n")
    out.chmod(0o600)
    assert fc("export", "--format", "md", "-o", out).exit_code == 0
    assert out.read_text().startswith("# Fact-check report")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_new_report_follows_the_umask(fc, tmp_path):
    out = tmp_path / "new.md"
    old = os.umask(0o027)
    try:
        assert fc("export", "--format", "md", "-o", out).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_part_files_of_killed_exports_are_removed(fc, tmp_path):
    dead = tmp_path / ".factcheck-4194305-abc123.part"  # above Linux's highest pid
    old = tmp_path / ".factcheck-q1w2e3.part"  # an older name, untouched for two days
    fresh = tmp_path / ".factcheck-z9x8c7.part"  # maybe another export writing right now
    mine = tmp_path / f".factcheck-{os.getpid()}-live.part"  # a live process's
    for p in (dead, old, fresh, mine):
        p.write_text("half a report")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    assert fc("export", "--format", "md", "-o", tmp_path / "report.md").exit_code == 0
    assert parts(tmp_path) == sorted([fresh.name, mine.name])
