"""Exact requests for Cinder volumes, volume actions, attachments and manageable volumes.

Each test checks the request a generated function sends (method, path,
query, JSON body, the OpenStack-API-Version header) and how it decodes a
realistic answer written from the API reference's examples.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.block_storage import v3 as block_storage
from typedstack.block_storage.v3 import attachments, manageable_volumes, volume_actions, volumes

CINDER = "http://cinder.test/v3/p1"
VOLUME_ID = "f7223234-1afc-4d19-bfa3-d19deb6235ef"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def cinder(recorder: Recorder, microversion: str) -> typedstack.ServiceClient:
    provider = provider_with(recorder, {"block-storage": CINDER})
    return block_storage.new_client(provider, microversion=microversion)


def volume_body(**changes: Any) -> dict[str, Any]:
    volume: dict[str, Any] = {
        "attachments": [],
        "availability_zone": "nova",
        "bootable": "false",
        "consistencygroup_id": None,
        "created_at": "2018-11-29T06:50:07.770785",
        "description": None,
        "encrypted": False,
        "id": VOLUME_ID,
        "links": [
            {"href": f"{CINDER}/volumes/{VOLUME_ID}", "rel": "self"},
            {"href": f"http://cinder.test/p1/volumes/{VOLUME_ID}", "rel": "bookmark"},
        ],
        "metadata": {},
        "migration_status": None,
        "multiattach": False,
        "name": None,
        "os-vol-host-attr:host": None,
        "os-vol-mig-status-attr:migstat": None,
        "os-vol-mig-status-attr:name_id": None,
        "os-vol-tenant-attr:tenant_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
        "replication_status": None,
        "size": 10,
        "snapshot_id": None,
        "source_volid": None,
        "status": "creating",
        "updated_at": None,
        "user_id": "c853ca26-e8ea-4797-8a52-ee124a013d0e",
        "volume_type": "__DEFAULT__",
        "provider_id": None,
        "group_id": None,
        "service_uuid": None,
        "shared_targets": None,
        "cluster_name": None,
        "volume_type_id": "5fed9d7c-401d-46e2-8e80-f30c70cb7e1d",
        "consumes_quota": True,
    }
    volume.update(changes)
    return volume


def test_create_volume_with_scheduler_hints_at_3_69(recorder: Recorder) -> None:
    recorder.reply(202, {"volume": volume_body(name="vol-1", size=10)})
    client = cinder(recorder, "3.69")
    opts = volumes.CreateOpts(
        size=10,
        name="vol-1",
        volume_type="lvmdriver-1",
        image_ref="b4c5f2b6-0fd3-4b08-b0d2-2cc7a0e8f4d5",
        metadata={"purpose": "db"},
        backup_id="2bdfc3b4-8e0b-43a9-9c1c-c8a47e4c7d9a",
        scheduler_hints=volumes.SchedulerHints(same_host=["a0cf03a5-d921-4877-bb5c-86d26cf818e1"]),
    )
    volume = volumes.create(client, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/volumes")
    assert sent.json == {
        "volume": {
            "size": 10,
            "name": "vol-1",
            "volume_type": "lvmdriver-1",
            "imageRef": "b4c5f2b6-0fd3-4b08-b0d2-2cc7a0e8f4d5",
            "metadata": {"purpose": "db"},
            "backup_id": "2bdfc3b4-8e0b-43a9-9c1c-c8a47e4c7d9a",
        },
        "OS-SCH-HNT:scheduler_hints": {"same_host": ["a0cf03a5-d921-4877-bb5c-86d26cf818e1"]},
    }
    assert sent.headers["OpenStack-API-Version"] == "volume 3.69"
    assert volume.id == VOLUME_ID
    assert volume.name == "vol-1"
    assert volume.status == "creating"
    assert volume.bootable == "false"
    assert volume.project_id == "89afd400-b646-4bbc-b12b-c0a4d63e5bd3"
    assert volume.host is None
    assert volume.created_at == datetime.datetime(2018, 11, 29, 6, 50, 7, 770785)
    assert volume.updated_at is None
    assert volume.volume_type_id == "5fed9d7c-401d-46e2-8e80-f30c70cb7e1d"
    assert volume.consumes_quota is True
    assert volume.shared_targets is None
    assert volume.links is not typedstack.UNSET
    assert volume.links and volume.links[0].rel == "self"


def test_create_refuses_backup_id_before_3_47(recorder: Recorder) -> None:
    opts = volumes.CreateOpts(backup_id="b-1")
    with pytest.raises(typedstack.MicroversionError, match=r"backup_id needs microversion 3\.47"):
        volumes.create(cinder(recorder, "3.46"), opts)
    assert recorder.seen == []


def test_get_volume_with_attachment_and_image_metadata(recorder: Recorder) -> None:
    attachment = {
        "server_id": "f4fda93b-06e0-4743-8117-bc8bcecd651b",
        "attachment_id": "3b8b6631-1cf7-4fd7-9afb-c01e541a073c",
        "attached_at": "2017-02-09T09:37:02.000000",
        "host_name": None,
        "volume_id": VOLUME_ID,
        "device": "/dev/vdb",
        "id": VOLUME_ID,
    }
    recorder.reply(
        200,
        {
            "volume": volume_body(
                status="in-use",
                attachments=[attachment],
                volume_image_metadata={"image_name": "cirros", "min_ram": "0"},
                **{"os-vol-host-attr:host": "cinder@lvmdriver-1#lvmdriver-1"},
            )
        },
    )
    volume = volumes.get(cinder(recorder, "3.0"), VOLUME_ID)
    assert (recorder.seen[0].method, recorder.seen[0].path) == (
        "GET",
        f"/v3/p1/volumes/{VOLUME_ID}",
    )
    assert recorder.seen[0].headers["OpenStack-API-Version"] == "volume 3.0"
    assert volume.status == "in-use"
    assert volume.host == "cinder@lvmdriver-1#lvmdriver-1"
    assert volume.volume_image_metadata == {"image_name": "cirros", "min_ram": "0"}
    assert volume.attachments
    assert volume.attachments[0].server_id == "f4fda93b-06e0-4743-8117-bc8bcecd651b"
    assert volume.attachments[0].device == "/dev/vdb"
    assert volume.attachments[0].attached_at == datetime.datetime(2017, 2, 9, 9, 37, 2)
    # fields of later microversions are not carried at 3.0
    assert volume.volume_type_id is typedstack.UNSET
    assert volume.consumes_quota is typedstack.UNSET


def test_list_detail_filters_and_follows_volumes_links(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "volumes": [volume_body(status="available")],
            "volumes_links": [
                {"href": f"{CINDER}/volumes/detail?limit=1&marker={VOLUME_ID}", "rel": "next"}
            ],
            "count": 2,
        },
    )
    recorder.reply(200, {"volumes": [volume_body(id="v-2", status="available")]})
    opts = volumes.ListOpts(
        limit=1,
        status="available",
        metadata={"purpose": "db"},
        sort=["name:asc", "size:desc"],
        with_count=True,
        created_at="gte:2024-01-01T00:00:00Z",
        all_tenants=True,
    )
    found = list(volumes.list(cinder(recorder, "3.60"), opts))
    assert [v.id for v in found] == [VOLUME_ID, "v-2"]
    first, second = recorder.seen
    assert (first.method, first.path) == ("GET", "/v3/p1/volumes/detail")
    assert dict(first.query) == {
        "limit": "1",
        "status": "available",
        "metadata": '{"purpose":"db"}',  # a literal Cinder parses
        "sort": "name:asc,size:desc",
        "with_count": "true",
        "created_at": "gte:2024-01-01T00:00:00Z",
        "all_tenants": "true",
    }
    assert first.headers["OpenStack-API-Version"] == "volume 3.60"
    assert second.path == "/v3/p1/volumes/detail"
    assert dict(second.query) == {"limit": "1", "marker": VOLUME_ID}


def test_list_summary_shares_the_list_options(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "volumes": [
                {
                    "id": VOLUME_ID,
                    "name": "vol-1",
                    "links": [{"href": f"{CINDER}/volumes/{VOLUME_ID}", "rel": "self"}],
                }
            ]
        },
    )
    found = list(volumes.list_summary(cinder(recorder, "3.0"), volumes.ListOpts(name="vol-1")))
    assert recorder.seen[0].path == "/v3/p1/volumes"
    assert recorder.seen[0].query == [("name", "vol-1")]
    assert found[0].id == VOLUME_ID and found[0].name == "vol-1"


def test_list_refuses_filters_above_the_microversion(recorder: Recorder) -> None:
    client = cinder(recorder, "3.59")
    with pytest.raises(typedstack.MicroversionError, match=r"created_at needs microversion 3\.60"):
        list(volumes.list(client, volumes.ListOpts(created_at="gt:2024-01-01")))
    with pytest.raises(typedstack.MicroversionError, match=r"consumes_quota needs microversion"):
        list(volumes.list_summary(client, volumes.ListOpts(consumes_quota=False)))
    assert recorder.seen == []


def test_update_and_delete(recorder: Recorder) -> None:
    recorder.reply(200, {"volume": volume_body(name="renamed", description="new")})
    recorder.reply(202)
    client = cinder(recorder, "3.23")
    volume = volumes.update(
        client, VOLUME_ID, volumes.UpdateOpts(name="renamed", description="new")
    )
    volumes.delete(client, VOLUME_ID, volumes.DeleteOpts(cascade=True, force=True))
    update, delete = recorder.seen
    assert (update.method, update.path) == ("PUT", f"/v3/p1/volumes/{VOLUME_ID}")
    assert update.json == {"volume": {"name": "renamed", "description": "new"}}
    assert volume.name == "renamed"
    assert (delete.method, delete.path) == ("DELETE", f"/v3/p1/volumes/{VOLUME_ID}")
    assert dict(delete.query) == {"cascade": "true", "force": "true"}


def test_delete_refuses_force_before_3_23(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError, match=r"force needs microversion 3\.23"):
        volumes.delete(cinder(recorder, "3.22"), VOLUME_ID, volumes.DeleteOpts(force=True))
    assert recorder.seen == []


def test_summary_at_3_36_and_refused_before_3_12(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "volume-summary": {
                "total_size": 4,
                "total_count": 4,
                "metadata": {"key1": ["value1", "value2"], "key2": ["value2"]},
            }
        },
    )
    summary = volumes.summary(cinder(recorder, "3.36"), volumes.SummaryOpts(all_tenants=True))
    assert (recorder.seen[0].method, recorder.seen[0].path) == ("GET", "/v3/p1/volumes/summary")
    assert recorder.seen[0].query == [("all_tenants", "true")]
    assert summary.total_count == 4
    assert summary.total_size == 4
    assert summary.metadata == {"key1": ["value1", "value2"], "key2": ["value2"]}
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 3\.12"):
        volumes.summary(cinder(recorder, "3.11"))
    assert len(recorder.seen) == 1


def test_volume_metadata(recorder: Recorder) -> None:
    client = cinder(recorder, "3.0")
    recorder.reply(200, {"metadata": {"name": "metadata0"}})
    recorder.reply(200, {"metadata": {"name": "metadata1"}})
    recorder.reply(200, {"metadata": {"name": "metadata1", "k": "v"}})
    recorder.reply(200, {"meta": {"name": "metadata1"}})
    recorder.reply(200, {"meta": {"name": "metadata2"}})
    recorder.reply(200)
    assert volumes.create_metadata(
        client, VOLUME_ID, volumes.CreateMetadataOpts(metadata={"name": "metadata0"})
    ) == {"name": "metadata0"}
    assert volumes.replace_metadata(
        client, VOLUME_ID, volumes.ReplaceMetadataOpts(metadata={"name": "metadata1"})
    ) == {"name": "metadata1"}
    assert volumes.get_metadata(client, VOLUME_ID) == {"name": "metadata1", "k": "v"}
    assert volumes.get_metadata_item(client, VOLUME_ID, "name") == {"name": "metadata1"}
    assert volumes.set_metadata_item(
        client, VOLUME_ID, "name", volumes.SetMetadataItemOpts(meta={"name": "metadata2"})
    ) == {"name": "metadata2"}
    volumes.delete_metadata_item(client, VOLUME_ID, "name")
    base = f"/v3/p1/volumes/{VOLUME_ID}/metadata"
    assert [(r.method, r.path, r.json) for r in recorder.seen] == [
        ("POST", base, {"metadata": {"name": "metadata0"}}),
        ("PUT", base, {"metadata": {"name": "metadata1"}}),
        ("GET", base, None),
        ("GET", f"{base}/name", None),
        ("PUT", f"{base}/name", {"meta": {"name": "metadata2"}}),
        ("DELETE", f"{base}/name", None),
    ]


ACTION = f"/v3/p1/volumes/{VOLUME_ID}/action"


def test_actions_send_their_body_keys(recorder: Recorder) -> None:
    client = cinder(recorder, "3.71")
    calls: list[tuple[Callable[[], object], dict[str, Any]]] = [
        (
            lambda: volume_actions.extend(
                client, VOLUME_ID, volume_actions.ExtendOpts(new_size=3)
            ),
            {"os-extend": {"new_size": 3}},
        ),
        (
            lambda: volume_actions.complete_extend(
                client, VOLUME_ID, volume_actions.CompleteExtendOpts(error=False)
            ),
            {"os-extend_volume_completion": {"error": False}},
        ),
        (
            lambda: volume_actions.reset_status(
                client,
                VOLUME_ID,
                volume_actions.ResetStatusOpts(
                    status="available", attach_status="detached", migration_status="migrating"
                ),
            ),
            {
                "os-reset_status": {
                    "status": "available",
                    "attach_status": "detached",
                    "migration_status": "migrating",
                }
            },
        ),
        (
            lambda: volume_actions.revert_to_snapshot(
                client, VOLUME_ID, volume_actions.RevertToSnapshotOpts(snapshot_id="snap-1")
            ),
            {"revert": {"snapshot_id": "snap-1"}},
        ),
        (
            lambda: volume_actions.unset_image_metadata(
                client, VOLUME_ID, volume_actions.UnsetImageMetadataOpts(key="ramdisk_id")
            ),
            {"os-unset_image_metadata": {"key": "ramdisk_id"}},
        ),
        (
            lambda: volume_actions.attach(
                client,
                VOLUME_ID,
                volume_actions.AttachOpts(
                    instance_uuid="95D9EF50-507D-11E5-B970-0800200C9A66", mountpoint="/dev/vdc"
                ),
            ),
            {
                "os-attach": {
                    "instance_uuid": "95D9EF50-507D-11E5-B970-0800200C9A66",
                    "mountpoint": "/dev/vdc",
                }
            },
        ),
        (lambda: volume_actions.detach(client, VOLUME_ID), {"os-detach": {}}),
        (
            lambda: volume_actions.force_detach(
                client,
                VOLUME_ID,
                volume_actions.ForceDetachOpts(
                    attachment_id="d8777f54-84cf-4809-a679-468ffed56cf1",
                    connector={"initiator": "iqn.2012-07.org.fake:01"},
                ),
            ),
            {
                "os-force_detach": {
                    "attachment_id": "d8777f54-84cf-4809-a679-468ffed56cf1",
                    "connector": {"initiator": "iqn.2012-07.org.fake:01"},
                }
            },
        ),
        (
            lambda: volume_actions.retype(
                client,
                VOLUME_ID,
                volume_actions.RetypeOpts(
                    new_type="dedup-tier-replicaton", migration_policy="never"
                ),
            ),
            {"os-retype": {"new_type": "dedup-tier-replicaton", "migration_policy": "never"}},
        ),
        (
            lambda: volume_actions.migrate(
                client,
                VOLUME_ID,
                volume_actions.MigrateOpts(cluster="cluster@lvmdriver", lock_volume=True),
            ),
            {"os-migrate_volume": {"cluster": "cluster@lvmdriver", "lock_volume": True}},
        ),
        (lambda: volume_actions.force_delete(client, VOLUME_ID), {"os-force_delete": {}}),
        (
            lambda: volume_actions.set_bootable(
                client, VOLUME_ID, volume_actions.SetBootableOpts(bootable=True)
            ),
            {"os-set_bootable": {"bootable": True}},
        ),
        (lambda: volume_actions.unmanage(client, VOLUME_ID), {"os-unmanage": {}}),
        (lambda: volume_actions.reserve(client, VOLUME_ID), {"os-reserve": {}}),
        (lambda: volume_actions.unreserve(client, VOLUME_ID), {"os-unreserve": {}}),
        (lambda: volume_actions.begin_detaching(client, VOLUME_ID), {"os-begin_detaching": {}}),
        (lambda: volume_actions.roll_detaching(client, VOLUME_ID), {"os-roll_detaching": {}}),
        (
            lambda: volume_actions.terminate_connection(
                client,
                VOLUME_ID,
                volume_actions.TerminateConnectionOpts(connector={"host": "compute-1"}),
            ),
            {"os-terminate_connection": {"connector": {"host": "compute-1"}}},
        ),
        (
            lambda: volume_actions.update_readonly_flag(
                client, VOLUME_ID, volume_actions.UpdateReadonlyFlagOpts(readonly=True)
            ),
            {"os-update_readonly_flag": {"readonly": True}},
        ),
        (
            lambda: volume_actions.reimage(
                client,
                VOLUME_ID,
                volume_actions.ReimageOpts(image_id="71543ced-a8af-45b6-a5c4-a46282108a90"),
            ),
            {"os-reimage": {"image_id": "71543ced-a8af-45b6-a5c4-a46282108a90"}},
        ),
    ]
    answered_with_200 = {"os-unset_image_metadata", "os-set_bootable"}
    for call, body in calls:
        recorder.reply(200 if set(body) & answered_with_200 else 202)
        call()
        sent = recorder.seen[-1]
        assert (sent.method, sent.path) == ("POST", ACTION)
        assert sent.json == body
        assert sent.headers["OpenStack-API-Version"] == "volume 3.71"
    assert len(recorder.seen) == len(calls)


def test_actions_refused_below_their_microversions(recorder: Recorder) -> None:
    client = cinder(recorder, "3.39")
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 3\.40"):
        volume_actions.revert_to_snapshot(
            client, VOLUME_ID, volume_actions.RevertToSnapshotOpts(snapshot_id="s")
        )
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 3\.68"):
        volume_actions.reimage(client, VOLUME_ID, volume_actions.ReimageOpts(image_id="i"))
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 3\.71"):
        volume_actions.complete_extend(client, VOLUME_ID)
    with pytest.raises(typedstack.MicroversionError, match=r"cluster needs microversion 3\.16"):
        volume_actions.migrate(
            cinder(recorder, "3.15"), VOLUME_ID, volume_actions.MigrateOpts(cluster="c@b")
        )
    with pytest.raises(typedstack.MicroversionError, match=r"visibility needs microversion 3\.1"):
        volume_actions.upload_to_image(
            cinder(recorder, "3.0"),
            VOLUME_ID,
            volume_actions.UploadToImageOpts(image_name="img", visibility="public"),
        )
    assert recorder.seen == []


def test_image_metadata_actions_return_the_metadata(recorder: Recorder) -> None:
    client = cinder(recorder, "3.0")
    recorder.reply(200, {"metadata": {"image_id": "521752a6", "image_name": "cirros"}})
    recorder.reply(200, {"metadata": {"image_id": "521752a6", "image_name": "cirros", "k": "v"}})
    shown = volume_actions.show_image_metadata(client, VOLUME_ID)
    updated = volume_actions.set_image_metadata(
        client, VOLUME_ID, volume_actions.SetImageMetadataOpts(metadata={"k": "v"})
    )
    assert recorder.seen[0].json == {"os-show_image_metadata": {}}
    assert recorder.seen[1].json == {"os-set_image_metadata": {"metadata": {"k": "v"}}}
    assert shown == {"image_id": "521752a6", "image_name": "cirros"}
    assert updated["k"] == "v"


def test_upload_to_image(recorder: Recorder) -> None:
    recorder.reply(
        202,
        {
            "os-volume_upload_image": {
                "status": "uploading",
                "container_format": "bare",
                "image_name": "test",
                "visibility": "private",
                "updated_at": "2017-06-05T08:44:28.000000",
                "image_id": "de75b74e-7f0d-4b59-a263-bd87bfc313bd",
                "display_description": None,
                "id": VOLUME_ID,
                "size": 1,
                "disk_format": "raw",
                "volume_type": None,
                "protected": False,
            }
        },
    )
    opts = volume_actions.UploadToImageOpts(
        image_name="test",
        force=False,
        disk_format="raw",
        container_format="bare",
        visibility="private",
        protected=False,
    )
    image = volume_actions.upload_to_image(cinder(recorder, "3.1"), VOLUME_ID, opts)
    assert recorder.seen[0].json == {
        "os-volume_upload_image": {
            "image_name": "test",
            "force": False,
            "disk_format": "raw",
            "container_format": "bare",
            "visibility": "private",
            "protected": False,
        }
    }
    assert image.image_id == "de75b74e-7f0d-4b59-a263-bd87bfc313bd"
    assert image.status == "uploading"
    assert image.protected is False
    assert image.updated_at == datetime.datetime(2017, 6, 5, 8, 44, 28)


def test_initialize_connection_and_complete_migration(recorder: Recorder) -> None:
    client = cinder(recorder, "3.0")
    recorder.reply(
        200,
        {
            "connection_info": {
                "driver_volume_type": "iscsi",
                "data": {"target_iqn": "iqn.2010-10.org.openstack:volume-1", "target_lun": 1},
            }
        },
    )
    recorder.reply(200, {"save_volume_id": VOLUME_ID})
    connector = {"initiator": "iqn.1993-08.org.debian:01:cad181614cec", "host": "node-1"}
    info = volume_actions.initialize_connection(
        client, VOLUME_ID, volume_actions.InitializeConnectionOpts(connector=connector)
    )
    done = volume_actions.complete_migration(
        client,
        VOLUME_ID,
        volume_actions.CompleteMigrationOpts(new_volume="2b955850-f177-45f7-9f49-ecb2c256d161"),
    )
    assert recorder.seen[0].json == {"os-initialize_connection": {"connector": connector}}
    assert recorder.seen[1].json == {
        "os-migrate_volume_completion": {"new_volume": "2b955850-f177-45f7-9f49-ecb2c256d161"}
    }
    assert info.driver_volume_type == "iscsi"
    assert info.data == {"target_iqn": "iqn.2010-10.org.openstack:volume-1", "target_lun": 1}
    assert done.save_volume_id == VOLUME_ID


ATTACHMENT = {
    "status": "attaching",
    "detached_at": "2015-09-16T09:28:52.000000",
    "connection_info": {},
    "attached_at": "2015-09-16T09:28:52.000000",
    "attach_mode": "ro",
    "instance": "3b8b6631-1cf7-4fd7-9afb-c01e541as345",
    "volume_id": "462dcc2d-130d-4654-8db1-da0df2da6a0d",
    "id": "3b8b6631-1cf7-4fd7-9afb-c01e541a073c",
}


def test_attachment_flow_at_3_54(recorder: Recorder) -> None:
    client = cinder(recorder, "3.54")
    connector = {"initiator": "iqn.1993-08.org.debian:01:cad181614cec", "mode": "rw"}
    recorder.reply(200, {"attachment": ATTACHMENT})
    recorder.reply(
        200, {"attachment": dict(ATTACHMENT, connection_info={"driver_volume_type": "iscsi"})}
    )
    recorder.reply(204)
    recorder.reply(200, {"attachments": []})
    created = attachments.create(
        client,
        attachments.CreateOpts(
            volume_uuid="462dcc2d-130d-4654-8db1-da0df2da6a0d",
            instance_uuid="3b8b6631-1cf7-4fd7-9afb-c01e541as345",
            mode="ro",
        ),
    )
    updated = attachments.update(client, created.id, attachments.UpdateOpts(connector=connector))
    attachments.complete(client, created.id)
    others = attachments.delete(client, created.id)
    create, update, complete, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v3/p1/attachments")
    assert create.json == {
        "attachment": {
            "volume_uuid": "462dcc2d-130d-4654-8db1-da0df2da6a0d",
            "instance_uuid": "3b8b6631-1cf7-4fd7-9afb-c01e541as345",
            "mode": "ro",
        }
    }
    assert create.headers["OpenStack-API-Version"] == "volume 3.54"
    assert created.attach_mode == "ro"
    assert created.attached_at == "2015-09-16T09:28:52.000000"
    path = "/v3/p1/attachments/3b8b6631-1cf7-4fd7-9afb-c01e541a073c"
    assert (update.method, update.path) == ("PUT", path)
    assert update.json == {"attachment": {"connector": connector}}
    assert updated.connection_info == {"driver_volume_type": "iscsi"}
    assert (complete.method, complete.path, complete.json) == (
        "POST",
        f"{path}/action",
        {"os-complete": {}},
    )
    assert (delete.method, delete.path) == ("DELETE", path)
    assert others == []


def test_attachments_refused_below_their_microversions(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 3\.27"):
        attachments.get(cinder(recorder, "3.26"), "a-1")
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 3\.44"):
        attachments.complete(cinder(recorder, "3.43"), "a-1")
    with pytest.raises(typedstack.MicroversionError, match=r"mode needs microversion 3\.54"):
        attachments.create(
            cinder(recorder, "3.53"), attachments.CreateOpts(volume_uuid="v", mode="rw")
        )
    assert recorder.seen == []


def test_attachment_listing_pages_by_marker(recorder: Recorder) -> None:
    summary = {k: ATTACHMENT[k] for k in ("status", "instance", "volume_id", "id")}
    recorder.reply(200, {"attachments": [summary]})
    recorder.reply(200, {"attachments": []})
    found = list(
        attachments.list_summary(
            cinder(recorder, "3.27"), attachments.ListOpts(volume_id="462dcc2d", limit=1)
        )
    )
    assert [a.id for a in found] == [ATTACHMENT["id"]]
    first, second = recorder.seen
    assert first.path == "/v3/p1/attachments"
    assert dict(first.query) == {"volume_id": "462dcc2d", "limit": "1"}
    assert dict(second.query) == {
        "volume_id": "462dcc2d",
        "limit": "1",
        "marker": ATTACHMENT["id"],
    }
    recorder.reply(200, {"attachments": [ATTACHMENT]})
    recorder.reply(200, {"attachments": []})
    detailed = list(attachments.list(cinder(recorder, "3.27")))
    assert recorder.seen[2].path == "/v3/p1/attachments/detail"
    assert detailed[0].attach_mode == "ro"


def test_manage_and_list_manageable_volumes(recorder: Recorder) -> None:
    client = cinder(recorder, "3.16")
    recorder.reply(202, {"volume": volume_body(name="managed", status="creating")})
    recorder.reply(
        200,
        {
            "manageable-volumes": [
                {
                    "cinder_id": None,
                    "reason_not_safe": None,
                    "safe_to_manage": True,
                    "reference": {"source-name": "volume-3a81fdac-e8ae-4e61-b6a2-2e14ff316f19"},
                    "size": 1,
                    "extra_info": None,
                },
                {
                    "cinder_id": "9ba5bb53-4a18-4b38-be06-992999da338d",
                    "reason_not_safe": "already managed",
                    "safe_to_manage": False,
                    "reference": {"source-name": "volume-9ba5bb53-4a18-4b38-be06-992999da338d"},
                    "size": 1,
                    "extra_info": None,
                },
            ]
        },
    )
    managed = manageable_volumes.manage(
        client,
        manageable_volumes.ManageOpts(
            ref={"source-name": "existingLV"},
            cluster="cluster1@lvmdriver-1",
            name="managed",
            volume_type="lvmdriver-1",
            bootable=False,
        ),
    )
    found = list(manageable_volumes.list(client, manageable_volumes.ListOpts(host="cinder@lvm")))
    manage, listing = recorder.seen
    assert (manage.method, manage.path) == ("POST", "/v3/p1/manageable_volumes")
    assert manage.json == {
        "volume": {
            "ref": {"source-name": "existingLV"},
            "cluster": "cluster1@lvmdriver-1",
            "name": "managed",
            "volume_type": "lvmdriver-1",
            "bootable": False,
        }
    }
    assert managed.name == "managed"
    assert (listing.method, listing.path) == ("GET", "/v3/p1/manageable_volumes/detail")
    assert listing.query == [("host", "cinder@lvm")]
    assert [v.safe_to_manage for v in found] == [True, False]
    assert found[1].reason_not_safe == "already managed"
    assert found[0].reference == {"source-name": "volume-3a81fdac-e8ae-4e61-b6a2-2e14ff316f19"}
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 3\.8"):
        list(manageable_volumes.list_summary(cinder(recorder, "3.7")))
    assert len(recorder.seen) == 2
