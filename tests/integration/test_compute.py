"""Compute (Nova 34 with its FakeDriver) through the generated modules, as a user drives it.

The suite's own Nova boots servers without a hypervisor: they reach ACTIVE
in about a second and support the power, lock, resize, rebuild, shelve and
snapshot actions. There is no network backend, so servers are booted with
``networks="none"`` (microversion 2.37 or later).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import struct
import uuid
import warnings
from collections.abc import Callable, Iterator

import pytest

import typedstack
from tests.conftest import SecretWatch
from tests.integration.conftest import requires_microversion, unique
from tests.local_openstack import LocalKeystone, LocalNova, releases
from typedstack.compute import v2 as compute
from typedstack.compute.v2 import (
    flavor_access,
    flavor_extra_specs,
    flavors,
    instance_actions,
    keypairs,
    server_actions,
    server_groups,
    server_metadata,
    server_tags,
    servers,
)
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects
from typedstack.image import v2 as image
from typedstack.image.v2 import image_data, images

WAIT = {"timeout": 120, "interval": 1}


# --------------------------------------------------------------------------
# fixtures
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def provider(
    keystone: LocalKeystone, nova_service: LocalNova
) -> Iterator[typedstack.ProviderClient]:
    """The bootstrap admin, project-scoped, once Nova is up."""
    client = typedstack.connect(
        auth_url=keystone.auth_url,
        username="admin",
        password=keystone.admin_password,
        project_name="admin",
        user_domain_name="Default",
        project_domain_name="Default",
        region_name="RegionOne",
    )
    yield client
    client.close()


@pytest.fixture(scope="module")
def nova(provider: typedstack.ProviderClient) -> typedstack.ServiceClient:
    return compute.new_client(provider, microversion="latest")


def at(provider: typedstack.ProviderClient, microversion: str) -> typedstack.ServiceClient:
    """A compute client pinned to ``microversion``."""
    return compute.new_client(provider, microversion=microversion)


@pytest.fixture(scope="module")
def boot_image(provider: typedstack.ProviderClient) -> Iterator[images.Image]:
    """A tiny raw image in the suite's Glance."""
    glance = image.new_client(provider)
    img = images.create(
        glance,
        images.CreateOpts(name=unique("cirros-ish"), disk_format="raw", container_format="bare"),
    )
    image_data.upload(glance, img.id, b"\x00" * 4096)
    yield images.get(glance, img.id)
    images.delete(glance, img.id)


def _flavor(nova: typedstack.ServiceClient, ram: int, vcpus: int) -> Iterator[flavors.Flavor]:
    flavor = flavors.create(
        nova, flavors.CreateOpts(name=unique(f"m{ram}"), ram=ram, disk=1, vcpus=vcpus)
    )
    yield flavor
    flavors.delete(nova, flavor.id)


@pytest.fixture(scope="module")
def small_flavor(nova: typedstack.ServiceClient) -> Iterator[flavors.Flavor]:
    yield from _flavor(nova, ram=64, vcpus=1)


@pytest.fixture(scope="module")
def big_flavor(nova: typedstack.ServiceClient) -> Iterator[flavors.Flavor]:
    yield from _flavor(nova, ram=128, vcpus=2)


Boot = Callable[..., servers.Server]


def _booter(
    nova: typedstack.ServiceClient, boot_image: images.Image, small_flavor: flavors.Flavor
) -> tuple[Boot, list[str]]:
    created: list[str] = []

    def boot(
        scheduler_hints: servers.SchedulerHints | None = None, **fields: object
    ) -> servers.Server:
        spec = {
            "name": unique("vm"),
            "flavor_ref": small_flavor.id,
            "image_ref": boot_image.id,
            "networks": "none",
            **fields,
        }
        if scheduler_hints is not None:
            spec["scheduler_hints"] = scheduler_hints
        opts = servers.CreateOpts(**spec)  # type: ignore[arg-type]
        try:
            return _boot_once(opts)
        except typedstack.ResourceFailed as e:
            # One host, no capacity limits: Nova's scheduler finding no host
            # is a hiccup of the local deployment (the failing test's report
            # carries the scheduler's log), not of the client; boot again once.
            if "No valid host" not in str(e):
                raise
            warnings.warn(f"Nova could not schedule a boot, booting again: {e}", stacklevel=2)
            return _boot_once(opts)

    def _boot_once(opts: servers.CreateOpts) -> servers.Server:
        result = servers.create(nova, opts)
        created.append(result.id)
        return servers.wait_for_status(nova, result.id, "ACTIVE", timeout=120, interval=1)

    return boot, created


def _cleanup(nova: typedstack.ServiceClient, server_ids: list[str]) -> None:
    for server_id in server_ids:
        try:
            servers.delete(nova, server_id)
        except typedstack.NotFound:
            continue
    for server_id in server_ids:
        typedstack.wait_for_delete(lambda sid=server_id: servers.get(nova, sid), **WAIT)


@pytest.fixture()
def boot(
    nova: typedstack.ServiceClient, boot_image: images.Image, small_flavor: flavors.Flavor
) -> Iterator[Boot]:
    """Boots an ACTIVE server (networks "none"); deletes what it booted afterwards."""
    booter, created = _booter(nova, boot_image, small_flavor)
    yield booter
    _cleanup(nova, created)


@pytest.fixture(scope="module")
def shared_server(
    nova: typedstack.ServiceClient, boot_image: images.Image, small_flavor: flavors.Flavor
) -> Iterator[servers.Server]:
    """One ACTIVE server for the tests that only read it."""
    booter, created = _booter(nova, boot_image, small_flavor)
    yield booter(metadata={"role": "shared"})
    _cleanup(nova, created)


def settle(nova: typedstack.ServiceClient, server_id: str, status: str) -> servers.Server:
    """Wait for ``status``, then for the server's task (if any) to end."""
    typedstack.wait_for_status(
        lambda: servers.get(nova, server_id), status, failures=("ERROR",), **WAIT
    )
    return typedstack.wait_for_status(
        lambda: servers.get(nova, server_id), "None", attribute="task_state", **WAIT
    )


def ssh_public_key() -> tuple[str, str]:
    """A fresh ed25519 public key in OpenSSH format, and its MD5 fingerprint."""

    def field(data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + data

    blob = field(b"ssh-ed25519") + field(os.urandom(32))
    digest = hashlib.md5(blob).hexdigest()
    fingerprint = ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
    return f"ssh-ed25519 {base64.b64encode(blob).decode()} typedstack@test", fingerprint


# --------------------------------------------------------------------------
# flavors
# --------------------------------------------------------------------------


def test_flavor_with_extra_specs(nova: typedstack.ServiceClient) -> None:
    flavor = flavors.create(
        nova,
        flavors.CreateOpts(
            name=unique("flavor"), ram=256, disk=2, vcpus=2, swap=128, description="for tests"
        ),
    )
    try:
        assert (flavor.ram, flavor.disk, flavor.vcpus, flavor.swap) == (256, 2, 2, 128)
        assert flavor.description == "for tests"
        assert flavor.is_public is True

        specs = {"hw:cpu_policy": "shared", "quota:disk_read_bytes_sec": "10240000"}
        created = flavor_extra_specs.create(
            nova, flavor.id, flavor_extra_specs.CreateOpts(extra_specs=specs)
        )
        assert created == specs
        assert flavor_extra_specs.get(nova, flavor.id, "hw:cpu_policy") == {
            "hw:cpu_policy": "shared"
        }
        updated = flavor_extra_specs.update(
            nova, flavor.id, "hw:cpu_policy", {"hw:cpu_policy": "dedicated"}
        )
        assert updated == {"hw:cpu_policy": "dedicated"}
        flavor_extra_specs.delete(nova, flavor.id, "quota:disk_read_bytes_sec")
        assert flavor_extra_specs.list(nova, flavor.id) == {"hw:cpu_policy": "dedicated"}
        with pytest.raises(typedstack.NotFound):
            flavor_extra_specs.get(nova, flavor.id, "quota:disk_read_bytes_sec")

        # from 2.61 the flavor carries its extra specs; before 2.55 no description
        shown = flavors.get(nova, flavor.id)
        assert shown.extra_specs == {"hw:cpu_policy": "dedicated"}
        old = flavors.get(at(nova.provider, "2.1"), flavor.id)
        assert old.ram == 256
        assert old.extra_specs is typedstack.UNSET
        assert old.description is typedstack.UNSET

        changed = flavors.update(nova, flavor.id, flavors.UpdateOpts(description="changed"))
        assert changed.description == "changed"
        assert flavor.id in [f.id for f in flavors.list_detail(nova)]
    finally:
        flavors.delete(nova, flavor.id)
    with pytest.raises(typedstack.NotFound):
        flavors.get(nova, flavor.id)


def test_private_flavor_access(
    nova: typedstack.ServiceClient, provider: typedstack.ProviderClient
) -> None:
    ks = identity.new_client(provider)
    project = projects.create(ks, projects.CreateOpts(name=unique("tenant"), domain_id="default"))
    flavor = flavors.create(
        nova,
        flavors.CreateOpts(name=unique("private"), ram=64, disk=1, vcpus=1, is_public=False),
    )
    try:
        assert flavor.is_public is False
        assert flavor_access.list(nova, flavor.id) == []
        granted = flavor_access.add_tenant_access(
            nova, flavor.id, flavor_access.AddTenantAccessOpts(tenant=project.id)
        )
        assert [(a.flavor_id, a.tenant_id) for a in granted] == [(flavor.id, project.id)]
        assert [a.tenant_id for a in flavor_access.list(nova, flavor.id)] == [project.id]

        # private flavors are left out of the default listing, shown with is_public=none
        public_ids = {f.id for f in flavors.list(nova)}
        every_id = {f.id for f in flavors.list(nova, flavors.ListOpts(is_public="none"))}
        assert flavor.id not in public_ids
        assert flavor.id in every_id

        revoked = flavor_access.remove_tenant_access(
            nova, flavor.id, flavor_access.RemoveTenantAccessOpts(tenant=project.id)
        )
        assert revoked == []
    finally:
        flavors.delete(nova, flavor.id)
        projects.delete(ks, project.id)


def test_flavor_listing_follows_every_page(nova: typedstack.ServiceClient) -> None:
    made = [
        flavors.create(nova, flavors.CreateOpts(name=unique("page"), ram=64, disk=1, vcpus=1))
        for _ in range(3)
    ]
    try:
        listed = [f.id for f in flavors.list(nova, flavors.ListOpts(limit=1))]
        assert len(listed) == len(set(listed))
        assert {f.id for f in made} <= set(listed)
        sorted_names = [
            f.name for f in flavors.list_detail(nova, flavors.ListOpts(sort_key="name"))
        ]
        assert sorted_names == sorted(sorted_names)
    finally:
        for flavor in made:
            flavors.delete(nova, flavor.id)


# --------------------------------------------------------------------------
# keypairs
# --------------------------------------------------------------------------


def test_keypair_import_list_get_delete(nova: typedstack.ServiceClient) -> None:
    public_key, fingerprint = ssh_public_key()
    name = unique("key")
    created = keypairs.create(nova, keypairs.CreateOpts(name=name, public_key=public_key))
    try:
        assert created.name == name
        assert created.public_key == public_key
        assert created.fingerprint == fingerprint
        assert created.type == "ssh"
        assert created.private_key is typedstack.UNSET

        listed = {kp.name: kp for kp in keypairs.list(nova)}
        assert listed[name].fingerprint == fingerprint

        shown = keypairs.get(nova, name)
        assert shown.public_key == public_key
        assert shown.user_id
        # the type field exists from 2.2 only
        assert keypairs.get(at(nova.provider, "2.1"), name).type is typedstack.UNSET
    finally:
        keypairs.delete(nova, name)
    with pytest.raises(typedstack.NotFound):
        keypairs.get(nova, name)


def test_keypair_listing_follows_every_page(nova: typedstack.ServiceClient) -> None:
    names = [unique("paged-key") for _ in range(3)]
    for name in names:
        keypairs.create(nova, keypairs.CreateOpts(name=name, public_key=ssh_public_key()[0]))
    try:
        listed = [kp.name for kp in keypairs.list(nova, keypairs.ListOpts(limit=1))]
        assert len(listed) == len(set(listed))
        assert set(names) <= set(listed)
    finally:
        for name in names:
            keypairs.delete(nova, name)


def test_keypair_generated_by_nova_before_2_92(
    nova: typedstack.ServiceClient, secret_watch: SecretWatch
) -> None:
    old = at(nova.provider, "2.91")
    name = unique("generated")
    created = keypairs.create(old, keypairs.CreateOpts(name=name))
    try:
        assert isinstance(created.private_key, str)
        secret_watch.secrets.add(created.private_key)
        assert "PRIVATE KEY" in created.private_key
        assert isinstance(created.public_key, str)
        assert created.public_key.startswith("ssh-")
        # never shown again
        assert keypairs.get(nova, name).private_key is typedstack.UNSET
    finally:
        keypairs.delete(nova, name)


def test_generated_private_key_is_masked_in_repr(nova: typedstack.ServiceClient) -> None:
    old = at(nova.provider, "2.91")
    name = unique("generated")
    created = keypairs.create(old, keypairs.CreateOpts(name=name))
    try:
        assert isinstance(created.private_key, str)
        body = [line for line in created.private_key.splitlines() if "PRIVATE KEY" not in line]
        shown = repr(created)
        assert body and not any(line in shown for line in body)
    finally:
        keypairs.delete(nova, name)


# --------------------------------------------------------------------------
# servers
# --------------------------------------------------------------------------


def test_boot_server_and_find_it(
    nova: typedstack.ServiceClient,
    nova_service: LocalNova,
    shared_server: servers.Server,
    boot_image: images.Image,
    small_flavor: flavors.Flavor,
) -> None:
    server = servers.get(nova, shared_server.id)
    assert server.status == "ACTIVE"
    assert server.vm_state == "active"
    assert server.power_state == 1
    assert server.task_state is None
    assert server.addresses == {}
    assert server.metadata == {"role": "shared"}
    assert server.host == nova_service.host
    assert server.host_status == "UP"
    assert isinstance(server.image, servers.ServerImage) and server.image.id == boot_image.id
    assert server.flavor and server.flavor.original_name == small_flavor.name
    assert (server.flavor.vcpus, server.flavor.ram) == (small_flavor.vcpus, small_flavor.ram)

    by_name = list(servers.list(nova, servers.ListOpts(name=f"^{shared_server.name}$")))
    assert [s.id for s in by_name] == [shared_server.id]
    assert shared_server.id in [s.id for s in servers.list_summary(nova)]
    active = servers.list(nova, servers.ListOpts(status="ACTIVE", flavor=small_flavor.id))
    assert shared_server.id in [s.id for s in active]


def test_same_server_read_at_2_1_and_at_latest(
    nova: typedstack.ServiceClient, shared_server: servers.Server, small_flavor: flavors.Flavor
) -> None:
    # "latest" is at least 2.100 on the current release (older ones stop
    # lower: 2025.1 at 2.100, 2024.1 at 2.96); this test reads fields up to 2.73
    if releases.selected() == releases.CURRENT:
        assert nova.microversion is not None
        assert nova.microversion >= typedstack.parse_version("2.100")
    requires_microversion(nova, "2.73")
    new = servers.get(nova, shared_server.id)
    old = servers.get(at(nova.provider, "2.1"), shared_server.id)
    assert old.id == new.id and old.name == new.name and old.status == new.status

    # fields that exist from a microversion on
    assert new.locked is False  # 2.9
    assert new.description is None  # 2.19
    assert new.tags == []  # 2.26
    assert new.locked_reason is None  # 2.73
    assert new.hostname == shared_server.name  # 2.3
    for absent in ("locked", "description", "tags", "locked_reason", "hostname"):
        assert getattr(old, absent) is typedstack.UNSET, absent
        assert absent not in old.extra
    assert "locked" not in old.to_dict()

    # the flavor: a reference up to 2.46, a copy of its sizes from 2.47
    assert old.flavor and new.flavor
    assert old.flavor.id == small_flavor.id
    assert old.flavor.links
    assert old.flavor.vcpus is typedstack.UNSET
    assert old.flavor.original_name is typedstack.UNSET
    assert new.flavor.id is typedstack.UNSET
    assert new.flavor.original_name == small_flavor.name
    assert new.flavor.vcpus == small_flavor.vcpus

    # a pin between the two: 2.47 flavor, but no tags... up to 2.25
    mid = servers.get(at(nova.provider, "2.25"), shared_server.id)
    assert mid.locked is False and mid.description is None
    assert mid.tags is typedstack.UNSET
    assert mid.flavor and mid.flavor.id == small_flavor.id


def test_option_below_its_microversion_fails_before_any_request(
    nova: typedstack.ServiceClient,
    shared_server: servers.Server,
    caplog: pytest.LogCaptureFixture,
) -> None:
    v272 = at(nova.provider, "2.72")
    v225 = at(nova.provider, "2.25")
    v254 = at(nova.provider, "2.54")
    v263 = at(nova.provider, "2.63")
    name = unique("never-made")
    caplog.set_level(logging.DEBUG, logger="typedstack.http")
    caplog.clear()
    with pytest.raises(typedstack.MicroversionError, match=r"2\.73"):
        server_actions.lock(
            v272, shared_server.id, server_actions.LockOpts(locked_reason="maintenance")
        )
    with pytest.raises(typedstack.MicroversionError, match=r"2\.26"):
        server_tags.list(v225, shared_server.id)
    with pytest.raises(typedstack.MicroversionError, match=r"2\.26"):
        list(servers.list(v225, servers.ListOpts(tags=["blue"])))
    with pytest.raises(typedstack.MicroversionError, match=r"2\.55"):
        flavors.create(
            v254, flavors.CreateOpts(name=name, ram=64, disk=1, vcpus=1, description="x")
        )
    with pytest.raises(typedstack.MicroversionError, match=r"2\.64"):
        server_groups.create(v263, server_groups.CreateOpts(name=name, policy="affinity"))
    with pytest.raises(typedstack.MicroversionError, match=r"2\.63"):
        server_groups.create(nova, server_groups.CreateOpts(name=name, policies=["affinity"]))
    assert [r.getMessage() for r in caplog.records if r.name == "typedstack.http"] == []

    # and indeed nothing happened on the server side
    assert servers.get(nova, shared_server.id).locked is False
    assert name not in [f.name for f in flavors.list(nova, flavors.ListOpts(is_public="none"))]
    assert name not in [g.name for g in server_groups.list(nova)]


def test_nested_create_field_below_its_microversion_fails_before_any_request(
    nova: typedstack.ServiceClient, boot_image: images.Image, small_flavor: flavors.Flavor
) -> None:
    v251 = at(nova.provider, "2.51")
    opts = servers.CreateOpts(
        name=unique("never-made"),
        flavor_ref=small_flavor.id,
        image_ref=boot_image.id,
        networks="none",
        tags=["blue"],
    )
    try:
        servers.create(v251, opts)
    except typedstack.BadRequest:
        pytest.fail("the request was sent: Nova 2.51 rejected 'tags' with 400")
    except typedstack.MicroversionError:
        return
    pytest.fail("a server was created with tags at 2.51")  # pragma: no cover


def test_multiple_create_and_paged_listing(
    nova: typedstack.ServiceClient, boot_image: images.Image, small_flavor: flavors.Flavor
) -> None:
    base = unique("batch")
    result = servers.create_reservation(
        nova,
        servers.CreateOpts(
            name=base,
            flavor_ref=small_flavor.id,
            image_ref=boot_image.id,
            networks="none",
            min_count=3,
            max_count=3,
        ),
    )
    assert isinstance(result.reservation_id, str) and result.reservation_id.startswith("r-")
    batch = servers.ListOpts(reservation_id=result.reservation_id)
    ids = [s.id for s in servers.list(nova, batch)]
    try:
        assert len(ids) == 3
        for server_id in ids:
            typedstack.wait_for_status(
                lambda sid=server_id: servers.get(nova, sid), "ACTIVE", failures=("ERROR",), **WAIT
            )
        one_per_page = servers.ListOpts(reservation_id=result.reservation_id, limit=1)
        paged = list(servers.list(nova, one_per_page))
        assert sorted(s.id for s in paged) == sorted(ids)
        assert sorted(s.name for s in paged) == [f"{base}-1", f"{base}-2", f"{base}-3"]
        assert sorted(s.launch_index for s in paged) == [0, 1, 2]  # type: ignore[type-var]
        summaries = list(servers.list_summary(nova, servers.ListOpts(limit=1, name=base)))
        assert sorted(s.id for s in summaries) == sorted(ids)
    finally:
        _cleanup(nova, ids)


def test_update_server_name_and_description(nova: typedstack.ServiceClient, boot: Boot) -> None:
    server = boot()
    new_name = unique("renamed")
    updated = servers.update(
        nova, server.id, servers.UpdateOpts(name=new_name, description="web tier")
    )
    assert updated.name == new_name
    assert updated.description == "web tier"
    assert servers.get(nova, server.id).description == "web tier"
    with pytest.raises(typedstack.MicroversionError, match=r"2\.19"):
        servers.update(at(nova.provider, "2.18"), server.id, servers.UpdateOpts(description="x"))
    cleared = servers.update(nova, server.id, servers.UpdateOpts(description=None))
    assert cleared.description is None


def test_unknown_server_is_not_found(nova: typedstack.ServiceClient) -> None:
    missing = str(uuid.uuid4())
    with pytest.raises(typedstack.NotFound) as err:
        servers.get(nova, missing)
    assert err.value.status == 404
    assert err.value.request_id and err.value.request_id.startswith("req-")
    assert missing in str(err.value)


def test_delete_server_and_wait_until_gone(nova: typedstack.ServiceClient, boot: Boot) -> None:
    server = boot()
    servers.delete(nova, server.id)
    typedstack.wait_for_delete(lambda: servers.get(nova, server.id), **WAIT)
    with pytest.raises(typedstack.NotFound):
        servers.get(nova, server.id)
    assert server.id not in [s.id for s in servers.list(nova)]
    deleted = servers.list(nova, servers.ListOpts(deleted=True, uuid=server.id))
    assert [s.status for s in deleted] == ["DELETED"]


# --------------------------------------------------------------------------
# server actions
# --------------------------------------------------------------------------


def test_power_actions_and_instance_actions(nova: typedstack.ServiceClient, boot: Boot) -> None:
    server = boot()
    sid = server.id
    server_actions.stop(nova, sid)
    stopped = settle(nova, sid, "SHUTOFF")
    assert stopped.power_state == 4 and stopped.vm_state == "stopped"
    server_actions.start(nova, sid)
    settle(nova, sid, "ACTIVE")
    server_actions.pause(nova, sid)
    assert settle(nova, sid, "PAUSED").vm_state == "paused"
    server_actions.unpause(nova, sid)
    settle(nova, sid, "ACTIVE")
    server_actions.suspend(nova, sid)
    assert settle(nova, sid, "SUSPENDED").vm_state == "suspended"
    server_actions.resume(nova, sid)
    settle(nova, sid, "ACTIVE")
    server_actions.reboot(nova, sid, server_actions.RebootOpts(type="SOFT"))
    settle(nova, sid, "ACTIVE")
    server_actions.reboot(nova, sid, server_actions.RebootOpts(type="HARD"))
    assert settle(nova, sid, "ACTIVE").power_state == 1

    # instance actions: newest first, each with the request ID that made it
    actions = list(instance_actions.list(nova, sid))
    names = [a.action for a in actions]
    assert names == [
        "reboot",
        "reboot",
        "resume",
        "suspend",
        "unpause",
        "pause",
        "start",
        "stop",
        "create",
    ]
    assert all(a.instance_uuid == sid and a.request_id.startswith("req-") for a in actions)
    stop = actions[names.index("stop")]
    detail = instance_actions.get(nova, sid, stop.request_id)
    assert detail.action == "stop"
    assert detail.events
    assert [e.event for e in detail.events] == ["compute_stop_instance"]
    assert detail.events[0].result == "Success"
    assert detail.events[0].host == server.host  # 2.62+
    paged = list(instance_actions.list(nova, sid, instance_actions.ListOpts(limit=2)))
    assert [a.request_id for a in paged] == [a.request_id for a in actions]


def test_lock_with_reason_and_unlock(nova: typedstack.ServiceClient, boot: Boot) -> None:
    server = boot()
    server_actions.lock(nova, server.id, server_actions.LockOpts(locked_reason="maintenance"))
    locked = servers.get(nova, server.id)
    assert locked.locked is True
    assert locked.locked_reason == "maintenance"
    assert server.id in [s.id for s in servers.list(nova, servers.ListOpts(locked=True))]
    # at 2.72 the lock shows, its reason does not exist yet
    older = servers.get(at(nova.provider, "2.72"), server.id)
    assert older.locked is True
    assert older.locked_reason is typedstack.UNSET

    server_actions.unlock(nova, server.id)
    unlocked = servers.get(nova, server.id)
    assert unlocked.locked is False
    assert unlocked.locked_reason is None
    assert server.id not in [s.id for s in servers.list(nova, servers.ListOpts(locked=True))]


def test_resize_revert_then_confirm(
    nova: typedstack.ServiceClient,
    boot: Boot,
    small_flavor: flavors.Flavor,
    big_flavor: flavors.Flavor,
) -> None:
    server = boot()
    server_actions.resize(nova, server.id, server_actions.ResizeOpts(flavor_ref=big_flavor.id))
    resized = settle(nova, server.id, "VERIFY_RESIZE")
    assert resized.flavor and resized.flavor.original_name == big_flavor.name
    server_actions.revert_resize(nova, server.id)
    reverted = settle(nova, server.id, "ACTIVE")
    assert reverted.flavor and reverted.flavor.original_name == small_flavor.name

    server_actions.resize(nova, server.id, server_actions.ResizeOpts(flavor_ref=big_flavor.id))
    settle(nova, server.id, "VERIFY_RESIZE")
    server_actions.confirm_resize(nova, server.id)
    confirmed = settle(nova, server.id, "ACTIVE")
    assert confirmed.flavor
    assert (confirmed.flavor.vcpus, confirmed.flavor.ram) == (big_flavor.vcpus, big_flavor.ram)
    assert [a.action for a in instance_actions.list(nova, server.id)][:3] == [
        "confirmResize",
        "resize",
        "revertResize",
    ]


def test_rebuild_with_new_name_and_metadata(
    nova: typedstack.ServiceClient, boot: Boot, boot_image: images.Image
) -> None:
    server = boot(metadata={"old": "1"})
    new_name = unique("rebuilt")
    rebuilt = server_actions.rebuild(
        nova,
        server.id,
        server_actions.RebuildOpts(
            image_ref=boot_image.id, name=new_name, metadata={"new": "2"}, description="again"
        ),
    )
    assert rebuilt.id == server.id
    assert rebuilt.name == new_name
    assert rebuilt.status == "REBUILD"
    assert rebuilt.host == server.host  # extended attributes from 2.75
    done = settle(nova, server.id, "ACTIVE")
    assert done.name == new_name
    assert done.metadata == {"new": "2"}
    assert done.description == "again"


def test_shelve_and_unshelve(nova: typedstack.ServiceClient, boot: Boot) -> None:
    server = boot()
    server_actions.shelve(nova, server.id)
    shelved = settle(nova, server.id, "SHELVED_OFFLOADED")
    assert shelved.vm_state == "shelved_offloaded"
    # offloaded: on no host. nova-compute saves the state first and clears
    # the host in a second write, so a busy machine can show the gap
    shelved = typedstack.wait_for_status(
        lambda: servers.get(nova, server.id), "None", attribute="host", **WAIT
    )
    assert not shelved.host and shelved.vm_state == "shelved_offloaded"
    server_actions.unshelve(nova, server.id)
    back = settle(nova, server.id, "ACTIVE")
    assert back.host == server.host
    assert [a.action for a in instance_actions.list(nova, server.id)][:2] == [
        "unshelve",
        "shelve",
    ]


def test_create_image_of_a_server(
    nova: typedstack.ServiceClient, provider: typedstack.ProviderClient, boot: Boot
) -> None:
    glance = image.new_client(provider)
    server = boot()
    made: list[str] = []
    try:
        # from 2.45 the image ID is in the body
        snap = server_actions.create_image(
            nova,
            server.id,
            server_actions.CreateImageOpts(name=unique("snap"), metadata={"purpose": "test"}),
        )
        assert isinstance(snap.image_id, str)
        made.append(snap.image_id)
        settle(nova, server.id, "ACTIVE")
        # FakeDriver uploads no data: the image stays queued, but it is there
        img = images.get(glance, snap.image_id)
        assert img.extra["instance_uuid"] == server.id
        assert img.extra["purpose"] == "test"

        # up to 2.44, only the Location header names it
        old = server_actions.create_image(
            at(provider, "2.44"), server.id, server_actions.CreateImageOpts(name=unique("snap"))
        )
        assert old.image_id is typedstack.UNSET
        assert isinstance(old.location, str)
        old_id = old.location.rstrip("/").rsplit("/", 1)[1]
        made.append(old_id)
        settle(nova, server.id, "ACTIVE")
        assert images.get(glance, old_id).extra["instance_uuid"] == server.id
    finally:
        for image_id in made:
            try:
                images.delete(glance, image_id)
            except typedstack.NotFound:
                continue


def test_console_output(nova: typedstack.ServiceClient, shared_server: servers.Server) -> None:
    full = server_actions.get_console_output(nova, shared_server.id)
    assert isinstance(full.output, str)
    lines = full.output.splitlines()
    assert len(lines) >= 2
    last = server_actions.get_console_output(
        nova, shared_server.id, server_actions.GetConsoleOutputOpts(length=1)
    )
    assert last.output == lines[-1]


# --------------------------------------------------------------------------
# metadata, tags, server groups
# --------------------------------------------------------------------------


def test_server_metadata(nova: typedstack.ServiceClient, boot: Boot) -> None:
    server = boot(metadata={"a": "1"})
    sid = server.id
    assert server_metadata.list(nova, sid) == {"a": "1"}
    merged = server_metadata.update(
        nova, sid, server_metadata.UpdateOpts(metadata={"a": "one", "b": "2"})
    )
    assert merged == {"a": "one", "b": "2"}
    assert server_metadata.set(nova, sid, "c", server_metadata.SetOpts(meta={"c": "3"})) == {
        "c": "3"
    }
    assert server_metadata.get(nova, sid, "c") == {"c": "3"}
    assert server_metadata.list(nova, sid) == {"a": "one", "b": "2", "c": "3"}
    replaced = server_metadata.replace(
        nova, sid, server_metadata.ReplaceOpts(metadata={"z": "26"})
    )
    assert replaced == {"z": "26"}
    server_metadata.delete(nova, sid, "z")
    with pytest.raises(typedstack.NotFound):
        server_metadata.get(nova, sid, "z")
    assert server_metadata.list(nova, sid) == {}
    assert servers.get(nova, sid).metadata == {}


def test_server_tags(nova: typedstack.ServiceClient, boot: Boot) -> None:
    server = boot(tags=["from-boot"])  # tags at creation: 2.52+
    sid = server.id
    assert server.tags == ["from-boot"]
    server_tags.add(nova, sid, "blue")
    server_tags.add(nova, sid, "red")
    server_tags.add(nova, sid, "red")  # already there: 204, no error
    assert sorted(server_tags.list(nova, sid)) == ["blue", "from-boot", "red"]
    assert server_tags.check(nova, sid, "blue") is True
    assert server_tags.check(nova, sid, "green") is False

    def ids(**filters: list[str]) -> set[str]:
        return {s.id for s in servers.list(nova, servers.ListOpts(**filters))}

    assert sid in ids(tags=["blue", "red"])
    assert sid not in ids(tags=["blue", "green"])
    assert sid in ids(tags_any=["green", "red"])
    assert sid not in ids(not_tags=["blue"])

    assert server_tags.replace(nova, sid, server_tags.ReplaceOpts(tags=["x", "y"])) == ["x", "y"]
    server_tags.delete(nova, sid, "x")
    assert server_tags.list(nova, sid) == ["y"]
    with pytest.raises(typedstack.NotFound):
        server_tags.delete(nova, sid, "x")
    server_tags.delete_all(nova, sid)
    assert server_tags.list(nova, sid) == []
    assert servers.get(nova, sid).tags == []


def test_server_group_with_a_member(nova: typedstack.ServiceClient, boot: Boot) -> None:
    group = server_groups.create(
        nova,
        server_groups.CreateOpts(
            name=unique("group"),
            policy="anti-affinity",
            rules=server_groups.ServerGroupRules(max_server_per_host=1),
        ),
    )
    try:
        assert group.policy == "anti-affinity"
        assert group.rules and group.rules.max_server_per_host == 1
        assert group.members == []
        assert group.policies is typedstack.UNSET  # replaced by policy in 2.64

        server = boot(scheduler_hints=servers.SchedulerHints(group=group.id))
        assert server.server_groups == [group.id]  # 2.71+
        assert server_groups.get(nova, group.id).members == [server.id]

        # the same group at 2.1: a list of policies, no project or user
        old = server_groups.get(at(nova.provider, "2.1"), group.id)
        assert old.policies == ["anti-affinity"]
        assert old.policy is typedstack.UNSET
        assert old.project_id is typedstack.UNSET
        assert group.id in [g.id for g in server_groups.list(nova)]
    finally:
        server_groups.delete(nova, group.id)
    with pytest.raises(typedstack.NotFound):
        server_groups.get(nova, group.id)


def test_server_group_created_at_2_1(nova: typedstack.ServiceClient) -> None:
    old = at(nova.provider, "2.1")
    group = server_groups.create(
        old, server_groups.CreateOpts(name=unique("group"), policies=["affinity"])
    )
    try:
        assert group.policies == ["affinity"]
        latest = server_groups.get(nova, group.id)
        assert latest.policy == "affinity"
        assert latest.rules is not None and latest.rules.max_server_per_host is typedstack.UNSET
    finally:
        server_groups.delete(nova, group.id)
