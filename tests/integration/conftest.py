"""Fixtures for tests against the real local services."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NoReturn

import pytest

import typedstack
from tests.conftest import SecretWatch
from tests.integration.wirecheck import WireCheck
from tests.local_openstack import LocalCinder, LocalKeystone, LocalNeutron, LocalSwift, releases
from typedstack.block_storage import v3 as block_storage
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects, role_grants, roles, users
from typedstack.network import v2 as network
from typedstack.network.v2 import extensions
from typedstack.object_store import v1 as object_store


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture(autouse=True)
def wire_check(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[WireCheck]:
    """Nothing unnamed from real servers: every response a test decodes is checked.

    Each model decoded from a real service (nested ones too) must name every
    key of its JSON object (``extra == {}``; open models and free-form maps
    aside), and ``to_dict()`` must give the JSON back exactly. What breaks
    that fails the test at teardown, listed by model, key and request (see
    ``wirecheck.py``).
    With ``TYPEDSTACK_WIRE_LOG=<file>``, every violation is also appended to
    the file as a JSON line, to count them over a whole run.
    """
    check = WireCheck()
    check.install(monkeypatch)
    yield check
    log = os.environ.get("TYPEDSTACK_WIRE_LOG")
    if log:
        with open(log, "a") as f:
            for v in check.violations:
                f.write(json.dumps({"test": request.node.nodeid, **vars(v)}) + "\n")
    if check.violations:
        lines = "\n".join(f"  {v}" for v in check.violations)
        pytest.fail(
            f"{len(check.violations)} response key(s) not named or not given back:\n{lines}",
            pytrace=False,
        )


def _skip(reason: str) -> NoReturn:
    """``pytest.skip`` with the test's name in front: ``-rs`` lists a skip at
    the line that raised it, which is one of the helpers here."""
    test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0].rsplit("::", 1)[-1]
    pytest.skip(f"{test}: {reason}" if test else reason)


def requires_microversion(client: typedstack.ServiceClient, needed: str) -> None:
    """Skips the test, saying why, unless ``client`` (negotiated with
    ``microversion="latest"``) is at ``needed`` or later.

    On the current release every service offers what the tests need; an
    older release (``--openstack-release``) may stop below it, and such a test
    is skipped with the service's maximum in the reason, never passed.
    """
    if client.microversion is None:
        raise AssertionError(f"{client.service_type}: no microversion negotiated")
    if client.microversion < typedstack.parse_version(needed):
        _skip(
            f"needs {client.service_type} {needed}; this release offers up to "
            f"{client.microversion} (OpenStack {releases.selected()})"
        )


#: Neutron endpoint -> the aliases of the extensions it has loaded
_EXTENSIONS: dict[str, frozenset[str]] = {}


def requires_extension(net: typedstack.ServiceClient, alias: str) -> None:
    """Skips the test, saying why, unless Neutron has loaded extension ``alias``
    (Neutron announces features as extensions, not microversions)."""
    if net.endpoint not in _EXTENSIONS:
        _EXTENSIONS[net.endpoint] = frozenset(e.alias for e in extensions.list(net))
    if alias not in _EXTENSIONS[net.endpoint]:
        _skip(
            f"needs the Neutron extension {alias!r}, which OpenStack "
            f"{releases.selected()}'s Neutron does not have"
        )


def requires_newer_than(release: str, what: str) -> None:
    """Skips the test, saying why, on OpenStack ``release`` and older: for a
    behaviour that came after it and that no version number announces."""
    running = releases.selected()
    if running != releases.CURRENT and running <= release:
        _skip(f"{what} only after OpenStack {release}; this run is {running}")


@pytest.fixture()
def admin(keystone: LocalKeystone) -> Iterator[typedstack.ProviderClient]:
    """A provider for the bootstrap admin, project-scoped, from keywords."""
    provider = typedstack.connect(
        auth_url=keystone.auth_url,
        username="admin",
        password=keystone.admin_password,
        project_name="admin",
        user_domain_name="Default",
        project_domain_name="Default",
        region_name="RegionOne",
    )
    yield provider
    provider.close()


@pytest.fixture()
def ks(admin: typedstack.ProviderClient) -> typedstack.ServiceClient:
    return identity.new_client(admin)


@pytest.fixture()
def net(
    neutron_service: LocalNeutron, admin: typedstack.ProviderClient
) -> typedstack.ServiceClient:
    """The network client of the admin, on the suite's real Neutron (API server, no agents)."""
    return network.new_client(admin)


@pytest.fixture()
def cinder(
    cinder_service: LocalCinder, admin: typedstack.ProviderClient
) -> typedstack.ServiceClient:
    """The block storage client of the admin, on the suite's real Cinder (fake backend)."""
    return block_storage.new_client(admin, microversion="latest")


@pytest.fixture()
def swift(swift_service: LocalSwift, admin: typedstack.ProviderClient) -> typedstack.ServiceClient:
    """The object-store client of the admin (its account AUTH_<admin project id>),
    on the suite's real Swift."""
    return object_store.new_client(admin)


@dataclass
class Account:
    """A user made for one test, with its password and project."""

    user: users.User
    password: str
    project: projects.Project


@pytest.fixture()
def account(ks: typedstack.ServiceClient, secret_watch: SecretWatch) -> Iterator[Account]:
    """A new user with the member role on a new project; deleted afterwards."""
    password = "pw-" + uuid.uuid4().hex
    secret_watch.secrets.add(password)
    project = projects.create(ks, projects.CreateOpts(name=unique("proj"), domain_id="default"))
    user = users.create(
        ks, users.CreateOpts(name=unique("user"), domain_id="default", password=password)
    )
    member = next(iter(roles.list(ks, roles.ListOpts(name="member"))))
    role_grants.assign_project_user_role(ks, project.id, user.id, member.id)
    yield Account(user=user, password=password, project=project)
    users.delete(ks, user.id)
    projects.delete(ks, project.id)
