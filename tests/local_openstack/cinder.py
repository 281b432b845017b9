"""A real Cinder 29 on 127.0.0.1: API, scheduler and a volume service on a fake backend.

cinder-api runs under gunicorn like the other services; cinder-scheduler and
cinder-volume run as helper processes of the same service directory, talking
over a :class:`~.rabbitmq.LocalRabbitMQ` (oslo.messaging's ``fake://`` only
works inside one process: volumes would stay ``creating``). The backend is
cinder's own ``cinder.tests.fake_driver.FakeLoggingVolumeDriver``: it ships
in the wheel, logs instead of touching LVM, and takes volumes through the
real state machine (creating -> available, extending, deleting...).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import secrets
import shutil
import sqlite3
import time
import urllib.parse
from pathlib import Path

from .keystone import (
    START_TIMEOUT,
    GunicornService,
    LocalKeystone,
    authtoken_section,
    http_json,
    tail,
)
from .rabbitmq import LocalRabbitMQ
from .sqlite import SITECUSTOMIZE

#: how long cinder-volume may take to come up and report its backend
VOLUME_TIMEOUT = 120.0

#: the backend section in cinder.conf, its ``volume_backend_name`` and the
#: default volume type made for it
BACKEND = "fake"

#: cinder's WSGI app parses ``sys.argv`` for ``--config-file`` (there is no
#: environment variable for it) and gunicorn's argv must stay empty (see
#: ``GunicornService``), so the app is loaded through this module, which
#: sets argv first. ``{conf}`` is filled in.
_WSGI_SHIM = """\
import sys

sys.argv = ["cinder-api", "--config-file", {conf!r}]

from cinder.wsgi.api import application  # noqa: E402
"""


class LocalCinder(GunicornService):
    """Cinder (SQLite, fake backend) at ``http://127.0.0.1:<port>/v3/$(project_id)s``.

    ``LocalCinder(venv, state_dir, keystone, rabbit)``, both already running,
    then ``start()`` / ``stop()`` or ``with``. Registers service user
    ``cinder`` and the ``block-storage`` and ``volumev3`` endpoints, creates
    a fresh database, starts cinder-scheduler and cinder-volume, then the
    API; makes the default volume type ``fake`` (on the fake backend) and
    returns once cinder-volume is up and the scheduler knows its pool, so a
    volume can be created right away.
    """

    name = "cinder"
    helper_binaries = ("cinder-scheduler", "cinder-volume")
    wsgi_app = "cinder_wsgi:application"
    ready_path = "/"
    # the version document: 300 Multiple Choices
    ready_status = (200, 300)
    service_type = "block-storage"
    #: the older catalog type, still what many clients look up
    legacy_service_type = "volumev3"

    def __init__(
        self,
        venv: str | os.PathLike[str],
        state_dir: str | os.PathLike[str],
        keystone: LocalKeystone,
        rabbit: LocalRabbitMQ,
        *,
        service_password: str | None = None,
        port: int | None = None,
        start_timeout: float = START_TIMEOUT,
        volume_timeout: float = VOLUME_TIMEOUT,
        debug: bool = False,
    ) -> None:
        super().__init__(venv, state_dir, port=port, start_timeout=start_timeout)
        self.keystone = keystone
        self.rabbit = rabbit
        self.service_password = service_password or secrets.token_urlsafe(16)
        self.volume_timeout = volume_timeout
        self.debug = debug
        self.host = ""
        #: the default volume type, on the fake backend
        self.volume_type = BACKEND
        #: seconds spent in each phase of the last start()
        self.timings: dict[str, float] = {}
        self._mark = 0.0

    @property
    def url(self) -> str:
        """The catalog URL; keystone fills in the project of the token."""
        return f"{self.base_url}/v3/$(project_id)s"

    def project_url(self, project_id: str) -> str:
        """The API root of one project: ``http://127.0.0.1:<port>/v3/<project_id>``."""
        return f"{self.base_url}/v3/{project_id}"

    @property
    def conf_file(self) -> Path:
        return self.service_dir / "cinder.conf"

    def config_env(self) -> dict[str, str]:
        # pylib: the WSGI shim and the sitecustomize.py (see sqlite.py)
        return {"PYTHONPATH": str(self.service_dir / "pylib")}

    def _prepare(self) -> None:
        self.timings = {}
        t0 = time.monotonic()
        d = self.service_dir
        for sub in ("locks", "pylib"):
            (d / sub).mkdir()
        if not self.rabbit.running:
            raise RuntimeError("cinder needs a running LocalRabbitMQ")
        self.host = f"cinder-{secrets.token_hex(3)}"
        (d / "pylib" / "sitecustomize.py").write_text(SITECUSTOMIZE)
        (d / "pylib" / "cinder_wsgi.py").write_text(_WSGI_SHIM.format(conf=str(self.conf_file)))
        # the paste pipelines and the filters of the list calls ship as wheel
        # data files in <venv>/etc/cinder
        etc = self.venv / "etc" / "cinder"
        for name in ("api-paste.ini", "resource_filters.json"):
            if not (etc / name).exists():
                raise FileNotFoundError(f"{etc / name} missing: is cinder installed?")
            shutil.copy(etc / name, d / name)
        # oslo.config: no inline "# comments" after values
        self.conf_file.write_text(f"""\
[DEFAULT]
debug = {str(self.debug).lower()}
auth_strategy = keystone
transport_url = {self.rabbit.transport_url}
host = {self.host}
my_ip = 127.0.0.1
state_path = {d}
api_paste_config = {d / "api-paste.ini"}
resource_query_filters_file = {d / "resource_filters.json"}
enabled_backends = {BACKEND}
default_volume_type = {self.volume_type}
# stop quickly (default 60 s): every start begins with a new database anyway
graceful_shutdown_timeout = 2
# the volume service re-sends its capabilities to the scheduler every 60 s;
# check for that every 10 s from the start (defaults 60, and up to 60 s later),
# in case the two processes' first announcements crossed
periodic_interval = 10
periodic_fuzzy_delay = 0
[{BACKEND}]
# cinder's test driver (in the wheel; imports `fixtures`): logs, no LVM
volume_driver = cinder.tests.fake_driver.FakeLoggingVolumeDriver
volume_backend_name = {BACKEND}
[database]
connection = sqlite:///{d / "cinder.db"}?timeout=30
[oslo_concurrency]
lock_path = {d / "locks"}
[oslo_messaging_notifications]
driver = noop
""" + authtoken_section(self.keystone, self.name, self.service_password))

        def register() -> None:
            for service_type, name, user in (
                (self.service_type, self.name, self.name),
                (self.legacy_service_type, f"{self.name}v3", None),
            ):
                pw = self.service_password if user else None
                self.keystone.register_service(service_type, name, self.url, user, pw)

        def db_sync() -> None:
            manage = self._bin("cinder-manage")
            self._run(manage, "--config-file", str(self.conf_file), "db", "sync")

        # cinder-manage spends seconds importing cinder: keystone meanwhile
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            for job in [pool.submit(register), pool.submit(db_sync)]:
                job.result()
        # API, scheduler and volume service share the file; WAL lets readers
        # and the writer overlap (stored in the file)
        with contextlib.closing(sqlite3.connect(d / "cinder.db")) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
        self.timings["config and database"] = time.monotonic() - t0

    def _after_ready(self) -> None:
        """Create the default volume type, then wait until cinder-volume is
        up and the scheduler has its pool (until then creates would wait in
        the scheduler or fail with "No valid backend")."""
        now = time.monotonic()
        self.timings["processes and API up"] = now - self._mark
        self._mark = now
        token, body = self.keystone.authenticate()
        api = self.project_url(body["project"]["id"])
        self._ensure_volume_type(api, token)
        now = time.monotonic()
        self.timings["volume type"] = now - self._mark
        deadline = now + self.volume_timeout
        steps = [
            ("cinder-volume reporting up", self._volume_up),
            ("backend pool in the scheduler", self._pool_ready),
        ]
        for what, check in steps:
            self._mark = now
            while not check(api, token):
                self._check_helpers()
                if time.monotonic() > deadline:
                    logs = [self.service_dir / f"{n}.log" for n in ("volume", "scheduler")]
                    raise RuntimeError(
                        f"cinder: no {what} after {self.volume_timeout:.0f}s; "
                        + "; ".join(f"last lines of {log}:\n{tail(log, 20)}" for log in logs)
                    )
                time.sleep(0.5)
            now = time.monotonic()
            self.timings[what] = now - self._mark

    def _ensure_volume_type(self, api: str, token: str) -> None:
        types = http_json("GET", f"{api}/types", token=token)["volume_types"]
        if any(t["name"] == self.volume_type for t in types):
            return
        http_json(
            "POST",
            f"{api}/types",
            token=token,
            body={
                "volume_type": {
                    "name": self.volume_type,
                    "description": "the fake backend of the local Cinder",
                    "extra_specs": {"volume_backend_name": BACKEND},
                }
            },
        )

    def _volume_up(self, api: str, token: str) -> bool:
        qs = urllib.parse.urlencode({"binary": "cinder-volume"})
        data = http_json("GET", f"{api}/os-services?{qs}", token=token)
        # the database is new: a row is this cinder-volume's own
        host = f"{self.host}@{BACKEND}"
        return any(
            s["host"] == host and s["state"] == "up" and s["status"] == "enabled"
            for s in data["services"]
        )

    def _pool_ready(self, api: str, token: str) -> bool:
        data = http_json("GET", f"{api}/scheduler-stats/get_pools", token=token)
        return any(p["name"].startswith(f"{self.host}@{BACKEND}") for p in data["pools"])

    def services(self) -> list[dict]:
        """``GET /os-services`` as the admin (for diagnostics)."""
        token, body = self.keystone.authenticate()
        data = http_json(
            "GET", f"{self.project_url(body['project']['id'])}/os-services", token=token
        )
        return list(data["services"])
