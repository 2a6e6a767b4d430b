"""`factcheck serve`: the review workbench in a browser, through textual-serve.

Each browser session runs its own `factcheck review --ask-reviewer` process on the same
database, which first asks who is reviewing. Put on the main `factcheck` group by
factcheck/cli/__init__.py.
"""

from __future__ import annotations

import os
import sys

import click

from factcheck.cli.base import common_options, db_path, open_store
from factcheck.errors import InvalidInputError

LOOPBACK_NAMES = ("localhost", "ip6-localhost")
DEFAULT_SESSIONS = 8
MIN_TOKEN = 16
TOKEN_BYTES = 24
TOKEN_CHARACTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def is_loopback(host: str) -> bool:
    import ipaddress  # here, not at the top: every factcheck command imports this module

    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_port(host: str, port: int) -> None:
    """InvalidInputError when nothing could listen on host:port (in use, or no such address)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise InvalidInputError(f"--host: cannot use {host!r} ({e.strerror})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will
        try:
            probe.bind(address)
        except OSError as e:
            if e.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
                raise InvalidInputError(f"port {port} on {host} is in use "
                                        "(pick another with --port)") from None
            raise InvalidInputError(f"cannot listen on {host}:{port} "
                                    f"({e.strerror or e})") from None


def served_command(db: str) -> str:
    """The shell command each browser session runs."""
    import shlex

    return shlex.join([sys.executable, "-m", "factcheck", "--db", db, "review",
                       "--ask-reviewer"])


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this machine's loopback lets others "
                   "in: put a proxy with TLS and logins in front.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--public-url", metavar="URL",
              help="The address browsers use when a reverse proxy sits in front, e.g. "
                   "https://desk.example.org/factcheck (default: http://HOST:PORT).")
@click.option("--allow-origin", "allow_origins", metavar="URL", multiple=True,
              help="Another page origin whose websockets are accepted (repeatable); "
                   "by default only the served page's own.")
@click.option("--max-sessions", type=click.IntRange(1, 1000), default=DEFAULT_SESSIONS,
              show_default=True, help="Workbenches that may run at once.")
@click.option("--token", metavar="SECRET", envvar="FACTCHECK_SERVE_TOKEN",
              help="A shared secret the page and its websocket need, put in the address "
                   "this prints; 'auto' makes one (env FACTCHECK_SERVE_TOKEN).")
@common_options
def serve_cmd(host, port, public_url, allow_origins, max_sessions, token):
    """Serve the review workbench to browsers (textual-serve).

    Every browser session asks for the reviewer's name first, then works on the same
    database as everyone else: their name goes on every verdict, source and note.
    Listens on 127.0.0.1 unless told otherwise; to share it with a team, run it
    behind your own reverse proxy (TLS and logins there) and pass --public-url.

    Other web pages cannot use it: requests for another Host name are refused (DNS
    rebinding), and so are websockets from another page's origin (--allow-origin adds
    one). A client's terminal is capped at 500 x 200 cells. With --token, the page and
    its websocket also need the secret in the printed address.

    \b
    Example:
        factcheck serve --db team.db                   # http://127.0.0.1:8000
        factcheck serve --db team.db --token auto      # http://127.0.0.1:8000/?token=…
        factcheck serve --db team.db --port 8080 --public-url https://desk.example.org/fc
    """
    from factcheck.cli.guarded_server import GuardedServer, origin_of

    if public_url is not None:
        public_url = public_url.strip().rstrip("/")
        if not public_url.startswith(("http://", "https://")):
            raise InvalidInputError(f"--public-url: {public_url!r} must start with http:// "
                                    "or https://")
    for origin in allow_origins:
        if origin_of(origin) is None:
            raise InvalidInputError(f"--allow-origin: {origin!r} is not an origin like "
                                    "https://desk.example.org")
    token = check_token(token)
    db = os.path.abspath(db_path())
    with open_store(create=True):
        pass  # a database that cannot be opened is one line now, not in every browser
    check_port(host, port)
    if not is_loopback(host) and token is None:
        click.echo(f"factcheck: warning: listening on {host}:{port}: anyone who can reach it "
                   "can review under any name; put a proxy with TLS and logins in front",
                   err=True)
    GuardedServer(served_command(db), host=host, port=port, title="factcheck review",
                  public_url=public_url, allow_origins=allow_origins,
                  max_sessions=max_sessions, token=token, loopback=is_loopback(host)).serve()


def check_token(token: str | None) -> str | None:
    """The shared secret: 'auto' makes one; a given one must be URL-safe and long enough
    not to be guessed."""
    if token is None:
        return None
    if token == "auto":
        import secrets

        return secrets.token_urlsafe(TOKEN_BYTES)
    if len(token) < MIN_TOKEN or not set(token) <= TOKEN_CHARACTERS:
        raise InvalidInputError(f"--token: use at least {MIN_TOKEN} letters, digits, '-' or "
                                "'_' (or --token auto)")
    return token
