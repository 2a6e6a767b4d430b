"""Open `factcheck serve` in headless Chromium the way a colleague would, and prove it works:
the page loads and asks for the reviewer's name, the name is typed, the claims list shows,
keys work (j j v records a verdict under that name), with a screenshot at each step.

    .venv/bin/python scripts/serve_screenshot.py [--out /tmp/serve.png] [--name carol]

Starts `factcheck serve` on a free loopback port with a temporary database holding the
fixture article, drives Chromium through the DevTools protocol (--remote-debugging-port;
keys typed with Input.dispatchKeyEvent), checks every screenshot is not blank, checks
the database, and stops everything it started. Needs Debian's chromium
(`apt-get install -y chromium`). Exit 0 when every check passed.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "belarus-prisoner-release.txt"
FACTCHECK = [sys.executable, "-m", "factcheck"]
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--window-size=1280,800",
                  # the page asks Google for a web font: fail at once instead of waiting
                  "--host-resolver-rules=MAP fonts.googleapis.com ~NOTFOUND, "
                  "MAP fonts.gstatic.com ~NOTFOUND"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, timeout: float = 30.0) -> bytes:
    end = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.1)


# --- is a screenshot blank? (PNG decoded with the standard library) -----------------

def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat, width = 8, b"", 0
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytes(width * channels)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, cur = line[0], bytearray(line[1:])
        for i in range(stride):
            a = cur[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                cur[i] = (cur[i] + a) & 255
            elif kind == 2:
                cur[i] = (cur[i] + b) & 255
            elif kind == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(cur))
        prev = cur
    return width, height, [bytes(r[i:i + 3]) for r in rows for i in range(0, stride, channels)]


def not_blank(png: bytes) -> tuple[bool, str]:
    """Enough colours and enough pixels away from the background to be a real screen."""
    width, height, pixels = png_pixels(png)
    sample = pixels[::7]
    counts: dict[bytes, int] = {}
    for p in sample:
        counts[p] = counts.get(p, 0) + 1
    background = max(counts.values())
    busy = 1 - background / len(sample)
    ok = len(counts) >= 8 and busy >= 0.02
    return ok, f"{width}×{height}, {len(counts)} colours, {busy:.0%} off the background"


# --- Chromium through the DevTools protocol ------------------------------------------

class Page:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws, self.next_id = ws, 0

    async def call(self, method: str, **params) -> dict:
        self.next_id += 1
        await self.ws.send_json({"id": self.next_id, "method": method, "params": params})
        while True:
            message = json.loads((await self.ws.receive()).data)
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    async def evaluate(self, expression: str):
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def screenshot(self, path: Path) -> bytes:
        png = base64.b64decode((await self.call("Page.captureScreenshot", format="png"))["data"])
        path.write_bytes(png)
        return png

    async def key(self, key: str) -> None:
        """One key press as a keyboard would send it (xterm.js reads keydown / input)."""
        if key == "Enter":
            down = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"}
        else:
            down = {"key": key, "text": key, "unmodifiedText": key,
                    "windowsVirtualKeyCode": ord(key.upper())}
        await self.call("Input.dispatchKeyEvent", type="keyDown", **down)
        await self.call("Input.dispatchKeyEvent", type="keyUp",
                        **{k: v for k, v in down.items() if k not in ("text", "unmodifiedText")})
        await asyncio.sleep(0.05)

    async def type(self, text: str) -> None:
        for ch in text:
            await self.key(ch)


async def drive(devtools_port: int, url: str, name: str, out: Path) -> list[str]:
    """The browser session; returns what went wrong (nothing: every check passed)."""
    problems: list[str] = []
    version = json.loads(wait_for_http(f"http://127.0.0.1:{devtools_port}/json/version"))
    targets = json.loads(wait_for_http(f"http://127.0.0.1:{devtools_port}/json/list"))
    target = next(t for t in targets if t["type"] == "page")
    print(f"browser: {version['Browser']}")
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            page = Page(ws)
            await page.call("Page.enable")
            await page.call("Page.navigate", url=url)
            for _ in range(150):  # the terminal shows once the app's first bytes arrive
                if await page.evaluate("document.body && document.body.classList.contains("
                                       "'-first-byte')"):
                    break
                await asyncio.sleep(0.1)
            else:
                problems.append("the workbench never drew anything in the page")
            await asyncio.sleep(1.5)
            shots = {}
            shots["name"] = await page.screenshot(out.with_name(out.stem + "-name.png"))
            await page.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
            await page.type(name)
            await page.key("Enter")
            await asyncio.sleep(2.0)
            shots["list"] = await page.screenshot(out)
            await page.type("jj")
            await asyncio.sleep(0.5)
            await page.key("v")
            await asyncio.sleep(1.5)
            shots["verdict"] = await page.screenshot(out.with_name(out.stem + "-keys.png"))
            for step, png in shots.items():
                ok, said = not_blank(png)
                print(f"screenshot {step}: {said}" + ("" if ok else "  BLANK"))
                if not ok:
                    problems.append(f"the {step} screenshot is blank")
            if shots["name"] == shots["list"]:
                problems.append("typing the name changed nothing on screen")
            if shots["list"] == shots["verdict"]:
                problems.append("pressing j j v changed nothing on screen")
            await page.call("Browser.close")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="/tmp/serve.png", help="the claims-list screenshot")
    parser.add_argument("--name", default="carol", help="the reviewer name to type")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium not found: apt-get install -y chromium", file=sys.stderr)
        return 1
    out = Path(args.out)
    work = Path(tempfile.mkdtemp(prefix="factcheck-serve-"))
    db = work / "team.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([*FACTCHECK, "--db", str(db), "--reviewer", "setup", "ingest", str(FIXTURE)],
                   check=True, capture_output=True, env=env, cwd=ROOT)
    port, devtools_port = free_port(), free_port()
    started: list[subprocess.Popen] = []
    try:
        log = open(work / "serve.log", "wb")
        server = subprocess.Popen([*FACTCHECK, "--db", str(db), "serve", "--port", str(port)],
                                  stdout=log, stderr=subprocess.STDOUT, env=env, cwd=work,
                                  start_new_session=True)
        started.append(server)
        page = wait_for_http(f"http://127.0.0.1:{port}/").decode()
        print(f"factcheck serve: http://127.0.0.1:{port}/ ({len(page)} bytes of page)")
        browser = subprocess.Popen([chromium, *CHROMIUM_FLAGS,
                                    f"--user-data-dir={work / 'profile'}",
                                    f"--remote-debugging-port={devtools_port}", "about:blank"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
        started.append(browser)
        problems = asyncio.run(drive(devtools_port, f"http://127.0.0.1:{port}/", args.name, out))
        from factcheck.store.facade import Store

        with Store.open(db) as store:
            mine = [e for e in store.history(reviewer=args.name) if e.action == "verdict"]
        if mine:
            e = mine[-1]
            print(f"database: claim {e.claim_id} {e.before['status']} → {e.after['status']} "
                  f"by {e.reviewer}")
        else:
            problems.append(f"no verdict by {args.name} in the database: keys did not reach it")
    finally:
        for process in reversed(started):  # only what this script started
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
        shutil.rmtree(work, ignore_errors=True)
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    print(f"screenshots: {out.with_name(out.stem + '-name.png')}, {out}, "
          f"{out.with_name(out.stem + '-keys.png')}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
