"""Volume types, their extra specs, encryption and access, QoS specs,
default types, group types and group specs: the exact requests and the
decoding of realistic responses written from the Cinder API reference.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.block_storage import v3 as block_storage
from typedstack.block_storage.v3 import (
    default_types,
    group_type_specs,
    group_types,
    qos_specs,
    type_access,
    type_encryption,
    type_extra_specs,
    types,
)

CINDER = "http://cinder.test/v3/p1"
TYPE_ID = "6d0ff92a-0007-4780-9ece-acfe5876966a"
QOS_ID = "b7f5ef6b-fc2c-4b84-a5a2-0fd2c0aa5a6e"
GROUP_TYPE_ID = "7270c56e-6354-4528-8e8b-f54dee2232c8"

VOLUME_TYPE = {
    "id": TYPE_ID,
    "name": "vol-type-001",
    "description": "volume type 0001",
    "is_public": True,
    "extra_specs": {"capabilities": "gpu"},
    "qos_specs_id": None,
    "os-volume-type-access:is_public": True,
}


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def cinder(recorder: Recorder, microversion: str = "3.0") -> typedstack.ServiceClient:
    provider = provider_with(recorder, {"block-storage": CINDER})
    return block_storage.new_client(provider, microversion=microversion)


# ------------------------------------------------------------------ volume types


def test_create_volume_type_wraps_the_body_and_decodes_the_type(recorder: Recorder) -> None:
    recorder.reply(200, {"volume_type": VOLUME_TYPE})
    opts = types.CreateOpts(
        name="vol-type-001",
        description="volume type 0001",
        is_public=True,
        extra_specs={"capabilities": "gpu"},
    )
    made = types.create(cinder(recorder, "3.50"), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/types")
    assert sent.json == {
        "volume_type": {
            "name": "vol-type-001",
            "description": "volume type 0001",
            "os-volume-type-access:is_public": True,
            "extra_specs": {"capabilities": "gpu"},
        }
    }
    assert sent.headers["OpenStack-API-Version"] == "volume 3.50"
    assert made.id == TYPE_ID
    assert made.extra_specs == {"capabilities": "gpu"}
    assert made.qos_specs_id is None
    assert made.access_is_public is True


def test_list_volume_types_pages_with_volume_type_links(recorder: Recorder) -> None:
    second = {**VOLUME_TYPE, "id": "bd2a2b2c-ae4d-4cf0-8a4e-6ea6c8d0b6a1", "name": "fast"}
    recorder.reply(
        200,
        {
            "volume_types": [VOLUME_TYPE],
            "volume_type_links": [
                {"rel": "next", "href": f"{CINDER}/types?limit=1&marker={TYPE_ID}"}
            ],
        },
    )
    recorder.reply(200, {"volume_types": [second]})
    opts = types.ListOpts(is_public="none", sort="name:asc", limit=1)
    names = [t.name for t in types.list(cinder(recorder), opts)]
    assert names == ["vol-type-001", "fast"]
    first, follow = recorder.seen
    assert (first.method, first.path) == ("GET", "/v3/p1/types")
    assert first.query == [("is_public", "none"), ("sort", "name:asc"), ("limit", "1")]
    assert follow.query == [("limit", "1"), ("marker", TYPE_ID)]
    assert follow.headers["OpenStack-API-Version"] == "volume 3.0"


def test_list_volume_types_refuses_the_extra_specs_filter_before_3_52(
    recorder: Recorder,
) -> None:
    opts = types.ListOpts(extra_specs="{'volume_backend_name': 'lvm'}")
    with pytest.raises(typedstack.MicroversionError, match=r"3\.52"):
        list(types.list(cinder(recorder, "3.51"), opts))
    assert recorder.seen == []
    recorder.reply(200, {"volume_types": []})
    list(types.list(cinder(recorder, "3.52"), opts))
    assert recorder.seen[0].query == [("extra_specs", "{'volume_backend_name': 'lvm'}")]


def test_get_update_delete_and_default_volume_type(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(200, {"volume_type": VOLUME_TYPE})
    recorder.reply(200, {"volume_type": {**VOLUME_TYPE, "name": "renamed"}})
    recorder.reply(200, {"volume_type": {**VOLUME_TYPE, "name": "__DEFAULT__"}})
    recorder.reply(202)
    assert types.get(client, TYPE_ID).description == "volume type 0001"
    renamed = types.update(client, TYPE_ID, types.UpdateOpts(name="renamed", is_public=False))
    assert renamed.name == "renamed"
    assert types.get_default(client).name == "__DEFAULT__"
    types.delete(client, TYPE_ID)
    calls = [(r.method, r.path) for r in recorder.seen]
    assert calls == [
        ("GET", f"/v3/p1/types/{TYPE_ID}"),
        ("PUT", f"/v3/p1/types/{TYPE_ID}"),
        ("GET", "/v3/p1/types/default"),
        ("DELETE", f"/v3/p1/types/{TYPE_ID}"),
    ]
    assert recorder.seen[1].json == {"volume_type": {"name": "renamed", "is_public": False}}


# ---------------------------------------------------------------- extra specs


def test_volume_type_extra_specs(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(200, {"extra_specs": {"capabilities": "gpu", "volume_backend_name": "lvm"}})
    recorder.reply(200, {"extra_specs": {"key1": "value1", "key2": "value2"}})
    recorder.reply(200, {"capabilities": "gpu"})
    recorder.reply(200, {"capabilities": "cpu"})
    recorder.reply(202)
    assert type_extra_specs.list(client, TYPE_ID)["volume_backend_name"] == "lvm"
    created = type_extra_specs.create(
        client,
        TYPE_ID,
        type_extra_specs.CreateOpts(extra_specs={"key1": "value1", "key2": "value2"}),
    )
    assert created == {"key1": "value1", "key2": "value2"}
    assert type_extra_specs.get(client, TYPE_ID, "capabilities") == {"capabilities": "gpu"}
    assert type_extra_specs.update(client, TYPE_ID, "capabilities", {"capabilities": "cpu"}) == {
        "capabilities": "cpu"
    }
    type_extra_specs.delete(client, TYPE_ID, "capabilities")
    base = f"/v3/p1/types/{TYPE_ID}/extra_specs"
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("GET", base),
        ("POST", base),
        ("GET", f"{base}/capabilities"),
        ("PUT", f"{base}/capabilities"),
        ("DELETE", f"{base}/capabilities"),
    ]
    assert recorder.seen[1].json == {"extra_specs": {"key1": "value1", "key2": "value2"}}
    assert recorder.seen[3].json == {"capabilities": "cpu"}


# ----------------------------------------------------------------- encryption

ENCRYPTION = {
    "volume_type_id": "2d29462d-76cb-417c-8a9f-fb23140f1577",
    "control_location": "front-end",
    "deleted": False,
    "created_at": "2016-12-28T02:32:25.000000",
    "updated_at": None,
    "encryption_id": "81e069c6-7394-4856-8df7-3b237ca61f74",
    "key_size": 128,
    "provider": "luks",
    "deleted_at": None,
    "cipher": "aes-xts-plain64",
}


def test_encryption_type_show_is_unwrapped(recorder: Recorder) -> None:
    recorder.reply(200, ENCRYPTION)
    recorder.reply(200, {})
    recorder.reply(200, {"key_size": 128})
    client = cinder(recorder)
    shown = type_encryption.get(client, TYPE_ID)
    assert shown.provider == "luks"
    assert shown.control_location == "front-end"
    assert shown.created_at == datetime.datetime(2016, 12, 28, 2, 32, 25)
    assert shown.updated_at is None
    assert shown.deleted is False
    unencrypted = type_encryption.get(client, TYPE_ID)
    assert unencrypted.encryption_id is typedstack.UNSET
    assert type_encryption.get_spec(client, TYPE_ID, "key_size") == {"key_size": 128}
    assert [r.path for r in recorder.seen] == [
        f"/v3/p1/types/{TYPE_ID}/encryption",
        f"/v3/p1/types/{TYPE_ID}/encryption",
        f"/v3/p1/types/{TYPE_ID}/encryption/key_size",
    ]


def test_create_update_delete_encryption_type(recorder: Recorder) -> None:
    client = cinder(recorder)
    sent_spec = {
        "provider": "luks",
        "cipher": "aes-xts-plain64",
        "key_size": 256,
        "control_location": "front-end",
    }
    recorder.reply(200, {"encryption": sent_spec})
    recorder.reply(200, {"encryption": {"key_size": 512, "control_location": "back-end"}})
    recorder.reply(202)
    made = type_encryption.create(
        client,
        TYPE_ID,
        type_encryption.CreateOpts(
            provider="luks", cipher="aes-xts-plain64", key_size=256, control_location="front-end"
        ),
    )
    assert made.key_size == 256
    changed = type_encryption.update(
        client,
        TYPE_ID,
        ENCRYPTION["encryption_id"],
        type_encryption.UpdateOpts(key_size=512, control_location="back-end"),
    )
    assert changed.control_location == "back-end"
    type_encryption.delete(client, TYPE_ID, ENCRYPTION["encryption_id"])
    create, update, delete = recorder.seen
    assert (create.method, create.path) == ("POST", f"/v3/p1/types/{TYPE_ID}/encryption")
    assert create.json == {"encryption": sent_spec}
    enc = f"/v3/p1/types/{TYPE_ID}/encryption/{ENCRYPTION['encryption_id']}"
    assert (update.method, update.path) == ("PUT", enc)
    assert update.json == {"encryption": {"key_size": 512, "control_location": "back-end"}}
    assert (delete.method, delete.path) == ("DELETE", enc)


# -------------------------------------------------------------------- access


def test_volume_type_access(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(202)
    recorder.reply(
        200,
        {"volume_type_access": [{"volume_type_id": TYPE_ID, "project_id": "f270b245cb1149"}]},
    )
    recorder.reply(202)
    type_access.add_project_access(
        client, TYPE_ID, type_access.AddProjectAccessOpts(project="f270b245cb1149")
    )
    granted = type_access.list(client, TYPE_ID)
    type_access.remove_project_access(
        client, TYPE_ID, type_access.RemoveProjectAccessOpts(project="f270b245cb1149")
    )
    assert [g.project_id for g in granted] == ["f270b245cb1149"]
    add, listing, remove = recorder.seen
    assert (add.method, add.path) == ("POST", f"/v3/p1/types/{TYPE_ID}/action")
    assert add.json == {"addProjectAccess": {"project": "f270b245cb1149"}}
    assert listing.path == f"/v3/p1/types/{TYPE_ID}/os-volume-type-access"
    assert remove.json == {"removeProjectAccess": {"project": "f270b245cb1149"}}


# ------------------------------------------------------------------ QoS specs

QOS = {
    "id": QOS_ID,
    "name": "reliability-spec",
    "consumer": "back-end",
    "specs": {"max_iops": "200", "read_iops_sec": "20000"},
}


def test_create_qos_specs_sends_the_limits_beside_the_name(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "qos_specs": QOS,
            "links": [{"href": f"{CINDER}/qos-specs/{QOS_ID}", "rel": "self"}],
        },
    )
    opts = qos_specs.CreateOpts(
        name="reliability-spec",
        consumer="back-end",
        specs={"max_iops": "200", "read_iops_sec": "20000"},
    )
    made = qos_specs.create(cinder(recorder), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/qos-specs")
    assert sent.json == {
        "qos_specs": {
            "name": "reliability-spec",
            "consumer": "back-end",
            "max_iops": "200",
            "read_iops_sec": "20000",
        }
    }
    assert made.id == QOS_ID
    assert made.specs == {"max_iops": "200", "read_iops_sec": "20000"}


def test_qos_specs_list_get_set_unset_delete(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(200, {"qos_specs": [QOS]})
    recorder.reply(200, {"qos_specs": QOS, "links": []})
    recorder.reply(200, {"qos_specs": {"delay": "1"}})
    recorder.reply(202)
    recorder.reply(202)
    listed = [q.name for q in qos_specs.list(client, qos_specs.ListOpts(sort_key="name"))]
    assert listed == ["reliability-spec"]
    assert qos_specs.get(client, QOS_ID).consumer == "back-end"
    updated = qos_specs.update(client, QOS_ID, qos_specs.UpdateOpts(specs={"delay": "1"}))
    assert updated == {"delay": "1"}
    qos_specs.unset_keys(client, QOS_ID, qos_specs.UnsetKeysOpts(keys=["delay"]))
    qos_specs.delete(client, QOS_ID, qos_specs.DeleteOpts(force=True))
    base = f"/v3/p1/qos-specs/{QOS_ID}"
    seen = recorder.seen
    assert [(r.method, r.path) for r in seen] == [
        ("GET", "/v3/p1/qos-specs"),
        ("GET", base),
        ("PUT", base),
        ("PUT", f"{base}/delete_keys"),
        ("DELETE", base),
    ]
    assert seen[0].query == [("sort_key", "name")]
    assert seen[2].json == {"qos_specs": {"delay": "1"}}
    assert seen[3].json == {"keys": ["delay"]}
    assert seen[4].query == [("force", "true")]


def test_qos_associations(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(202)
    recorder.reply(
        200,
        {
            "qos_associations": [
                {"association_type": "volume_type", "name": "reliability-type", "id": TYPE_ID}
            ]
        },
    )
    recorder.reply(202)
    recorder.reply(202)
    qos_specs.associate(client, QOS_ID, qos_specs.AssociateOpts(volume_type_id=TYPE_ID))
    assoc = qos_specs.list_associations(client, QOS_ID)
    qos_specs.disassociate(client, QOS_ID, qos_specs.DisassociateOpts(volume_type_id=TYPE_ID))
    qos_specs.disassociate_all(client, QOS_ID)
    assert [(a.association_type, a.id) for a in assoc] == [("volume_type", TYPE_ID)]
    base = f"/v3/p1/qos-specs/{QOS_ID}"
    assert [(r.method, r.path, r.query) for r in recorder.seen] == [
        ("GET", f"{base}/associate", [("vol_type_id", TYPE_ID)]),
        ("GET", f"{base}/associations", []),
        ("GET", f"{base}/disassociate", [("vol_type_id", TYPE_ID)]),
        ("GET", f"{base}/disassociate_all", []),
    ]


# -------------------------------------------------------------- default types

DEFAULT = {
    "project_id": "248592b4-a6da-4c4c-abe0-9d8dbe0b74b4",
    "volume_type_id": "7152eb1e-aef0-4bcd-a3ab-46b7ef17e2e6",
}


def test_default_types_use_project_less_urls_from_3_62(recorder: Recorder) -> None:
    client = cinder(recorder, "3.62")
    project = DEFAULT["project_id"]
    recorder.reply(200, {"default_type": DEFAULT})
    recorder.reply(200, {"default_type": DEFAULT})
    recorder.reply(200, {"default_types": [DEFAULT]})
    recorder.reply(204)
    made = default_types.set(client, project, default_types.SetOpts(volume_type="lvm"))
    assert made.volume_type_id == DEFAULT["volume_type_id"]
    assert default_types.get(client, project).project_id == project
    assert [d.project_id for d in default_types.list(client)] == [project]
    default_types.delete(client, project)
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("PUT", f"/v3/default-types/{project}"),
        ("GET", f"/v3/default-types/{project}"),
        ("GET", "/v3/default-types"),
        ("DELETE", f"/v3/default-types/{project}"),
    ]
    assert recorder.seen[0].json == {"default_type": {"volume_type": "lvm"}}
    assert all(r.headers["OpenStack-API-Version"] == "volume 3.62" for r in recorder.seen)


def test_default_types_are_refused_before_3_62(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError, match=r"3\.62"):
        default_types.get(cinder(recorder, "3.61"), DEFAULT["project_id"])
    assert recorder.seen == []


# ---------------------------------------------------------------- group types

GROUP_TYPE = {
    "id": GROUP_TYPE_ID,
    "name": "grp-type-001",
    "description": "group type 0001",
    "is_public": True,
    "group_specs": {"consistent_group_snapshot_enabled": "<is> False"},
}


def test_group_types(recorder: Recorder) -> None:
    client = cinder(recorder, "3.11")
    recorder.reply(202, {"group_type": GROUP_TYPE})
    recorder.reply(200, {"group_types": [GROUP_TYPE]})
    recorder.reply(200, {"group_type": GROUP_TYPE})
    recorder.reply(200, {"group_type": {**GROUP_TYPE, "description": "changed"}})
    recorder.reply(200, {"group_type": GROUP_TYPE})
    recorder.reply(202)
    made = group_types.create(
        client,
        group_types.CreateOpts(
            name="grp-type-001",
            description="group type 0001",
            group_specs={"consistent_group_snapshot_enabled": "<is> False"},
        ),
    )
    assert made.group_specs == {"consistent_group_snapshot_enabled": "<is> False"}
    assert [g.id for g in group_types.list(client, group_types.ListOpts(limit=5))] == [
        GROUP_TYPE_ID
    ]
    assert group_types.get(client, GROUP_TYPE_ID).is_public is True
    changed = group_types.update(
        client, GROUP_TYPE_ID, group_types.UpdateOpts(description="changed")
    )
    assert changed.description == "changed"
    assert group_types.get_default(client).name == "grp-type-001"
    group_types.delete(client, GROUP_TYPE_ID)
    seen = recorder.seen
    assert [(r.method, r.path) for r in seen] == [
        ("POST", "/v3/p1/group_types"),
        ("GET", "/v3/p1/group_types"),
        ("GET", f"/v3/p1/group_types/{GROUP_TYPE_ID}"),
        ("PUT", f"/v3/p1/group_types/{GROUP_TYPE_ID}"),
        ("GET", "/v3/p1/group_types/default"),
        ("DELETE", f"/v3/p1/group_types/{GROUP_TYPE_ID}"),
    ]
    assert seen[0].json == {
        "group_type": {
            "name": "grp-type-001",
            "description": "group type 0001",
            "group_specs": {"consistent_group_snapshot_enabled": "<is> False"},
        }
    }
    assert seen[1].query == [("limit", "5")]
    assert seen[3].json == {"group_type": {"description": "changed"}}


def test_group_types_are_refused_before_3_11(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError, match=r"3\.11"):
        group_types.get(cinder(recorder, "3.10"), GROUP_TYPE_ID)
    assert recorder.seen == []


def test_group_type_specs(recorder: Recorder) -> None:
    client = cinder(recorder, "3.11")
    recorder.reply(202, {"group_specs": {"key1": "value1", "key2": "value2"}})
    recorder.reply(200, {"group_specs": {"key1": "value1", "key2": "value2"}})
    recorder.reply(200, {"key1": "value1"})
    recorder.reply(200, {"key1": "value9"})
    recorder.reply(202)
    created = group_type_specs.create(
        client,
        GROUP_TYPE_ID,
        group_type_specs.CreateOpts(group_specs={"key1": "value1", "key2": "value2"}),
    )
    assert created == {"key1": "value1", "key2": "value2"}
    assert group_type_specs.list(client, GROUP_TYPE_ID)["key2"] == "value2"
    assert group_type_specs.get(client, GROUP_TYPE_ID, "key1") == {"key1": "value1"}
    assert group_type_specs.update(client, GROUP_TYPE_ID, "key1", {"key1": "value9"}) == {
        "key1": "value9"
    }
    group_type_specs.delete(client, GROUP_TYPE_ID, "key1")
    base = f"/v3/p1/group_types/{GROUP_TYPE_ID}/group_specs"
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("POST", base),
        ("GET", base),
        ("GET", f"{base}/key1"),
        ("PUT", f"{base}/key1"),
        ("DELETE", f"{base}/key1"),
    ]
    assert recorder.seen[0].json == {"group_specs": {"key1": "value1", "key2": "value2"}}
    assert recorder.seen[3].json == {"key1": "value9"}
