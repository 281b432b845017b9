"""Block storage (Cinder 29 on its fake backend) through the typed block_storage.v3 modules.

The suite's Cinder runs its API, scheduler and volume service over RabbitMQ
with cinder's ``FakeLoggingVolumeDriver``: volumes, snapshots and clones go
through the real state machine without storage behind them. Every test
deletes what it makes (volumes are waited for, since a volume type in use
cannot be deleted). Backups are out of scope: no backup service runs.
"""

from __future__ import annotations

import contextlib
import datetime
import uuid
from collections.abc import Callable, Iterator

import pytest

import typedstack
from tests.integration.conftest import Account, unique
from tests.local_openstack import LocalCinder, LocalKeystone
from typedstack.block_storage import v3 as block_storage
from typedstack.block_storage.v3 import (
    attachments,
    availability_zones,
    capabilities,
    default_types,
    extensions,
    hosts,
    limits,
    messages,
    os_volume_transfers,
    pools,
    qos_specs,
    quota_sets,
    resource_filters,
    services,
    snapshot_actions,
    snapshots,
    transfers,
    type_access,
    type_extra_specs,
    types,
    versions,
    volume_actions,
    volumes,
)

pytestmark = pytest.mark.services

WAIT = {"timeout": 120, "interval": 1}

Cleanup = Callable[[Callable[[], object]], None]


@pytest.fixture()
def cleanup() -> Iterator[Cleanup]:
    """Registers undo steps; they run last-in first-out after the test, NotFound ignored."""
    with contextlib.ExitStack() as stack:

        def add(step: Callable[[], object]) -> None:
            def quietly() -> None:
                with contextlib.suppress(typedstack.NotFound):
                    step()

            stack.callback(quietly)

        yield add


def get_volume(cinder: typedstack.ServiceClient, volume_id: str) -> volumes.Volume:
    return volumes.get(cinder, volume_id)


def wait_volume(
    cinder: typedstack.ServiceClient, volume_id: str, status: str = "available"
) -> volumes.Volume:
    return typedstack.wait_for_status(
        lambda: volumes.get(cinder, volume_id), status, what="volume", **WAIT
    )


def wait_snapshot(
    cinder: typedstack.ServiceClient, snapshot_id: str, status: str = "available"
) -> snapshots.Snapshot:
    return typedstack.wait_for_status(
        lambda: snapshots.get(cinder, snapshot_id), status, what="snapshot", **WAIT
    )


def delete_volume(cinder: typedstack.ServiceClient, volume_id: str) -> None:
    volumes.delete(cinder, volume_id)
    typedstack.wait_for_delete(lambda: volumes.get(cinder, volume_id), what="volume", **WAIT)


def delete_snapshot(cinder: typedstack.ServiceClient, snapshot_id: str) -> None:
    snapshots.delete(cinder, snapshot_id)
    typedstack.wait_for_delete(lambda: snapshots.get(cinder, snapshot_id), what="snapshot", **WAIT)


def make_volume(
    cinder: typedstack.ServiceClient,
    cleanup: Cleanup,
    volume: volumes.CreateOpts | None = None,
    *,
    wait: bool = True,
) -> volumes.Volume:
    """Creates a volume (1 GiB unless said otherwise), deleted after the test."""
    spec = volume or volumes.CreateOpts(size=1, name=unique("vol"))
    created = volumes.create(cinder, spec)
    cleanup(lambda: delete_volume(cinder, created.id))
    return wait_volume(cinder, created.id) if wait else created


def make_type(
    cinder: typedstack.ServiceClient, cleanup: Cleanup, opts: types.CreateOpts
) -> types.VolumeType:
    created = types.create(cinder, opts)
    cleanup(lambda: types.delete(cinder, created.id))
    return created


@contextlib.contextmanager
def user_client(keystone: LocalKeystone, account: Account) -> Iterator[typedstack.ServiceClient]:
    """The block storage client of the account's user, on its own project."""
    provider = typedstack.connect(
        auth_url=keystone.auth_url,
        username=account.user.name,
        password=account.password,
        project_id=account.project.id,
        user_domain_name="Default",
        region_name="RegionOne",
    )
    try:
        yield block_storage.new_client(provider, microversion="latest")
    finally:
        provider.close()


# ----------------------------------------------------------------- volumes


def test_microversion_negotiated(cinder: typedstack.ServiceClient) -> None:
    # Cinder 29 (2024.2) tops out at 3.71, as does the SDK
    assert cinder.microversion == typedstack.parse_version("3.71")
    assert cinder.headers["OpenStack-API-Version"] == "volume 3.71"


def test_volume_create_get_update_delete(
    cinder: typedstack.ServiceClient,
    cinder_service: LocalCinder,
    cleanup: Cleanup,
    admin: typedstack.ProviderClient,
) -> None:
    name = unique("vol")
    created = volumes.create(
        cinder,
        volumes.CreateOpts(
            size=1,
            name=name,
            description="typed test",
            metadata={"team": "storage"},
        ),
    )
    cleanup(lambda: delete_volume(cinder, created.id))
    assert created.name == name
    assert created.size == 1
    assert created.status in ("creating", "available")
    assert created.metadata == {"team": "storage"}

    volume = wait_volume(cinder, created.id)
    assert volume.id == created.id
    assert (volume.name, volume.description, volume.size) == (name, "typed test", 1)
    assert volume.metadata == {"team": "storage"}
    assert volume.volume_type == cinder_service.volume_type  # the default type
    default = types.get_default(cinder)
    assert (default.name, volume.volume_type_id) == (cinder_service.volume_type, default.id)
    assert volume.attachments == []
    assert volume.bootable == "false"
    assert volume.encrypted is False
    assert volume.multiattach is False
    assert volume.availability_zone == "nova"
    assert volume.snapshot_id is None and volume.source_volid is None
    assert isinstance(volume.created_at, datetime.datetime)
    # the admin sees the owner and where it landed: the fake backend's pool
    assert volume.project_id == admin.project_id
    assert isinstance(volume.host, str) and volume.host.startswith(f"{cinder_service.host}@")
    assert volume.consumes_quota is True
    assert volume.links and {link.rel for link in volume.links} >= {"self", "bookmark"}

    # filters: by name, by status, by metadata; the summary listing too
    assert [v.id for v in volumes.list(cinder, volumes.ListOpts(name=name))] == [volume.id]
    assert [v.name for v in volumes.list_summary(cinder, volumes.ListOpts(name=name))] == [name]
    by_status = volumes.list(cinder, volumes.ListOpts(status="available", name=name))
    assert [v.id for v in by_status] == [volume.id]
    assert list(volumes.list(cinder, volumes.ListOpts(status="error", name=name))) == []
    meta_filter = {"team": "storage"}
    assert volume.id in [
        v.id for v in volumes.list(cinder, volumes.ListOpts(metadata=meta_filter))
    ]
    # created_at filter (3.60): a volume made a second ago is newer than an hour ago
    assert volume.created_at is not None
    an_hour_ago = (volume.created_at - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S")
    newer = volumes.list(cinder, volumes.ListOpts(name=name, created_at=f"gt:{an_hour_ago}"))
    older = volumes.list(cinder, volumes.ListOpts(name=name, created_at=f"lt:{an_hour_ago}"))
    assert ([v.id for v in newer], list(older)) == ([volume.id], [])

    # the project summary counts it (metadata keys from 3.36)
    summary = volumes.summary(cinder)
    assert summary.total_count is not None and summary.total_count >= 1
    assert summary.total_size is not None and summary.total_size >= 1
    assert summary.metadata is not None and "storage" in summary.metadata.get("team", [])

    updated = volumes.update(
        cinder, volume.id, volumes.UpdateOpts(name=name + "-new", description="renamed")
    )
    assert (updated.name, updated.description) == (name + "-new", "renamed")
    again = volumes.get(cinder, volume.id)
    assert (again.name, again.description) == (name + "-new", "renamed")
    assert again.metadata == {"team": "storage"}  # untouched by a name change

    volumes.delete(cinder, volume.id)
    typedstack.wait_for_delete(lambda: volumes.get(cinder, volume.id), what="volume", **WAIT)
    with pytest.raises(typedstack.NotFound):
        volumes.get(cinder, volume.id)
    assert volume.id not in [v.id for v in volumes.list_summary(cinder)]


def test_volume_metadata(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    volume = make_volume(
        cinder, cleanup, volumes.CreateOpts(size=1, name=unique("vol"), metadata={"a": "1"})
    )
    assert volumes.get_metadata(cinder, volume.id) == {"a": "1"}

    # POST merges: new keys added, existing overwritten, others kept
    sent = volumes.create_metadata(
        cinder, volume.id, volumes.CreateMetadataOpts(metadata={"a": "2", "b": "x"})
    )
    assert sent == {"a": "2", "b": "x"}
    assert volumes.get_metadata(cinder, volume.id) == {"a": "2", "b": "x"}

    assert volumes.get_metadata_item(cinder, volume.id, "b") == {"b": "x"}
    item = volumes.set_metadata_item(
        cinder, volume.id, "b", volumes.SetMetadataItemOpts(meta={"b": "y"})
    )
    assert item == {"b": "y"}
    assert volumes.get(cinder, volume.id).metadata == {"a": "2", "b": "y"}

    volumes.delete_metadata_item(cinder, volume.id, "a")
    assert volumes.get_metadata(cinder, volume.id) == {"b": "y"}
    with pytest.raises(typedstack.NotFound):
        volumes.get_metadata_item(cinder, volume.id, "a")

    # PUT replaces everything
    replaced = volumes.replace_metadata(
        cinder, volume.id, volumes.ReplaceMetadataOpts(metadata={"c": "3"})
    )
    assert replaced == {"c": "3"}
    assert volumes.get_metadata(cinder, volume.id) == {"c": "3"}
    # update's metadata also replaces
    volumes.update(cinder, volume.id, volumes.UpdateOpts(metadata={"d": "4"}))
    assert volumes.get_metadata(cinder, volume.id) == {"d": "4"}


def test_volume_list_pages_with_limit(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    batch = unique("batch")
    made = [
        volumes.create(
            cinder,
            volumes.CreateOpts(
                size=1,
                name=f"{batch}-{i}",
                metadata={"batch": batch},
            ),
        )
        for i in range(5)
    ]
    for v in made:
        cleanup(lambda v=v: delete_volume(cinder, v.id))
    for v in made:
        wait_volume(cinder, v.id)
    names = [f"{batch}-{i}" for i in range(5)]

    opts = volumes.ListOpts(metadata={"batch": batch}, limit=2, sort=["name:asc"])
    pages = list(volumes.list(cinder, opts).pages())
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [v.name for page in pages for v in page] == names
    # iterating the pager follows the same links
    assert [v.name for v in volumes.list(cinder, opts)] == names
    summary_pages = list(volumes.list_summary(cinder, opts).pages())
    assert [[v.name for v in page] for page in summary_pages] == [names[:2], names[2:4], names[4:]]

    # with_count: the size of the whole listing, known after the first page
    counted = volumes.list(
        cinder, volumes.ListOpts(metadata={"batch": batch}, limit=2, with_count=True)
    )
    assert counted.total is None
    assert len(next(counted.pages())) == 2
    assert counted.total == 5

    # descending, with the older sort_key/sort_dir pair
    desc = volumes.ListOpts(metadata={"batch": batch}, sort_key="name", sort_dir="desc")
    assert [v.name for v in volumes.list(cinder, desc)] == names[::-1]
    # an explicit marker and offset
    after = volumes.ListOpts(metadata={"batch": batch}, sort=["name:asc"], marker=made[1].id)
    assert [v.name for v in volumes.list(cinder, after)] == names[2:]
    skipped = volumes.ListOpts(metadata={"batch": batch}, sort=["name:asc"], offset=3)
    assert [v.name for v in volumes.list(cinder, skipped)] == names[3:]


# ----------------------------------------------------------- volume actions


def test_extend_and_shrink_refused(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    volume = make_volume(cinder, cleanup)
    volume_actions.extend(cinder, volume.id, volume_actions.ExtendOpts(new_size=2))
    extended = wait_volume(cinder, volume.id)
    # "available" again only once the backend has grown it
    assert extended.size == 2
    with pytest.raises(typedstack.BadRequest) as caught:
        volume_actions.extend(cinder, volume.id, volume_actions.ExtendOpts(new_size=1))
    assert caught.value.status == 400
    assert volumes.get(cinder, volume.id).size == 2


def test_bootable_readonly_and_image_metadata(
    cinder: typedstack.ServiceClient, cleanup: Cleanup
) -> None:
    volume = make_volume(cinder, cleanup)

    volume_actions.set_bootable(cinder, volume.id, volume_actions.SetBootableOpts(bootable=True))
    assert volumes.get(cinder, volume.id).bootable == "true"
    bootable = volumes.list(cinder, volumes.ListOpts(bootable=True, name=volume.name))
    assert [v.id for v in bootable] == [volume.id]
    volume_actions.set_bootable(cinder, volume.id, volume_actions.SetBootableOpts(bootable=False))
    assert volumes.get(cinder, volume.id).bootable == "false"

    volume_actions.update_readonly_flag(
        cinder, volume.id, volume_actions.UpdateReadonlyFlagOpts(readonly=True)
    )
    # the flag shows in the volume's metadata, and a connection is read-only
    assert (volumes.get(cinder, volume.id).metadata or {}).get("readonly") == "True"
    connector = {"host": "typed-host", "initiator": "iqn.2024-01.test:typed", "ip": "127.0.0.1"}
    info = volume_actions.initialize_connection(
        cinder, volume.id, volume_actions.InitializeConnectionOpts(connector=connector)
    )
    assert info.driver_volume_type == "iscsi"
    assert info.data is not None and info.data.get("access_mode") == "ro"
    volume_actions.terminate_connection(
        cinder, volume.id, volume_actions.TerminateConnectionOpts(connector=connector)
    )
    volume_actions.update_readonly_flag(
        cinder, volume.id, volume_actions.UpdateReadonlyFlagOpts(readonly=False)
    )
    assert (volumes.get(cinder, volume.id).metadata or {}).get("readonly") == "False"

    image_meta = {"os_distro": "cirros", "hw_disk_bus": "scsi"}
    sent = volume_actions.set_image_metadata(
        cinder, volume.id, volume_actions.SetImageMetadataOpts(metadata=image_meta)
    )
    assert sent == image_meta
    assert volumes.get(cinder, volume.id).volume_image_metadata == image_meta
    assert volume_actions.show_image_metadata(cinder, volume.id) == image_meta
    volume_actions.unset_image_metadata(
        cinder, volume.id, volume_actions.UnsetImageMetadataOpts(key="hw_disk_bus")
    )
    assert volume_actions.show_image_metadata(cinder, volume.id) == {"os_distro": "cirros"}
    assert volumes.get(cinder, volume.id).volume_image_metadata == {"os_distro": "cirros"}


def test_reserve_attach_detach(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    volume = make_volume(cinder, cleanup)

    volume_actions.reserve(cinder, volume.id)
    assert volumes.get(cinder, volume.id).status == "attaching"
    volume_actions.unreserve(cinder, volume.id)
    assert volumes.get(cinder, volume.id).status == "available"

    server_id = str(uuid.uuid4())
    volume_actions.reserve(cinder, volume.id)
    volume_actions.attach(
        cinder,
        volume.id,
        volume_actions.AttachOpts(mountpoint="/dev/vdb", instance_uuid=server_id),
    )
    attached = wait_volume(cinder, volume.id, "in-use")
    assert attached.attachments is not None and len(attached.attachments) == 1
    attachment = attached.attachments[0]
    assert (attachment.server_id, attachment.device) == (server_id, "/dev/vdb")
    assert attachment.volume_id == volume.id
    assert attachment.attachment_id
    assert [
        v.id for v in volumes.list(cinder, volumes.ListOpts(status="in-use", name=volume.name))
    ] == [volume.id]

    volume_actions.begin_detaching(cinder, volume.id)
    assert volumes.get(cinder, volume.id).status == "detaching"
    volume_actions.roll_detaching(cinder, volume.id)
    assert volumes.get(cinder, volume.id).status == "in-use"

    volume_actions.detach(
        cinder, volume.id, volume_actions.DetachOpts(attachment_id=attachment.attachment_id)
    )
    detached = wait_volume(cinder, volume.id)
    assert detached.attachments == []


def test_reset_status_and_force_delete(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    volume = make_volume(cinder, cleanup)
    volume_actions.reset_status(cinder, volume.id, volume_actions.ResetStatusOpts(status="error"))
    assert volumes.get(cinder, volume.id).status == "error"
    in_error = volumes.list(cinder, volumes.ListOpts(status="error", name=volume.name))
    assert [v.id for v in in_error] == [volume.id]
    volume_actions.reset_status(
        cinder, volume.id, volume_actions.ResetStatusOpts(status="available")
    )
    assert volumes.get(cinder, volume.id).status == "available"

    # an extend on a volume in the wrong state is refused before anything happens
    volume_actions.reset_status(
        cinder, volume.id, volume_actions.ResetStatusOpts(status="maintenance")
    )
    with pytest.raises(typedstack.BadRequest):
        volume_actions.extend(cinder, volume.id, volume_actions.ExtendOpts(new_size=2))

    volume_actions.force_delete(cinder, volume.id)
    typedstack.wait_for_delete(lambda: volumes.get(cinder, volume.id), what="volume", **WAIT)
    with pytest.raises(typedstack.NotFound):
        volumes.get(cinder, volume.id)


def test_retype_between_two_types(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    gold = make_type(
        cinder,
        cleanup,
        types.CreateOpts(name=unique("gold"), extra_specs={"volume_backend_name": "fake"}),
    )
    silver = make_type(
        cinder,
        cleanup,
        types.CreateOpts(
            name=unique("silver"),
            extra_specs={"volume_backend_name": "fake", "typed:tier": "silver"},
        ),
    )
    volume = make_volume(
        cinder, cleanup, volumes.CreateOpts(size=1, name=unique("vol"), volume_type=gold.name)
    )
    assert (volume.volume_type, volume.volume_type_id) == (gold.name, gold.id)

    volume_actions.retype(
        cinder,
        volume.id,
        volume_actions.RetypeOpts(new_type=silver.name, migration_policy="never"),
    )
    retyped = typedstack.wait_for_status(
        lambda: volumes.get(cinder, volume.id),
        silver.name,
        attribute="volume_type",
        what="volume type",
        **WAIT,
    )
    assert retyped.status == "available"
    assert retyped.volume_type_id == silver.id
    # a type with volumes cannot be deleted
    with pytest.raises(typedstack.BadRequest):
        types.delete(cinder, silver.id)


# ---------------------------------------------------------------- snapshots


def test_snapshots_and_volume_from_snapshot(
    cinder: typedstack.ServiceClient, cleanup: Cleanup
) -> None:
    volume = make_volume(cinder, cleanup)
    name = unique("snap")
    created = snapshots.create(
        cinder,
        snapshots.CreateOpts(
            volume_id=volume.id, name=name, description="first", metadata={"k": "v"}
        ),
    )
    cleanup(lambda: delete_snapshot(cinder, created.id))
    assert (created.name, created.volume_id, created.size) == (name, volume.id, 1)
    assert created.status in ("creating", "available")

    snap = wait_snapshot(cinder, created.id)
    assert (snap.description, snap.metadata) == ("first", {"k": "v"})
    assert snap.progress == "100%"
    assert isinstance(snap.created_at, datetime.datetime)
    assert snap.user_id is not None and snap.consumes_quota is True

    assert [s.id for s in snapshots.list(cinder, snapshots.ListOpts(volume_id=volume.id))] == [
        snap.id
    ]
    assert [s.name for s in snapshots.list_summary(cinder, snapshots.ListOpts(name=name))] == [
        name
    ]
    by_meta = snapshots.list(cinder, snapshots.ListOpts(metadata=str({"k": "v"}), name=name))
    assert [s.id for s in by_meta] == [snap.id]

    updated = snapshots.update(
        cinder, snap.id, snapshots.UpdateOpts(name=name + "-new", description="second")
    )
    assert (updated.name, updated.description) == (name + "-new", "second")

    # metadata: merge, one key, replace, delete
    merged = snapshots.update_metadata(
        cinder, snap.id, snapshots.UpdateMetadataOpts(metadata={"k2": "v2"})
    )
    assert merged == {"k": "v", "k2": "v2"}
    assert snapshots.get_metadata(cinder, snap.id) == {"k": "v", "k2": "v2"}
    assert snapshots.get_metadata_key(cinder, snap.id, "k2") == {"k2": "v2"}
    assert snapshots.update_metadata_key(cinder, snap.id, "k2", {"k2": "v3"}) == {"k2": "v3"}
    snapshots.delete_metadata_key(cinder, snap.id, "k")
    assert snapshots.get_metadata(cinder, snap.id) == {"k2": "v3"}
    replaced = snapshots.replace_metadata(
        cinder, snap.id, snapshots.ReplaceMetadataOpts(metadata={"only": "this"})
    )
    assert replaced == {"only": "this"}
    assert snapshots.get(cinder, snap.id).metadata == {"only": "this"}

    # a volume from the snapshot, and a clone of the volume
    from_snap = make_volume(
        cinder, cleanup, volumes.CreateOpts(name=unique("fromsnap"), snapshot_id=snap.id)
    )
    assert (from_snap.snapshot_id, from_snap.size) == (snap.id, 1)
    clone = make_volume(
        cinder, cleanup, volumes.CreateOpts(name=unique("clone"), source_volid=volume.id)
    )
    assert (clone.source_volid, clone.size) == (volume.id, 1)

    # a volume with snapshots cannot be deleted without cascade
    with pytest.raises(typedstack.BadRequest):
        volumes.delete(cinder, volume.id)
    assert volumes.get(cinder, volume.id).status == "available"


def test_snapshot_reset_status_force_delete_and_cascade(
    cinder: typedstack.ServiceClient, cleanup: Cleanup
) -> None:
    volume = make_volume(cinder, cleanup)
    snap = snapshots.create(cinder, snapshots.CreateOpts(volume_id=volume.id, name=unique("snap")))
    cleanup(lambda: delete_snapshot(cinder, snap.id))
    wait_snapshot(cinder, snap.id)

    snapshot_actions.reset_status(
        cinder, snap.id, snapshot_actions.ResetStatusOpts(status="error")
    )
    assert snapshots.get(cinder, snap.id).status == "error"
    snapshot_actions.force_delete(cinder, snap.id)
    typedstack.wait_for_delete(lambda: snapshots.get(cinder, snap.id), what="snapshot", **WAIT)

    # cascade takes the snapshots along
    other = snapshots.create(
        cinder, snapshots.CreateOpts(volume_id=volume.id, name=unique("snap"))
    )
    cleanup(lambda: delete_snapshot(cinder, other.id))
    wait_snapshot(cinder, other.id)
    volumes.delete(cinder, volume.id, volumes.DeleteOpts(cascade=True))
    typedstack.wait_for_delete(lambda: volumes.get(cinder, volume.id), what="volume", **WAIT)
    with pytest.raises(typedstack.NotFound):
        snapshots.get(cinder, other.id)


# ----------------------------------------------------------- volume types


def test_volume_type_with_extra_specs(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    name = unique("type")
    created = make_type(
        cinder,
        cleanup,
        types.CreateOpts(
            name=name,
            description="typed",
            extra_specs={"volume_backend_name": "fake", "typed:a": "1"},
        ),
    )
    assert (created.name, created.description, created.is_public) == (name, "typed", True)
    assert created.extra_specs == {"volume_backend_name": "fake", "typed:a": "1"}

    got = types.get(cinder, created.id)
    assert (got.name, got.access_is_public) == (name, True)
    assert got.qos_specs_id is None
    assert created.id in [t.id for t in types.list(cinder)]
    filtered = types.list(cinder, types.ListOpts(extra_specs=str({"typed:a": "1"})))
    assert [t.id for t in filtered] == [created.id]

    assert type_extra_specs.list(cinder, created.id) == {
        "volume_backend_name": "fake",
        "typed:a": "1",
    }
    added = type_extra_specs.create(
        cinder, created.id, type_extra_specs.CreateOpts(extra_specs={"typed:b": "2"})
    )
    assert added == {"typed:b": "2"}
    assert type_extra_specs.get(cinder, created.id, "typed:b") == {"typed:b": "2"}
    assert type_extra_specs.update(cinder, created.id, "typed:b", {"typed:b": "3"}) == {
        "typed:b": "3"
    }
    type_extra_specs.delete(cinder, created.id, "typed:a")
    assert type_extra_specs.list(cinder, created.id) == {
        "volume_backend_name": "fake",
        "typed:b": "3",
    }
    with pytest.raises(typedstack.NotFound):
        type_extra_specs.get(cinder, created.id, "typed:a")

    updated = types.update(
        cinder, created.id, types.UpdateOpts(name=name + "-new", description="renamed")
    )
    assert (updated.name, updated.description) == (name + "-new", "renamed")
    assert types.get(cinder, created.id).name == name + "-new"

    # a volume of the type lands on the fake backend
    volume = make_volume(
        cinder, cleanup, volumes.CreateOpts(size=1, name=unique("vol"), volume_type=created.id)
    )
    assert volume.volume_type == name + "-new"

    with pytest.raises(typedstack.NotFound):
        types.get(cinder, str(uuid.uuid4()))


def test_private_type_access(
    cinder: typedstack.ServiceClient,
    account: Account,
    keystone: LocalKeystone,
    cleanup: Cleanup,
) -> None:
    private = make_type(
        cinder,
        cleanup,
        types.CreateOpts(
            name=unique("private"), is_public=False, extra_specs={"volume_backend_name": "fake"}
        ),
    )
    assert private.is_public is False
    assert type_access.list(cinder, private.id) == []
    # the admin lists private types with is_public=false
    listed = types.list(cinder, types.ListOpts(is_public="false"))
    assert private.id in [t.id for t in listed]

    with user_client(keystone, account) as theirs:
        with pytest.raises(typedstack.NotFound):
            types.get(theirs, private.id)

        type_access.add_project_access(
            cinder, private.id, type_access.AddProjectAccessOpts(project=account.project.id)
        )
        access = type_access.list(cinder, private.id)
        assert [(a.volume_type_id, a.project_id) for a in access] == [
            (private.id, account.project.id)
        ]
        assert types.get(theirs, private.id).name == private.name
        assert private.id in [t.id for t in types.list(theirs)]
        # granting twice is a conflict
        with pytest.raises(typedstack.Conflict):
            type_access.add_project_access(
                cinder, private.id, type_access.AddProjectAccessOpts(project=account.project.id)
            )

        type_access.remove_project_access(
            cinder, private.id, type_access.RemoveProjectAccessOpts(project=account.project.id)
        )
        assert type_access.list(cinder, private.id) == []
        with pytest.raises(typedstack.NotFound):
            types.get(theirs, private.id)


def test_default_type_per_project(
    cinder: typedstack.ServiceClient,
    cinder_service: LocalCinder,
    account: Account,
    keystone: LocalKeystone,
    cleanup: Cleanup,
) -> None:
    # without a project default, the configured default
    assert types.get_default(cinder).name == cinder_service.volume_type

    special = make_type(
        cinder,
        cleanup,
        types.CreateOpts(name=unique("default"), extra_specs={"volume_backend_name": "fake"}),
    )
    project = account.project.id
    made = default_types.set(cinder, project, default_types.SetOpts(volume_type=special.name))
    cleanup(lambda: default_types.delete(cinder, project))
    assert (made.project_id, made.volume_type_id) == (project, special.id)
    assert default_types.get(cinder, project).volume_type_id == special.id
    assert (project, special.id) in [
        (d.project_id, d.volume_type_id) for d in default_types.list(cinder)
    ]

    with user_client(keystone, account) as theirs:
        assert types.get_default(theirs).id == special.id
        volume = make_volume(theirs, cleanup, volumes.CreateOpts(size=1, name=unique("vol")))
        assert volume.volume_type == special.name

    default_types.delete(cinder, project)
    with pytest.raises(typedstack.NotFound):
        default_types.get(cinder, project)


# --------------------------------------------------------------- QoS specs


def test_qos_specs_associations(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    vtype = make_type(
        cinder,
        cleanup,
        types.CreateOpts(name=unique("qostype"), extra_specs={"volume_backend_name": "fake"}),
    )
    name = unique("qos")
    qos = qos_specs.create(
        cinder,
        qos_specs.CreateOpts(name=name, consumer="back-end", specs={"read_iops_sec": "1000"}),
    )
    cleanup(lambda: qos_specs.delete(cinder, qos.id, qos_specs.DeleteOpts(force=True)))
    assert (qos.name, qos.consumer, qos.specs) == (name, "back-end", {"read_iops_sec": "1000"})
    assert qos.id in [q.id for q in qos_specs.list(cinder)]

    assert qos_specs.update(
        cinder, qos.id, qos_specs.UpdateOpts(specs={"write_iops_sec": "500"})
    ) == {"write_iops_sec": "500"}
    assert qos_specs.get(cinder, qos.id).specs == {
        "read_iops_sec": "1000",
        "write_iops_sec": "500",
    }
    qos_specs.unset_keys(cinder, qos.id, qos_specs.UnsetKeysOpts(keys=["read_iops_sec"]))
    assert qos_specs.get(cinder, qos.id).specs == {"write_iops_sec": "500"}

    assert qos_specs.list_associations(cinder, qos.id) == []
    qos_specs.associate(cinder, qos.id, qos_specs.AssociateOpts(volume_type_id=vtype.id))
    assoc = qos_specs.list_associations(cinder, qos.id)
    assert [(a.association_type, a.id, a.name) for a in assoc] == [
        ("volume_type", vtype.id, vtype.name)
    ]
    assert types.get(cinder, vtype.id).qos_specs_id == qos.id
    # in use: deleting without force is refused
    with pytest.raises(typedstack.BadRequest):
        qos_specs.delete(cinder, qos.id)

    qos_specs.disassociate(cinder, qos.id, qos_specs.DisassociateOpts(volume_type_id=vtype.id))
    assert qos_specs.list_associations(cinder, qos.id) == []
    assert types.get(cinder, vtype.id).qos_specs_id is None

    qos_specs.associate(cinder, qos.id, qos_specs.AssociateOpts(volume_type_id=vtype.id))
    qos_specs.disassociate_all(cinder, qos.id)
    assert qos_specs.list_associations(cinder, qos.id) == []

    qos_specs.delete(cinder, qos.id)
    with pytest.raises(typedstack.NotFound):
        qos_specs.get(cinder, qos.id)


# ------------------------------------------------ quotas, limits, services


def test_quotas_update_usage_and_reset(
    cinder: typedstack.ServiceClient, account: Account, keystone: LocalKeystone, cleanup: Cleanup
) -> None:
    project = account.project.id
    defaults = quota_sets.get_defaults(cinder, project)
    assert defaults.volumes is not None and defaults.volumes > 0
    assert defaults.gigabytes is not None and defaults.gigabytes > 0
    assert defaults.per_volume_gigabytes == -1
    current = quota_sets.get(cinder, project)
    assert (current.id, current.volumes, current.snapshots) == (
        project,
        defaults.volumes,
        defaults.snapshots,
    )

    cleanup(lambda: quota_sets.delete(cinder, project))
    updated = quota_sets.update(
        cinder, project, quota_sets.UpdateOpts(volumes=3, gigabytes=20, snapshots=4)
    )
    assert (updated.volumes, updated.gigabytes, updated.snapshots) == (3, 20, 4)
    assert quota_sets.get(cinder, project).volumes == 3

    with user_client(keystone, account) as theirs:
        volume = make_volume(theirs, cleanup, volumes.CreateOpts(size=2, name=unique("vol")))
        usage = quota_sets.get_usage(cinder, project)
        assert usage.volumes is not None and usage.gigabytes is not None
        assert (usage.volumes.limit, usage.volumes.in_use) == (3, 1)
        assert (usage.gigabytes.limit, usage.gigabytes.in_use) == (20, 2)
        # the user's limits say the same
        mine = limits.get(theirs).absolute
        assert mine is not None
        assert (mine.max_total_volumes, mine.total_volumes_used) == (3, 1)
        assert (mine.max_total_volume_gigabytes, mine.total_gigabytes_used) == (20, 2)
        # and the quota is enforced
        with pytest.raises(typedstack.RequestEntityTooLarge):
            volumes.create(
                theirs,
                volumes.CreateOpts(
                    size=30,
                    name=unique("big"),
                ),
            )
        delete_volume(theirs, volume.id)

    quota_sets.delete(cinder, project)
    assert quota_sets.get(cinder, project).volumes == defaults.volumes


def test_limits(
    cinder: typedstack.ServiceClient, admin: typedstack.ProviderClient, cleanup: Cleanup
) -> None:
    before = limits.get(cinder)
    assert before.absolute is not None
    assert before.rate == []
    quota = quota_sets.get(cinder, str(admin.project_id))
    assert before.absolute.max_total_volumes == quota.volumes
    assert before.absolute.max_total_snapshots == quota.snapshots
    used = before.absolute.total_volumes_used
    assert used is not None
    make_volume(cinder, cleanup)
    after = limits.get(cinder).absolute
    assert after is not None and after.total_volumes_used == used + 1


def test_availability_zones_and_services(
    cinder: typedstack.ServiceClient, cinder_service: LocalCinder
) -> None:
    zones = availability_zones.list(cinder)
    assert [(z.zone_name, z.zone_state and z.zone_state.available) for z in zones] == [
        ("nova", True)
    ]

    listed = services.list(cinder)
    by_binary = {s.binary: s for s in listed}
    assert {"cinder-scheduler", "cinder-volume"} <= set(by_binary)
    volume_service = by_binary["cinder-volume"]
    assert volume_service.host == f"{cinder_service.host}@fake"
    assert (volume_service.state, volume_service.status) == ("up", "enabled")
    assert volume_service.zone == "nova"
    assert isinstance(volume_service.updated_at, datetime.datetime)
    assert volume_service.backend_state == "up"
    only = services.list(cinder, services.ListOpts(binary="cinder-scheduler"))
    assert [s.binary for s in only] == ["cinder-scheduler"]


def test_failed_volume_leaves_a_message(
    cinder: typedstack.ServiceClient, cleanup: Cleanup
) -> None:
    nowhere = make_type(
        cinder,
        cleanup,
        types.CreateOpts(name=unique("nowhere"), extra_specs={"volume_backend_name": "nowhere"}),
    )
    volume = make_volume(
        cinder,
        cleanup,
        volumes.CreateOpts(size=1, name=unique("vol"), volume_type=nowhere.id),
        wait=False,
    )
    failed = typedstack.wait_for_status(
        lambda: volumes.get(cinder, volume.id), "error", failures=(), what="volume", **WAIT
    )
    assert failed.status == "error"

    found = list(
        messages.list(cinder, messages.ListOpts(resource_uuid=volume.id, resource_type="VOLUME"))
    )
    assert len(found) == 1
    message = found[0]
    assert (message.resource_type, message.resource_uuid) == ("VOLUME", volume.id)
    assert message.message_level == "ERROR"
    assert message.user_message and "schedule allocate volume" in message.user_message
    assert message.event_id and message.event_id.startswith("VOLUME_")
    assert isinstance(message.guaranteed_until, datetime.datetime)
    assert messages.get(cinder, message.id).request_id == message.request_id
    assert message.id in [m.id for m in messages.list(cinder)]

    messages.delete(cinder, message.id)
    with pytest.raises(typedstack.NotFound):
        messages.get(cinder, message.id)


# ----------------------------------------------------------------- transfers


def test_volume_transfer_to_another_project(
    cinder: typedstack.ServiceClient,
    admin: typedstack.ProviderClient,
    account: Account,
    keystone: LocalKeystone,
    cleanup: Cleanup,
) -> None:
    volume = make_volume(cinder, cleanup)
    name = unique("xfer")
    transfer = transfers.create(cinder, transfers.CreateOpts(volume_id=volume.id, name=name))
    cleanup(lambda: transfers.delete(cinder, transfer.id))
    assert (transfer.name, transfer.volume_id) == (name, volume.id)
    assert transfer.auth_key  # given out once, at creation
    assert transfer.no_snapshots is False
    assert transfer.source_project_id == admin.project_id
    assert transfer.accepted is False
    assert transfer.auth_key not in repr(transfer)  # a secret field
    assert volumes.get(cinder, volume.id).status == "awaiting-transfer"

    shown = transfers.get(cinder, transfer.id)
    assert (shown.id, shown.volume_id) == (transfer.id, volume.id)
    assert not shown.auth_key
    assert transfer.id in [t.id for t in transfers.list(cinder)]
    assert transfer.id in [t.id for t in transfers.list_summary(cinder)]

    with user_client(keystone, account) as theirs:
        with pytest.raises(typedstack.NotFound):
            volumes.get(theirs, volume.id)
        with pytest.raises(typedstack.BadRequest):
            transfers.accept(theirs, transfer.id, transfers.AcceptOpts(auth_key="wrong"))
        accepted = transfers.accept(
            theirs, transfer.id, transfers.AcceptOpts(auth_key=str(transfer.auth_key))
        )
        assert (accepted.id, accepted.volume_id) == (transfer.id, volume.id)

        mine = wait_volume(theirs, volume.id)
        assert mine.name == volume.name
        assert volume.id in [v.id for v in volumes.list(theirs)]
        assert volumes.get(cinder, volume.id).project_id == account.project.id
        with pytest.raises(typedstack.NotFound):
            transfers.get(cinder, transfer.id)
        # the new owner deletes it
        delete_volume(theirs, volume.id)


def test_legacy_transfer_cancelled(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    volume = make_volume(cinder, cleanup)
    transfer = os_volume_transfers.create(
        cinder, os_volume_transfers.CreateOpts(volume_id=volume.id, name=unique("xfer"))
    )
    cleanup(lambda: os_volume_transfers.delete(cinder, transfer.id))
    assert transfer.volume_id == volume.id and transfer.auth_key
    assert volumes.get(cinder, volume.id).status == "awaiting-transfer"
    assert transfer.id in [t.id for t in os_volume_transfers.list(cinder)]
    assert os_volume_transfers.get(cinder, transfer.id).name == transfer.name

    os_volume_transfers.delete(cinder, transfer.id)
    with pytest.raises(typedstack.NotFound):
        os_volume_transfers.get(cinder, transfer.id)
    assert volumes.get(cinder, volume.id).status == "available"


# -------------------------------------------------------------------- errors


def test_typed_errors(
    cinder: typedstack.ServiceClient,
    admin: typedstack.ProviderClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = str(uuid.uuid4())
    with pytest.raises(typedstack.NotFound) as caught:
        volumes.get(cinder, missing)
    assert caught.value.status == 404
    assert caught.value.request_id and caught.value.request_id.startswith("req-")
    with pytest.raises(typedstack.NotFound):
        volume_actions.extend(cinder, missing, volume_actions.ExtendOpts(new_size=2))
    with pytest.raises(typedstack.BadRequest):
        volumes.create(
            cinder,
            volumes.CreateOpts(
                size=0,
            ),
        )

    # a client pinned to 3.0 refuses later operations and options before any request
    old = block_storage.new_client(admin, microversion="3.0")
    assert old.headers["OpenStack-API-Version"] == "volume 3.0"

    def no_request(*args: object, **kwargs: object) -> None:
        raise AssertionError("a request was sent")

    monkeypatch.setattr(old.provider, "request", no_request)
    with pytest.raises(typedstack.MicroversionError):
        volumes.summary(old)
    with pytest.raises(typedstack.MicroversionError):
        messages.list(old)
    with pytest.raises(typedstack.MicroversionError):
        transfers.create(old, transfers.CreateOpts(volume_id=missing))
    with pytest.raises(typedstack.MicroversionError):
        list(volumes.list(old, volumes.ListOpts(with_count=True)))
    with pytest.raises(typedstack.MicroversionError):
        default_types.list(old)
    monkeypatch.undo()


# ----------------------------------- more volume actions and the attachments API


def test_revert_to_snapshot(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    volume = make_volume(cinder, cleanup)
    snap = snapshots.create(cinder, snapshots.CreateOpts(volume_id=volume.id, name=unique("snap")))
    cleanup(lambda: delete_snapshot(cinder, snap.id))
    wait_snapshot(cinder, snap.id)

    volume_actions.revert_to_snapshot(
        cinder, volume.id, volume_actions.RevertToSnapshotOpts(snapshot_id=snap.id)
    )
    reverted = wait_volume(cinder, volume.id)
    assert reverted.size == 1
    assert wait_snapshot(cinder, snap.id).status == "available"


def test_attachments_api(cinder: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    volume = make_volume(cinder, cleanup)

    # without a connector: a reservation. No instance: deleting an attachment
    # of a server asks Nova, which this suite's Cinder has no endpoint for.
    reserved = attachments.create(cinder, attachments.CreateOpts(volume_uuid=volume.id))
    cleanup(lambda: attachments.delete(cinder, reserved.id))
    assert (reserved.volume_id, reserved.status) == (volume.id, "reserved")
    assert volumes.get(cinder, volume.id).status == "reserved"

    connector = {"host": "typed-host", "initiator": "iqn.2024-01.test:typed", "ip": "127.0.0.1"}
    updated = attachments.update(cinder, reserved.id, attachments.UpdateOpts(connector=connector))
    assert updated.connection_info is not None
    assert updated.connection_info.get("driver_volume_type") == "iscsi"
    attachments.complete(cinder, reserved.id)
    attached = wait_volume(cinder, volume.id, "in-use")
    assert [a.attachment_id for a in attached.attachments or []] == [reserved.id]

    got = attachments.get(cinder, reserved.id)
    assert (got.status, got.attach_mode) == ("attached", "rw")
    assert got.attached_at and datetime.datetime.fromisoformat(got.attached_at)  # a real date now
    by_volume = attachments.list(cinder, attachments.ListOpts(volume_id=volume.id))
    assert [a.id for a in by_volume] == [reserved.id]
    summary = attachments.list_summary(cinder, attachments.ListOpts(volume_id=volume.id))
    assert [(a.id, a.status) for a in summary] == [(reserved.id, "attached")]

    attachments.delete(cinder, reserved.id)
    detached = wait_volume(cinder, volume.id)
    assert detached.attachments == []
    with pytest.raises(typedstack.NotFound):
        attachments.get(cinder, reserved.id)


# ---------------------------------------------- the backend, as an admin sees it


def test_pools_capabilities_hosts_and_filters(
    cinder: typedstack.ServiceClient, cinder_service: LocalCinder
) -> None:
    backend = f"{cinder_service.host}@fake"
    pools_listed = pools.list(cinder, pools.ListOpts(detail=True))
    ours = [p for p in pools_listed if p.name.startswith(backend)]
    assert [p.name for p in ours] == [f"{backend}#fake"]
    caps = ours[0].capabilities
    assert caps is not None
    assert caps.volume_backend_name == "fake"
    assert caps.total_capacity_gb == "infinite"
    named = pools.list(cinder, pools.ListOpts(name=f"{backend}#fake"))
    assert [p.name for p in named] == [f"{backend}#fake"]

    cap = capabilities.get(cinder, backend)
    assert (cap.volume_backend_name, cap.vendor_name) == ("fake", "Open Source")
    assert cap.storage_protocol == caps.storage_protocol

    host_names = {(h.host_name, h.service) for h in hosts.list(cinder)}
    assert (backend, "cinder-volume") in host_names

    filters = {f.resource: f.filters for f in resource_filters.list(cinder)}
    assert "name" in (filters.get("volume") or [])
    only = resource_filters.list(cinder, resource_filters.ListOpts(resource="snapshot"))
    assert [f.resource for f in only] == ["snapshot"]

    assert "os-extended-snapshot-attributes" in {e.alias for e in extensions.list(cinder)}
    v3 = [v for v in versions.list(cinder) if v.id == "v3.0"]
    assert [(v.status, v.min_version, v.version) for v in v3] == [("CURRENT", "3.0", "3.71")]


def test_service_log_levels(cinder: typedstack.ServiceClient) -> None:
    # services.disable_log_reason/enable are not exercised: Cinder 29's enable
    # handler answers {"status": "enabled"} without clearing the service's
    # disabled flag, so a disabled service would stay disabled for the session.
    binary = "cinder-scheduler"
    levels = services.get_log_levels(
        cinder, services.GetLogLevelsOpts(binary=binary, prefix="cinder.scheduler")
    )
    assert levels and all(lv.binary == binary for lv in levels)
    assert all(lv.levels for lv in levels)
