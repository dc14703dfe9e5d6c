"""What keeps the web app to its user: where it may listen, who may ask, what a page may load, how much a
request may send, and that a form is sent from the app's own pages.

- It listens on the loopback address unless given a token (`check_bind`).
- With a token, every request must carry it (`Authorization: Bearer T`, or the cookie the page
  `/?token=T` sets), so a server reachable from other machines answers only its user.
- Only the host names it was started for are answered (a page elsewhere that points a name at
  127.0.0.1, "DNS rebinding", gets 421).
- Every response forbids inline script and style, frames, and loading anything from elsewhere (CSP).
- A request body is cut off past `max_body` bytes with 413.
- A form or API write is refused unless sent from the app's own pages (`same_origin`); the form also
  carries a token only the app's pages know (`newsweave.web.app`).
"""

from __future__ import annotations

import hmac
import json
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode, urlsplit

from newsweave.model import NewsweaveError

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
COOKIE = "newsweave_token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
           (b"x-frame-options", b"DENY"), (b"cross-origin-opener-policy", b"same-origin")]


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token.

    >>> check_bind("127.0.0.1", None)
    >>> check_bind("0.0.0.0", None)
    Traceback (most recent call last):
    ...
    newsweave.model.NewsweaveError: --host 0.0.0.0: would let other machines read and change the store without a password (add --token SECRET, and open http://HOST:PORT/?token=SECRET once; or keep the default --host 127.0.0.1)
    """
    if host not in LOOPBACK and not token:
        raise NewsweaveError(f"--host {host}", "would let other machines read and change the store without a password",
                             "add --token SECRET, and open http://HOST:PORT/?token=SECRET once; or keep the default --host 127.0.0.1")


def same_origin(headers: dict[str, str]) -> bool:
    """A write comes from the app's own pages: its Origin (or, without one, its Referer) is this host,
    and the browser does not call it cross-site.

    >>> same_origin({"host": "127.0.0.1:8000", "origin": "http://127.0.0.1:8000"}), same_origin({"host": "127.0.0.1:8000", "origin": "http://evil.example"})
    (True, False)
    """
    if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    sent = headers.get("origin") or headers.get("referer")
    if not sent or sent == "null":
        return "origin" not in headers  # a client that is no browser (curl, a script) sends neither
    return urlsplit(sent).netloc == headers.get("host")


class Guard:
    """The ASGI middleware that applies the rules above to every request."""

    def __init__(self, app, token: str | None = None, hosts: set[str] | None = None, max_body: int = 25_000_000):
        self.app = app
        self.token = token
        self.hosts = hosts  # None: any (a server with a token)
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if self.hosts is not None and _hostname(host) not in self.hosts:
            return await _plain(send, 421, f"This newsweave server does not answer for the host {host!r}.")
        if self.token and not scope["path"].startswith("/static/"):
            given = _token(scope, headers)
            if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
                return await _plain(send, 401, "This newsweave server needs its token: open the address it printed when it started "
                                               "(http://HOST:PORT/?token=...), or send Authorization: Bearer TOKEN.")
            query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
            if any(k == "token" for k, _ in query):
                # the token leaves the address (and the history) for a cookie only this site reads
                rest = urlencode([(k, v) for k, v in query if k != "token"])
                where = "/" + scope["path"].lstrip("/") + (f"?{rest}" if rest else "")  # never "//host": another site
                cookie = f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/"
                return await _plain(send, 303, "See the page without the token in its address.",
                                    [(b"location", where.encode("latin-1")), (b"set-cookie", cookie.encode("latin-1"))])
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            return await _plain(send, 413, _too_large(self.max_body), json_body=scope["path"].startswith("/api/"))
        received = 0
        started = False

        async def counted():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge()
            return message

        async def secured(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        try:
            await self.app(scope, counted, secured)
        except BodyTooLarge:
            if not started:
                await _plain(send, 413, _too_large(self.max_body), json_body=scope["path"].startswith("/api/"))


class BodyTooLarge(Exception):
    pass


def _too_large(limit: int) -> str:
    return f"The request is larger than {limit // 1_000_000} MB: send fewer or smaller files at a time (or ingest them with `newsweave ingest`)."


def _hostname(host: str) -> str:
    if host.startswith("["):
        return host[1:].split("]")[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _token(scope, headers: dict[str, str]) -> str | None:
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    if "cookie" in headers:
        jar = SimpleCookie()
        try:
            jar.load(headers["cookie"])
        except Exception:
            return None
        if COOKIE in jar:
            return jar[COOKIE].value
    for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1")):
        if k == "token":
            return v
    return None


async def _plain(send, status: int, text: str, extra=(), json_body: bool = False) -> None:
    body = json.dumps({"detail": text}).encode() if json_body else text.encode()
    kind = b"application/json" if json_body else b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()), *extra, *HEADERS]})
    await send({"type": "http.response.body", "body": body})
