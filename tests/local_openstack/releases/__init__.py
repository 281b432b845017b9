"""The OpenStack releases the suite can run against, and what differs in each.

The current release (:data:`CURRENT`) is what ``install.py`` pins and what
the suite runs by default. An older release is chosen with
``scripts/test.sh --openstack-release 2025.1`` (or
``TYPEDSTACK_OPENSTACK_RELEASE``): its services are the newest stable point
release of each project in that series, installed into a venv of their own
(``.cache/services-venv-2025.1``) under ``releases/<name>/constraints.txt``.

The start-up code is the same for every release; the few things an older
release needs are flags here, applied where the service starts:

* ``fixups``: small patches of the installed code (backports of later
  upstream fixes), applied by
  ``ensure_venv`` after every pip run (idempotent, see :func:`apply_fixups`);
* ``nova_api_env``: extra environment of nova-api only;
* ``swift_conf_shim``: Swift < 2.38 reads ``/etc/swift/swift.conf`` at
  start-up, whatever ``swift_dir`` says; its servers are run through a shim
  that points Swift at the state directory's file instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: the environment variable that selects a release (``scripts/test.sh
#: --openstack-release`` sets it)
RELEASE_ENV = "TYPEDSTACK_OPENSTACK_RELEASE"


@dataclass(frozen=True)
class Release:
    """One OpenStack release: its service pins and its differences."""

    name: str
    codename: str
    #: service -> pip requirement (the module to import is the service's own)
    pins: dict[str, str]
    gunicorn: str
    #: what a service needs beyond its own requirements (cinder's fake driver)
    extra_pins: dict[str, tuple[str, ...]]
    constraints: Path
    #: patches of the installed code: each takes site-packages, returns what it did
    fixups: tuple[Callable[[Path], list[str]], ...] = ()
    nova_api_env: dict[str, str] = field(default_factory=dict)
    swift_conf_shim: bool = False

    @property
    def current(self) -> bool:
        return self.name == CURRENT

    def __str__(self) -> str:
        return f"{self.name} ({self.codename})"


# --------------------------------------------------------------------------
# fixups: each idempotent, each returns a line per change it made
# --------------------------------------------------------------------------


def _fix_keystone_service_providers(site: Path) -> list[str]:
    """Keystone before 28: ``get_enabled_service_providers()`` returns a lazy
    query that is iterated after its reader session has closed. The SQLite
    connection, holding its shared lock, is never given back, so the first
    write after any token issue waits 5 s and fails with "database is locked"
    (HTTP 500). Upstream later returns ``.all()``; so does this."""
    path = site / "keystone" / "federation" / "backends" / "sql.py"
    text = path.read_text()
    func = text.find("def get_enabled_service_providers(")
    if func < 0:
        raise RuntimeError(f"{path}: get_enabled_service_providers not found")
    end = text.find("\n    def ", func + 1)
    end = len(text) if end < 0 else end
    body = text[func:end]
    lazy = "\n            return service_providers\n"
    if lazy not in body:
        if "return service_providers.all()" in body:
            return []
        raise RuntimeError(f"{path}: get_enabled_service_providers has changed; fixup not applied")
    fixed = body.replace(lazy, "\n            return service_providers.all()\n")
    path.write_text(text[:func] + fixed + text[end:])
    return [f"{path.relative_to(site)}: get_enabled_service_providers() returns .all()"]


def _fix_cinder_fake_extend(site: Path) -> list[str]:
    """Cinder before 2025.2: the fake backend the suite uses
    (``cinder.tests.fake_driver.FakeLoggingVolumeDriver``) inherits LVM's
    ``extend_volume``, which calls a method its fake LVM lacks, so every
    extend ends in ``error_extending``. Upstream later gave the fake driver
    its own no-op ``extend_volume``; so does this."""
    path = site / "cinder" / "tests" / "fake_driver.py"
    if not path.exists():
        return []  # cinder not installed (yet): the next ensure_venv() does it
    text = path.read_text()
    start = text.find("class FakeLoggingVolumeDriver(")
    end = text.find("\nclass ", start + 1)
    if start < 0 or end < 0:
        raise RuntimeError(f"{path}: FakeLoggingVolumeDriver not found")
    if "def extend_volume(" in text[start:end]:
        return []
    anchor = text.find("\n    def _update_volume_stats(self):", start, end)
    if anchor < 0:
        raise RuntimeError(f"{path}: FakeLoggingVolumeDriver has changed; fixup not applied")
    method = "\n    def extend_volume(self, volume, new_size):\n        return\n"
    path.write_text(text[:anchor] + method + text[anchor:])
    return [f"{path.relative_to(site)}: FakeLoggingVolumeDriver.extend_volume() added"]


#: package -> (the WSGI module to add, its source). The 2025.1 layout the
#: services' classes start (``<package>.wsgi.api:application``...), for 2024.1,
#: where only pbr-generated ``bin/*-wsgi`` scripts existed.
_WSGI_MODULES: dict[str, tuple[str, str]] = {
    "keystone": (
        "api.py",
        "from keystone.server import wsgi\n\napplication = wsgi.initialize_public_application()\n",
    ),
    "placement": (
        "api.py",
        "from placement import wsgi\n\napplication = wsgi.init_application()\n",
    ),
    "glance": (
        "api.py",
        "from glance.common import wsgi_app\n\napplication = wsgi_app.init_app()\n",
    ),
    # neutron's own neutron-api script goes through neutron.cmd.eventlet,
    # which monkey-patches (and would hang under gunicorn's threads)
    "neutron": (
        "api.py",
        "from neutron import server\nfrom neutron.server import api_eventlet\n\n"
        "application = server.boot_server(api_eventlet.eventlet_api_server)\n",
    ),
    "nova": (
        "osapi_compute.py",
        "from nova.api.openstack.compute import wsgi\n\napplication = wsgi.init_application()\n",
    ),
    "cinder": (
        "api.py",
        "from cinder.wsgi import wsgi\n\napplication = wsgi.initialize_application()\n",
    ),
}


def _backport_wsgi_modules(site: Path) -> list[str]:
    """Adds ``<package>/wsgi/<module>`` for each installed service lacking it.

    Where ``<package>/wsgi.py`` exists it becomes ``<package>/wsgi/__init__.py``
    (what upstream did in 2025.1), so the old import path keeps working.
    """
    done = []
    for package, (module, source) in _WSGI_MODULES.items():
        root = site / package
        if not root.is_dir():
            continue  # not installed (yet): the next ensure_venv() adds it
        pkg = root / "wsgi"
        old = root / "wsgi.py"
        if old.exists() and not pkg.exists():
            pkg.mkdir()
            old.rename(pkg / "__init__.py")
            done.append(f"{package}/wsgi.py -> {package}/wsgi/__init__.py")
        pkg.mkdir(exist_ok=True)
        init = pkg / "__init__.py"
        if not init.exists():
            init.write_text("")
        target = pkg / module
        if not target.exists():
            doc = '"""Added by typedstack\'s tests: a 2025.1-style WSGI entry point."""'
            target.write_text(f"{doc}\n\n{source}")
            done.append(f"added {package}/wsgi/{module}")
    return done


def apply_fixups(release: Release, venv: Path) -> list[str]:
    """Runs the release's fixups on ``venv``; returns what they changed."""
    if not release.fixups:
        return []
    sites = sorted((venv / "lib").glob("python3*/site-packages"))
    if len(sites) != 1:
        raise RuntimeError(f"{venv}: expected one site-packages, found {sites}")
    return [line for fix in release.fixups for line in fix(sites[0])]


# --------------------------------------------------------------------------
# the releases
# --------------------------------------------------------------------------

#: the release the suite runs by default (pins of ``install.py``)
CURRENT = "2026.2"

#: the older releases; newest stable point release of each service in the series
OLDER: dict[str, Release] = {
    "2025.1": Release(
        name="2025.1",
        codename="Epoxy",
        pins={
            "keystone": "keystone==27.1.0",
            "placement": "openstack-placement==13.0.1",
            "glance": "glance==30.2.0",
            "neutron": "neutron==26.0.6",
            "nova": "nova==31.3.1",
            "swift": "swift==2.35.5",
            "cinder": "cinder==26.3.0",
        },
        gunicorn="gunicorn==23.0.0",
        extra_pins={"cinder": ("fixtures==4.2.4.post1",)},
        constraints=HERE / "2025.1" / "constraints.txt",
        fixups=(_fix_keystone_service_providers, _fix_cinder_fake_extend),
        # nova <= 2025.1 monkey-patches eventlet on import; under gunicorn's
        # threads the first authenticated request then hangs until the
        # worker timeout. conductor, scheduler and compute keep eventlet.
        nova_api_env={"OS_NOVA_DISABLE_EVENTLET_PATCHING": "1"},
        swift_conf_shim=True,
    ),
    "2024.1": Release(
        name="2024.1",
        codename="Caracal",
        pins={
            "keystone": "keystone==25.0.0",
            "placement": "openstack-placement==11.0.1",
            "glance": "glance==28.2.0",
            "neutron": "neutron==24.2.2",
            "nova": "nova==29.4.0",
            "swift": "swift==2.33.1",
            "cinder": "cinder==24.5.0",
        },
        gunicorn="gunicorn==21.2.0",
        extra_pins={"cinder": ("fixtures==4.1.0",)},
        constraints=HERE / "2024.1" / "constraints.txt",
        fixups=(
            _fix_keystone_service_providers,
            _fix_cinder_fake_extend,
            _backport_wsgi_modules,
        ),
        nova_api_env={"OS_NOVA_DISABLE_EVENTLET_PATCHING": "1"},
        swift_conf_shim=True,
    ),
}

NAMES = (CURRENT, *OLDER)


def check(name: str | None) -> str:
    """``name`` if it is a known release (``None``/empty: the current one)."""
    if not name:
        return CURRENT
    if name not in NAMES:
        raise ValueError(f"unknown OpenStack release {name!r}; known: {', '.join(NAMES)}")
    return name


def selected() -> str:
    """The release named by ``$TYPEDSTACK_OPENSTACK_RELEASE`` (default: the current one)."""
    return check(os.environ.get(RELEASE_ENV, "").strip())
