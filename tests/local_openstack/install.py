"""Create the virtualenv that holds the pinned OpenStack services.

``ensure_venv()`` is idempotent: a marker file inside the venv records the
release and the pins it was built with, so a second call with the same (or a
smaller) set of services returns in milliseconds without touching pip.

Each OpenStack release has its own venv: the current one
``.cache/services-venv`` (or ``$TYPEDSTACK_SERVICES_VENV``), an older one the
same path with ``-<release>`` added (see ``releases/``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import releases
from .releases import Release

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
CONSTRAINTS = HERE / "constraints.txt"
MARKER_NAME = "typedstack-services.json"

#: The WSGI server; none of the services ships one.
GUNICORN_PIN = "gunicorn==27.0.1"

#: service name -> (pip requirement, module that must import afterwards)
SERVICE_PINS: dict[str, tuple[str, str]] = {
    "keystone": ("keystone==30.0.0", "keystone"),
    "placement": ("openstack-placement==16.0.0", "placement"),
    "glance": ("glance==33.0.0", "glance"),
    # API only (ML2, no agents): nova's API asks it for ports and security groups
    "neutron": ("neutron==29.0.0", "neutron"),
    # nova-api/conductor/scheduler/compute; the FakeDriver ships in the wheel
    "nova": ("nova==34.0.0", "nova"),
    # proxy + account/container/object servers (their own eventlet servers,
    # no gunicorn); keystone auth through keystonemiddleware's authtoken
    "swift": ("swift==2.38.3", "swift"),
    # cinder-api/scheduler/volume; the volume backend is cinder's own test
    # driver (cinder.tests.fake_driver), which imports `fixtures`
    "cinder": ("cinder==29.0.0", "cinder"),
}
#: what a service needs beyond its own requirements: (pip requirement, module)
EXTRA_PINS: dict[str, tuple[tuple[str, str], ...]] = {
    "cinder": (("fixtures==4.3.2", "fixtures"),),
}
ALL_SERVICES = tuple(SERVICE_PINS)
#: services another one needs running (and so installed) beside keystone
DEPENDS: dict[str, tuple[str, ...]] = {"nova": ("placement", "glance", "neutron")}


def release_spec(name: str | None = None) -> Release:
    """The :class:`Release` ``name`` (default: ``$TYPEDSTACK_OPENSTACK_RELEASE``,
    else the current one)."""
    name = releases.check(name) if name else releases.selected()
    if name in releases.OLDER:
        return releases.OLDER[name]
    return Release(
        name=name,
        codename="current",
        pins={s: pin for s, (pin, _) in SERVICE_PINS.items()},
        gunicorn=GUNICORN_PIN,
        extra_pins={s: tuple(pin for pin, _ in pairs) for s, pairs in EXTRA_PINS.items()},
        constraints=CONSTRAINTS,
    )


def default_venv(release: str | None = None) -> Path:
    """``$TYPEDSTACK_SERVICES_VENV`` or ``<repo>/.cache/services-venv`` for the
    current release; for an older one, the same path plus ``-<release>``."""
    name = releases.check(release) if release else releases.selected()
    env = os.environ.get("TYPEDSTACK_SERVICES_VENV")
    base = Path(env).expanduser().resolve() if env else REPO_ROOT / ".cache" / "services-venv"
    return base if name == releases.CURRENT else base.with_name(f"{base.name}-{name}")


def venv_release(venv: str | os.PathLike[str]) -> Release:
    """The release a services venv was built for (from its marker file; a
    venv whose marker names none is the current release's)."""
    marker = _read_marker(Path(venv)) or {}
    return release_spec(marker.get("release") or releases.CURRENT)


def parse_services(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Normalise ``"keystone,glance"`` or an iterable to a checked tuple."""
    if value is None:
        return ("keystone",)
    items = value.split(",") if isinstance(value, str) else list(value)
    names = [s.strip().lower() for s in items if s.strip()]
    unknown = [s for s in names if s not in SERVICE_PINS]
    if unknown:
        raise ValueError(f"unknown service(s) {unknown}; known: {ALL_SERVICES}")
    # keystone is needed by every other service; nova needs a few more
    # (cinder and nova also need RabbitMQ, from apt: see rabbitmq.py)
    wanted = {"keystone", *names, *(dep for n in names for dep in DEPENDS.get(n, ()))}
    # in start order: dependencies first
    return tuple(s for s in ALL_SERVICES if s in wanted)


def _pins_for(services: Iterable[str], release: Release) -> list[str]:
    pins = {release.gunicorn}
    for s in services:
        pins |= {release.pins[s], *release.extra_pins.get(s, ())}
    return sorted(pins)


def _constraints_digest(release: Release) -> str:
    return hashlib.sha256(release.constraints.read_bytes()).hexdigest()[:16]


def _read_marker(venv: Path) -> dict | None:
    try:
        return json.loads((venv / MARKER_NAME).read_text())
    except (OSError, ValueError):
        return None


def _pin_map(pins: Iterable[str]) -> dict[str, str]:
    return dict(p.split("==", 1) for p in pins)


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_venv(
    path: str | os.PathLike[str] | None = None,
    services: Iterable[str] = ("keystone",),
    *,
    quiet: bool = False,
    release: str | None = None,
) -> Path:
    """Make sure ``path`` is a venv with the pinned ``services`` installed.

    ``release`` names the OpenStack release (default:
    ``$TYPEDSTACK_OPENSTACK_RELEASE``, else the current one); without
    ``path``, each release has its own venv (:func:`default_venv`). Creates
    the venv if missing. Rebuilds it from scratch if its marker file records
    other versions of the same packages or another constraints file; a venv
    of another release is never rebuilt (an error). Returns the absolute
    venv path.
    """
    spec = release_spec(release)
    venv = Path(path).expanduser().resolve() if path else default_venv(spec.name)
    services = parse_services(list(services))
    venv.parent.mkdir(parents=True, exist_ok=True)
    # one installer at a time: two test runs sharing the venv would otherwise
    # each rewrite its marker with only what they installed
    with _install_lock(venv):
        return _ensure(venv, services, quiet, spec)


@contextlib.contextmanager
def _install_lock(venv: Path) -> Iterator[None]:
    """An exclusive lock on ``<venv>.lock`` beside the venv (POSIX; none elsewhere)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with open(venv.with_name(venv.name + ".lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _ensure(venv: Path, services: tuple[str, ...], quiet: bool, release: Release) -> Path:
    wanted = _pins_for(services, release)
    digest = _constraints_digest(release)

    marker = _read_marker(venv)
    if marker is not None and venv_python(venv).exists():
        built_for = marker.get("release") or releases.CURRENT
        if built_for != release.name:
            raise RuntimeError(
                f"{venv} holds OpenStack {built_for}, not {release.name}: "
                "give each release its own venv (see tests/local_openstack/README.md)"
            )
        have = _pin_map(marker.get("pins", []))
        conflict = marker.get("constraints") != digest or any(
            have.get(name, ver) != ver for name, ver in _pin_map(wanted).items()
        )
        if conflict:
            if not quiet:
                print(f"install: pins changed, rebuilding {venv}", file=sys.stderr)
            shutil.rmtree(venv)
        elif set(wanted) <= set(marker.get("pins", [])):
            # fast path: already installed (fixups are idempotent and cheap:
            # a venv made before a fixup was added gets it too)
            releases.apply_fixups(release, venv)
            return venv
        else:
            wanted = sorted(set(wanted) | set(marker["pins"]))

    t0 = time.monotonic()
    if not venv_python(venv).exists():
        venv.parent.mkdir(parents=True, exist_ok=True)
        base = os.environ.get("TYPEDSTACK_SERVICES_PYTHON", sys.executable)
        subprocess.run([base, "-m", "venv", str(venv)], check=True)

    (venv / MARKER_NAME).unlink(missing_ok=True)
    cmd = [
        str(venv_python(venv)),
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
        "-c",
        str(release.constraints),
        *wanted,
    ]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
    # pip may print a harmless warning per package about local mirror dirs
    noise = "is ignored: it is neither a file"
    out = "\n".join(
        line for line in (proc.stdout + proc.stderr).splitlines() if noise not in line
    ).strip()
    if proc.returncode != 0:
        raise RuntimeError(f"pip install failed ({proc.returncode}):\n{out}")
    if out and not quiet:
        print(out, file=sys.stderr)
    for change in releases.apply_fixups(release, venv):
        if not quiet:
            print(f"install: fixup {change}", file=sys.stderr)

    # one interpreter imports them all: only the packages, not cinder's
    # drivers (cinder picks oslo.service's eventlet backend, nova threading)
    names = {p.split("==", 1)[0] for p in wanted}
    extras = [pair for pairs in EXTRA_PINS.values() for pair in pairs]
    modules = ["gunicorn"] + [
        m for pin, m in [*SERVICE_PINS.values(), *extras] if pin.split("==", 1)[0] in names
    ]
    check = subprocess.run(
        [str(venv_python(venv)), "-W", "ignore", "-c", "import " + ", ".join(modules)],
        check=False,
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        raise RuntimeError(f"installed venv cannot import {modules}:\n{check.stderr}")

    record: dict[str, object] = {"pins": wanted, "constraints": digest}
    if not release.current:
        record["release"] = release.name
    (venv / MARKER_NAME).write_text(json.dumps(record, indent=1) + "\n")
    if not quiet:
        print(
            f"install: OpenStack {release}: {', '.join(wanted)} into {venv} "
            f"in {time.monotonic() - t0:.1f}s",
            file=sys.stderr,
        )
    return venv
