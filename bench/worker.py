"""One client, one workload, one fresh process: ``python -m bench.worker CLIENT WORKLOAD CONFIG``.

``CLIENT`` is ``typedstack``, ``openstacksdk``, ``requests`` or ``httpclient``;
``CONFIG`` is a JSON object (ports, counts, paths). The last line of
standard output is ``RESULT <json>``. Every workload checks what it got
(ids, counts, bytes, authentications), so a client that silently does less
work fails instead of looking fast.

Client libraries are imported only inside the adapters, after the clock of
the ``connect`` workload has started.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from typing import Any  # noqa: E402

from bench import fakedata  # noqa: E402

MiB = 1024 * 1024
CLIENTS = ("typedstack", "requests", "httpclient", "openstacksdk")


def _auth_kwargs(cfg: dict[str, Any]) -> dict[str, Any]:
    return {
        "auth_url": f"http://127.0.0.1:{cfg['ports']['identity']}/v3",
        "username": "bench",
        "password": "bench-secret",
        "project_name": "bench",
        "user_domain_name": "Default",
        "project_domain_name": "Default",
        "region_name": "RegionOne",
    }


def _auth_body() -> dict[str, Any]:
    return {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": "bench",
                        "domain": {"name": "Default"},
                        "password": "bench-secret",
                    }
                },
            },
            "scope": {"project": {"name": "bench", "domain": {"name": "Default"}}},
        }
    }


def _catalog_url(catalog: list[dict[str, Any]], service_type: str) -> str:
    for service in catalog:
        if service["type"] == service_type:
            for endpoint in service["endpoints"]:
                if endpoint["interface"] == "public":
                    return str(endpoint["url"]).rstrip("/")
    raise LookupError(service_type)


_NOVA_HEADERS = {
    "OpenStack-API-Version": f"compute {fakedata.MICROVERSION}",
    "X-OpenStack-Nova-API-Version": fakedata.MICROVERSION,
}


# --------------------------------------------------------------------- adapters


class TypedstackClient:
    name = "typedstack"

    def __init__(self, cfg: dict[str, Any]) -> None:
        import typedstack
        from typedstack.compute import v2 as compute
        from typedstack.compute.v2 import servers

        self.imported = time.perf_counter()
        self.servers = servers
        self.provider = typedstack.connect(**_auth_kwargs(cfg))
        self.nova = compute.new_client(self.provider, microversion="latest")

    def get_server(self, server_id: str) -> str:
        return self.servers.get(self.nova, server_id).id

    def list_servers(self, limit: int) -> Iterator[str]:
        for server in self.servers.list(self.nova, self.servers.ListOpts(limit=limit)):
            yield server.id

    def list_networks(self, limit: int) -> Iterator[str]:
        from typedstack.network import v2 as network
        from typedstack.network.v2 import networks

        client = network.new_client(self.provider)
        for net in networks.list(client, networks.ListOpts(limit=limit)):
            yield net.id

    def _glance(self) -> Any:
        from typedstack.image import v2 as image

        return image.new_client(self.provider)

    def upload(self, path: str) -> None:
        from typedstack.image.v2 import image_data

        glance = self._glance()
        with open(path, "rb") as handle:
            image_data.upload(glance, fakedata.IMAGE_ID, handle)

    def download(self, path: str) -> None:
        from typedstack.image.v2 import image_data

        image_data.download(self._glance(), fakedata.IMAGE_ID).save(path)


class OpenstackSDKClient:
    name = "openstacksdk"

    def __init__(self, cfg: dict[str, Any]) -> None:
        import logging

        import openstack

        self.imported = time.perf_counter()
        logging.getLogger("openstack").setLevel(logging.ERROR)
        self.conn = openstack.connect(
            load_yaml_config=False, load_envvars=False, **_auth_kwargs(cfg)
        )

    def get_server(self, server_id: str) -> str:
        return str(self.conn.compute.get_server(server_id).id)

    def list_servers(self, limit: int) -> Iterator[str]:
        for server in self.conn.compute.servers(details=True, limit=limit):
            yield server.id

    def list_networks(self, limit: int) -> Iterator[str]:
        for net in self.conn.network.networks(limit=limit):
            yield net.id

    def upload(self, path: str) -> None:
        image = self.conn.image.get_image(fakedata.IMAGE_ID)
        with open(path, "rb") as handle:
            image.upload(self.conn.image, data=handle).raise_for_status()

    def download(self, path: str) -> None:
        self.conn.image.download_image(fakedata.IMAGE_ID, stream=True, output=path, chunk_size=MiB)


class RequestsClient:
    """A bare ``requests.Session`` carrying the token header; JSON into dicts."""

    name = "requests"

    def __init__(self, cfg: dict[str, Any]) -> None:
        import requests

        self.imported = time.perf_counter()
        self.auth_url = _auth_kwargs(cfg)["auth_url"]
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"
        self.lock = threading.Lock()
        self.authenticate()

    def authenticate(self) -> None:
        with self.lock:
            response = self.session.post(self.auth_url + "/auth/tokens", json=_auth_body())
            if response.status_code != 201:
                raise RuntimeError(f"auth failed: {response.status_code}")
            self.session.headers["X-Auth-Token"] = response.headers["X-Subject-Token"]
            catalog = response.json()["token"]["catalog"]
        self.compute = _catalog_url(catalog, "compute")
        self.network = _catalog_url(catalog, "network") + "/v2.0"
        self.image = _catalog_url(catalog, "image") + "/v2"

    def _get(self, url: str, **kwargs: Any) -> Any:
        response = self.session.get(url, **kwargs)
        if response.status_code == 401:
            self.authenticate()
            response = self.session.get(url, **kwargs)
        if response.status_code != 200:
            raise RuntimeError(f"GET {url}: {response.status_code}")
        return response

    def get_server(self, server_id: str) -> str:
        url = f"{self.compute}/servers/{server_id}"
        return str(self._get(url, headers=_NOVA_HEADERS).json()["server"]["id"])

    def _pages(self, url: str, key: str, headers: dict[str, str] | None) -> Iterator[str]:
        next_url: str | None = url
        while next_url:
            page = self._get(next_url, headers=headers).json()
            for item in page[key]:
                yield item["id"]
            next_url = None
            for link in page.get(key + "_links", ()):
                if link.get("rel") == "next":
                    next_url = link["href"]

    def list_servers(self, limit: int) -> Iterator[str]:
        url = f"{self.compute}/servers/detail?limit={limit}"
        return self._pages(url, "servers", _NOVA_HEADERS)

    def list_networks(self, limit: int) -> Iterator[str]:
        return self._pages(f"{self.network}/networks?limit={limit}", "networks", None)

    def upload(self, path: str) -> None:
        url = f"{self.image}/images/{fakedata.IMAGE_ID}/file"
        with open(path, "rb") as handle:
            response = self.session.put(
                url, data=handle, headers={"Content-Type": "application/octet-stream"}
            )
        if response.status_code != 204:
            raise RuntimeError(f"upload: {response.status_code}")

    def download(self, path: str) -> None:
        url = f"{self.image}/images/{fakedata.IMAGE_ID}/file"
        with self.session.get(url, stream=True) as response, open(path, "wb") as out:
            if response.status_code != 200:
                raise RuntimeError(f"download: {response.status_code}")
            for chunk in response.iter_content(MiB):
                out.write(chunk)


class HttpClient:
    """Bare ``http.client``: one keep-alive connection per thread, ``json.loads``."""

    name = "httpclient"

    def __init__(self, cfg: dict[str, Any]) -> None:
        import http.client
        import json

        self.imported = time.perf_counter()
        self.http = http.client
        self.json = json
        self.ports = cfg["ports"]
        self.local = threading.local()
        self.lock = threading.Lock()
        self.token = ""
        self.authenticate()

    def authenticate(self) -> None:
        with self.lock:
            conn = self.http.HTTPConnection("127.0.0.1", self.ports["identity"])
            body = self.json.dumps(_auth_body())
            conn.request("POST", "/v3/auth/tokens", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            data = response.read()
            conn.close()
            if response.status != 201:
                raise RuntimeError(f"auth failed: {response.status}")
            self.token = response.getheader("X-Subject-Token") or ""
            catalog = self.json.loads(data)["token"]["catalog"]
        _check(_catalog_url(catalog, "compute").endswith("/v2.1"), "compute URL")

    def _conn(self, service: str) -> Any:
        conns = getattr(self.local, "conns", None)
        if conns is None:
            conns = self.local.conns = {}
        conn = conns.get(service)
        if conn is None:
            conn = conns[service] = self.http.HTTPConnection("127.0.0.1", self.ports[service])
        return conn

    def _get(self, service: str, path: str, headers: dict[str, str]) -> bytes:
        conn = self._conn(service)
        for _attempt in (1, 2):
            conn.request("GET", path, headers={**headers, "X-Auth-Token": self.token})
            response = conn.getresponse()
            data: bytes = response.read()
            if response.status == 401:
                self.authenticate()
                continue
            if response.status != 200:
                raise RuntimeError(f"GET {path}: {response.status}")
            return data
        raise RuntimeError(f"GET {path}: 401 twice")

    def get_server(self, server_id: str) -> str:
        data = self._get("compute", f"/v2.1/servers/{server_id}", _NOVA_HEADERS)
        return str(self.json.loads(data)["server"]["id"])

    def _pages(self, service: str, path: str, key: str, headers: dict[str, str]) -> Iterator[str]:
        from urllib.parse import urlsplit

        next_path: str | None = path
        while next_path:
            page = self.json.loads(self._get(service, next_path, headers))
            for item in page[key]:
                yield item["id"]
            next_path = None
            for link in page.get(key + "_links", ()):
                if link.get("rel") == "next":
                    parts = urlsplit(link["href"])
                    next_path = parts.path + "?" + parts.query
            del page

    def list_servers(self, limit: int) -> Iterator[str]:
        return self._pages(
            "compute", f"/v2.1/servers/detail?limit={limit}", "servers", _NOVA_HEADERS
        )

    def list_networks(self, limit: int) -> Iterator[str]:
        return self._pages("network", f"/v2.0/networks?limit={limit}", "networks", {})

    def upload(self, path: str) -> None:
        conn = self._conn("image")
        size = os.path.getsize(path)
        with open(path, "rb") as handle:
            conn.request(
                "PUT",
                f"/v2/images/{fakedata.IMAGE_ID}/file",
                body=handle,
                headers={
                    "X-Auth-Token": self.token,
                    "Content-Type": "application/octet-stream",
                    "Content-Length": str(size),
                },
            )
        response = conn.getresponse()
        response.read()
        if response.status != 204:
            raise RuntimeError(f"upload: {response.status}")

    def download(self, path: str) -> None:
        conn = self._conn("image")
        conn.request(
            "GET", f"/v2/images/{fakedata.IMAGE_ID}/file", headers={"X-Auth-Token": self.token}
        )
        response = conn.getresponse()
        if response.status != 200:
            raise RuntimeError(f"download: {response.status}")
        with open(path, "wb") as out:
            while chunk := response.read(MiB):
                out.write(chunk)


ADAPTERS: dict[str, Any] = {
    "typedstack": TypedstackClient,
    "openstacksdk": OpenstackSDKClient,
    "requests": RequestsClient,
    "httpclient": HttpClient,
}


# -------------------------------------------------------------------- helpers


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _control(cfg: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    import http.client
    import json

    conn = http.client.HTTPConnection("127.0.0.1", cfg["ports"]["control"], timeout=10)
    conn.request(method, path)
    response = conn.getresponse()
    data = json.loads(response.read())
    conn.close()
    if not isinstance(data, dict):
        raise RuntimeError(f"control {path}: {data!r}")
    return data


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"check failed: {message}")


# ------------------------------------------------------------------ workloads


def w_connect(client: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """Import + connect + first authenticated call, from the start of this process."""
    target = fakedata.server_id(cfg.get("server_index", 7))
    c = ADAPTERS[client](cfg)
    connected = time.perf_counter()
    got = c.get_server(target)
    done = time.perf_counter()
    _check(got == target, f"got {got}")
    return {
        "import_ms": (c.imported - _STARTED) * 1000,
        "connect_ms": (connected - c.imported) * 1000,
        "first_call_ms": (done - connected) * 1000,
        "total_ms": (done - _STARTED) * 1000,
    }


def w_percall(client: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """``calls`` sequential GETs of one server after a warm-up."""
    target = fakedata.server_id(cfg.get("server_index", 7))
    c = ADAPTERS[client](cfg)
    for _ in range(cfg.get("warmup", 50)):
        c.get_server(target)
    calls = cfg["calls"]
    before = _control(cfg, "GET", "/stats")
    wall, cpu = time.perf_counter(), time.process_time()
    get = c.get_server
    for _ in range(calls):
        got = get(target)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = _control(cfg, "GET", "/stats")
    _check(got == target, f"got {got}")
    served = after["requests"] - before["requests"]
    _check(served == calls, f"{served} requests reached the server for {calls} calls")
    return {
        "wall_us": wall / calls * 1e6,
        "cpu_us": cpu / calls * 1e6,
        "server_cpu_us": (after["cpu_seconds"] - before["cpu_seconds"]) / served * 1e6,
    }


def w_list(client: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """List every server (``n`` of them) in pages of ``limit``; time per item and RSS growth."""
    target = fakedata.server_id(0)
    c = ADAPTERS[client](cfg)
    c.get_server(target)
    n, limit = cfg["n"], cfg["limit"]
    rss0 = _maxrss_mib()
    before = _control(cfg, "GET", "/stats")
    wall, cpu = time.perf_counter(), time.process_time()
    count = 0
    last = ""
    for item_id in c.list_servers(limit):
        count += 1
        last = item_id
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = _control(cfg, "GET", "/stats")
    rss1 = _maxrss_mib()
    _check(count == n, f"listed {count} of {n}")
    _check(last == fakedata.server_id(n - 1), f"last item {last}")
    pages = after["requests"] - before["requests"]
    least = -(-n // limit)  # a client may or may not ask for the empty page after a full one
    _check(least <= pages <= least + 1, f"{pages} page requests for {n} items")
    return {
        "wall_us_per_item": wall / n * 1e6,
        "cpu_us_per_item": cpu / n * 1e6,
        "rss_growth_mib": rss1 - rss0,
        "rss_peak_mib": rss1,
    }


def w_networks(client: str, cfg: dict[str, Any]) -> dict[str, Any]:
    c = ADAPTERS[client](cfg)
    n, limit = cfg["n"], cfg["limit"]
    listing = c.list_networks(limit)
    wall, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in listing)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    _check(count == n, f"listed {count} of {n} networks")
    return {"wall_us_per_item": wall / n * 1e6, "cpu_us_per_item": cpu / n * 1e6}


def w_threads(client: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """``threads`` threads share one client, each making ``calls`` GETs."""
    target = fakedata.server_id(cfg.get("server_index", 7))
    c = ADAPTERS[client](cfg)
    n_threads, calls = cfg["threads"], cfg["calls"]
    barrier = threading.Barrier(n_threads + 1)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            c.get_server(target)  # each thread's connection, outside the clock
            barrier.wait()
            for _ in range(calls):
                if c.get_server(target) != target:
                    raise RuntimeError("wrong server")
        except BaseException as exc:  # reported below
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=run) for _ in range(n_threads)]
    for t in threads:
        t.start()
    barrier.wait()
    wall, cpu = time.perf_counter(), time.process_time()
    for t in threads:
        t.join()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    _check(not errors, f"thread failed: {errors[:1]!r}")
    total = n_threads * calls
    return {"calls_per_s": total / wall, "cpu_us": cpu / total * 1e6}


def w_reauth(client: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """``rounds`` times: a normal call, then one that meets a 401, re-authenticates and retries.

    Each call follows a control request (a stats read, or arming the 401), so
    both kinds start after the same pause and their difference is the
    re-authentication alone.
    """
    target = fakedata.server_id(cfg.get("server_index", 7))
    c = ADAPTERS[client](cfg)
    for _ in range(20):
        c.get_server(target)
    rounds = cfg["rounds"]
    before = _control(cfg, "GET", "/stats")
    normal = reauth = 0.0
    clock = time.perf_counter
    for _ in range(rounds):
        # Both calls follow one control round trip, so both start equally cold.
        _control(cfg, "GET", "/stats")
        t0 = clock()
        c.get_server(target)
        normal += clock() - t0
        _control(cfg, "POST", "/arm-401?count=1")
        t0 = clock()
        got = c.get_server(target)
        reauth += clock() - t0
        _check(got == target, f"got {got}")
    after = _control(cfg, "GET", "/stats")
    auths = after["auths"] - before["auths"]
    refused = after["unauthorized"] - before["unauthorized"]
    _check(refused == rounds, f"{refused} 401s for {rounds} rounds")
    _check(auths == rounds, f"{auths} authentications for {rounds} forced 401s")
    return {
        "normal_us": normal / rounds * 1e6,
        "reauth_us": reauth / rounds * 1e6,
        "extra_us": (reauth - normal) / rounds * 1e6,
    }


def w_stream(client: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """Upload ``source`` (direction up) or download to ``dest`` (down); time and peak RSS."""
    c = ADAPTERS[client](cfg)
    size = cfg["size"]
    rss0 = _maxrss_mib()
    before = _control(cfg, "GET", "/stats")
    wall = time.perf_counter()
    if cfg["direction"] == "up":
        c.upload(cfg["source"])
    else:
        c.download(cfg["dest"])
    wall = time.perf_counter() - wall
    rss1 = _maxrss_mib()
    after = _control(cfg, "GET", "/stats")
    if cfg["direction"] == "up":
        _check(after["uploaded_bytes"] == size, f"server got {after['uploaded_bytes']} bytes")
    else:
        got = os.path.getsize(cfg["dest"])
        os.unlink(cfg["dest"])
        _check(got == size, f"wrote {got} of {size} bytes")
    _check(after["requests"] > before["requests"], "no request reached the server")
    return {
        "seconds": wall,
        "mib_per_s": size / MiB / wall,
        "rss_peak_mib": rss1,
        "rss_growth_mib": rss1 - rss0,
    }


WORKLOADS = {
    "connect": w_connect,
    "percall": w_percall,
    "list": w_list,
    "networks": w_networks,
    "threads": w_threads,
    "reauth": w_reauth,
    "stream": w_stream,
}


def main(argv: list[str]) -> int:
    import json

    client, workload, config = argv
    result = WORKLOADS[workload](client, json.loads(config))
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
