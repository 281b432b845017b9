"""Cinder generic volume groups, group snapshots, group replication,
consistency groups and cgsnapshots: the exact requests and the decoding of
responses written from the API reference."""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.block_storage import v3 as block_storage
from typedstack.block_storage.v3 import cgsnapshots, consistency_groups, group_snapshots, groups

CINDER = "http://cinder.test/v3/p1"
GROUP_ID = "6f519a48-3183-46cf-a32f-41815f813986"
SNAP_ID = "6f519a48-3183-46cf-a32f-41815f814444"
CG_ID = "6f519a48-3183-46cf-a32f-41815f815555"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def cinder(recorder: Recorder, microversion: str) -> typedstack.ServiceClient:
    provider = provider_with(recorder, {"block-storage": CINDER})
    return block_storage.new_client(provider, microversion=microversion)


GROUP_DETAIL = {
    "id": GROUP_ID,
    "status": "available",
    "availability_zone": "az1",
    "created_at": "2015-09-16T09:28:52.000000",
    "name": "first_group",
    "description": "my first group",
    "group_type": "29514915-5208-46ab-9ece-1cc4688ad0c1",
    "volume_types": ["c4daaf47-c530-4901-b28e-f5f0a359c4e6"],
    "group_snapshot_id": None,
    "source_group_id": None,
    "volumes": ["8b1e9e3a-2e44-4e32-9ad0-5f2c4e0a9c11"],
    "replication_status": "disabled",
    "project_id": "7ccf4863071f44aeb8f141f65780c51b",
}


def test_list_groups_pages_through_group_links(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "groups": [{"id": GROUP_ID, "name": "first_group"}],
            "group_links": [{"rel": "next", "href": f"{CINDER}/groups?limit=1&marker={GROUP_ID}"}],
        },
    )
    recorder.reply(200, {"groups": []})
    client = cinder(recorder, "3.13")
    items = list(
        groups.list(client, groups.ListOpts(limit=1, sort=["name:asc"], all_tenants=True))
    )
    assert [(g.id, g.name) for g in items] == [(GROUP_ID, "first_group")]
    first, second = recorder.seen
    assert (first.method, first.path) == ("GET", "/v3/p1/groups")
    assert sorted(first.query) == [("all_tenants", ""), ("limit", "1"), ("sort", "name:asc")]
    assert first.headers["OpenStack-API-Version"] == "volume 3.13"
    assert second.query == [("limit", "1"), ("marker", GROUP_ID)]


def test_groups_need_microversion_3_13(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError):
        list(groups.list(cinder(recorder, "3.12")))
    with pytest.raises(typedstack.MicroversionError):
        groups.get(cinder(recorder, "3.0"), GROUP_ID)
    assert recorder.seen == []


def test_list_group_details_with_volumes_at_3_25(recorder: Recorder) -> None:
    recorder.reply(200, {"groups": [GROUP_DETAIL]})
    client = cinder(recorder, "3.25")
    (group,) = list(groups.list_detail(client, groups.ListDetailOpts(list_volume=True)))
    sent = recorder.seen[0]
    assert (sent.method, sent.path, sent.query) == (
        "GET",
        "/v3/p1/groups/detail",
        [("list_volume", "true")],
    )
    assert group.created_at == datetime.datetime(2015, 9, 16, 9, 28, 52)
    assert group.volumes == ["8b1e9e3a-2e44-4e32-9ad0-5f2c4e0a9c11"]
    assert group.group_snapshot_id is None
    # replication_status (3.38) and project_id (3.58) are not part of 3.25
    assert group.replication_status is typedstack.UNSET
    assert group.extra == {
        "replication_status": "disabled",
        "project_id": "7ccf4863071f44aeb8f141f65780c51b",
    }


def test_list_volume_is_refused_below_3_25(recorder: Recorder) -> None:
    with pytest.raises(
        typedstack.MicroversionError, match=r"list_volume needs microversion 3\.25"
    ):
        groups.get(cinder(recorder, "3.24"), GROUP_ID, groups.GetOpts(list_volume=True))
    assert recorder.seen == []


def test_show_group_at_3_58(recorder: Recorder) -> None:
    recorder.reply(200, {"group": GROUP_DETAIL})
    group = groups.get(cinder(recorder, "3.58"), GROUP_ID)
    sent = recorder.seen[0]
    assert (sent.method, sent.path, sent.query) == ("GET", f"/v3/p1/groups/{GROUP_ID}", [])
    assert group.group_type == "29514915-5208-46ab-9ece-1cc4688ad0c1"
    assert group.volume_types == ["c4daaf47-c530-4901-b28e-f5f0a359c4e6"]
    assert group.replication_status == "disabled"
    assert group.project_id == "7ccf4863071f44aeb8f141f65780c51b"
    assert group.extra == {}


def test_create_update_and_delete_a_group(recorder: Recorder) -> None:
    client = cinder(recorder, "3.13")
    recorder.reply(202, {"group": {"id": GROUP_ID, "name": "first_group"}})
    created = groups.create(
        client,
        groups.CreateOpts(
            name="first_group",
            description="my first group",
            group_type="29514915-5208-46ab-9ece-1cc4688ad0c1",
            volume_types=["4e9e6d23-eed0-426d-b90a-28f87a94b6fe"],
            availability_zone="az0",
        ),
    )
    assert created.id == GROUP_ID and created.status is typedstack.UNSET
    recorder.reply(202)
    groups.update(
        client,
        GROUP_ID,
        groups.UpdateOpts(name="my_group", add_volumes="vol-1,vol-2", remove_volumes="vol-3"),
    )
    recorder.reply(202)
    groups.delete(client, GROUP_ID, groups.DeleteOpts(delete_volumes=True))
    recorder.reply(202)
    groups.delete(client, GROUP_ID)
    create, update, delete, bare_delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v3/p1/groups")
    assert create.json == {
        "group": {
            "name": "first_group",
            "description": "my first group",
            "group_type": "29514915-5208-46ab-9ece-1cc4688ad0c1",
            "volume_types": ["4e9e6d23-eed0-426d-b90a-28f87a94b6fe"],
            "availability_zone": "az0",
        }
    }
    assert (update.method, update.path) == ("PUT", f"/v3/p1/groups/{GROUP_ID}")
    assert update.json == {
        "group": {"name": "my_group", "add_volumes": "vol-1,vol-2", "remove_volumes": "vol-3"}
    }
    assert (delete.method, delete.path) == ("POST", f"/v3/p1/groups/{GROUP_ID}/action")
    assert delete.json == {"delete": {"delete-volumes": True}}
    assert bare_delete.json == {"delete": {}}
    assert all(r.headers["OpenStack-API-Version"] == "volume 3.13" for r in recorder.seen)


def test_create_group_from_source_needs_3_14(recorder: Recorder) -> None:
    opts = groups.CreateFromSourceOpts(name="first_group", group_snapshot_id=SNAP_ID)
    with pytest.raises(typedstack.MicroversionError):
        groups.create_from_source(cinder(recorder, "3.13"), opts)
    assert recorder.seen == []
    recorder.reply(202, {"group": {"id": "6f519a48-3183-46cf-a32f-41815f816666", "name": "g"}})
    group = groups.create_from_source(cinder(recorder, "3.14"), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/groups/action")
    assert sent.json == {"create-from-src": {"name": "first_group", "group_snapshot_id": SNAP_ID}}
    assert group.id == "6f519a48-3183-46cf-a32f-41815f816666"


def test_reset_group_status_needs_3_20(recorder: Recorder) -> None:
    opts = groups.ResetStatusOpts(status="error")
    with pytest.raises(typedstack.MicroversionError):
        groups.reset_status(cinder(recorder, "3.19"), GROUP_ID, opts)
    assert recorder.seen == []
    recorder.reply(202)
    groups.reset_status(cinder(recorder, "3.20"), GROUP_ID, opts)
    assert recorder.seen[0].path == f"/v3/p1/groups/{GROUP_ID}/action"
    assert recorder.seen[0].json == {"reset_status": {"status": "error"}}


def test_group_replication_actions(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError):
        groups.enable_replication(cinder(recorder, "3.37"), GROUP_ID)
    assert recorder.seen == []
    client = cinder(recorder, "3.38")
    recorder.reply(202)
    groups.enable_replication(client, GROUP_ID)
    recorder.reply(202)
    groups.disable_replication(client, GROUP_ID)
    recorder.reply(202)
    groups.failover_replication(
        client,
        GROUP_ID,
        groups.FailoverReplicationOpts(
            allow_attached_volume=True, secondary_backend_id="vendor-id-1"
        ),
    )
    recorder.reply(
        200,
        {
            "replication_targets": [
                {"backend_id": "vendor-id-1", "unique_key": "value1"},
                {"backend_id": "vendor-id-2", "unique_key": "value2"},
            ]
        },
    )
    targets = groups.list_replication_targets(client, GROUP_ID)
    assert [r.path for r in recorder.seen] == [f"/v3/p1/groups/{GROUP_ID}/action"] * 4
    assert [r.json for r in recorder.seen] == [
        {"enable_replication": {}},
        {"disable_replication": {}},
        {
            "failover_replication": {
                "allow_attached_volume": True,
                "secondary_backend_id": "vendor-id-1",
            }
        },
        {"list_replication_targets": {}},
    ]
    assert recorder.seen[0].headers["OpenStack-API-Version"] == "volume 3.38"
    assert [t.backend_id for t in targets] == ["vendor-id-1", "vendor-id-2"]
    assert targets[0].extra == {"unique_key": "value1"}


GROUP_SNAPSHOT = {
    "id": SNAP_ID,
    "group_id": GROUP_ID,
    "group_type_id": "29514915-5208-46ab-9ece-1cc4688ad0c1",
    "status": "available",
    "created_at": "2015-09-16T09:28:52.000000",
    "name": "my_group_snapshot",
    "description": "My group snapshot",
    "project_id": "7ccf4863071f44aeb8f141f65780c51b",
}


def test_list_group_snapshots_with_filters_at_3_29(recorder: Recorder) -> None:
    opts = group_snapshots.ListOpts(limit=10, sort=["created_at:desc"], status="available")
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 3\.29"):
        list(group_snapshots.list(cinder(recorder, "3.28"), opts))
    assert recorder.seen == []
    recorder.reply(
        200,
        {
            "group_snapshots": [{"id": SNAP_ID, "name": "my_group_snapshot"}],
            "group_snapshot_links": [
                {"rel": "next", "href": f"{CINDER}/group_snapshots?limit=10&marker={SNAP_ID}"}
            ],
        },
    )
    recorder.reply(200, {"group_snapshots": []})
    items = list(group_snapshots.list(cinder(recorder, "3.29"), opts))
    assert [s.name for s in items] == ["my_group_snapshot"]
    first, second = recorder.seen
    assert (first.method, first.path) == ("GET", "/v3/p1/group_snapshots")
    assert sorted(first.query) == [
        ("limit", "10"),
        ("sort", "created_at:desc"),
        ("status", "available"),
    ]
    assert ("marker", SNAP_ID) in second.query


def test_show_and_list_group_snapshot_details(recorder: Recorder) -> None:
    recorder.reply(200, {"group_snapshot": GROUP_SNAPSHOT})
    recorder.reply(200, {"group_snapshots": [GROUP_SNAPSHOT]})
    client = cinder(recorder, "3.58")
    snap = group_snapshots.get(client, SNAP_ID)
    (listed,) = list(group_snapshots.list_detail(client))
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("GET", f"/v3/p1/group_snapshots/{SNAP_ID}"),
        ("GET", "/v3/p1/group_snapshots/detail"),
    ]
    assert snap.group_id == GROUP_ID
    assert snap.status == "available"
    assert snap.created_at == datetime.datetime(2015, 9, 16, 9, 28, 52)
    assert snap.project_id == "7ccf4863071f44aeb8f141f65780c51b"
    assert listed == snap


def test_create_reset_and_delete_group_snapshot(recorder: Recorder) -> None:
    client = cinder(recorder, "3.19")
    recorder.reply(
        202,
        {
            "group_snapshot": {
                "id": SNAP_ID,
                "name": "my_group_snapshot",
                "group_type_id": "29514915-5208-46ab-9ece-1cc4688ad0c1",
            }
        },
    )
    snap = group_snapshots.create(
        client,
        group_snapshots.CreateOpts(
            group_id=GROUP_ID, name="my_group_snapshot", description="My group snapshot"
        ),
    )
    recorder.reply(202)
    group_snapshots.reset_status(client, SNAP_ID, group_snapshots.ResetStatusOpts(status="error"))
    recorder.reply(202)
    group_snapshots.delete(client, SNAP_ID)
    create, reset, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v3/p1/group_snapshots")
    assert create.json == {
        "group_snapshot": {
            "group_id": GROUP_ID,
            "name": "my_group_snapshot",
            "description": "My group snapshot",
        }
    }
    assert snap.group_type_id == "29514915-5208-46ab-9ece-1cc4688ad0c1"
    assert (reset.method, reset.path) == ("POST", f"/v3/p1/group_snapshots/{SNAP_ID}/action")
    assert reset.json == {"reset_status": {"status": "error"}}
    assert (delete.method, delete.path, delete.body) == (
        "DELETE",
        f"/v3/p1/group_snapshots/{SNAP_ID}",
        None,
    )
    with pytest.raises(typedstack.MicroversionError):
        group_snapshots.reset_status(
            cinder(recorder, "3.18"), SNAP_ID, group_snapshots.ResetStatusOpts(status="error")
        )


CONSISTENCY_GROUP = {
    "id": CG_ID,
    "status": "available",
    "availability_zone": "az1",
    "created_at": "2015-09-16T09:28:52.000000",
    "name": "my-cg1",
    "description": "my first consistency group",
    "volume_types": ["123456"],
}


def test_consistency_groups_list_and_show(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "consistencygroups": [CONSISTENCY_GROUP],
            "consistencygroup_links": [
                {
                    "rel": "next",
                    "href": f"{CINDER}/consistencygroups/detail?limit=1&marker={CG_ID}",
                }
            ],
        },
    )
    recorder.reply(200, {"consistencygroups": []})
    recorder.reply(200, {"consistencygroup": CONSISTENCY_GROUP})
    client = cinder(recorder, "3.0")
    (cg,) = list(
        consistency_groups.list_detail(client, consistency_groups.ListOpts(limit=1, offset=0))
    )
    shown = consistency_groups.get(client, CG_ID)
    first, second, show = recorder.seen
    assert (first.method, first.path) == ("GET", "/v3/p1/consistencygroups/detail")
    assert sorted(first.query) == [("limit", "1"), ("offset", "0")]
    assert second.path == "/v3/p1/consistencygroups/detail"
    assert ("marker", CG_ID) in second.query
    assert (show.method, show.path) == ("GET", f"/v3/p1/consistencygroups/{CG_ID}")
    assert first.headers["OpenStack-API-Version"] == "volume 3.0"
    assert cg == shown
    assert shown.volume_types == ["123456"]
    assert shown.created_at == datetime.datetime(2015, 9, 16, 9, 28, 52)


def test_consistency_group_create_update_delete(recorder: Recorder) -> None:
    client = cinder(recorder, "3.6")
    recorder.reply(202, {"consistencygroup": {"id": CG_ID, "name": "firstcg"}})
    created = consistency_groups.create(
        client,
        consistency_groups.CreateOpts(
            name="firstcg",
            description="first consistency group",
            volume_types="type1,type2",
            availability_zone="az0",
        ),
    )
    recorder.reply(202, {"consistencygroup": {"id": "cg-2", "name": "firstcg"}})
    consistency_groups.create_from_source(
        client,
        consistency_groups.CreateFromSourceOpts(name="firstcg", cgsnapshot_id="cgsnap-1"),
    )
    recorder.reply(202)
    consistency_groups.update(
        client, CG_ID, consistency_groups.UpdateOpts(name="", add_volumes="vol-1,vol-2")
    )
    recorder.reply(202)
    consistency_groups.delete(client, CG_ID, consistency_groups.DeleteOpts(force=True))
    recorder.reply(202)
    consistency_groups.delete(client, CG_ID)
    create, from_src, update, delete, bare_delete = recorder.seen
    assert created.id == CG_ID
    assert (create.method, create.path) == ("POST", "/v3/p1/consistencygroups")
    assert create.json == {
        "consistencygroup": {
            "name": "firstcg",
            "description": "first consistency group",
            "volume_types": "type1,type2",
            "availability_zone": "az0",
        }
    }
    assert (from_src.method, from_src.path) == ("POST", "/v3/p1/consistencygroups/create_from_src")
    assert from_src.json == {
        "consistencygroup-from-src": {"name": "firstcg", "cgsnapshot_id": "cgsnap-1"}
    }
    assert (update.method, update.path) == ("PUT", f"/v3/p1/consistencygroups/{CG_ID}/update")
    assert update.json == {"consistencygroup": {"name": "", "add_volumes": "vol-1,vol-2"}}
    assert (delete.method, delete.path) == ("POST", f"/v3/p1/consistencygroups/{CG_ID}/delete")
    assert delete.json == {"consistencygroup": {"force": True}}
    assert bare_delete.json == {"consistencygroup": {}}


def test_cgsnapshots(recorder: Recorder) -> None:
    cgsnapshot = {
        "id": "6f519a48-3183-46cf-a32f-41815f813986",
        "consistencygroup_id": CG_ID,
        "status": "available",
        "created_at": "2015-09-16T09:28:52.000000",
        "name": "my-cg1",
        "description": "my first consistency group",
    }
    client = cinder(recorder, "3.0")
    recorder.reply(200, {"cgsnapshots": [{"id": cgsnapshot["id"], "name": "my-cg1"}]})
    recorder.reply(200, {"cgsnapshots": [cgsnapshot]})
    recorder.reply(200, {"cgsnapshot": cgsnapshot})
    recorder.reply(202, {"cgsnapshot": {"id": cgsnapshot["id"], "name": "firstcg"}})
    recorder.reply(202)
    summary = cgsnapshots.list(client, cgsnapshots.ListOpts(all_tenants=True))
    detailed = cgsnapshots.list_detail(client, cgsnapshots.ListOpts(limit=5))
    shown = cgsnapshots.get(client, cgsnapshot["id"])
    created = cgsnapshots.create(
        client,
        cgsnapshots.CreateOpts(consistencygroup_id=CG_ID, name="firstcg", description="first"),
    )
    cgsnapshots.delete(client, cgsnapshot["id"])
    seen = [(r.method, r.path, r.query) for r in recorder.seen]
    assert seen == [
        ("GET", "/v3/p1/cgsnapshots", [("all_tenants", "")]),
        ("GET", "/v3/p1/cgsnapshots/detail", [("limit", "5")]),
        ("GET", f"/v3/p1/cgsnapshots/{cgsnapshot['id']}", []),
        ("POST", "/v3/p1/cgsnapshots", []),
        ("DELETE", f"/v3/p1/cgsnapshots/{cgsnapshot['id']}", []),
    ]
    assert recorder.seen[3].json == {
        "cgsnapshot": {"consistencygroup_id": CG_ID, "name": "firstcg", "description": "first"}
    }
    assert summary[0].name == "my-cg1" and summary[0].status is typedstack.UNSET
    assert detailed == [shown]
    assert shown.consistencygroup_id == CG_ID
    assert created.name == "firstcg"
