"""`factcheck serve`: the workbench for browsers. Bound to this machine unless told
otherwise (and then a warning), a port in use is one line, and the page it serves starts
a workbench session that asks for the reviewer's name (see test_tui_team.py for that
session, and scripts/serve_screenshot.py for the check in a real headless browser)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import serve as cli_serve
from factcheck.cli import cli


@pytest.fixture
def served(monkeypatch):
    """Stand in for textual-serve: record what it was asked to serve."""
    calls = []

    class FakeServer:
        def __init__(self, command, host, port, title, public_url, **guards):
            calls.append({"command": command, "host": host, "port": port, "title": title,
                          "public_url": public_url, **guards})

        def serve(self):
            pass

    from factcheck.cli import guarded_server

    monkeypatch.setattr(guarded_server, "GuardedServer", FakeServer)
    return calls


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), "serve", *map(str, args)])


def test_serves_the_workbench_on_localhost_asking_for_the_name(db_path, served):
    port = free_port()
    result = serve(db_path, "--port", port)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    (call,) = served
    assert (call["host"], call["port"], call["public_url"]) == ("127.0.0.1", port, None)
    assert call["command"].endswith(f"-m factcheck --db {db_path.resolve()} review --ask-reviewer")
    assert db_path.exists()  # created and migrated before any browser comes


def test_anything_but_loopback_warns(db_path, served):
    result = serve(db_path, "--host", "0.0.0.0", "--port", free_port(),
                   "--public-url", "https://desk.example.org/fc/")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("factcheck: warning: listening on 0.0.0.0:")
    assert "put a proxy with TLS and logins in front" in result.stderr
    assert result.stderr.count("\n") == 1
    assert served[0]["public_url"] == "https://desk.example.org/fc"


def test_a_port_in_use_is_one_line(db_path, served):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = serve(db_path, "--port", port)
    assert result.exit_code == 1
    assert result.output == (f"factcheck: error: port {port} on 127.0.0.1 is in use "
                             "(pick another with --port)\n")
    assert served == []


def test_a_bad_public_url_is_one_line(db_path, served):
    result = serve(db_path, "--public-url", "desk.example.org")
    assert result.exit_code == 1
    assert result.output.startswith(
        "factcheck: error: --public-url: 'desk.example.org' must start with http://")
    assert served == []


def test_the_real_server_serves_the_page(tmp_path):
    """Start `factcheck serve` for real, fetch its page, stop it."""
    port = free_port()
    db = tmp_path / "served.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    server = subprocess.Popen([sys.executable, "-m", "factcheck", "--db", str(db), "serve",
                               "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        page = None
        for _ in range(300):  # up to 30 s: a loaded machine starts slowly
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    page = r.read().decode()
                break
            except OSError:
                time.sleep(0.1)
        assert page is not None, server.stderr.read1().decode() if server.poll() else "no page"
        assert "factcheck review" in page
        assert f'data-session-websocket-url="ws://127.0.0.1:{port}/ws"' in page
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_loopback_names(monkeypatch):
    assert cli_serve.is_loopback("127.0.0.1") and cli_serve.is_loopback("::1")
    assert cli_serve.is_loopback("localhost")
    assert not cli_serve.is_loopback("0.0.0.0") and not cli_serve.is_loopback("192.168.1.4")
