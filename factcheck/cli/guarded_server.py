"""textual-serve with the checks a server on 127.0.0.1 needs against web pages.

Any page the user visits may try to open `ws://127.0.0.1:8000/ws` (a websocket is not
bound by the same-origin policy) and review under any name; a page whose name resolves
to 127.0.0.1 (DNS rebinding) may fetch the workbench as its own. So: a request whose
Host header is not one this server answers to is refused (421); a websocket whose Origin
is not the served page's own (or one allowed with --allow-origin) is refused (403); at
most `max_sessions` workbenches run at once (503); a client asks for at most
MAX_COLUMNS × MAX_ROWS cells; and with a token the page and the websocket need it.

Imported by `factcheck serve` only: it pulls in aiohttp and textual-serve.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import socket
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

log = logging.getLogger("factcheck-serve")

MAX_COLUMNS = 500
MAX_ROWS = 200
WILDCARD_HOSTS = ("0.0.0.0", "::", "")
LOOPBACK_NAMES = ("localhost", "ip6-localhost")


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def clamp_size(width, height) -> tuple[int, int]:
    """The terminal size a client asked for, within 1..MAX_COLUMNS × 1..MAX_ROWS (a
    20000 × 20000 screen took one workbench to 1.4 GB)."""
    return (min(max(_int(width, 80), 1), MAX_COLUMNS),
            min(max(_int(height, 24), 1), MAX_ROWS))


def host_name(host_header: str | None) -> str:
    """"127.0.0.1:8000" → "127.0.0.1", "[::1]:8000" → "::1", lower case."""
    host = (host_header or "").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def origin_of(url: str) -> str | None:
    """scheme://host[:port] of an address, lower case; None when it has no host."""
    try:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        port = parts.port
    except ValueError:
        return None
    default = {"http": 80, "https": 443}[parts.scheme]
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class GuardedServer(Server):
    """textual-serve's Server with Host, Origin, session, size and token checks."""

    def __init__(self, command: str, host: str, port: int, title: str,
                 public_url: str | None = None, allow_origins=(), max_sessions: int = 8,
                 token: str | None = None, loopback: bool = True):
        super().__init__(command, host=host, port=port, title=title, public_url=public_url)
        self.max_sessions = max_sessions
        self.token = token
        self.sessions = 0
        self.allowed_origins = {o for o in map(origin_of, [self.public_url, *allow_origins])
                                if o}
        names = {host_name(urlsplit(o).netloc) for o in self.allowed_origins}
        names.add(host.lower())
        if host.lower() in WILDCARD_HOSTS or loopback:
            names.update(LOOPBACK_NAMES)
        if host.lower() in WILDCARD_HOSTS:
            names.update({socket.gethostname().lower(), socket.getfqdn().lower()})
        self.allowed_hosts = names

    # --- checks -------------------------------------------------------------------

    def host_allowed(self, request: web.Request) -> bool:
        """DNS rebinding needs a name of the attacker's: an address literal is fine."""
        name = host_name(request.headers.get("Host"))
        return bool(name) and (name in self.allowed_hosts or _is_ip(name))

    def origin_allowed(self, request: web.Request) -> bool:
        """A browser always sends Origin with a websocket: it must be this page's own
        (the Host it asked for) or an allowed one. No Origin: not a browser."""
        origin = request.headers.get("Origin")
        if origin is None:
            return True
        own = {f"{scheme}://{request.headers.get('Host', '').lower()}"
               for scheme in ("http", "https")}
        given = origin_of(origin)
        return given is not None and (given in self.allowed_origins or given in own)

    def token_given(self, value: str | None) -> bool:
        if self.token is None:
            return True
        return value is not None and hmac.compare_digest(value.encode(), self.token.encode())

    @web.middleware
    async def guard(self, request: web.Request, handler):
        if not self.host_allowed(request):
            return web.Response(status=421, text="factcheck serve: unknown Host header\n")
        if request.path == "/" and not self.token_given(request.query.get("token")):
            return web.Response(status=403, text="factcheck serve: open the address with "
                                                 "the token that `factcheck serve` printed\n")
        return await handler(request)

    # --- textual-serve's app, page and websocket, with the checks ---------------------

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.guard)
        app.router.add_get("/ws/{token}", self.handle_websocket, name="websocket_token")
        return app

    def served_url(self) -> str:
        return self.public_url + (f"/?token={self.token}" if self.token else "/")

    async def on_startup(self, app: web.Application) -> None:
        self.console.print(f"Serving the factcheck workbench on {self.served_url()}",
                           markup=False, highlight=False)
        self.console.print("Press Ctrl+C to quit", markup=False, highlight=False)

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        response = await super().handle_index(request)
        if self.token and isinstance(response, web.Response) and response.text:
            ws = self.public_url.replace("http", "ws", 1) + "/ws"
            response.text = response.text.replace(f'"{ws}"', f'"{ws}/{self.token}"')
        return response

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        if not self.origin_allowed(request):
            log.warning("refused a websocket from %s", request.headers.get("Origin"))
            return web.Response(status=403, text="factcheck serve: this page's origin may "
                                                 "not use the workbench\n")
        if not self.token_given(request.match_info.get("token")):
            return web.Response(status=403, text="factcheck serve: token required\n")
        if self.sessions >= self.max_sessions:
            return web.Response(status=503, text=f"factcheck serve: {self.max_sessions} "
                                                 "sessions are open, the most allowed\n")
        self.sessions += 1
        try:
            return await self._session(request)
        finally:
            self.sessions -= 1

    async def _session(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's handle_websocket, with the size clamped."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width, height = clamp_size(request.query.get("width"), request.query.get("height"))
        app_service: AppService | None = None
        try:
            await websocket.prepare(request)
            app_service = AppService(self.command, write_bytes=websocket.send_bytes,
                                     write_str=websocket.send_str, close=websocket.close,
                                     download_manager=self.download_manager, debug=self.debug)
            await app_service.start(width, height)
            await self._process_messages(websocket, app_service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one browser's trouble must not stop the server
            log.exception(error)
        finally:
            if app_service is not None:
                await app_service.stop()
        return websocket

    async def _process_messages(self, websocket: web.WebSocketResponse,
                                app_service: AppService) -> None:
        """Messages from the browser; a malformed one is ignored, a resize clamped."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = message.json()
            except ValueError:
                continue
            if not isinstance(envelope, list) or not envelope:
                continue
            kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await app_service.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                await app_service.set_terminal_size(*clamp_size(data.get("width"),
                                                                data.get("height")))
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()
