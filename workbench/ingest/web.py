"""Fetching a web page for ingest or the source library.

One GET with httpx: redirects followed (at most ``MAX_REDIRECTS``, only within the
original scheme, and to a loopback or private address only back to the very host and
port asked for), connect/read timeouts plus a deadline for the whole download, a size limit enforced while streaming (a missing or false
Content-Length cannot get past it), and HTML only. Every failure is one
``ReadProblem`` line; nothing is stored for it.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass

import httpx

from workbench.ingest.html import article_from_html
from workbench.ingest.readers import ReadProblem
from workbench.store.articles import ArticleRecord

TIMEOUT_SECONDS = 20.0
MAX_PAGE_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "fact-claim-workbench/0.1 (offline fact-checking; one page per request)"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # after redirects
    text: str


def article_from_url(
    url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_PAGE_BYTES
) -> ArticleRecord | ReadProblem:
    page = fetch_page(url, timeout=timeout, max_bytes=max_bytes)
    if isinstance(page, ReadProblem):
        return page
    return article_from_html(page.text, origin=url, url=page.url)


def fetch_page(
    url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_PAGE_BYTES
) -> FetchedPage | ReadProblem:
    if not url.startswith(("http://", "https://")):
        return ReadProblem(url, "not an http(s) URL")
    deadline = time.monotonic() + 2 * timeout
    try:
        with httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"},
        ) as client:
            original = current = httpx.URL(url)
            for _hop in range(MAX_REDIRECTS + 1):
                with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        target = current.join(response.headers["location"])
                        refused = redirect_problem(original, target)
                        if refused:
                            return ReadProblem(url, refused)
                        current = target
                        continue
                    return _read_page(url, response, max_bytes, deadline, timeout)
            return ReadProblem(url, f"more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException:
        return ReadProblem(url, f"timed out after {timeout:g}s")
    except httpx.TooManyRedirects:
        return ReadProblem(url, f"more than {MAX_REDIRECTS} redirects")
    except (httpx.InvalidURL, httpx.UnsupportedProtocol):
        return ReadProblem(url, "not a valid http(s) URL")
    except httpx.ConnectError as exc:
        return ReadProblem(url, f"cannot connect ({_first_line(exc)})")
    except httpx.HTTPError as exc:
        return ReadProblem(url, f"download failed ({type(exc).__name__}: {_first_line(exc)})")


def _read_page(
    url: str, response: httpx.Response, max_bytes: int, deadline: float, timeout: float
) -> FetchedPage | ReadProblem:
    problem = _response_problem(response, max_bytes)
    if problem:
        return ReadProblem(url, problem)
    raw = bytearray()
    for chunk in response.iter_bytes():
        raw += chunk
        if len(raw) > max_bytes:
            return ReadProblem(url, f"page is larger than {_size(max_bytes)}")
        if time.monotonic() > deadline:
            return ReadProblem(url, f"timed out: download took longer than {2 * timeout:g}s")
    if not _is_html(response.headers.get("content-type"), bytes(raw[:1024])):
        return ReadProblem(url, "not an HTML page (no content type, and it does not look like HTML)")
    return FetchedPage(str(response.url), _decode(bytes(raw), response.charset_encoding))


def redirect_problem(original: httpx.URL, target: httpx.URL) -> str | None:
    """Why a redirect from ``original`` to ``target`` is not followed, or None.

    The scheme may not change (no https -> http downgrade, no file: or ftp:), and a
    loopback, private or link-local address is reached only when it is where the user
    pointed (same host and port): a public page cannot steer the fetch into the
    machine's or the newsroom's own services.
    """
    if target.scheme != original.scheme:
        return f"redirect to {_shown(target)} refused: it changes the scheme ({original.scheme} -> {target.scheme})"
    if _origin(target) != _origin(original) and _is_internal(target.host):
        return f"redirect to {_shown(target)} refused: a loopback or private address other than the one asked for"
    return None


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host.lower(), url.port or {"http": 80, "https": 443}.get(url.scheme)


def _is_internal(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost") or not host:
        return True
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            addresses = [ipaddress.ip_address(info[4][0]) for info in socket.getaddrinfo(host, None)]
        except (OSError, ValueError, UnicodeError):
            return False  # not resolvable: the fetch itself will fail to connect
    return any(a.is_loopback or a.is_private or a.is_link_local or a.is_unspecified or a.is_reserved
               for a in addresses)


def _shown(url: httpx.URL) -> str:
    return str(url)[:200]


def _response_problem(response: httpx.Response, max_bytes: int) -> str | None:
    if not response.is_success:
        # The standard phrase, not the server's own wording ("File not found").
        phrase = httpx.codes.get_reason_phrase(response.status_code) or response.reason_phrase
        return f"HTTP {response.status_code} {phrase}".strip()
    content_type = response.headers.get("content-type")
    if content_type and content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return f"not an HTML page (content type {content_type.split(';')[0].strip()})"
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        return f"page is larger than {_size(max_bytes)} ({_size(int(length))})"
    return None


def _is_html(content_type: str | None, head: bytes) -> bool:
    if content_type:
        return True  # checked against HTML_TYPES before the download
    sniff = head.lstrip().lower()
    return sniff.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in sniff


def _decode(raw: bytes, header_charset: str | None) -> str:
    """Charset from the header, else from a ``<meta>`` tag, else UTF-8, else Windows-1252."""
    candidates = [header_charset]
    meta = _META_CHARSET.search(raw[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii"))
    for encoding in (*filter(None, candidates), "utf-8"):
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
