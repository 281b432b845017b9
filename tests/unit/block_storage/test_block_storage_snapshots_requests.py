"""Cinder snapshots, backups, transfers and messages: exact requests.

The request each function sends (method, URL, query, body, microversion
header) and the decoding of realistic answers written from the API
reference, for the operations whose outcome a test deployment cannot
easily produce (admin status changes, managing backend snapshots, backup
records, transfers between projects).
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.block_storage import v3 as block_storage
from typedstack.block_storage.v3 import (
    backup_actions,
    backups,
    manageable_snapshots,
    messages,
    os_volume_transfers,
    snapshot_actions,
    snapshots,
    transfers,
)

CINDER = "http://cinder.test/v3/p1"
SNAP_ID = "4a584cae-e4ce-429b-9154-d4c9eb8fda4c"
BACKUP_ID = "3052c307-119e-4f78-960e-972078aa15a8"
TRANSFER_ID = "3d26db0c-69cd-42e4-ae42-7552759ab361"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def cinder(recorder: Recorder, microversion: str) -> typedstack.ServiceClient:
    provider = provider_with(recorder, {"block-storage": CINDER})
    return block_storage.new_client(provider, microversion=microversion)


SNAPSHOT: dict[str, Any] = {
    "created_at": "2019-03-12T04:42:00.809352",
    "description": "Daily backup",
    "id": SNAP_ID,
    "metadata": {"key": "v3"},
    "name": "snap-001",
    "os-extended-snapshot-attributes:progress": "0%",
    "os-extended-snapshot-attributes:project_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
    "size": 10,
    "status": "creating",
    "updated_at": None,
    "volume_id": "b72c48f1-64b7-4cd8-9745-b12e0be82d37",
    "group_snapshot_id": None,
    "user_id": "c853ca26-e8ea-4797-8a52-ee124a013d0e",
    "consumes_quota": True,
}


def test_snapshot_create_and_decode_at_3_65(recorder: Recorder) -> None:
    recorder.reply(202, {"snapshot": SNAPSHOT})
    opts = snapshots.CreateOpts(
        volume_id="b72c48f1-64b7-4cd8-9745-b12e0be82d37",
        name="snap-001",
        description="Daily backup",
        force=True,
        metadata={"key": "v3"},
    )
    snap = snapshots.create(cinder(recorder, "3.65"), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.url) == ("POST", f"{CINDER}/snapshots")
    assert sent.headers["OpenStack-API-Version"] == "volume 3.65"
    assert sent.json == {
        "snapshot": {
            "volume_id": "b72c48f1-64b7-4cd8-9745-b12e0be82d37",
            "name": "snap-001",
            "description": "Daily backup",
            "force": True,
            "metadata": {"key": "v3"},
        }
    }
    assert snap.id == SNAP_ID
    assert snap.progress == "0%"
    assert snap.project_id == "89afd400-b646-4bbc-b12b-c0a4d63e5bd3"
    assert snap.created_at == datetime.datetime(2019, 3, 12, 4, 42, 0, 809352)
    assert snap.updated_at is None
    assert snap.consumes_quota is True
    assert snap.user_id == "c853ca26-e8ea-4797-8a52-ee124a013d0e"


def test_snapshot_fields_follow_the_microversion(recorder: Recorder) -> None:
    recorder.reply(200, {"snapshot": SNAPSHOT})
    snap = snapshots.get(cinder(recorder, "3.40"), SNAP_ID)
    assert recorder.seen[0].url == f"{CINDER}/snapshots/{SNAP_ID}"
    assert snap.group_snapshot_id is None  # 3.14
    assert snap.user_id is typedstack.UNSET  # arrives at 3.41
    assert snap.consumes_quota is typedstack.UNSET  # arrives at 3.65


def test_snapshot_list_pages_and_filters(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "snapshots": [SNAPSHOT],
            "snapshots_links": [
                {"rel": "next", "href": f"{CINDER}/snapshots/detail?limit=1&marker={SNAP_ID}"}
            ],
        },
    )
    recorder.reply(200, {"snapshots": []})
    client = cinder(recorder, "3.65")
    opts = snapshots.ListOpts(
        limit=1, status="available", all_tenants=True, consumes_quota=False, sort="name:asc"
    )
    items = list(snapshots.list(client, opts))
    assert [s.name for s in items] == ["snap-001"]
    first, second = recorder.seen
    assert first.path == "/v3/p1/snapshots/detail"
    assert sorted(first.query) == [
        ("all_tenants", "true"),
        ("consumes_quota", "false"),
        ("limit", "1"),
        ("sort", "name:asc"),
        ("status", "available"),
    ]
    assert second.query == [("limit", "1"), ("marker", SNAP_ID)]


def test_snapshot_list_refuses_filters_above_the_microversion(recorder: Recorder) -> None:
    client = cinder(recorder, "3.44")
    with pytest.raises(typedstack.MicroversionError, match=r"with_count needs microversion 3\.45"):
        list(snapshots.list_summary(client, snapshots.ListOpts(with_count=True)))
    with pytest.raises(typedstack.MicroversionError, match=r"consumes_quota"):
        list(snapshots.list(client, snapshots.ListOpts(consumes_quota=True)))
    assert recorder.seen == []


def test_snapshot_update_and_delete(recorder: Recorder) -> None:
    recorder.reply(200, {"snapshot": {**SNAPSHOT, "name": "snap-002"}})
    recorder.reply(202)
    client = cinder(recorder, "3.0")
    snap = snapshots.update(client, SNAP_ID, snapshots.UpdateOpts(name="snap-002"))
    snapshots.delete(client, SNAP_ID)
    put, delete = recorder.seen
    assert (put.method, put.path) == ("PUT", f"/v3/p1/snapshots/{SNAP_ID}")
    assert put.json == {"snapshot": {"name": "snap-002"}}
    assert snap.name == "snap-002"
    assert (delete.method, delete.path) == ("DELETE", f"/v3/p1/snapshots/{SNAP_ID}")


def test_snapshot_metadata(recorder: Recorder) -> None:
    recorder.reply(200, {"metadata": {"key": "v1"}})
    recorder.reply(200, {"metadata": {"key": "v1", "new": "v2"}})
    recorder.reply(200, {"metadata": {"only": "this"}})
    recorder.reply(200, {"meta": {"key": "v1"}})
    recorder.reply(200, {"meta": {"key": "v9"}})
    recorder.reply(200)
    client = cinder(recorder, "3.0")
    assert snapshots.get_metadata(client, SNAP_ID) == {"key": "v1"}
    merged = snapshots.update_metadata(
        client, SNAP_ID, snapshots.UpdateMetadataOpts(metadata={"new": "v2"})
    )
    assert merged == {"key": "v1", "new": "v2"}
    replaced = snapshots.replace_metadata(
        client, SNAP_ID, snapshots.ReplaceMetadataOpts(metadata={"only": "this"})
    )
    assert replaced == {"only": "this"}
    assert snapshots.get_metadata_key(client, SNAP_ID, "key") == {"key": "v1"}
    assert snapshots.update_metadata_key(client, SNAP_ID, "key", {"key": "v9"}) == {"key": "v9"}
    snapshots.delete_metadata_key(client, SNAP_ID, "key")
    base = f"/v3/p1/snapshots/{SNAP_ID}/metadata"
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("GET", base),
        ("POST", base),
        ("PUT", base),
        ("GET", f"{base}/key"),
        ("PUT", f"{base}/key"),
        ("DELETE", f"{base}/key"),
    ]
    assert recorder.seen[1].json == {"metadata": {"new": "v2"}}
    assert recorder.seen[2].json == {"metadata": {"only": "this"}}
    assert recorder.seen[4].json == {"meta": {"key": "v9"}}


def test_snapshot_actions(recorder: Recorder) -> None:
    for _ in range(3):
        recorder.reply(202)
    client = cinder(recorder, "3.0")
    snapshot_actions.reset_status(
        client, SNAP_ID, snapshot_actions.ResetStatusOpts(status="error")
    )
    snapshot_actions.update_status(
        client, SNAP_ID, snapshot_actions.UpdateStatusOpts(status="creating", progress="80%")
    )
    snapshot_actions.force_delete(client, SNAP_ID)
    assert {r.path for r in recorder.seen} == {f"/v3/p1/snapshots/{SNAP_ID}/action"}
    assert [r.json for r in recorder.seen] == [
        {"os-reset_status": {"status": "error"}},
        {"os-update_snapshot_status": {"status": "creating", "progress": "80%"}},
        {"os-force_delete": {}},
    ]


def test_manageable_snapshots_need_3_8(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError):
        list(manageable_snapshots.list(cinder(recorder, "3.7")))
    assert recorder.seen == []
    recorder.reply(
        200,
        {
            "manageable-snapshots": [
                {
                    "cinder_id": "d0c84570-a01f-4579-9789-5e9f266587cd",
                    "reason_not_safe": "already managed",
                    "reference": {"source-name": "_snapshot-d0c84570"},
                    "source_reference": {"source-name": "volume-7c064b34"},
                    "safe_to_manage": False,
                    "size": 1,
                    "extra_info": None,
                }
            ]
        },
    )
    client = cinder(recorder, "3.8")
    opts = manageable_snapshots.ListOpts(host="cinder@lvm#lvm", limit=5)
    (item,) = list(manageable_snapshots.list(client, opts))
    sent = recorder.seen[0]
    assert sent.path == "/v3/p1/manageable_snapshots/detail"
    assert sorted(sent.query) == [("host", "cinder@lvm#lvm"), ("limit", "5")]
    assert item.safe_to_manage is False
    assert item.reason_not_safe == "already managed"
    assert item.reference == {"source-name": "_snapshot-d0c84570"}


def test_manage_snapshot_returns_a_snapshot(recorder: Recorder) -> None:
    recorder.reply(202, {"snapshot": {**SNAPSHOT, "name": "adopted"}})
    opts = manageable_snapshots.ManageOpts(
        volume_id="b72c48f1-64b7-4cd8-9745-b12e0be82d37",
        ref={"source-name": "lvol0"},
        name="adopted",
    )
    snap = manageable_snapshots.manage(cinder(recorder, "3.8"), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/manageable_snapshots")
    assert sent.json == {
        "snapshot": {
            "volume_id": "b72c48f1-64b7-4cd8-9745-b12e0be82d37",
            "ref": {"source-name": "lvol0"},
            "name": "adopted",
        }
    }
    assert isinstance(snap, snapshots.Snapshot)
    assert snap.name == "adopted"


BACKUP: dict[str, Any] = {
    "availability_zone": None,
    "container": None,
    "created_at": "2023-06-23T11:56:08.691468",
    "data_timestamp": "2023-06-23T11:56:08.691468",
    "description": "Test backup",
    "fail_reason": None,
    "has_dependent_backups": False,
    "id": BACKUP_ID,
    "is_incremental": False,
    "links": [{"href": f"{CINDER}/backups/{BACKUP_ID}", "rel": "self"}],
    "metadata": {},
    "name": "backup001",
    "object_count": 0,
    "os-backup-project-attr:project_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
    "size": 10,
    "snapshot_id": None,
    "status": "creating",
    "updated_at": "2023-06-23T11:56:08.693488",
    "user_id": "c853ca26-e8ea-4797-8a52-ee124a013d0e",
    "volume_id": "e763a78b-edc5-48fb-bbb3-fddc1062e27a",
}


def test_backup_create_with_metadata_and_zone(recorder: Recorder) -> None:
    opts = backups.CreateOpts(
        volume_id="e763a78b-edc5-48fb-bbb3-fddc1062e27a",
        name="backup001",
        incremental=True,
        metadata={"k": "v"},
        availability_zone="az2",
    )
    with pytest.raises(typedstack.MicroversionError, match=r"availability_zone"):
        backups.create(cinder(recorder, "3.50"), opts)
    assert recorder.seen == []
    recorder.reply(
        202,
        {
            "backup": {
                "id": BACKUP_ID,
                "links": BACKUP["links"],
                "name": "backup001",
                "metadata": {"k": "v"},
            }
        },
    )
    made = backups.create(cinder(recorder, "3.51"), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/backups")
    assert sent.headers["OpenStack-API-Version"] == "volume 3.51"
    assert sent.json == {
        "backup": {
            "volume_id": "e763a78b-edc5-48fb-bbb3-fddc1062e27a",
            "name": "backup001",
            "incremental": True,
            "metadata": {"k": "v"},
            "availability_zone": "az2",
        }
    }
    assert made.id == BACKUP_ID
    assert made.links and made.links[0].rel == "self"


def test_backup_get_decodes_at_3_64(recorder: Recorder) -> None:
    recorder.reply(200, {"backup": BACKUP})
    backup = backups.get(cinder(recorder, "3.64"), BACKUP_ID)
    assert recorder.seen[0].url == f"{CINDER}/backups/{BACKUP_ID}"
    assert backup.project_id == "89afd400-b646-4bbc-b12b-c0a4d63e5bd3"
    assert backup.user_id == "c853ca26-e8ea-4797-8a52-ee124a013d0e"
    assert backup.data_timestamp == datetime.datetime(2023, 6, 23, 11, 56, 8, 691468)
    assert backup.fail_reason is None
    assert backup.status == "creating"


def test_backup_list_summary_pages(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "backups": [{"id": BACKUP_ID, "name": "backup001", "links": []}],
            "backups_links": [
                {"rel": "next", "href": f"{CINDER}/backups?limit=1&marker={BACKUP_ID}"}
            ],
        },
    )
    recorder.reply(200, {"backups": []})
    client = cinder(recorder, "3.45")
    opts = backups.ListOpts(limit=1, volume_id="e763a78b", with_count=True)
    assert [b.name for b in backups.list_summary(client, opts)] == ["backup001"]
    first, second = recorder.seen
    assert first.path == "/v3/p1/backups"
    assert sorted(first.query) == [
        ("limit", "1"),
        ("volume_id", "e763a78b"),
        ("with_count", "true"),
    ]
    assert second.query == [("limit", "1"), ("marker", BACKUP_ID)]


def test_backup_update_needs_3_9(recorder: Recorder) -> None:
    opts = backups.UpdateOpts(name="renamed")
    with pytest.raises(typedstack.MicroversionError):
        backups.update(cinder(recorder, "3.8"), BACKUP_ID, opts)
    assert recorder.seen == []
    recorder.reply(200, {"backup": {"id": BACKUP_ID, "name": "renamed", "links": []}})
    updated = backups.update(cinder(recorder, "3.9"), BACKUP_ID, opts)
    assert (recorder.seen[0].method, recorder.seen[0].path) == (
        "PUT",
        f"/v3/p1/backups/{BACKUP_ID}",
    )
    assert recorder.seen[0].json == {"backup": {"name": "renamed"}}
    assert updated.name == "renamed"


def test_backup_restore_and_delete(recorder: Recorder) -> None:
    recorder.reply(
        202,
        {
            "restore": {
                "backup_id": BACKUP_ID,
                "volume_id": "795114e8-7489-40be-a978-83797f2c1dd3",
                "volume_name": "volume01",
            }
        },
    )
    recorder.reply(202, {"restore": {"backup_id": BACKUP_ID, "volume_id": "v2"}})
    recorder.reply(202)
    client = cinder(recorder, "3.0")
    restored = backups.restore(client, BACKUP_ID, backups.RestoreOpts(name="volume01"))
    backups.restore(client, BACKUP_ID)
    backups.delete(client, BACKUP_ID)
    named, bare, delete = recorder.seen
    assert (named.method, named.path) == ("POST", f"/v3/p1/backups/{BACKUP_ID}/restore")
    assert named.json == {"restore": {"name": "volume01"}}
    assert bare.json == {"restore": {}}
    assert restored.volume_name == "volume01"
    assert (delete.method, delete.path) == ("DELETE", f"/v3/p1/backups/{BACKUP_ID}")


def test_backup_record_export_and_import(recorder: Recorder) -> None:
    record = {
        "backup_service": "cinder.backup.drivers.swift.SwiftBackupDriver",
        "backup_url": "eyJzdGF0dXMiOiAiYXZhaWxhYmxlIn0=",
    }
    recorder.reply(200, {"backup-record": record})
    recorder.reply(201, {"backup": {"id": BACKUP_ID, "name": None, "links": []}})
    client = cinder(recorder, "3.0")
    exported = backups.export_record(client, BACKUP_ID)
    assert recorder.seen[0].path == f"/v3/p1/backups/{BACKUP_ID}/export_record"
    assert exported.backup_service == record["backup_service"]
    opts = backups.ImportRecordOpts(
        backup_service=exported.backup_service, backup_url=exported.backup_url
    )
    imported = backups.import_record(client, opts)
    sent = recorder.seen[1]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/backups/import_record")
    assert sent.json == {"backup-record": record}
    assert imported.id == BACKUP_ID
    assert imported.name is None


def test_backup_actions(recorder: Recorder) -> None:
    for _ in range(2):
        recorder.reply(202)
    client = cinder(recorder, "3.0")
    backup_actions.reset_status(client, BACKUP_ID, backup_actions.ResetStatusOpts(status="error"))
    backup_actions.force_delete(client, BACKUP_ID)
    assert {r.path for r in recorder.seen} == {f"/v3/p1/backups/{BACKUP_ID}/action"}
    assert [r.json for r in recorder.seen] == [
        {"os-reset_status": {"status": "error"}},
        {"os-force_delete": {}},
    ]


TRANSFER: dict[str, Any] = {
    "auth_key": "dbccabcdbad19e07",
    "created_at": "2019-03-20T09:29:46.743632",
    "id": TRANSFER_ID,
    "links": [{"href": f"{CINDER}/volume-transfers/{TRANSFER_ID}", "rel": "self"}],
    "name": "first volume",
    "volume_id": "59fe2097-931b-4ceb-b74b-f862ff3b6277",
    "no_snapshots": True,
    "source_project_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3",
    "destination_project_id": None,
    "accepted": False,
}


def test_transfer_create_masks_the_auth_key(recorder: Recorder) -> None:
    opts = transfers.CreateOpts(
        volume_id="59fe2097-931b-4ceb-b74b-f862ff3b6277", name="first volume", no_snapshots=True
    )
    with pytest.raises(typedstack.MicroversionError, match=r"3\.55"):
        transfers.create(cinder(recorder, "3.54"), opts)
    assert recorder.seen == []
    recorder.reply(202, {"transfer": TRANSFER})
    made = transfers.create(cinder(recorder, "3.57"), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/volume-transfers")
    assert sent.json == {
        "transfer": {
            "volume_id": "59fe2097-931b-4ceb-b74b-f862ff3b6277",
            "name": "first volume",
            "no_snapshots": True,
        }
    }
    assert made.auth_key == "dbccabcdbad19e07"
    assert "dbccabcdbad19e07" not in repr(made)
    assert made.accepted is False
    assert made.destination_project_id is None


def test_transfer_accept_and_list(recorder: Recorder) -> None:
    recorder.reply(
        202,
        {
            "transfer": {
                "id": TRANSFER_ID,
                "name": "first volume",
                "volume_id": "59fe2097-931b-4ceb-b74b-f862ff3b6277",
                "links": [],
            }
        },
    )
    recorder.reply(200, {"transfers": [TRANSFER]})
    client = cinder(recorder, "3.59")
    accepted = transfers.accept(
        client, TRANSFER_ID, transfers.AcceptOpts(auth_key="dbccabcdbad19e07")
    )
    assert accepted.volume_id == "59fe2097-931b-4ceb-b74b-f862ff3b6277"
    items = list(transfers.list(client, transfers.ListOpts(limit=10, sort_key="created_at")))
    accept, listing = recorder.seen
    assert (accept.method, accept.path) == (
        "POST",
        f"/v3/p1/volume-transfers/{TRANSFER_ID}/accept",
    )
    assert accept.json == {"accept": {"auth_key": "dbccabcdbad19e07"}}
    assert listing.path == "/v3/p1/volume-transfers/detail"
    assert sorted(listing.query) == [("limit", "10"), ("sort_key", "created_at")]
    assert [t.id for t in items] == [TRANSFER_ID]
    with pytest.raises(typedstack.MicroversionError, match=r"limit needs microversion 3\.59"):
        list(transfers.list_summary(cinder(recorder, "3.58"), transfers.ListOpts(limit=1)))


def test_os_volume_transfer_round_trip(recorder: Recorder) -> None:
    old = {k: TRANSFER[k] for k in ("auth_key", "created_at", "id", "links", "name", "volume_id")}
    recorder.reply(202, {"transfer": old})
    recorder.reply(200, {"transfers": [{k: old[k] for k in ("id", "name", "volume_id")}]})
    recorder.reply(200, {"transfer": {**old, "auth_key": None}})
    recorder.reply(202)
    client = cinder(recorder, "3.0")
    made = os_volume_transfers.create(
        client, os_volume_transfers.CreateOpts(volume_id="59fe2097-931b-4ceb-b74b-f862ff3b6277")
    )
    assert made.auth_key == "dbccabcdbad19e07"
    summary = list(
        os_volume_transfers.list_summary(client, os_volume_transfers.ListOpts(all_tenants=True))
    )
    assert summary[0].name == "first volume"
    os_volume_transfers.get(client, TRANSFER_ID)
    os_volume_transfers.delete(client, TRANSFER_ID)
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("POST", "/v3/p1/os-volume-transfer"),
        ("GET", "/v3/p1/os-volume-transfer"),
        ("GET", f"/v3/p1/os-volume-transfer/{TRANSFER_ID}"),
        ("DELETE", f"/v3/p1/os-volume-transfer/{TRANSFER_ID}"),
    ]
    assert recorder.seen[0].json == {
        "transfer": {"volume_id": "59fe2097-931b-4ceb-b74b-f862ff3b6277"}
    }
    assert recorder.seen[1].query == [("all_tenants", "true")]


MESSAGE: dict[str, Any] = {
    "request_id": "req-c1216709-afba-4703-a1a3-22eda88f2f5a",
    "links": [{"href": f"{CINDER}/messages/c506cd4b", "rel": "self"}],
    "message_level": "ERROR",
    "event_id": "VOLUME_000002",
    "created_at": "2014-10-28T00:00:00-00:00",
    "guaranteed_until": "2014-10-28T00:00:00-00:00",
    "resource_uuid": "d5f6c517-c3e8-45fe-b994-b11118e4cacf",
    "id": "c506cd4b-9048-43bc-97ef-0d7dec369b42",
    "resource_type": "VOLUME",
    "user_message": "No storage could be allocated for this volume request.",
}


def test_messages(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError):
        messages.get(cinder(recorder, "3.2"), MESSAGE["id"])
    with pytest.raises(typedstack.MicroversionError, match=r"3\.5"):
        list(messages.list(cinder(recorder, "3.3"), messages.ListOpts(resource_type="VOLUME")))
    assert recorder.seen == []
    recorder.reply(200, {"message": MESSAGE})
    recorder.reply(200, {"messages": [MESSAGE]})
    recorder.reply(204)
    client = cinder(recorder, "3.5")
    msg = messages.get(client, MESSAGE["id"])
    assert msg.event_id == "VOLUME_000002"
    assert msg.created_at == datetime.datetime(2014, 10, 28, tzinfo=datetime.timezone.utc)
    opts = messages.ListOpts(resource_uuid="d5f6c517-c3e8-45fe-b994-b11118e4cacf", limit=20)
    assert [m.user_message for m in messages.list(client, opts)] == [MESSAGE["user_message"]]
    messages.delete(client, MESSAGE["id"])
    get, listing, delete = recorder.seen
    assert get.path == f"/v3/p1/messages/{MESSAGE['id']}"
    assert get.headers["OpenStack-API-Version"] == "volume 3.5"
    assert sorted(listing.query) == [
        ("limit", "20"),
        ("resource_uuid", "d5f6c517-c3e8-45fe-b994-b11118e4cacf"),
    ]
    assert (delete.method, delete.path) == ("DELETE", f"/v3/p1/messages/{MESSAGE['id']}")
