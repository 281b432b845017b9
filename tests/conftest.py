"""Fixtures shared by the whole suite.

The integration tests talk to real OpenStack services that this suite
starts itself (see ``tests/local_openstack``): a session-scoped Keystone,
and Placement, Glance, Nova (with Neutron and RabbitMQ), Cinder (with
RabbitMQ) and Swift when a test asks for them. They run on
127.0.0.1 with SQLite in a temporary folder and are stopped by PID at the
end of the session.

``TYPEDSTACK_OPENSTACK_RELEASE`` (``scripts/test.sh --openstack-release``)
picks the OpenStack release the services come from: the current one by
default, or an older one (2025.1, 2024.1) from its own venv; see
``tests/local_openstack/releases/``.

Every secret an integration test uses is registered with :func:`secrets`;
at the end of the session, every log record, exception message and repr
captured during the run is searched for them (see ``SecretWatch``).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.local_openstack import (
    LocalCinder,
    LocalGlance,
    LocalKeystone,
    LocalNeutron,
    LocalNova,
    LocalPlacement,
    LocalRabbitMQ,
    LocalSwift,
    ensure_venv,
    releases,
)

ADMIN_PASSWORD = "adm1n-Pa55-" + os.urandom(6).hex()

# The suite reads responses strictly: a value that does not fit its spec
# raises instead of being read tolerantly, so that spec drift fails a test.
# Tests of the tolerant reader ask for it explicitly (strict=False).
# TYPEDSTACK_STRICT=0 runs the suite tolerantly instead; the warnings the
# tolerant reader then logs are listed at the end of the run.
os.environ.setdefault("TYPEDSTACK_STRICT", "1")


class DecodeWarnings(logging.Handler):
    """The tolerant reader's reports (``typedstack.decode``) of the whole run."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


_DECODE_WARNINGS = DecodeWarnings()
logging.getLogger("typedstack.decode").addHandler(_DECODE_WARNINGS)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Lists what the tolerant reader reported in a tolerant run (none in a strict one).

    Run on the integration tests alone to see what the real services sent;
    the tolerant reader's own unit tests provoke reports on purpose.
    """
    lines = sorted(set(_DECODE_WARNINGS.lines))
    if os.environ.get("TYPEDSTACK_STRICT") != "1" and lines:
        terminalreporter.section("values the tolerant reader reported")
        for line in lines:
            terminalreporter.write_line(line)


class SecretWatch(logging.Handler):
    """Records every log line of the run, to check that no secret is in any."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []
        self.secrets: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

    def leaks(self, texts: list[str]) -> list[str]:
        return [
            f"{secret[:4]}… in {text[:120]!r}"
            for secret in self.secrets
            for text in texts
            if secret and secret in text
        ]


_WATCH = SecretWatch()

#: state folders of the services this session started (see ``keystone``)
_SERVICE_STATES: list[Path] = []
_LOG_OFFSETS = pytest.StashKey[dict[Path, int]]()
#: what a failing test's report shows of the service logs
_NOTEWORTHY = re.compile(
    r" (WARNING|ERROR|CRITICAL) |Traceback|status: 5\d\d|\" 5\d\d "
    r"|HTTP/1\.[01] 5\d\d |allocation candidates|No valid host"
)
#: ... minus what the services say on every call
_NOISE = re.compile(r"is deprecated|Truncating password")


def _service_logs() -> list[Path]:
    return sorted(log for state in _SERVICE_STATES for log in state.glob("*/*.log"))


def pytest_configure(config: pytest.Config) -> None:
    """Refuses an unknown ``$TYPEDSTACK_OPENSTACK_RELEASE`` before collecting."""
    try:
        releases.selected()
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None


#: the folders whose tests do not depend on the OpenStack release
_RELEASE_INDEPENDENT = ("unit", "faults", "fuzz")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With an older release selected only the integration tests run: the
    unit, fault and fuzz tests talk to no OpenStack service."""
    if releases.selected() == releases.CURRENT:
        return None
    try:
        parts = collection_path.resolve().relative_to(Path(__file__).resolve().parent).parts
    except ValueError:
        return None
    return True if parts and parts[0] in _RELEASE_INDEPENDENT else None


def pytest_report_header(config: pytest.Config) -> str:
    name = releases.selected()
    if name == releases.CURRENT:
        return f"OpenStack release: {name} (current)"
    return f"OpenStack release: {releases.OLDER[name]} (older; {releases.RELEASE_ENV})"


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Remembers where each service log ends, for the report of a failure."""
    item.stash[_LOG_OFFSETS] = {log: log.stat().st_size for log in _service_logs()}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A failing test's report carries what the services logged meanwhile.

    CI keeps no service logs: the warnings and errors Nova, Placement and
    the others wrote while the test ran (scheduler decisions, 5xx answers)
    are what explains a failure that the client side alone cannot.
    """
    report: pytest.TestReport = yield
    if report.failed and _SERVICE_STATES:
        offsets = item.stash.get(_LOG_OFFSETS, {})
        lines: list[str] = []
        for log in _service_logs():
            with log.open("rb") as f:
                f.seek(offsets.get(log, 0))
                text = f.read().decode("utf-8", "replace")
            name = f"{log.parent.name}/{log.name}"
            lines += [
                f"{name}: {line[:400]}"
                for line in text.splitlines()
                if _NOTEWORTHY.search(line) and not _NOISE.search(line)
            ]
        if lines:
            report.sections.append(("service log warnings and errors", "\n".join(lines[-60:])))
    return report


@pytest.fixture(scope="session")
def secret_watch() -> Iterator[SecretWatch]:
    """Captures the DEBUG logs of the session; fails its teardown on a leak."""
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(_WATCH)
    _WATCH.secrets.add(ADMIN_PASSWORD)
    yield _WATCH
    root.removeHandler(_WATCH)
    root.setLevel(old_level)
    leaks = _WATCH.leaks(_WATCH.lines)
    assert not leaks, f"secrets in the debug log: {leaks}"


@pytest.fixture(scope="session")
def openstack_release() -> str:
    """The OpenStack release the services come from (``$TYPEDSTACK_OPENSTACK_RELEASE``)."""
    return releases.selected()


@pytest.fixture(scope="session")
def services_venv() -> Path:
    return ensure_venv(services=("keystone", "placement", "glance"), quiet=True)


@pytest.fixture(scope="session")
def keystone(
    services_venv: Path, tmp_path_factory: pytest.TempPathFactory, secret_watch: SecretWatch
) -> Iterator[LocalKeystone]:
    state = tmp_path_factory.mktemp("openstack")
    _SERVICE_STATES.append(state)
    with LocalKeystone(services_venv, state, admin_password=ADMIN_PASSWORD) as ks:
        yield ks


@pytest.fixture(scope="session")
def placement_service(services_venv: Path, keystone: LocalKeystone) -> Iterator[LocalPlacement]:
    with LocalPlacement(services_venv, keystone.state_dir, keystone) as service:
        yield service


@pytest.fixture(scope="session")
def glance_service(services_venv: Path, keystone: LocalKeystone) -> Iterator[LocalGlance]:
    with LocalGlance(services_venv, keystone.state_dir, keystone) as service:
        yield service


@pytest.fixture(scope="session")
def nova_venv(services_venv: Path) -> Path:
    """The services venv with Nova and Neutron added (installed on first use)."""
    return ensure_venv(services_venv, services=("nova",), quiet=True)


@pytest.fixture(scope="session")
def cinder_venv(services_venv: Path) -> Path:
    """The services venv with Cinder (and `fixtures`) added (installed on first use)."""
    return ensure_venv(services_venv, services=("cinder",), quiet=True)


@pytest.fixture(scope="session")
def rabbitmq_service(keystone: LocalKeystone) -> Iterator[LocalRabbitMQ]:
    """RabbitMQ from Debian's package (apt-get installed if missing), for Nova and Cinder."""
    with LocalRabbitMQ(keystone.state_dir) as broker:
        yield broker


@pytest.fixture(scope="session")
def neutron_service(nova_venv: Path, keystone: LocalKeystone) -> Iterator[LocalNeutron]:
    """The Neutron API (no agents): Nova's API asks it about every server's ports."""
    with LocalNeutron(nova_venv, keystone.state_dir, keystone) as service:
        yield service


@pytest.fixture(scope="session")
def nova_service(
    nova_venv: Path,
    keystone: LocalKeystone,
    placement_service: LocalPlacement,
    glance_service: LocalGlance,
    neutron_service: LocalNeutron,
    rabbitmq_service: LocalRabbitMQ,
) -> Iterator[LocalNova]:
    """Nova with the FakeDriver; returns once a server can be booted."""
    with LocalNova(
        nova_venv,
        keystone.state_dir,
        keystone,
        placement_service,
        glance_service,
        rabbitmq_service,
        neutron=neutron_service,
    ) as service:
        yield service


@pytest.fixture(scope="session")
def cinder_service(
    cinder_venv: Path, keystone: LocalKeystone, rabbitmq_service: LocalRabbitMQ
) -> Iterator[LocalCinder]:
    """Cinder on its fake backend; returns once a volume can be created."""
    with LocalCinder(cinder_venv, keystone.state_dir, keystone, rabbitmq_service) as service:
        yield service


@pytest.fixture(scope="session")
def swift_venv(services_venv: Path) -> Path:
    """The services venv with Swift added (installed on first use)."""
    return ensure_venv(services_venv, services=("swift",), quiet=True)


@pytest.fixture(scope="session")
def swift_service(swift_venv: Path, keystone: LocalKeystone) -> Iterator[LocalSwift]:
    """Swift (proxy, account, container and object servers); returns once an
    authenticated PUT of a container and an object works."""
    with LocalSwift(swift_venv, keystone.state_dir, keystone) as service:
        yield service


@pytest.fixture()
def clouds_yaml(keystone: LocalKeystone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clouds.yaml for the local Keystone (cloud ``local``), selected via OS_CLOUD."""
    path = keystone.write_clouds_yaml(tmp_path / "clouds.yaml")
    for name in list(os.environ):
        if name.startswith("OS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))
    monkeypatch.setenv("OS_CLOUD", "local")
    return path
