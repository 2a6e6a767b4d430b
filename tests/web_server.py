"""A tiny web server on 127.0.0.1 for tests that fetch pages (tests never use the internet).

`serve(routes)` starts it in a thread; a route is a path → Reply (status, headers, body)
or a callable taking the handler for odd behaviour (slow, endless, redirects).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes | str = b""
    status: int = 200
    headers: dict = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})


class _Handler(BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        route = self.routes.get(self.path)
        if route is None:
            route = Reply("<h1>Not found</h1>", 404)
        if callable(route):
            route(self)
            return
        body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output clean
        pass


@contextlib.contextmanager
def serve(routes: dict):
    """Yield the base URL (http://127.0.0.1:PORT) of a server answering `routes`."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def redirect(location: str, status: int = 302):
    def send(handler):
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return send


def endless(chunk: bytes = b"<p>" + b"filler words " * 5000 + b"</p>\n",
            total: int = 50 * 1000 * 1000):
    """A `total`-byte HTML response streamed without Content-Length (never held whole)."""
    def send(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        sent = 0
        try:
            while sent < total:
                handler.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should
    return send


def slow(seconds: float, then: Reply):
    def send(handler):
        import time

        time.sleep(seconds)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            body = then.body.encode() if isinstance(then.body, str) else then.body
            handler.send_response(then.status)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
    return send


def trickle(interval: float = 0.1, total: int = 10_000):
    """An HTML response sent a byte at a time: each read is quick, the page never ends."""
    def send(handler):
        import time

        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(total))
        handler.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            for _ in range(total):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(interval)
    return send
