"""A fake OpenStack cloud for the benchmarks, fast enough never to be the bottleneck.

One process listens on 127.0.0.1 on five ports: identity, compute, network,
image and a control port. Each connection gets a thread that speaks
HTTP/1.1 with keep-alive; response bodies are rendered to bytes once at
start-up (servers, networks, version documents, the token body), so a
request costs a header parse and a ``sendall``.

* identity: ``GET /``, ``GET /v3``, ``POST /v3/auth/tokens`` (a new token
  each time, with a catalog: compute at ``/v2.1``, network at ``/`` whose
  resources are under ``/v2.0``, image at ``/`` under ``/v2``);
* compute: ``GET /``, ``GET /v2.1``, ``GET /v2.1/servers/detail`` (``limit``,
  ``marker``, ``servers_links`` as Nova makes them), ``GET /v2.1/servers/{id}``;
* network: ``GET /``, ``GET /v2.0``, ``GET /v2.0/networks`` (``networks_links``);
* image: ``GET /``, ``GET /v2/images/{id}``, ``PUT`` and ``GET
  /v2/images/{id}/file``: the upload is read and counted in 1 MiB pieces,
  the download is produced from one 1 MiB block; neither is ever held whole;
* control: ``POST /arm-401?count=K`` (the next K requests that carry a token
  get 401, forcing re-authentication), ``POST /dataset?servers=N`` (how many
  servers the listing shows), ``POST /stream-size?bytes=N``, ``GET /stats``,
  ``POST /quit``.

Run it with ``python -m bench.fakeserver --servers N --networks M``; it
prints one JSON line with its ports once it is ready.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from bench import fakedata

_REASONS = {
    200: b"OK",
    201: b"Created",
    204: b"No Content",
    300: b"Multiple Choices",
    400: b"Bad Request",
    401: b"Unauthorized",
    404: b"Not Found",
    405: b"Method Not Allowed",
}
_BLOCK = 1024 * 1024
_SERVICES = ("identity", "compute", "network", "image", "control")


def response(status: int, body: bytes = b"", headers: tuple[tuple[str, str], ...] = ()) -> bytes:
    """A whole HTTP/1.1 response as bytes."""
    head = [b"HTTP/1.1 %d %s" % (status, _REASONS.get(status, b"Unknown"))]
    if body or status not in (204, 304):
        head.append(b"Content-Length: %d" % len(body))
    if body:
        head.append(b"Content-Type: application/json")
    head.extend(f"{k}: {v}".encode() for k, v in headers)
    return b"\r\n".join(head) + b"\r\n\r\n" + body


class Request:
    __slots__ = ("headers", "method", "path", "query")

    def __init__(self, method: str, path: str, query: str, headers: dict[str, str]) -> None:
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers

    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query))


class FakeCloud:
    """The state behind every port; handlers return response bytes (or stream them)."""

    def __init__(self, n_servers: int, n_networks: int, stream_size: int) -> None:
        self.lock = threading.Lock()
        self.sockets = {
            name: socket.create_server(("127.0.0.1", 0), backlog=256) for name in _SERVICES
        }
        self.ports = {name: s.getsockname()[1] for name, s in self.sockets.items()}
        self.compute_base = f"http://127.0.0.1:{self.ports['compute']}/v2.1"
        self.network_base = f"http://127.0.0.1:{self.ports['network']}/v2.0"
        self.n_servers = n_servers
        self.stream_size = stream_size
        self.fail_401 = 0
        self.stats: dict[str, int] = {
            "requests": 0,
            "auths": 0,
            "unauthorized": 0,
            "uploaded_bytes": 0,
            "downloaded_bytes": 0,
        }
        self.stop = threading.Event()
        started = time.perf_counter()
        self.server_items = [
            fakedata.dumps(fakedata.server(i, self.compute_base)) for i in range(n_servers)
        ]
        self.network_items = [fakedata.dumps(fakedata.network(i)) for i in range(n_networks)]
        self.render_seconds = time.perf_counter() - started
        self.block = memoryview(bytes(range(256)) * (_BLOCK // 256))
        self._render_fixed()

    # ------------------------------------------------------------ rendering

    def _render_fixed(self) -> None:
        p = self.ports
        now = datetime.datetime.now(datetime.timezone.utc)
        issued = now.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        expires = (now + datetime.timedelta(hours=12)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        self.token_body = fakedata.dumps(fakedata.token_body(p, issued, expires))
        self.nova_headers = (
            ("OpenStack-API-Version", f"compute {fakedata.MICROVERSION}"),
            ("X-OpenStack-Nova-API-Version", fakedata.MICROVERSION),
            ("Vary", "OpenStack-API-Version, X-OpenStack-Nova-API-Version"),
            ("x-openstack-request-id", "req-6b1e1c8e-3d5a-4f6b-9c2d-0e1f2a3b4c5d"),
            ("x-compute-request-id", "req-6b1e1c8e-3d5a-4f6b-9c2d-0e1f2a3b4c5d"),
        )
        self.neutron_headers = (
            ("X-Openstack-Request-Id", "req-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
        )
        self.glance_headers = (
            ("X-Openstack-Request-Id", "req-9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"),
        )
        j = fakedata.dumps
        self.fixed: dict[tuple[str, str, str], bytes] = {
            ("identity", "GET", "/"): response(300, j(fakedata.identity_versions(p["identity"]))),
            ("identity", "GET", "/v3"): response(200, j(fakedata.identity_version(p["identity"]))),
            ("compute", "GET", "/"): response(200, j(fakedata.compute_versions(p["compute"]))),
            ("compute", "GET", "/v2.1"): response(
                200, j(fakedata.compute_version(p["compute"])), self.nova_headers
            ),
            ("network", "GET", "/"): response(200, j(fakedata.network_versions(p["network"]))),
            ("network", "GET", "/v2.0"): response(200, j(fakedata.network_version(p["network"]))),
            ("image", "GET", "/"): response(300, j(fakedata.image_versions(p["image"]))),
            ("image", "GET", "/versions"): response(200, j(fakedata.image_versions(p["image"]))),
        }
        self.unauthorized = response(
            401,
            j(
                {
                    "error": {
                        "code": 401,
                        "title": "Unauthorized",
                        "message": "The request you have made requires authentication.",
                    }
                }
            ),
            (("WWW-Authenticate", f"Keystone uri='http://127.0.0.1:{p['identity']}/v3'"),),
        )
        self.server_not_found = response(
            404,
            j({"itemNotFound": {"code": 404, "message": "Instance could not be found."}}),
            self.nova_headers,
        )
        self.not_found = response(
            404, j({"error": {"code": 404, "title": "Not Found", "message": "No such resource"}})
        )

    def _image_body(self) -> bytes:
        return fakedata.dumps(
            fakedata.image(self.ports["image"], fakedata.IMAGE_ID, self.stream_size, "active")
        )

    # -------------------------------------------------------------- routing

    def handle(self, service: str, req: Request, conn: Connection) -> bytes | None:
        """The response for ``req``, or None when the handler sent it itself."""
        path = req.path.rstrip("/") or "/"
        if service == "control":
            return self._control(req, path)
        with self.lock:
            self.stats["requests"] += 1
            if self.fail_401 and "x-auth-token" in req.headers:
                self.fail_401 -= 1
                self.stats["unauthorized"] += 1
                conn.drain_body(req)
                return self.unauthorized
        fixed = self.fixed.get((service, req.method, path))
        if fixed is not None:
            return fixed
        if service == "identity":
            return self._identity(req, path, conn)
        if "x-auth-token" not in req.headers:
            conn.drain_body(req)
            return self.unauthorized
        if service == "compute":
            return self._compute(req, path)
        if service == "network":
            return self._network(req, path)
        if service == "image":
            return self._image(req, path, conn)
        return self.not_found

    def _identity(self, req: Request, path: str, conn: Connection) -> bytes:
        if req.method == "POST" and path == "/v3/auth/tokens":
            body = conn.read_body(req)
            try:
                methods = json.loads(body)["auth"]["identity"]["methods"]
            except (ValueError, KeyError, TypeError):
                return response(400, b'{"error": {"code": 400, "message": "bad auth body"}}')
            if "password" not in methods:
                return response(401, b'{"error": {"code": 401, "message": "password only"}}')
            with self.lock:
                self.stats["auths"] += 1
                n = self.stats["auths"]
            token = f"gAAAAABbench{n:08d}" + "x" * 160
            return response(
                201,
                self.token_body,
                (
                    ("X-Subject-Token", token),
                    ("Vary", "X-Auth-Token"),
                    ("x-openstack-request-id", "req-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                ),
            )
        conn.drain_body(req)
        return self.not_found

    def _compute(self, req: Request, path: str) -> bytes:
        if req.method != "GET":
            return self.not_found
        if path == "/v2.1/servers/detail":
            params = req.params()
            limit = min(int(params.get("limit", 1000)), 1000)
            start = 0
            marker = params.get("marker")
            if marker is not None:
                index = fakedata.server_index(marker)
                if index is None or index >= self.n_servers:
                    return response(
                        400,
                        b'{"badRequest": {"code": 400, "message": "marker not found"}}',
                        self.nova_headers,
                    )
                start = index + 1
            stop = min(start + limit, self.n_servers)
            items = self.server_items[start:stop]
            links = b""
            if len(items) == limit:  # Nova links a next page whenever a page is full
                nxt = (
                    f"{self.compute_base}/servers/detail?limit={limit}"
                    f"&marker={fakedata.server_id(stop - 1)}"
                )
                links = b', "servers_links": [{"href": "%s", "rel": "next"}]' % nxt.encode()
            body = b'{"servers": [' + b", ".join(items) + b"]" + links + b"}"
            return response(200, body, self.nova_headers)
        if path.startswith("/v2.1/servers/"):
            index = fakedata.server_index(path[len("/v2.1/servers/") :])
            if index is None or index >= len(self.server_items):
                return self.server_not_found
            item = self.server_items[index]
            body = b'{"server": ' + item[:-1] + b', "server_groups": []}}'
            return response(200, body, self.nova_headers)
        return self.not_found

    def _network(self, req: Request, path: str) -> bytes:
        if req.method != "GET" or path != "/v2.0/networks":
            return self.not_found
        params = req.params()
        limit = int(params.get("limit", len(self.network_items) or 1))
        start = 0
        marker = params.get("marker")
        if marker is not None:
            index = fakedata.network_index(marker)
            if index is None:
                return response(400, b'{"NeutronError": {"message": "bad marker"}}')
            start = index + 1
        stop = min(start + limit, len(self.network_items))
        items = self.network_items[start:stop]
        links = []
        if items and len(items) == limit:
            links.append(
                f'{{"href": "{self.network_base}/networks?limit={limit}'
                f'&marker={fakedata.network_id(stop - 1)}", "rel": "next"}}'
            )
        if items and start:
            links.append(
                f'{{"href": "{self.network_base}/networks?limit={limit}'
                f'&marker={fakedata.network_id(start)}&page_reverse=True", "rel": "previous"}}'
            )
        body = b'{"networks": [' + b", ".join(items) + b"]"
        if links:
            body += b', "networks_links": [' + ", ".join(links).encode() + b"]"
        return response(200, body + b"}", self.neutron_headers)

    def _image(self, req: Request, path: str, conn: Connection) -> bytes | None:
        prefix = f"/v2/images/{fakedata.IMAGE_ID}"
        if path == prefix and req.method == "GET":
            return response(200, self._image_body(), self.glance_headers)
        if path == prefix + "/file" and req.method == "PUT":
            received = conn.drain_body(req)
            with self.lock:
                self.stats["uploaded_bytes"] = received
            return response(204, b"", self.glance_headers)
        if path == prefix + "/file" and req.method == "GET":
            size = self.stream_size
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
            head += b"Content-Length: %d\r\n" % size
            head += b"".join(f"{k}: {v}\r\n".encode() for k, v in self.glance_headers) + b"\r\n"
            conn.sock.sendall(head)
            left = size
            block = self.block
            while left > 0:
                n = min(left, len(block))
                conn.sock.sendall(block[:n])
                left -= n
            with self.lock:
                self.stats["downloaded_bytes"] = size
            return None
        conn.drain_body(req)
        return self.not_found

    def _control(self, req: Request, path: str) -> bytes | None:
        params = req.params()
        with self.lock:
            if path == "/arm-401":
                self.fail_401 += int(params.get("count", 1))
            elif path == "/dataset":
                self.n_servers = min(int(params["servers"]), len(self.server_items))
            elif path == "/stream-size":
                self.stream_size = int(params["bytes"])
            elif path == "/reset":
                self.fail_401 = 0
                for key in self.stats:
                    self.stats[key] = 0
            elif path == "/quit":
                self.stop.set()
            elif path != "/stats":
                return self.not_found
            cpu = time.process_time()
            body = json.dumps(
                {
                    **self.stats,
                    "cpu_seconds": cpu,
                    "n_servers": self.n_servers,
                    "fail_401": self.fail_401,
                }
            ).encode()
        return response(200, body)

    # -------------------------------------------------------------- serving

    def serve(self) -> None:
        for name, sock in self.sockets.items():
            threading.Thread(target=self._accept, args=(name, sock), daemon=True).start()
        print(
            json.dumps(
                {"ports": self.ports, "pid": os.getpid(), "render_seconds": self.render_seconds}
            ),
            flush=True,
        )
        self.stop.wait()

    def _accept(self, service: str, listener: socket.socket) -> None:
        while not self.stop.is_set():
            try:
                sock, _ = listener.accept()
            except OSError:
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = Connection(sock)
            threading.Thread(target=conn.run, args=(service, self.handle), daemon=True).start()


class Connection:
    """One client connection: parse requests, answer them, keep the connection alive."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.rfile = sock.makefile("rb", buffering=256 * 1024)
        self.sink = bytearray(_BLOCK)
        self.body_read = True

    def run(
        self, service: str, handler: Callable[[str, Request, Connection], bytes | None]
    ) -> None:
        try:
            while True:
                req = self._read_request()
                if req is None:
                    return
                self.body_read = False
                out = handler(service, req, self)
                if not self.body_read:
                    self.drain_body(req)
                if out is not None:
                    self.sock.sendall(out)
                if req.headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, OSError, ValueError):
            return
        finally:
            try:
                self.rfile.close()
                self.sock.close()
            except OSError:
                pass

    def _read_request(self) -> Request | None:
        line = self.rfile.readline(65537)
        while line in (b"\r\n", b"\n"):
            line = self.rfile.readline(65537)
        if not line:
            return None
        method, target, _version = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while True:
            h = self.rfile.readline(65537)
            if h in (b"\r\n", b"\n", b""):
                break
            name, _, value = h.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        path, _, query = target.partition("?")
        return Request(method, path, query, headers)

    def _chunks(self, req: Request) -> Any:
        """Yield the request body in pieces, without keeping them."""
        self.body_read = True
        if req.headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int(self.rfile.readline(1024).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return
                yield from self._exact(size)
                self.rfile.readline(8)
        else:
            yield from self._exact(int(req.headers.get("content-length", "0")))

    def _exact(self, size: int) -> Any:
        view = memoryview(self.sink)
        while size > 0:
            n = self.rfile.readinto(view[: min(size, len(view))])
            if not n:
                raise ConnectionError("the client closed the connection mid-body")
            size -= n
            yield view[:n]

    def read_body(self, req: Request) -> bytes:
        return b"".join(bytes(piece) for piece in self._chunks(req))

    def drain_body(self, req: Request) -> int:
        if self.body_read:
            return 0
        return sum(len(piece) for piece in self._chunks(req))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--servers", type=int, default=10_000)
    parser.add_argument("--networks", type=int, default=2_000)
    parser.add_argument("--stream-size", type=int, default=64 * 1024 * 1024)
    parser.add_argument("--cpu", type=int, default=None, help="pin the process to this CPU")
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    sys.setswitchinterval(0.001)
    FakeCloud(args.servers, args.networks, args.stream_size).serve()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
