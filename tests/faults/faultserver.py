"""A small HTTP server on 127.0.0.1 that misbehaves on purpose.

Real Keystone (see ``tests/local_openstack``) cannot be made to reset a
connection half-way through a response, hang forever, trickle bytes, send
broken JSON or a 429: this server can. It speaks just enough HTTP/1.1 for
``requests``, answers each request on its own connection (``Connection:
close``), and records every connection and the raw request line, headers
and body of every request it read.

A test gives it a handler: a function from :class:`Request` to one of

* :class:`Reply` (a normal response),
* :class:`Reset` (close with a TCP reset, optionally after part of a reply),
* :class:`Hang` (keep the connection open and never answer),
* :class:`Trickle` (send a reply a few bytes at a time, slowly).

:class:`FakeKeystone` builds on it: a Keystone v3 token endpoint and a
paged ``/v3/projects`` listing, enough for the generated identity module.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import secrets
import socket
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

# Every token or password a fault server hands out or accepts; the
# fault suite's log check looks for each of them in the captured logs.
ISSUED_SECRETS: set[str] = set()


@dataclass
class Request:
    """One request as the server read it off the wire."""

    request_line: str
    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    host: str  # the address the server listens on

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "application/json"

    def encode(self) -> bytes:
        body = self.body
        if isinstance(body, str):
            body = body.encode()
        elif not isinstance(body, bytes):
            body = json.dumps(body).encode()
        lines = [f"HTTP/1.1 {self.status} {_REASONS.get(self.status, 'Status')}"]
        headers = dict(self.headers)
        if self.content_type is not None and body:
            headers.setdefault("Content-Type", self.content_type)
        headers.setdefault("Content-Length", str(len(body)))
        headers["Connection"] = "close"
        lines += [f"{k}: {v}" for k, v in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@dataclass
class Reset:
    """Close the connection with a TCP RST, after sending ``prefix`` bytes."""

    prefix: bytes = b""


@dataclass
class Hang:
    """Read the request and never answer (until the server stops)."""


@dataclass
class Trickle:
    """Send ``reply`` ``step`` bytes at a time, ``interval`` seconds apart."""

    reply: Reply
    step: int = 1
    interval: float = 0.05


Action = Reply | Reset | Hang | Trickle
Handler = Callable[[Request], Action]

_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    413: "Request Entity Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def not_found(_request: Request) -> Action:
    return Reply(404, {"error": {"code": 404, "title": "Not Found", "message": "no route"}})


class FaultServer:
    """A threaded server on ``host`` (127.0.0.1 by default) and a free port."""

    def __init__(self, handler: Handler = not_found, host: str = "127.0.0.1") -> None:
        self.handler = handler
        self.host = host
        self._listener = socket.create_server((host, 0))
        self.port = self._listener.getsockname()[1]
        self.requests: list[Request] = []
        self.connections = 0  # accepted TCP connections
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._open: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> FaultServer:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        """Stop accepting, drop every open connection, wait for the threads."""
        self._stop.set()
        if self._acceptor.is_alive():
            # Wake the blocked accept(); it sees the stop flag and returns.
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), timeout=1),
            ):
                pass
        self._listener.close()
        if self._acceptor.is_alive():
            self._acceptor.join(5)
        with self._lock:
            conns = list(self._open)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)  # wakes a blocked recv()
            _hard_close(conn)
        for thread in list(self._threads):
            thread.join(5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def requests_to(self, path_prefix: str, method: str | None = None) -> list[Request]:
        with self._lock:
            return [
                r
                for r in self.requests
                if r.path.startswith(path_prefix) and (method is None or r.method == method)
            ]

    # ------------------------------------------------------------ internals

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _addr = self._listener.accept()
            except OSError:
                return
            if self._stop.is_set():
                _hard_close(conn)
                return
            with self._lock:
                self.connections += 1
                self._open.add(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            request = self._read_request(conn)
            if request is not None:
                with self._lock:
                    self.requests.append(request)
                self._act(conn, self.handler(request))
        except OSError:
            pass  # the client went away: nothing to answer
        finally:
            with self._lock:
                self._open.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()

    def _read_request(self, conn: socket.socket) -> Request | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            rest += chunk
        return Request(lines[0], method, target, headers, rest[:length], self.host)

    def _act(self, conn: socket.socket, action: Action) -> None:
        if isinstance(action, Reply):
            conn.sendall(action.encode())
            conn.shutdown(socket.SHUT_WR)
            _drain(conn)
        elif isinstance(action, Reset):
            if action.prefix:
                conn.sendall(action.prefix)
            _hard_close(conn)
        elif isinstance(action, Hang):
            self._stop.wait()
        elif isinstance(action, Trickle):
            data = action.reply.encode()
            for i in range(0, len(data), action.step):
                if self._stop.wait(action.interval):
                    return
                conn.sendall(data[i : i + action.step])
            conn.shutdown(socket.SHUT_WR)
            _drain(conn)


def _drain(conn: socket.socket) -> None:
    """Wait (briefly) for the client to close its side, so no RST is sent."""
    conn.settimeout(1)
    with contextlib.suppress(OSError):
        while conn.recv(65536):
            pass


def _hard_close(conn: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        conn.close()


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def keystone_error(status: int, title: str, message: str) -> Reply:
    return Reply(status, {"error": {"code": status, "title": title, "message": message}})


def _iso(when: datetime.datetime) -> str:
    return when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class FakeKeystone:
    """Keystone v3 as far as the fault tests need it, on a :class:`FaultServer`.

    * ``POST /v3/auth/tokens``: checks the password, issues a new random
      token (valid for ``lifetimes.pop(0)`` seconds, else an hour) whose
      catalog lists this server as the identity endpoint; answers with
      ``auth_reply`` instead when that is set;
    * any other request needs a valid ``X-Auth-Token`` (else 401), then goes
      to ``routes[(method, path)]``, or to :meth:`projects_page` for
      ``GET /v3/projects``.
    """

    def __init__(self, password: str, *, projects: Iterable[str] = (), page_size: int = 3) -> None:
        self.password = password
        ISSUED_SECRETS.add(password)
        self.server = FaultServer(self.handle)
        self.lock = threading.Lock()
        self.tokens: list[str] = []
        self.valid: set[str] = set()
        self.lifetimes: list[float] = []
        self.auth_reply: Action | None = None
        self.routes: dict[tuple[str, str], Handler] = {}
        self.projects = list(projects)
        self.page_size = page_size

    @property
    def auth_url(self) -> str:
        return self.server.url + "/v3"

    @property
    def auth_requests(self) -> list[Request]:
        return self.server.requests_to("/v3/auth/tokens", "POST")

    def revoke_all(self) -> None:
        with self.lock:
            self.valid.clear()

    def __enter__(self) -> FakeKeystone:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    def handle(self, request: Request) -> Action:
        if request.method == "POST" and request.path == "/v3/auth/tokens":
            return self.issue(request)
        token = request.headers.get("x-auth-token")
        with self.lock:
            authorized = token in self.valid
        if not authorized:
            return keystone_error(
                401, "Unauthorized", "The request you have made requires authentication."
            )
        route = self.routes.get((request.method, request.path))
        if route is not None:
            return route(request)
        if request.method == "GET" and request.path == "/v3/projects":
            return self.projects_page(request)
        return not_found(request)

    def issue(self, request: Request) -> Action:
        if self.auth_reply is not None:
            return self.auth_reply
        body = request.json()
        user = body["auth"]["identity"]["password"]["user"]
        if user.get("password") != self.password:
            return keystone_error(
                401, "Unauthorized", "The request you have made requires authentication."
            )
        token = "gAAAAA" + secrets.token_urlsafe(24)
        ISSUED_SECRETS.add(token)
        with self.lock:
            lifetime = self.lifetimes.pop(0) if self.lifetimes else 3600.0
            self.tokens.append(token)
            self.valid.add(token)
        now = datetime.datetime.now(datetime.timezone.utc)
        catalog = [
            {
                "type": "identity",
                "name": "keystone",
                "id": "svc-identity",
                "endpoints": [
                    {
                        "id": "ep-public",
                        "interface": "public",
                        "region_id": "RegionOne",
                        "region": "RegionOne",
                        "url": self.server.url + "/v3",
                    }
                ],
            }
        ]
        reply = {
            "token": {
                "methods": ["password"],
                "expires_at": _iso(now + datetime.timedelta(seconds=lifetime)),
                "issued_at": _iso(now),
                "user": {"id": "u-demo", "name": "demo", "domain": {"id": "default"}},
                "project": {"id": "p-demo", "name": "demo", "domain": {"id": "default"}},
                "roles": [{"id": "r-member", "name": "member"}],
                "catalog": catalog,
            }
        }
        return Reply(201, reply, headers={"X-Subject-Token": token})

    def projects_page(self, request: Request) -> Action:
        """Keystone-style paging: ``?marker=<id>``, ``links.next`` until the last page."""
        marker = ""
        for pair in request.query.split("&"):
            if pair.startswith("marker="):
                marker = pair[len("marker=") :]
        start = self.projects.index(marker) + 1 if marker else 0
        page = self.projects[start : start + self.page_size]
        number = start // self.page_size
        more = start + self.page_size < len(self.projects)
        next_link = f"{self.server.url}/v3/projects?marker={page[-1]}" if more else None
        return Reply(
            200,
            {
                "projects": [{"id": p, "name": f"name-{p}", "domain_id": "default"} for p in page],
                "links": {"self": self.server.url + request.target, "next": next_link},
            },
            headers={"X-Openstack-Request-Id": f"req-page-{number}"},
        )
