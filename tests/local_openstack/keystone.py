"""A real Keystone on 127.0.0.1, plus the machinery shared by every service.

``GunicornService`` is the common base: free port, ``gunicorn.conf.py``,
start in a new session with output to ``server.log``, wait for HTTP, stop by
PID. ``LocalKeystone`` adds keystone.conf, ``keystone-manage`` bootstrap, an
admin-token helper and ``register_service()`` used by the other services.
"""

from __future__ import annotations

import atexit
import contextlib
import grp
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .install import venv_release
from .releases import Release

HOST = "127.0.0.1"
REGION = "RegionOne"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0
#: file (in each service dir) holding the gunicorn master PID we started;
#: gunicorn's own pidfile is removed on exit, this one is removed by stop()
PID_FILE = "service.pid"

#: file (in a service dir) listing helper processes, one ``PID MARKER`` a line
#: (nova-conductor, epmd...); MARKER must be in the process's command line
DAEMONS_FILE = "daemons.pid"

#: services started by this process and not yet stopped or detached; an
#: atexit hook stops them so a crashed test run leaves no servers behind.
#: Anything with a ``stop()`` method (GunicornService, LocalRabbitMQ).
_LIVE: set[Any] = set()


@atexit.register
def _stop_leftovers() -> None:
    for svc in list(_LIVE):
        svc.stop()


# --------------------------------------------------------------------------
# small stdlib helpers
# --------------------------------------------------------------------------


def http(
    method: str,
    url: str,
    *,
    token: str | None = None,
    body: Any = None,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 30,
) -> tuple[int, Any, bytes]:
    """One HTTP request; never raises for HTTP error statuses.

    Returns ``(status, headers, raw_body)``. ``body`` is sent as JSON.
    """
    hdrs = {"Accept": "application/json"}
    if body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    if token:
        hdrs["X-Auth-Token"] = token
    hdrs.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def http_json(method: str, url: str, *, expect: Iterable[int] = (), **kw: Any) -> Any:
    """Like :func:`http` but decodes JSON and raises on unexpected statuses."""
    status, _, raw = http(method, url, **kw)
    ok = set(expect) or {200, 201, 202, 204}
    if status not in ok:
        raise RuntimeError(f"{method} {url} -> {status}: {raw[:500]!r}")
    return json.loads(raw) if raw else None


def password_auth(
    auth_url: str,
    username: str,
    password: str,
    project_name: str,
    domain_id: str = "default",
) -> tuple[str, dict]:
    """Project-scoped password auth; returns ``(token, token_body)``."""
    body = {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": username,
                        "domain": {"id": domain_id},
                        "password": password,
                    }
                },
            },
            "scope": {"project": {"name": project_name, "domain": {"id": domain_id}}},
        }
    }
    status, headers, raw = http("POST", f"{auth_url}/auth/tokens", body=body)
    if status != 201:
        raise RuntimeError(f"keystone auth as {username} -> {status}: {raw[:300]!r}")
    return headers["X-Subject-Token"], json.loads(raw)["token"]


def free_port() -> int:
    """A port that is free on 127.0.0.1 right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"(no {path})"


def pid_alive(pid: int) -> bool:
    """True if ``pid`` exists and is not a zombie."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc: trust kill(0)
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            out.append(int(entry.name))
    return out


def _cmdline_has(pid: int, marker: str) -> bool:
    """Guard against a recycled PID: only ever kill what looks like ours."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return pid_alive(pid)  # no /proc: cannot tell, trust the pid file
    return marker.encode() in cmdline


def _is_gunicorn(pid: int) -> bool:
    return _cmdline_has(pid, "gunicorn")


def _own_group(pid: int) -> bool:
    """True if ``pid`` leads its own process group (we start each in a new session)."""
    try:
        return os.getpgid(pid) == pid and pid != os.getpgid(0)
    except ProcessLookupError:
        return False


def stop_pids(
    targets: Iterable[tuple[int, str]],
    timeout: float = STOP_TIMEOUT,
    popens: Iterable[subprocess.Popen] = (),
) -> list[int]:
    """Stop several processes at once: ``targets`` is ``(pid, marker)`` pairs.

    A pid is signalled only if it is alive and ``marker`` is in its command
    line. SIGTERM to all, wait up to ``timeout`` s, then SIGKILL whatever is
    left of them, their children and (for a session leader) its process group.
    ``popens`` are our own children, polled so that they do not linger as
    zombies. Returns the pids that were running.
    """
    popens = list(popens)

    def reap() -> None:
        for p in popens:
            p.poll()

    reap()
    live = [pid for pid, marker in targets if pid_alive(pid) and _cmdline_has(pid, marker)]
    groups = [pid for pid in live if _own_group(pid)]
    kids = [k for pid in live for k in _children(pid)]
    signalled = []
    for pid in live:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
            signalled.append(pid)

    def gone() -> bool:
        reap()
        return not any(pid_alive(p) for p in [*signalled, *kids])

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not gone():
        time.sleep(0.05)
    if not gone():
        for victim in [*signalled, *(c for p in signalled for c in _children(p)), *kids]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        for pgid in groups:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not gone():
            time.sleep(0.05)
    return signalled


def stop_pid(
    pid: int,
    timeout: float = STOP_TIMEOUT,
    popen: subprocess.Popen | None = None,
    marker: str = "gunicorn",
) -> bool:
    """SIGTERM ``pid``, wait up to ``timeout`` s, then SIGKILL it and its children.

    Only if ``marker`` is in its command line. Returns True if it was running.
    """
    return bool(stop_pids([(pid, marker)], timeout, [popen] if popen else []))


def read_pid_file(path: Path, default_marker: str = "gunicorn") -> list[tuple[int, str]]:
    """``(pid, marker)`` pairs from a file of ``PID`` or ``PID MARKER`` lines."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split(None, 1)
        if parts and parts[0].isdigit():
            out.append((int(parts[0]), parts[1].strip() if len(parts) > 1 else default_marker))
    return out


def stop_service_dir(service_dir: Path) -> int | None:
    """Stop the service whose PID is recorded in ``service_dir`` (and its
    helper processes in ``daemons.pid``); returns the main PID."""
    service_dir = Path(service_dir)
    main = read_pid_file(service_dir / PID_FILE)
    daemons = read_pid_file(service_dir / DAEMONS_FILE)
    if not main and not daemons:
        return None
    stop_pids([*main, *daemons])
    (service_dir / PID_FILE).unlink(missing_ok=True)
    (service_dir / DAEMONS_FILE).unlink(missing_ok=True)
    return main[0][0] if main else daemons[0][0]


# --------------------------------------------------------------------------
# common base
# --------------------------------------------------------------------------


def _helper_name(binary: str) -> str:
    """``nova-conductor`` -> ``conductor``: the name of its log file."""
    return binary.split("-", 1)[-1]


class GunicornService:
    """One OpenStack API served by gunicorn on 127.0.0.1:<free port>.

    Subclasses set ``name``, ``wsgi_app``, ``config_env`` and implement
    ``_prepare()`` (config files, DB sync, keystone registration).
    Everything lives in ``state_dir/<name>/``, which is wiped at ``start()``.
    """

    name = "service"
    wsgi_app = ""
    #: path of the URL to poll after start, and the statuses that mean "up"
    ready_path = "/"
    ready_status: tuple[int, ...] = (200,)
    #: in the main server's command line (checked before it is signalled)
    server_marker = "gunicorn"
    #: start-up errors that mean the port was taken: start() retries with another
    port_in_use_messages: tuple[str, ...] = ("Connection in use",)

    def __init__(
        self,
        venv: str | os.PathLike[str],
        state_dir: str | os.PathLike[str],
        *,
        port: int | None = None,
        start_timeout: float = START_TIMEOUT,
    ) -> None:
        self.venv = Path(venv).resolve()
        self.state_dir = Path(state_dir).resolve()
        self.service_dir = self.state_dir / self.name
        self.port = port
        self.start_timeout = start_timeout
        self.pid: int | None = None
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen | None = None
        self._helpers: list[tuple[subprocess.Popen, str]] = []

    # -- paths / urls -------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError(f"{self.name} has no port yet (not started)")
        return f"http://{HOST}:{self.port}"

    @property
    def log_file(self) -> Path:
        return self.service_dir / "server.log"

    def _bin(self, tool: str) -> str:
        path = self.venv / "bin" / tool
        if not path.exists():
            raise FileNotFoundError(f"{path} missing: run ensure_venv() first")
        return str(path)

    def _env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "GUNICORN_CMD_ARGS")
        }
        env["PYTHONWARNINGS"] = "ignore"
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env.update(self.config_env())
        return env

    def config_env(self) -> dict[str, str]:
        """Environment variables that point the WSGI app at its config."""
        return {}

    def server_env(self) -> dict[str, str]:
        """The WSGI server's own environment (``raw_env``): :meth:`config_env`
        plus what only the API process needs (none by default)."""
        return self.config_env()

    @property
    def release(self) -> Release:
        """The OpenStack release installed in the venv (see ``releases/``)."""
        return venv_release(self.venv)

    def _run(self, *cmd: str, log_name: str = "manage.log") -> None:
        """Run a management command, output appended to ``log_name`` (manage.log)."""
        log = self.service_dir / log_name
        with open(log, "ab") as out:
            out.write(f"$ {' '.join(cmd)}\n".encode())
            out.flush()
            proc = subprocess.run(
                cmd,
                check=False,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self._env(),
                cwd=self.service_dir,
            )
        if proc.returncode != 0:
            raise RuntimeError(
                f"{self.name}: {' '.join(cmd[:1])} ... failed "
                f"(exit {proc.returncode}); {log}:\n{tail(log)}"
            )

    # -- lifecycle ----------------------------------------------------------
    def _prepare(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _write_gunicorn_conf(self) -> None:
        raw_env = [f"{k}={v}" for k, v in self.server_env().items()]
        text = f"""\
# gunicorn settings for {self.name}. Read from the cwd: gunicorn is started
# with NO command-line arguments, because keystone's WSGI app (and others)
# parse sys.argv with oslo.config and reject gunicorn's options.
wsgi_app = {self.wsgi_app!r}
bind = {f"{HOST}:{self.port}"!r}
workers = 1
worker_class = "gthread"
threads = 4
timeout = 300
graceful_timeout = 5
accesslog = "-"
pidfile = {str(self.service_dir / "gunicorn.pid")!r}
# gunicorn >= 25 would otherwise open a control socket under ~/.gunicorn/
control_socket_disable = True
raw_env = {raw_env!r}
"""
        (self.service_dir / "gunicorn.conf.py").write_text(text)

    def start(self) -> GunicornService:
        """Write config, prepare the DB, start gunicorn and wait until it answers."""
        if self.pid is not None and pid_alive(self.pid):
            raise RuntimeError(f"{self.name} already running (pid {self.pid})")
        d = self.service_dir
        if (d / PID_FILE).exists() or (d / DAEMONS_FILE).exists():
            stop_service_dir(d)  # leftover of a crashed run
        t0 = time.monotonic()
        auto_port = self.port is None
        for attempt in range(3):
            try:
                self._start_once(auto_port)
                break
            except RuntimeError as exc:
                # the free port was taken by someone else before gunicorn bound it
                taken = any(msg in str(exc) for msg in self.port_in_use_messages)
                if not auto_port or attempt == 2 or not taken:
                    raise
                self.port = None
        self.startup_seconds = time.monotonic() - t0
        return self

    def _start_once(self, auto_port: bool) -> None:
        if self.service_dir.exists():
            shutil.rmtree(self.service_dir)
        self.service_dir.mkdir(parents=True)
        if auto_port:
            self.port = free_port()
        self._prepare()
        self._write_gunicorn_conf()
        _LIVE.add(self)
        try:
            self._start_helpers()
            with open(self.log_file, "ab") as log:
                self._proc = subprocess.Popen(
                    self._server_command(),
                    cwd=self.service_dir,
                    env=self._env(),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self.pid = self._proc.pid
            marker = "" if self.server_marker == "gunicorn" else f" {self.server_marker}"
            (self.service_dir / PID_FILE).write_text(f"{self.pid}{marker}\n")
            (self.service_dir / "url").write_text(self.url + "\n")
            self._wait_ready()
            self._after_ready()
        except BaseException:
            self.stop()
            raise

    def _server_command(self) -> list[str]:
        """The main server (gunicorn, configured by gunicorn.conf.py in the cwd)."""
        return [self._bin("gunicorn")]

    #: helper processes started before the API (nova-conductor...), each
    #: given ``--config-file <conf_file>``; output in ``<name without prefix>.log``
    helper_binaries: tuple[str, ...] = ()

    def _start_helpers(self) -> None:
        """Start the :attr:`helper_binaries` before the API."""
        self._mark = time.monotonic()
        for binary in self.helper_binaries:
            self._spawn_helper(
                _helper_name(binary),
                [self._bin(binary), "--config-file", str(self.conf_file)],
                marker=binary,
            )

    def _check_helpers(self) -> None:
        """Fail with the end of its log if a helper process has exited."""
        for proc, marker in self._helpers:
            if proc.poll() is not None:
                log = self.service_dir / f"{_helper_name(marker)}.log"
                raise RuntimeError(
                    f"{marker} exited with {proc.returncode}; last lines of {log}:\n{tail(log)}"
                )

    @property
    def conf_file(self) -> Path:
        """The config file helper processes read (services with helpers define it)."""
        raise NotImplementedError

    def _after_ready(self) -> None:
        """Wait for whatever else must be up once the API answers."""

    def _wait_ready(self) -> None:
        url = self.base_url + self.ready_path
        deadline = time.monotonic() + self.start_timeout
        last = "no answer"
        while True:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self._proc.returncode} during "
                    f"start-up; last lines of {self.log_file}:\n{tail(self.log_file)}"
                )
            try:
                status, _, _ = http("GET", url, timeout=2)
                if status in self.ready_status:
                    return
                last = f"HTTP {status}"
            except (OSError, urllib.error.URLError) as exc:
                last = str(exc)
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{self.name} not ready at {url} after {self.start_timeout:.0f}s "
                    f"({last}); last lines of {self.log_file}:\n{tail(self.log_file)}"
                )
            time.sleep(0.1)

    def _spawn_helper(self, name: str, cmd: list[str], marker: str) -> subprocess.Popen:
        """Start a non-HTTP process of this service (nova-conductor...) in its
        own session, output to ``<name>.log``; it is stopped with the API.
        ``marker`` must be in its command line (checked before signalling)."""
        with open(self.service_dir / f"{name}.log", "ab") as log:
            proc = subprocess.Popen(
                cmd,
                cwd=self.service_dir,
                env=self._env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._helpers.append((proc, marker))
        with open(self.service_dir / DAEMONS_FILE, "a") as f:
            f.write(f"{proc.pid} {marker}\n")
        return proc

    def stop(self) -> None:
        """SIGTERM the gunicorn master (and helper processes), SIGKILL what is
        left of them and their workers after 10 s."""
        targets = [(p.pid, marker) for p, marker in self._helpers]
        if self.pid is not None:
            targets.append((self.pid, self.server_marker))
        popens = [p for p, _ in self._helpers] + ([self._proc] if self._proc else [])
        if targets:
            stop_pids(targets, popens=popens)
        (self.service_dir / PID_FILE).unlink(missing_ok=True)
        (self.service_dir / DAEMONS_FILE).unlink(missing_ok=True)
        _LIVE.discard(self)
        self._helpers = []
        self._proc = None
        self.pid = None

    def detach(self) -> None:
        """Leave the server running when this Python process exits (the CLI's
        ``start``); stop it later with ``stop_service_dir(service_dir)``."""
        _LIVE.discard(self)

    @property
    def running(self) -> bool:
        if self._proc is not None:
            self._proc.poll()
        return self.pid is not None and pid_alive(self.pid)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The catalog endpoint URL of this service."""
        return self.base_url


def authtoken_section(keystone: LocalKeystone, user: str, password: str) -> str:
    """``[keystone_authtoken]`` for a service user in project ``service``."""
    return f"""\
[keystone_authtoken]
www_authenticate_uri = {keystone.auth_url}
auth_url = {keystone.auth_url}
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = {user}
password = {password}
"""


# --------------------------------------------------------------------------
# keystone
# --------------------------------------------------------------------------


class LocalKeystone(GunicornService):
    """Keystone 30 (SQLite, fernet tokens) on ``http://127.0.0.1:<port>/v3``.

    ``LocalKeystone(venv, state_dir, admin_password="secret")`` then
    ``start()`` / ``stop()`` or ``with LocalKeystone(...) as ks:``.
    Bootstraps user ``admin`` (role ``admin`` on project ``admin``, domain
    ``Default``), region ``RegionOne`` and the identity endpoints.
    """

    name = "keystone"
    wsgi_app = "keystone.wsgi.api:application"
    ready_path = "/v3"
    ready_status = (200,)

    def __init__(
        self,
        venv: str | os.PathLike[str],
        state_dir: str | os.PathLike[str],
        admin_password: str | None = None,
        *,
        token_expiration: int = 3600,
        port: int | None = None,
        start_timeout: float = START_TIMEOUT,
    ) -> None:
        super().__init__(venv, state_dir, port=port, start_timeout=start_timeout)
        self.admin_password = admin_password or secrets.token_urlsafe(16)
        self.admin_username = "admin"
        self.admin_project = "admin"
        self.token_expiration = token_expiration
        self._token: tuple[str, float] | None = None

    @property
    def url(self) -> str:
        return f"{self.base_url}/v3"

    @property
    def auth_url(self) -> str:
        return self.url

    def config_env(self) -> dict[str, str]:
        return {"OS_KEYSTONE_CONFIG_FILES": str(self.service_dir / "keystone.conf")}

    def _prepare(self) -> None:
        d = self.service_dir
        conf = d / "keystone.conf"
        # oslo.config: no inline "# comments" after values
        conf.write_text(f"""\
[DEFAULT]
debug = false
[database]
connection = sqlite:///{d / "keystone.db"}
[token]
provider = fernet
expiration = {int(self.token_expiration)}
[fernet_tokens]
key_repository = {d / "fernet-keys"}
# MFA receipt keys default to /etc/keystone/fernet-keys: keep them here
[fernet_receipts]
key_repository = {d / "fernet-keys"}
[credential]
key_repository = {d / "credential-keys"}
# bcrypt's default 12 rounds cost ~0.3 s per password auth; 4 is the minimum.
# Applied when a password is hashed, so it must be set before bootstrap.
[identity]
password_hash_rounds = 4
# totp added to the defaults so multi-factor (password + TOTP) can be tested
[auth]
methods = external,password,token,oauth1,mapped,application_credential,totp
""")
        km = [self._bin("keystone-manage"), "--config-file", str(conf)]
        owner = [
            "--keystone-user",
            pwd.getpwuid(os.getuid()).pw_name,
            "--keystone-group",
            grp.getgrgid(os.getgid()).gr_name,
        ]
        self._run(*km, "db_sync")
        self._run(*km, "fernet_setup", *owner)
        self._run(*km, "credential_setup", *owner)
        self._run(
            *km,
            "bootstrap",
            "--bootstrap-username",
            self.admin_username,
            "--bootstrap-password",
            self.admin_password,
            "--bootstrap-project-name",
            self.admin_project,
            "--bootstrap-role-name",
            "admin",
            "--bootstrap-service-name",
            "keystone",
            "--bootstrap-region-id",
            REGION,
            "--bootstrap-admin-url",
            self.url,
            "--bootstrap-internal-url",
            self.url,
            "--bootstrap-public-url",
            self.url,
        )

    def stop(self) -> None:
        super().stop()
        self._token = None

    # -- client side --------------------------------------------------------
    def admin_token(self) -> str:
        """A project-scoped admin token (cached until 60 s before expiry)."""
        if self._token and self._token[1] > time.monotonic():
            return self._token[0]
        token, _ = password_auth(
            self.auth_url, self.admin_username, self.admin_password, self.admin_project
        )
        self._token = (token, time.monotonic() + max(self.token_expiration - 60, 1))
        return token

    def authenticate(
        self, username: str | None = None, password: str | None = None
    ) -> tuple[str, dict]:
        """Password auth scoped to project admin; returns (token, token body)."""
        return password_auth(
            self.auth_url,
            username or self.admin_username,
            password or self.admin_password,
            self.admin_project,
        )

    def _find(self, collection: str, **filters: str) -> list[dict]:
        qs = urllib.parse.urlencode(filters)
        data = http_json("GET", f"{self.auth_url}/{collection}?{qs}", token=self.admin_token())
        return data[collection]

    def register_service(
        self,
        service_type: str,
        service_name: str,
        url: str,
        user: str | None = None,
        user_password: str | None = None,
    ) -> None:
        """Idempotently create project ``service``, a service user with roles
        admin + service on it, a catalog service and its public/internal/admin
        endpoints in RegionOne (updating the URL of existing ones)."""
        k = self.auth_url
        tok = self.admin_token()
        if user:
            prj = self._find("projects", name="service")
            if prj:
                prj_id = prj[0]["id"]
            else:
                prj_id = http_json(
                    "POST",
                    f"{k}/projects",
                    token=tok,
                    body={"project": {"name": "service", "domain_id": "default"}},
                )["project"]["id"]
            found = self._find("users", name=user)
            if found:
                user_id = found[0]["id"]
                http_json(
                    "PATCH",
                    f"{k}/users/{user_id}",
                    token=tok,
                    body={"user": {"password": user_password}},
                )
            else:
                user_id = http_json(
                    "POST",
                    f"{k}/users",
                    token=tok,
                    body={
                        "user": {
                            "name": user,
                            "password": user_password,
                            "domain_id": "default",
                            "default_project_id": prj_id,
                        }
                    },
                )["user"]["id"]
            for role_name in ("admin", "service"):
                role = self._find("roles", name=role_name)
                if not role:
                    role = [
                        http_json(
                            "POST",
                            f"{k}/roles",
                            token=tok,
                            body={"role": {"name": role_name}},
                        )["role"]
                    ]
                http_json(
                    "PUT",
                    f"{k}/projects/{prj_id}/users/{user_id}/roles/{role[0]['id']}",
                    token=tok,
                )
        services = [
            s for s in self._find("services", type=service_type) if s["name"] == service_name
        ]
        if services:
            svc_id = services[0]["id"]
        else:
            svc_id = http_json(
                "POST",
                f"{k}/services",
                token=tok,
                body={
                    "service": {
                        "type": service_type,
                        "name": service_name,
                        "enabled": True,
                    }
                },
            )["service"]["id"]
        endpoints = self._find("endpoints", service_id=svc_id)
        for iface in ("public", "internal", "admin"):
            mine = [
                e for e in endpoints if e["interface"] == iface and e.get("region_id") == REGION
            ]
            if mine:
                if mine[0]["url"] != url:
                    http_json(
                        "PATCH",
                        f"{k}/endpoints/{mine[0]['id']}",
                        token=tok,
                        body={"endpoint": {"url": url}},
                    )
            else:
                http_json(
                    "POST",
                    f"{k}/endpoints",
                    token=tok,
                    body={
                        "endpoint": {
                            "service_id": svc_id,
                            "interface": iface,
                            "url": url,
                            "region_id": REGION,
                        }
                    },
                )

    # -- clouds.yaml / env --------------------------------------------------
    def cloud_config(self) -> dict[str, Any]:
        """The ``clouds.<name>`` entry as a dict."""
        return {
            "auth": {
                "auth_url": self.auth_url,
                "username": self.admin_username,
                "password": self.admin_password,
                "project_name": self.admin_project,
                "user_domain_name": "Default",
                "project_domain_name": "Default",
            },
            "region_name": REGION,
            "interface": "public",
            "identity_api_version": 3,
        }

    def write_clouds_yaml(self, path: str | os.PathLike[str], cloud_name: str = "local") -> Path:
        """Write a standard clouds.yaml with one cloud; returns the path."""

        # JSON strings are valid YAML double-quoted scalars: safe for any value
        def emit(obj: dict, indent: int) -> list[str]:
            lines = []
            for key, val in obj.items():
                pad = "  " * indent
                if isinstance(val, dict):
                    lines.append(f"{pad}{key}:")
                    lines.extend(emit(val, indent + 1))
                else:
                    lines.append(f"{pad}{key}: {json.dumps(val)}")
            return lines

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        doc = {"clouds": {cloud_name: self.cloud_config()}}
        path.write_text("\n".join(emit(doc, 0)) + "\n")
        return path

    def openrc_env(self) -> dict[str, str]:
        """The equivalent ``OS_*`` environment variables."""
        return {
            "OS_AUTH_URL": self.auth_url,
            "OS_USERNAME": self.admin_username,
            "OS_PASSWORD": self.admin_password,
            "OS_PROJECT_NAME": self.admin_project,
            "OS_USER_DOMAIN_NAME": "Default",
            "OS_PROJECT_DOMAIN_NAME": "Default",
            "OS_REGION_NAME": REGION,
            "OS_INTERFACE": "public",
            "OS_IDENTITY_API_VERSION": "3",
        }
