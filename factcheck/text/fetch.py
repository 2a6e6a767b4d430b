"""Fetching one web page over HTTP(S) with the standard library, defensively.

Every way a fetch can go wrong becomes an ArticleError naming the URL with one line: DNS
failure, refused connection, timeout (per read and for the whole page), HTTP 4xx/5xx,
redirect loops, a body that is not HTML, a body over the size cap (checked while it
streams in, so a 50 MB response never sits in memory).
"""

from __future__ import annotations

import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from factcheck import __version__
from factcheck.errors import ArticleError, InvalidInputError
from factcheck.text.files import MAX_ARTICLE_BYTES, decode_page, too_big

DEFAULT_TIMEOUT_S = 20.0
MAX_REDIRECTS = 10
CHUNK_BYTES = 64 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = f"factcheck/{__version__} (+https://github.com/factcheck; fact-check workbench)"
REDIRECT_CODES = (301, 302, 303, 307, 308)
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.I)
_LOOKS_HTML = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.I | re.S)


@dataclass(frozen=True)
class FetchedPage:
    """A page as received: the URL asked for, where it ended after redirects, its HTML."""

    requested_url: str
    final_url: str
    html: str


def is_url(value: str) -> bool:
    """Does a command-line argument name a web address rather than a file? (Any scheme:
    ftp://… is refused as a URL, not looked for as a file.)"""
    return bool(_SCHEME.match(str(value)))


def check_url(url: str) -> str:
    """`url` stripped, or InvalidInputError (naming it) unless it is http(s) with a host."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. a malformed IPv6 host
        host = None
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https"):
        raise InvalidInputError("only http:// and https:// web pages can be fetched", url)
    if not host:
        raise InvalidInputError("the URL has no host name", url)
    return url


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by `fetch` itself, to detect loops and name them."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT_S,
          max_bytes: int = MAX_ARTICLE_BYTES) -> FetchedPage:
    """GET an HTML page, following redirects; ArticleError (naming `url`) on any failure."""
    requested = check_url(url)
    deadline = time.monotonic() + timeout
    seen = [requested]
    current = requested
    while True:
        status, headers, body = _get(current, requested, deadline, timeout, max_bytes)
        if status not in REDIRECT_CODES:
            break
        location = headers.get("Location")
        if not location:
            raise ArticleError(f"HTTP {status} redirect without a Location", requested)
        current = urljoin(current, location.strip())
        if urlsplit(current).scheme.lower() not in ("http", "https"):
            raise ArticleError(f"redirected to {current!r}, which is not http(s)", requested)
        if current in seen:
            raise ArticleError(f"redirect loop ({len(seen)} redirects, back to {current})",
                               requested)
        if len(seen) > MAX_REDIRECTS:
            raise ArticleError(f"more than {MAX_REDIRECTS} redirects", requested)
        seen.append(current)
    if status >= 400:
        raise ArticleError(f"HTTP {status} {_reason(status)}", requested)
    html = _decode_html(body, headers, requested)
    return FetchedPage(requested_url=requested, final_url=current, html=html)


def _get(url: str, requested: str, deadline: float, timeout: float, max_bytes: int):
    """(status, headers, body or b"" for redirects/errors) of one request."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/xhtml+xml"})
    remaining = max(0.1, deadline - time.monotonic())
    try:
        response = _OPENER.open(request, timeout=remaining)
    except urllib.error.HTTPError as e:  # 4xx/5xx and redirects (not followed here)
        with e:
            return e.code, e.headers, b""
    except urllib.error.URLError as e:
        raise ArticleError(_network_problem(e.reason, url, timeout), requested) from None
    except (TimeoutError, socket.timeout):
        raise ArticleError(f"timed out after {timeout:g} s", requested) from None
    except (OSError, ValueError) as e:  # ssl errors, bad ports, reset connections…
        raise ArticleError(f"cannot fetch: {e}", requested) from None
    with response:
        _check_type(response.headers, requested)
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise ArticleError(f"page is {too_big(int(length), max_bytes)}", requested)
        chunks: list[bytes] = []
        size = 0
        try:
            # read1: whatever has arrived (up to a chunk), so a server trickling bytes
            # still meets the deadline check between reads
            while chunk := response.read1(CHUNK_BYTES):
                size += len(chunk)
                if size > max_bytes:
                    raise ArticleError(f"page is over the {max_bytes / 1_000_000:g} MB limit "
                                       "for one article (raise it with --max-bytes)", requested)
                if time.monotonic() > deadline:
                    raise ArticleError(f"timed out after {timeout:g} s", requested)
                chunks.append(chunk)
        except (TimeoutError, socket.timeout):
            raise ArticleError(f"timed out after {timeout:g} s", requested) from None
        except OSError as e:
            raise ArticleError(f"connection broke while reading: {e}", requested) from None
        return response.status, response.headers, b"".join(chunks)


def _check_type(headers, where: str) -> None:
    content_type = (headers.get_content_type() if headers.get("Content-Type") else "")
    if content_type and content_type not in HTML_TYPES:
        raise ArticleError(f"not an HTML page (Content-Type: {content_type})", where)


def _decode_html(body: bytes, headers, where: str) -> str:
    if not body.strip():
        raise ArticleError("the page is empty", where)
    if not headers.get("Content-Type") and not _LOOKS_HTML.match(body[:4096]):
        raise ArticleError("not an HTML page (no Content-Type and no HTML tags)", where)
    return decode_page(body, where, headers.get_content_charset())


def _network_problem(reason, url: str, timeout: float) -> str:
    host = urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return f"cannot find the host {host} (DNS lookup failed)"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({reason.reason or reason})"
    return f"cannot connect to {host} ({getattr(reason, 'strerror', None) or reason})"


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"
