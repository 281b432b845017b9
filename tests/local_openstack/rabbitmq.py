"""A RabbitMQ broker on 127.0.0.1, from Debian's ``rabbitmq-server`` package.

Nova's processes talk to each other over oslo.messaging, which needs a real
broker (its ``fake://`` transport works only inside one process). Debian's
package does not start a broker here (``policy-rc.d`` forbids it), and a
system-wide one would be shared with anything else on the machine, so
:class:`LocalRabbitMQ` runs its own: its own ``epmd`` on a free port, a node
name and Erlang cookie of its own, AMQP and the Erlang distribution port on
free ports of 127.0.0.1, data and logs under ``STATE/rabbitmq/``. Stopped by
PID like the other services.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
from pathlib import Path

from .keystone import (
    _LIVE,
    DAEMONS_FILE,
    HOST,
    PID_FILE,
    START_TIMEOUT,
    free_port,
    pid_alive,
    stop_pids,
    stop_service_dir,
    tail,
)

RABBITMQ_LIB = Path("/usr/lib/rabbitmq/lib")
#: the Debian package this class needs
APT_PACKAGE = "rabbitmq-server"


def find_rabbitmq_sbin() -> Path | None:
    """``/usr/lib/rabbitmq/lib/rabbitmq_server-<version>/sbin``, newest first."""
    found = sorted(RABBITMQ_LIB.glob("rabbitmq_server-*/sbin/rabbitmq-server"))
    return found[-1].parent if found else None


def ensure_rabbitmq(*, quiet: bool = False) -> Path:
    """Install Debian's ``rabbitmq-server`` if it is missing; returns its sbin dir.

    Runs ``apt-get install`` (and ``apt-get update`` first when the package
    is unknown to apt), which needs root. The package's own service is not
    started (nor needed): :class:`LocalRabbitMQ` runs the broker itself.
    """
    sbin = find_rabbitmq_sbin()
    if sbin is not None:
        return sbin
    if shutil.which("apt-get") is None:
        raise RuntimeError(f"no RabbitMQ in {RABBITMQ_LIB} and no apt-get to install it")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", APT_PACKAGE]
    t0 = time.monotonic()
    proc = subprocess.run(install, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        # a fresh machine may have no package lists yet
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True, check=False)
        proc = subprocess.run(install, env=env, capture_output=True, text=True, check=False)
    sbin = find_rabbitmq_sbin()
    if proc.returncode != 0 or sbin is None:
        raise RuntimeError(
            f"apt-get install {APT_PACKAGE} failed ({proc.returncode}):\n"
            f"{(proc.stdout + proc.stderr)[-2000:]}"
        )
    if not quiet:
        print(f"install: {APT_PACKAGE} via apt-get in {time.monotonic() - t0:.1f}s")
    return sbin


def amqp_ready(port: int, timeout: float = 2.0) -> bool:
    """True if an AMQP 0-9-1 broker answers the protocol header on ``port``.

    The broker replies with a ``Connection.Start`` method frame (type 1,
    channel 0, class 10, method 10) once it accepts clients.
    """
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as sock:
            sock.sendall(b"AMQP\x00\x00\x09\x01")
            head = b""
            while len(head) < 11:
                chunk = sock.recv(11 - len(head))
                if not chunk:
                    return False
                head += chunk
    except OSError:
        return False
    return head[0] == 1 and head[1:3] == b"\x00\x00" and head[7:11] == b"\x00\x0a\x00\x0a"


class LocalRabbitMQ:
    """RabbitMQ on ``127.0.0.1:<free port>``, user ``guest`` (loopback only).

    ``LocalRabbitMQ(state_dir)`` then ``start()`` / ``stop()``, or use it as
    a context manager. ``transport_url`` is what oslo.messaging wants.
    ``STATE/rabbitmq/`` is wiped at start: every start is a fresh broker.
    """

    name = "rabbitmq"

    def __init__(
        self,
        state_dir: str | os.PathLike[str],
        *,
        port: int | None = None,
        start_timeout: float = START_TIMEOUT,
    ) -> None:
        self.state_dir = Path(state_dir).resolve()
        self.service_dir = self.state_dir / self.name
        self.port = port
        self.start_timeout = start_timeout
        self.pid: int | None = None
        self.epmd_pid: int | None = None
        self.startup_seconds: float | None = None
        self.node_name = f"rabbit-{secrets.token_hex(4)}@localhost"
        self._procs: list[subprocess.Popen] = []

    @property
    def log_file(self) -> Path:
        return self.service_dir / "server.log"

    @property
    def transport_url(self) -> str:
        if self.port is None:
            raise RuntimeError("rabbitmq has no port yet (not started)")
        return f"rabbit://guest:guest@{HOST}:{self.port}/"

    @property
    def url(self) -> str:
        return self.transport_url

    def _env(self, sbin: Path, epmd_port: int, dist_port: int) -> dict[str, str]:
        d = self.service_dir
        env = dict(os.environ)
        env.update(
            {
                # the Erlang cookie is written to $HOME/.erlang.cookie
                "HOME": str(d),
                "RABBITMQ_NODENAME": self.node_name,
                "RABBITMQ_NODE_IP_ADDRESS": HOST,
                "RABBITMQ_NODE_PORT": str(self.port),
                "RABBITMQ_DIST_PORT": str(dist_port),
                "ERL_EPMD_ADDRESS": HOST,
                "ERL_EPMD_PORT": str(epmd_port),
                "RABBITMQ_MNESIA_BASE": str(d / "mnesia"),
                "RABBITMQ_LOG_BASE": str(d / "log"),
                "RABBITMQ_PID_FILE": str(d / "rabbit.pid"),
                "RABBITMQ_ENABLED_PLUGINS_FILE": str(d / "enabled_plugins"),
                # keep the machine's /etc/rabbitmq files out of it
                "RABBITMQ_CONF_ENV_FILE": str(d / "rabbitmq-env.conf"),
                "RABBITMQ_CONFIG_FILE": str(d / "rabbitmq.conf"),
                "RABBITMQ_ADVANCED_CONFIG_FILE": str(d / "advanced.config"),
                # the Erlang distribution listens on loopback only
                "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS": (
                    "-kernel inet_dist_use_interface {127,0,0,1}"
                ),
                "PATH": f"{sbin}{os.pathsep}{os.environ.get('PATH', '')}",
            }
        )
        return env

    def start(self) -> LocalRabbitMQ:
        """Start epmd and the broker; return once it answers AMQP."""
        if self.pid is not None and pid_alive(self.pid):
            raise RuntimeError(f"rabbitmq already running (pid {self.pid})")
        sbin = ensure_rabbitmq(quiet=True)
        epmd = shutil.which("epmd") or "/usr/bin/epmd"
        if (self.service_dir / PID_FILE).exists() or (self.service_dir / DAEMONS_FILE).exists():
            stop_service_dir(self.service_dir)  # leftover of a crashed run
        if self.service_dir.exists():
            shutil.rmtree(self.service_dir)
        d = self.service_dir
        for sub in ("mnesia", "log"):
            (d / sub).mkdir(parents=True)
        (d / "enabled_plugins").write_text("[].\n")
        (d / "rabbitmq-env.conf").write_text("")
        t0 = time.monotonic()
        if self.port is None:
            self.port = free_port()
        (d / "rabbitmq.conf").write_text(
            "loopback_users.guest = true\n"
            "disk_free_limit.absolute = 50MB\n"
            f"listeners.tcp.default = {HOST}:{self.port}\n"
        )
        epmd_port, dist_port = free_port(), free_port()
        env = self._env(sbin, epmd_port, dist_port)
        with open(d / "epmd.log", "ab") as log:
            ep = subprocess.Popen(
                [epmd, "-address", HOST, "-port", str(epmd_port)],
                env=env,
                cwd=d,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._procs.append(ep)
        self.epmd_pid = ep.pid
        (d / DAEMONS_FILE).write_text(f"{ep.pid} epmd\n")
        _LIVE.add(self)
        try:
            with open(self.log_file, "ab") as log:
                proc = subprocess.Popen(
                    [str(sbin / "rabbitmq-server")],
                    env=env,
                    cwd=d,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self._procs.append(proc)
            self.pid = proc.pid
            # the pid is the rabbitmq-server script, which stops beam on SIGTERM
            (d / PID_FILE).write_text(f"{proc.pid} rabbitmq-server\n")
            (d / "url").write_text(self.transport_url + "\n")
            deadline = time.monotonic() + self.start_timeout
            while not amqp_ready(self.port):
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"rabbitmq exited with {proc.returncode} during start-up; "
                        f"last lines of {self.log_file}:\n{tail(self.log_file)}"
                    )
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"rabbitmq not answering on {HOST}:{self.port} after "
                        f"{self.start_timeout:.0f}s; {self.log_file}:\n{tail(self.log_file)}"
                    )
                time.sleep(0.2)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - t0
        return self

    def stop(self) -> None:
        """SIGTERM the broker and its epmd; SIGKILL what is left after 10 s."""
        targets = []
        if self.pid is not None:
            targets.append((self.pid, "rabbitmq-server"))
        if self.epmd_pid is not None:
            targets.append((self.epmd_pid, "epmd"))
        stop_pids(targets, popens=self._procs)
        (self.service_dir / PID_FILE).unlink(missing_ok=True)
        (self.service_dir / DAEMONS_FILE).unlink(missing_ok=True)
        _LIVE.discard(self)
        self._procs = []
        self.pid = self.epmd_pid = None

    def detach(self) -> None:
        """Leave the broker running when this Python process exits."""
        _LIVE.discard(self)

    @property
    def running(self) -> bool:
        for p in self._procs:
            p.poll()
        return self.pid is not None and pid_alive(self.pid)

    def __enter__(self) -> LocalRabbitMQ:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
