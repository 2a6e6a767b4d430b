"""`factcheck serve` against hostile web pages (issue 13, item 3): a page on another site
cannot open the workbench's websocket, a rebound DNS name gets no page, sessions and
terminal sizes are capped, and a token keeps out whoever does not have the address.

The guards run in-process on 127.0.0.1 with a stand-in for the workbench process; the
last test starts the real `factcheck serve` and knocks with a real websocket client."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from factcheck.cli import guarded_server
from factcheck.cli.guarded_server import GuardedServer, clamp_size

ROOT = Path(__file__).resolve().parent.parent


class FakeWorkbench:
    """Stands in for textual-serve's AppService: records the sizes it is given."""

    started: list[tuple[int, int]] = []
    resized: list[tuple[int, int]] = []

    def __init__(self, command, **kwargs):
        pass

    async def start(self, width, height):
        FakeWorkbench.started.append((width, height))

    async def set_terminal_size(self, width, height):
        FakeWorkbench.resized.append((width, height))

    async def send_bytes(self, data):
        pass

    async def stop(self):
        pass


@pytest.fixture
def workbench(monkeypatch):
    FakeWorkbench.started, FakeWorkbench.resized = [], []
    monkeypatch.setattr(guarded_server, "AppService", FakeWorkbench)
    return FakeWorkbench


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def client_for():
    """A client of a GuardedServer app listening on 127.0.0.1 at a free port."""
    clients = []

    async def make(**options) -> tuple[TestClient, str]:
        port = free_port()
        server = GuardedServer("true", host="127.0.0.1", port=port, title="factcheck review",
                               **options)
        client = TestClient(TestServer(await server._make_app(), host="127.0.0.1",
                                       port=port))
        await client.start_server()
        clients.append(client)
        return client, f"127.0.0.1:{port}"

    yield make
    for client in clients:
        await client.close()


async def test_a_foreign_origin_cannot_open_the_websocket(client_for, workbench):
    client, host = await client_for()
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await client.ws_connect("/ws", headers={"Origin": "https://evil.example"})
    assert refused.value.status == 403
    assert workbench.started == []  # no workbench was started for it


async def test_the_served_page_opens_the_websocket(client_for, workbench):
    client, host = await client_for()
    ws = await client.ws_connect("/ws?width=100&height=30",
                                 headers={"Origin": f"http://{host}"})
    await ws.close()
    assert workbench.started == [(100, 30)]


async def test_an_allowed_origin_opens_the_websocket(client_for, workbench):
    client, _ = await client_for(allow_origins=["https://desk.example.org"])
    ws = await client.ws_connect("/ws", headers={"Origin": "https://desk.example.org"})
    await ws.close()
    assert len(workbench.started) == 1


async def test_a_rebound_host_name_gets_no_page(client_for, workbench):
    client, host = await client_for()
    port = host.rsplit(":", 1)[1]
    foreign = await client.get("/", headers={"Host": f"evil.example:{port}"})
    assert foreign.status == 421
    assert "factcheck review" not in await foreign.text()
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await client.ws_connect("/ws", headers={"Host": f"evil.example:{port}",
                                                "Origin": f"http://evil.example:{port}"})
    assert refused.value.status == 421
    for own in (host, f"localhost:{port}"):
        page = await client.get("/", headers={"Host": own})
        assert page.status == 200 and "factcheck review" in await page.text()


async def test_sessions_are_capped(client_for, workbench):
    client, host = await client_for(max_sessions=1)
    first = await client.ws_connect("/ws", headers={"Origin": f"http://{host}"})
    await asyncio.sleep(0.05)
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await client.ws_connect("/ws", headers={"Origin": f"http://{host}"})
    assert refused.value.status == 503
    await first.close()
    for _ in range(50):  # the first session ends: room again
        try:
            again = await client.ws_connect("/ws", headers={"Origin": f"http://{host}"})
            break
        except aiohttp.WSServerHandshakeError:
            await asyncio.sleep(0.05)
    await again.close()
    assert len(workbench.started) == 2


async def test_a_huge_terminal_is_cut_to_size(client_for, workbench):
    client, host = await client_for()
    ws = await client.ws_connect("/ws?width=20000&height=20000",
                                 headers={"Origin": f"http://{host}"})
    await ws.send_json(["resize", {"width": 99999, "height": -5}])
    await ws.send_str("not json")  # ignored, the session goes on
    await ws.send_json(["resize", {"width": "x", "height": 40}])
    await ws.send_json(["ping", "1"])
    assert (await ws.receive_json(timeout=5)) == ["pong", "1"]
    await ws.close()
    assert workbench.started == [(500, 200)]
    assert workbench.resized == [(500, 1), (80, 40)]
    assert clamp_size("2e9", None) == (80, 24)


async def test_a_token_guards_the_page_and_the_websocket(client_for, workbench):
    client, host = await client_for(token="s3cret-token-for-the-desk")
    assert (await client.get("/")).status == 403
    assert (await client.get("/?token=wrong")).status == 403
    page = await client.get("/?token=s3cret-token-for-the-desk")
    assert page.status == 200
    assert f'"ws://{host}/ws/s3cret-token-for-the-desk"' in await page.text()
    for path in ("/ws", "/ws/wrong"):
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await client.ws_connect(path, headers={"Origin": f"http://{host}"})
        assert refused.value.status == 403
    ws = await client.ws_connect("/ws/s3cret-token-for-the-desk",
                                 headers={"Origin": f"http://{host}"})
    await ws.close()
    assert len(workbench.started) == 1


def test_the_token_must_be_hard_to_guess(db_path):
    from click.testing import CliRunner

    from factcheck.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(db_path), "serve", "--token", "short"])
    assert result.exit_code == 1
    assert result.stderr.startswith("factcheck: error: --token: use at least 16 letters")


async def test_the_real_server_refuses_a_foreign_page(tmp_path):
    """`factcheck serve --token auto` for real: it prints its address with the token; a
    websocket from another site's page and a rebound Host are refused."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "300"}
    server = subprocess.Popen([sys.executable, "-m", "factcheck", "--db",
                               str(tmp_path / "served.db"), "serve", "--port", str(port),
                               "--token", "auto"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        line = ""
        deadline = time.monotonic() + 60
        while "token=" not in line and time.monotonic() < deadline:
            line = server.stdout.readline().decode()
            assert line or server.poll() is None, "the server stopped"
        address = line.strip().split()[-1]
        assert address.startswith(f"http://127.0.0.1:{port}/?token=")
        token = address.split("token=", 1)[1]
        async with aiohttp.ClientSession() as session:
            for _ in range(300):  # it prints the address a moment before it listens
                try:
                    async with session.get(address) as page:
                        assert page.status == 200
                    break
                except aiohttp.ClientConnectorError:
                    await asyncio.sleep(0.1)
            else:
                raise AssertionError("the server never answered")
            async with session.get(f"http://127.0.0.1:{port}/",
                                   headers={"Host": f"rebound.example:{port}"}) as page:
                assert page.status == 421
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(f"ws://127.0.0.1:{port}/ws/{token}",
                                         headers={"Origin": "https://evil.example"})
            assert refused.value.status == 403
    finally:
        server.terminate()
        server.wait(timeout=10)
