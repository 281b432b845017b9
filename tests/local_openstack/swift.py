"""A real Swift 2.38 (object storage API v1) on 127.0.0.1.

Swift is not a WSGI app for gunicorn: each of its servers is its own
eventlet WSGI server. This runs the proxy (the public API, keystone auth)
and one account, one container and one object server, each a single process
(``workers = 0``) on a free port, with one-replica rings of one device: a
plain directory ``state_dir/swift/node/d1`` (``mount_check = false``).
"""

from __future__ import annotations

import concurrent.futures
import os
import pwd
import secrets
import time
import urllib.error
from pathlib import Path

from .keystone import (
    HOST,
    START_TIMEOUT,
    GunicornService,
    LocalKeystone,
    authtoken_section,
    free_port,
    http,
    tail,
)

#: the storage servers, started beside the proxy (in this order)
STORAGE_SERVERS = ("account", "container", "object")

#: seconds swift keeps retrying to bind a taken port (its default is 30);
#: failing fast lets ``start()`` retry with new ports
BIND_TIMEOUT = 2

#: builds the three rings in one interpreter (``swift-ring-builder`` would
#: cost one interpreter start per command, nine in all). argv: the swift
#: dir, then ``name=port`` per ring. 2^6 partitions (one device needs few),
#: 1 replica, min_part_hours 1.
_BUILD_RINGS = """\
import sys
from pathlib import Path
from swift.common.ring import RingBuilder

swift_dir = Path(sys.argv[1])
for arg in sys.argv[2:]:
    name, port = arg.split("=")
    builder = RingBuilder(6, 1, 1)
    builder.add_dev(
        {"region": 1, "zone": 1, "ip": "127.0.0.1", "port": int(port),
         "device": "d1", "weight": 100.0, "meta": ""}
    )
    builder.rebalance()
    builder.save(str(swift_dir / f"{name}.builder"))
    builder.get_ring().save(str(swift_dir / f"{name}.ring.gz"))
"""

#: Swift < 2.38 (2025.1 and older) checks ``/etc/swift/swift.conf`` when a
#: server starts, before it reads ``swift_dir``; each server runs through this
#: shim, which points Swift at the state directory's file first (argv: the
#: server script, then its own arguments)
_CONF_SHIM = """\
import os
import runpy
import sys

import swift.common.utils

swift.common.utils.SWIFT_CONF_FILE = os.environ["TYPEDSTACK_SWIFT_CONF"]
script = sys.argv.pop(1)
sys.argv[0] = script
runpy.run_path(script, run_name="__main__")
"""

#: the proxy's pipeline: the usual middleware of a keystone-backed Swift
#: (``authtoken`` decides nothing itself: ``keystoneauth`` does, so container
#: ACLs and temp URLs work)
PROXY_PIPELINE = (
    "catch_errors gatekeeper healthcheck proxy-logging listing_formats bulk tempurl"
    " authtoken keystoneauth copy slo dlo versioned_writes symlink proxy-logging proxy-server"
)


class LocalSwift(GunicornService):
    """Swift at ``http://127.0.0.1:<port>/v1/AUTH_<project_id>``, type ``object-store``.

    ``LocalSwift(venv, state_dir, keystone)`` (keystone running), then
    ``start()`` / ``stop()`` or ``with``. Registers service user ``swift``
    (project ``service``) and the ``object-store`` endpoints
    (``.../v1/AUTH_$(project_id)s``), builds the rings, starts the account,
    container and object servers and the proxy, and returns once an
    authenticated PUT of a container and of an object works. Users with role
    ``admin`` or ``member`` on a project own its account (``keystoneauth``);
    accounts are created on first use. ``timings`` holds the split of the
    last start.
    """

    name = "swift"
    ready_path = "/healthcheck"
    ready_status = (200,)
    service_type = "object-store"
    server_marker = "swift-proxy-server"
    port_in_use_messages = ("Could not bind to",)

    def __init__(
        self,
        venv: str | os.PathLike[str],
        state_dir: str | os.PathLike[str],
        keystone: LocalKeystone,
        *,
        service_password: str | None = None,
        port: int | None = None,
        start_timeout: float = START_TIMEOUT,
        debug: bool = False,
    ) -> None:
        super().__init__(venv, state_dir, port=port, start_timeout=start_timeout)
        self.keystone = keystone
        self.service_password = service_password or secrets.token_urlsafe(16)
        self.debug = debug
        #: storage server name -> its port (chosen at each start)
        self.storage_ports: dict[str, int] = {}
        #: seconds spent in each phase of the last start()
        self.timings: dict[str, float] = {}
        self._mark = 0.0
        self._registration: concurrent.futures.Future[tuple[str, str]] | None = None

    @property
    def url(self) -> str:
        """The catalog URL template (keystone substitutes the project id)."""
        return f"{self.base_url}/v1/AUTH_$(project_id)s"

    def account_url(self, project_id: str) -> str:
        return f"{self.base_url}/v1/AUTH_{project_id}"

    @property
    def devices_dir(self) -> Path:
        return self.service_dir / "node"

    def _lap(self, phase: str) -> None:
        now = time.monotonic()
        self.timings[phase] = round(now - self._mark, 2)
        self._mark = now

    def config_env(self) -> dict[str, str]:
        if self.release.swift_conf_shim:  # read by the shim
            return {"TYPEDSTACK_SWIFT_CONF": str(self.service_dir / "swift.conf")}
        return {}

    def _swift_command(self, tool: str, *args: str) -> list[str]:
        """``swift-<server>-server CONF -v``, through the conf shim where needed."""
        if self.release.swift_conf_shim:
            shim = str(self.service_dir / "conf_shim.py")
            return [self._bin("python"), shim, self._bin(tool), *args]
        return [self._bin(tool), *args]

    # -- configuration ------------------------------------------------------
    def _common_conf(self, port: int) -> str:
        # swift's confs are paste ini files: no inline "# comments" either
        return f"""\
[DEFAULT]
bind_ip = {HOST}
bind_port = {port}
bind_timeout = {BIND_TIMEOUT}
# one process, serving in the foreground: the PID we record is the server
workers = 0
user = {pwd.getpwuid(os.getuid()).pw_name}
swift_dir = {self.service_dir}
log_level = {"DEBUG" if self.debug else "INFO"}
"""

    def _write_configs(self) -> None:
        d = self.service_dir
        # found through each server's swift_dir (not /etc/swift)
        (d / "swift.conf").write_text(f"""\
[swift-hash]
swift_hash_path_suffix = {secrets.token_hex(8)}
[storage-policy:0]
name = Policy-0
default = yes
""")
        for server, port in self.storage_ports.items():
            (d / f"{server}-server.conf").write_text(self._common_conf(port) + f"""\
devices = {self.devices_dir}
# the device is a plain directory, not a mount point
mount_check = false
[pipeline:main]
pipeline = healthcheck {server}-server
[filter:healthcheck]
use = egg:swift#healthcheck
[app:{server}-server]
use = egg:swift#{server}
""")
        filters = "".join(
            f"[filter:{name}]\nuse = egg:swift#{egg}\n"
            for name, egg in (
                ("catch_errors", "catch_errors"),
                ("gatekeeper", "gatekeeper"),
                ("healthcheck", "healthcheck"),
                ("proxy-logging", "proxy_logging"),
                ("listing_formats", "listing_formats"),
                ("bulk", "bulk"),
                ("tempurl", "tempurl"),
                ("copy", "copy"),
                ("slo", "slo"),
                ("dlo", "dlo"),
                ("symlink", "symlink"),
            )
        )
        (d / "proxy-server.conf").write_text(
            self._common_conf(self.port or 0)
            + f"""\
[pipeline:main]
pipeline = {PROXY_PIPELINE}
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
# one node per ring: by default one 507 (an object's metadata too large for
# ext4's xattr space) would make the proxy skip the node, i.e. answer 503 to
# every object request, for 60 s
error_suppression_interval = 0
{filters}[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_versioned_writes = true
[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true
"""
            # the [keystone_authtoken] options, in the filter's own section
            + authtoken_section(self.keystone, self.name, self.service_password).removeprefix(
                "[keystone_authtoken]\n"
            )
        )

    def _prepare(self) -> None:
        self.timings = {}
        self._mark = time.monotonic()
        d = self.service_dir
        (self.devices_dir / "d1").mkdir(parents=True)
        taken = {self.port}
        self.storage_ports = {}
        for server in STORAGE_SERVERS:
            port = free_port()
            while port in taken:
                port = free_port()
            taken.add(port)
            self.storage_ports[server] = port
        self._write_configs()
        if self.release.swift_conf_shim:
            (d / "conf_shim.py").write_text(_CONF_SHIM)
        # keystone's part (a dozen API calls, seconds on a busy machine) runs
        # beside the rest: the proxy only needs it for its first request
        pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="swift-keystone")
        self._registration = pool.submit(self._register)
        pool.shutdown(wait=False)
        (d / "build_rings.py").write_text(_BUILD_RINGS)
        self._run(
            self._bin("python"),
            str(d / "build_rings.py"),
            str(d),
            *(f"{s}={p}" for s, p in self.storage_ports.items()),
        )
        self._lap("rings")

    def _register(self) -> tuple[str, str]:
        """Service user and endpoints; returns an admin token and its project id."""
        t0 = time.monotonic()
        self.keystone.register_service(
            self.service_type, self.name, self.url, self.name, self.service_password
        )
        token, body = self.keystone.authenticate()
        self.timings["keystone (meanwhile)"] = round(time.monotonic() - t0, 2)
        return token, body["project"]["id"]

    # -- processes ----------------------------------------------------------
    def _write_gunicorn_conf(self) -> None:
        """Swift serves itself: no gunicorn."""

    def _server_command(self) -> list[str]:
        # -v: log to stderr (server.log) as well; there is no /dev/log here
        conf = str(self.service_dir / "proxy-server.conf")
        return self._swift_command("swift-proxy-server", conf, "-v")

    def _start_helpers(self) -> None:
        for server in STORAGE_SERVERS:
            tool = f"swift-{server}-server"
            self._spawn_helper(
                f"{server}-server",
                self._swift_command(tool, str(self.service_dir / f"{server}-server.conf"), "-v"),
                tool,
            )

    def _wait_ready(self) -> None:
        super()._wait_ready()
        self._lap("proxy up")

    def _after_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        # the storage servers first: the proxy error-limits a node that
        # refused its connections (10 errors -> 60 s of 503s)
        pending = dict(self.storage_ports)
        while pending:
            self._check_helpers()
            for server, port in list(pending.items()):
                try:
                    status, _, _ = http("GET", f"http://{HOST}:{port}/healthcheck", timeout=2)
                except (OSError, urllib.error.URLError):
                    continue
                if status == 200:
                    del pending[server]
            if pending:
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"swift: {', '.join(pending)} server(s) not answering after "
                        f"{self.start_timeout:.0f}s; see {self.service_dir}/*-server.log"
                    )
                time.sleep(0.1)
        self._lap("storage servers up")
        assert self._registration is not None
        token, project_id = self._registration.result(timeout=self.start_timeout)
        self._lap("keystone wait")
        self._probe(token, project_id, deadline)
        self._lap("first PUT")

    def _probe(self, token: str, project_id: str, deadline: float) -> None:
        """PUT a container and an object, read it back, delete both."""
        container = f"{self.account_url(project_id)}/ready-{secrets.token_hex(4)}"
        data = b"typedstack"
        last = ""
        while True:
            self._check_helpers()
            try:
                steps = (
                    ("PUT", container, None, (201, 202)),
                    ("PUT", f"{container}/probe", data, (201,)),
                    ("GET", f"{container}/probe", None, (200,)),
                    ("DELETE", f"{container}/probe", None, (204,)),
                    ("DELETE", container, None, (204,)),
                )
                for method, url, payload, ok in steps:
                    status, _, raw = http(method, url, token=token, data=payload, timeout=10)
                    if status not in ok:
                        raise ValueError(f"{method} {url} -> {status}: {raw[:200]!r}")
                    if method == "GET" and raw != data:
                        raise ValueError(f"GET {url} returned {raw[:50]!r}")
                return
            except (OSError, urllib.error.URLError, ValueError) as exc:
                last = str(exc)
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"swift: no working PUT after {self.start_timeout:.0f}s ({last}); "
                    f"last lines of {self.log_file}:\n{tail(self.log_file)}"
                )
            time.sleep(0.2)
