"""A real Nova 34 on 127.0.0.1: API, conductor, scheduler and a FakeDriver compute.

nova-api runs under gunicorn like the other services; nova-conductor,
nova-scheduler and nova-compute (``compute_driver = fake.FakeDriver``, no
hypervisor: servers go BUILD -> ACTIVE in about a second) run as helper
processes of the same service directory, talking over a
:class:`~.rabbitmq.LocalRabbitMQ`. Placement (resource providers,
allocations) and Glance (boot images, snapshots) are the suite's own; a
:class:`~.neutron.LocalNeutron` (API only) answers the port and security
group look-ups nova-api makes for every server it shows.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import secrets
import shutil
import sqlite3
import subprocess
import time
import urllib.parse
from pathlib import Path

from .glance import LocalGlance
from .keystone import (
    REGION,
    START_TIMEOUT,
    GunicornService,
    LocalKeystone,
    authtoken_section,
    http_json,
    tail,
)
from .neutron import LocalNeutron
from .placement import LocalPlacement
from .rabbitmq import LocalRabbitMQ
from .sqlite import SITECUSTOMIZE

#: how long nova-compute may take to register and report its resources
COMPUTE_TIMEOUT = 120.0


class LocalNova(GunicornService):
    """Nova (SQLite, cells v2, FakeDriver) at ``http://127.0.0.1:<port>/v2.1``.

    ``LocalNova(venv, state_dir, keystone, placement, glance, rabbit)``, all
    four already running, then ``start()`` / ``stop()`` or ``with``. Pass a
    running ``neutron=LocalNeutron(...)``, or Nova starts (and stops) its own.
    Registers service user ``nova`` and the ``compute`` endpoints, creates
    fresh databases (API, cell0, cell1), starts conductor, scheduler and
    compute, then the API, and returns once the compute host is up, has its
    resource provider in placement and is mapped to cell1, so a server can
    be booted right away. Boot with microversion >= 2.37 and
    ``networks="none"``: Neutron runs without agents, no port could bind.

    The compute host gets a new name at each start (``host``): FakeDriver's
    node cannot be re-registered against a placement that already knows it.
    """

    name = "nova"
    helper_binaries = ("nova-conductor", "nova-scheduler", "nova-compute")
    wsgi_app = "nova.wsgi.osapi_compute:application"
    ready_path = "/"
    ready_status = (200,)
    service_type = "compute"

    def __init__(
        self,
        venv: str | os.PathLike[str],
        state_dir: str | os.PathLike[str],
        keystone: LocalKeystone,
        placement: LocalPlacement,
        glance: LocalGlance,
        rabbit: LocalRabbitMQ,
        *,
        neutron: LocalNeutron | None = None,
        service_password: str | None = None,
        port: int | None = None,
        start_timeout: float = START_TIMEOUT,
        compute_timeout: float = COMPUTE_TIMEOUT,
        debug: bool = False,
    ) -> None:
        super().__init__(venv, state_dir, port=port, start_timeout=start_timeout)
        self.keystone = keystone
        self.placement = placement
        self.glance = glance
        self.rabbit = rabbit
        self.neutron = neutron
        self._own_neutron: LocalNeutron | None = None
        self.service_password = service_password or secrets.token_urlsafe(16)
        self.compute_timeout = compute_timeout
        self.debug = debug
        self.host = ""
        #: seconds spent in each phase of the last start()
        self.timings: dict[str, float] = {}
        self._mark = 0.0

    @property
    def url(self) -> str:
        return f"{self.base_url}/v2.1"

    def start(self) -> LocalNova:
        """Start Neutron first if none was given, then Nova (see the class doc)."""
        if self.neutron is None:
            self._own_neutron = LocalNeutron(self.venv, self.state_dir, self.keystone)
            self._own_neutron.start()
            self.neutron = self._own_neutron
        try:
            super().start()
        except BaseException:
            self._stop_own_neutron()
            raise
        return self

    def stop(self) -> None:
        super().stop()
        self._stop_own_neutron()

    def detach(self) -> None:
        super().detach()
        if self._own_neutron is not None:
            self._own_neutron.detach()

    def _stop_own_neutron(self) -> None:
        if self._own_neutron is not None:
            self._own_neutron.stop()
            if self.neutron is self._own_neutron:
                self.neutron = None
            self._own_neutron = None

    @property
    def conf_file(self) -> Path:
        return self.service_dir / "nova.conf"

    def config_env(self) -> dict[str, str]:
        # the WSGI app reads $OS_NOVA_CONFIG_DIR/nova.conf; pylib holds the
        # sitecustomize.py that makes SQLite transactions wait for each other
        return {
            "OS_NOVA_CONFIG_DIR": str(self.service_dir),
            "PYTHONPATH": str(self.service_dir / "pylib"),
        }

    def server_env(self) -> dict[str, str]:
        # older releases: nova-api without eventlet's monkey-patching (see releases/)
        return {**self.config_env(), **self.release.nova_api_env}

    def _service_auth(self, section: str) -> str:
        """keystoneauth options for nova's own calls to placement/neutron."""
        return f"""\
[{section}]
auth_url = {self.keystone.auth_url}
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = nova
password = {self.service_password}
region_name = {REGION}
"""

    def _manage(self, *args: str, log_name: str = "manage.log") -> None:
        self._run(
            self._bin("nova-manage"),
            "--config-file",
            str(self.conf_file),
            *args,
            log_name=log_name,
        )

    def _prepare(self) -> None:
        self.timings = {}
        t0 = time.monotonic()
        d = self.service_dir
        for sub in ("instances", "locks", "pylib"):
            (d / sub).mkdir()
        (d / "pylib" / "sitecustomize.py").write_text(SITECUSTOMIZE)
        if not self.rabbit.running:
            raise RuntimeError("nova needs a running LocalRabbitMQ")
        if self.neutron is None or not self.neutron.running:
            raise RuntimeError("nova needs a running LocalNeutron")
        self.host = f"compute-{secrets.token_hex(3)}"
        self.keystone.register_service(
            self.service_type, self.name, self.url, self.name, self.service_password
        )
        # the paste pipelines ship as wheel data files in <venv>/etc/nova
        paste = self.venv / "etc" / "nova" / "api-paste.ini"
        if not paste.exists():
            raise FileNotFoundError(f"{paste} missing: is nova installed?")
        shutil.copy(paste, d / "api-paste.ini")
        # oslo.config: no inline "# comments" after values
        self.conf_file.write_text(
            f"""\
[DEFAULT]
debug = {str(self.debug).lower()}
transport_url = {self.rabbit.transport_url}
compute_driver = fake.FakeDriver
host = {self.host}
my_ip = 127.0.0.1
state_path = {d}
instances_path = {d / "instances"}
# a single compute host: resize must be allowed to land on it again
allow_resize_to_same_host = true
# stop quickly (default 60 s): every start begins with new databases anyway
graceful_shutdown_timeout = 2
[api]
auth_strategy = keystone
[wsgi]
api_paste_config = {d / "api-paste.ini"}
[api_database]
connection = sqlite:///{d / "nova_api.db"}?timeout=30
[database]
connection = sqlite:///{d / "nova.db"}?timeout=30
# one process each: several processes writing one SQLite file get
# "database is locked" (the default is one worker per CPU)
[conductor]
workers = 1
[scheduler]
workers = 1
[oslo_concurrency]
lock_path = {d / "locks"}
[oslo_messaging_notifications]
driver = noop
[service_user]
send_service_user_token = false
"""
            + authtoken_section(self.keystone, self.name, self.service_password)
            + self._service_auth("placement")
            + self._service_auth("neutron")
        )
        # Each nova-manage run spends seconds importing nova: the API database
        # and its cell mappings, cell1's schema and cell0's schema are made
        # side by side (--local_cell: no fan-out through the API database).
        cell0_url = f"sqlite:///{d}/nova_cell0.db?timeout=30"
        (d / "cell0.conf").write_text(f"[database]\nconnection = {cell0_url}\n")
        cell0_conf = ("--config-file", str(d / "cell0.conf"))

        def api_and_cells() -> None:
            self._manage("api_db", "sync")
            self._manage("cell_v2", "map_cell0", "--database_connection", cell0_url)
            self._manage("cell_v2", "create_cell", "--name", "cell1")

        jobs = [
            api_and_cells,
            lambda: self._manage("db", "sync", "--local_cell", log_name="manage-cell1.log"),
            lambda: self._manage(
                *cell0_conf, "db", "sync", "--local_cell", log_name="manage-cell0.log"
            ),
        ]
        with concurrent.futures.ThreadPoolExecutor(len(jobs)) as pool:
            for job in [pool.submit(job) for job in jobs]:
                job.result()
        # API, conductor and scheduler all use these files (see sqlite.py);
        # WAL mode lets readers and the writer overlap. Stored in the file.
        for db in ("nova_api.db", "nova_cell0.db", "nova.db"):
            with contextlib.closing(sqlite3.connect(d / db)) as conn:
                conn.execute("PRAGMA journal_mode=WAL")
        self.timings["config and databases"] = time.monotonic() - t0

    def _after_ready(self) -> None:
        """Wait for nova-compute: service up, compute node in placement with
        inventory, host mapped to cell1 (``discover_hosts``)."""
        deadline = time.monotonic() + self.compute_timeout
        token = self.keystone.admin_token()
        steps = [
            ("nova-compute reporting up", self._compute_up),
            ("resource provider with VCPU inventory", self._provider_ready),
            ("host mapped to cell1", self._host_mapped),
        ]
        now = time.monotonic()
        self.timings["processes and API up"] = now - self._mark
        for what, check in steps:
            self._mark = now
            while not check(token):
                self._check_helpers()
                if time.monotonic() > deadline:
                    log = self.service_dir / "compute.log"
                    raise RuntimeError(
                        f"nova: no {what} for host {self.host} after "
                        f"{self.compute_timeout:.0f}s; last lines of {log}:\n{tail(log)}"
                    )
                time.sleep(0.5)
            now = time.monotonic()
            self.timings[what] = now - self._mark

    def _compute_up(self, token: str) -> bool:
        qs = urllib.parse.urlencode({"binary": "nova-compute", "host": self.host})
        data = http_json("GET", f"{self.url}/os-services?{qs}", token=token)
        # the databases are new: a service row is this nova-compute's own, and
        # "up" already from its creation (no need to wait for a heartbeat)
        return any(s["state"] == "up" and s["status"] == "enabled" for s in data["services"])

    def _provider_ready(self, token: str) -> bool:
        base = self.placement.url
        qs = urllib.parse.urlencode({"name": self.host})
        found = http_json("GET", f"{base}/resource_providers?{qs}", token=token)
        for rp in found["resource_providers"]:
            inv = http_json(
                "GET", f"{base}/resource_providers/{rp['uuid']}/inventories", token=token
            )
            if "VCPU" in inv["inventories"]:
                return True
        return False

    def _host_mapped(self, token: str) -> bool:
        # --strict: exit 0 only when an unmapped host was found and mapped
        cmd = [
            self._bin("nova-manage"),
            "--config-file",
            str(self.conf_file),
            "cell_v2",
            "discover_hosts",
            "--strict",
        ]
        with open(self.service_dir / "manage.log", "ab") as out:
            proc = subprocess.run(
                cmd,
                check=False,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self._env(),
                cwd=self.service_dir,
            )
        return proc.returncode == 0

    def services(self) -> list[dict]:
        """``GET /os-services`` as the admin (for diagnostics)."""
        data = http_json("GET", f"{self.url}/os-services", token=self.keystone.admin_token())
        return list(data["services"])
