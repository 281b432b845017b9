"""Compute operations a local Nova (FakeDriver, one host) cannot serve.

Live migration, evacuation, hypervisor details, migrations and remote
consoles need real hypervisors or several hosts. For them: the exact
request (method, URL, query, body, microversion headers) and the decoding
of a realistic response written from the API reference.
"""

from __future__ import annotations

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.compute import v2 as compute
from typedstack.compute.v2 import (
    hypervisors,
    migrations,
    remote_consoles,
    server_actions,
    servers,
    volume_attachments,
)

NOVA = "http://nova.test/v2.1"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def nova(recorder: Recorder, microversion: str) -> typedstack.ServiceClient:
    provider = provider_with(recorder, {"compute": NOVA})
    return compute.new_client(provider, microversion=microversion)


def test_live_migrate_at_2_30_with_force(recorder: Recorder) -> None:
    recorder.reply(202)
    client = nova(recorder, "2.30")
    opts = server_actions.LiveMigrateOpts(host="cmp-2", block_migration="auto", force=True)
    server_actions.live_migrate(client, "srv-1", opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.1/servers/srv-1/action")
    assert sent.json == {
        "os-migrateLive": {"host": "cmp-2", "block_migration": "auto", "force": True}
    }
    assert sent.headers["OpenStack-API-Version"] == "compute 2.30"
    assert sent.headers["X-OpenStack-Nova-API-Version"] == "2.30"


def test_live_migrate_refuses_force_outside_its_versions(recorder: Recorder) -> None:
    opts = server_actions.LiveMigrateOpts(host=None, block_migration=False, force=True)
    with pytest.raises(typedstack.MicroversionError, match=r"force needs microversion 2\.30"):
        server_actions.live_migrate(nova(recorder, "2.25"), "srv-1", opts)
    with pytest.raises(typedstack.MicroversionError, match=r"removed after microversion 2\.67"):
        server_actions.live_migrate(nova(recorder, "2.68"), "srv-1", opts)
    assert recorder.seen == []


def test_evacuate_returns_the_admin_password_masked(recorder: Recorder) -> None:
    recorder.reply(200, {"adminPass": "MySecretPass"})
    result = server_actions.evacuate(
        nova(recorder, "2.13"), "srv-1", server_actions.EvacuateOpts(host="cmp-3")
    )
    assert recorder.seen[0].json == {"evacuate": {"host": "cmp-3"}}
    assert result.admin_pass == "MySecretPass"
    assert "MySecretPass" not in repr(result)


def test_attach_volume_answers_with_the_attachment_up_to_2_100(recorder: Recorder) -> None:
    attachment = {"id": "vol-1", "serverId": "srv-1", "volumeId": "vol-1", "device": "/dev/vdb"}
    recorder.reply(200, {"volumeAttachment": {**attachment, "tag": None}})
    opts = volume_attachments.CreateOpts(volume_id="vol-1")
    created = volume_attachments.create(nova(recorder, "2.100"), "srv-1", opts)
    assert created is not None
    assert (created.volume_id, created.device) == ("vol-1", "/dev/vdb")
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.1/servers/srv-1/os-volume_attachments")
    assert sent.json == {"volumeAttachment": {"volumeId": "vol-1"}}


def test_attach_volume_from_2_101_is_202_without_a_body(recorder: Recorder) -> None:
    recorder.reply(202)
    opts = volume_attachments.CreateOpts(volume_id="vol-1")
    assert volume_attachments.create(nova(recorder, "2.101"), "srv-1", opts) is None
    assert recorder.seen[0].headers["OpenStack-API-Version"] == "compute 2.101"


HYPERVISOR = {
    "hypervisor": {
        "id": "b1e43b5f-eec1-44e0-9f10-7b4945c0226d",
        "hypervisor_hostname": "host2",
        "state": "up",
        "status": "enabled",
        "host_ip": "192.168.1.135",
        "hypervisor_type": "QEMU",
        "hypervisor_version": 2011000,
        "service": {"host": "host2", "id": "a9ad3c3e", "disabled_reason": None},
        "uptime": " 08:32:11 up 93 days, 18:25, 12 users,  load average: 0.20, 0.12, 0.14",
        "servers": [{"uuid": "e1a7a8c2", "name": "instance-00000001"}],
    }
}


def test_hypervisor_details_at_2_88(recorder: Recorder) -> None:
    recorder.reply(200, HYPERVISOR)
    hv = hypervisors.get(
        nova(recorder, "2.88"),
        "b1e43b5f-eec1-44e0-9f10-7b4945c0226d",
        hypervisors.GetOpts(with_servers=True),
    )
    sent = recorder.seen[0]
    assert sent.path == "/v2.1/os-hypervisors/b1e43b5f-eec1-44e0-9f10-7b4945c0226d"
    assert sent.query == [("with_servers", "true")]
    assert hv.id == "b1e43b5f-eec1-44e0-9f10-7b4945c0226d"
    assert hv.hypervisor_version == 2011000
    assert hv.servers and hv.servers[0].name == "instance-00000001"
    assert isinstance(hv.uptime, str) and "93 days" in hv.uptime


def test_migrations_list_pages_and_filters(recorder: Recorder) -> None:
    first = {
        "migrations": [
            {
                "id": 1,
                "uuid": "12341d4b-346a-40d0-83c6-5f4f6892b650",
                "instance_uuid": "8600d31b-d1a1-4632-b2ff-45c2be1a70ff",
                "migration_type": "live-migration",
                "status": "running",
                "source_compute": "compute1",
                "dest_compute": "compute2",
                "created_at": "2016-01-29T13:42:02.000000",
                "updated_at": None,
                "user_id": "5c48ebaa193f4c9a9bb1a4d6ef9c3d14",
                "project_id": "ef92ccff00f74fe5ad6f0b0a9ad5cff6",
            }
        ],
        "migrations_links": [
            {"rel": "next", "href": f"{NOVA}/os-migrations?limit=1&marker=12341d4b"}
        ],
    }
    recorder.reply(200, first)
    recorder.reply(200, {"migrations": []})
    client = nova(recorder, "2.80")
    items = list(
        migrations.list(client, migrations.ListOpts(limit=1, migration_type="live-migration"))
    )
    assert [m.id for m in items] == [1]
    assert items[0].user_id == "5c48ebaa193f4c9a9bb1a4d6ef9c3d14"
    assert items[0].updated_at is None
    assert sorted(recorder.seen[0].query) == [("limit", "1"), ("migration_type", "live-migration")]
    assert recorder.seen[1].query == [("limit", "1"), ("marker", "12341d4b")]


def test_migration_fields_follow_the_microversion(recorder: Recorder) -> None:
    body = {"migrations": [{"id": 7, "uuid": "u-7", "user_id": "u", "project_id": "p"}]}
    recorder.reply(200, body)
    (old,) = list(migrations.list(nova(recorder, "2.59")))
    assert old.uuid == "u-7"
    assert old.user_id is typedstack.UNSET  # user_id and project_id arrive at 2.80
    assert old.extra == {"user_id": "u", "project_id": "p"}


def test_remote_console_needs_2_6_and_decodes(recorder: Recorder) -> None:
    opts = remote_consoles.CreateOpts(protocol="vnc", type="novnc")
    with pytest.raises(typedstack.MicroversionError):
        remote_consoles.create(nova(recorder, "2.5"), "srv-1", opts)
    recorder.reply(
        200,
        {
            "remote_console": {
                "protocol": "vnc",
                "type": "novnc",
                "url": "http://example.com:6080/vnc_auto.html?path=token",
            }
        },
    )
    console = remote_consoles.create(nova(recorder, "2.6"), "srv-1", opts)
    assert recorder.seen[0].json == {"remote_console": {"protocol": "vnc", "type": "novnc"}}
    assert console.url.startswith("http://example.com:6080/")


def test_server_image_is_a_model_or_the_empty_string(recorder: Recorder) -> None:
    """Nova sends the image as an object, or "" for a server booted from a volume."""
    image = {
        "id": "img-1",
        "links": [{"rel": "bookmark", "href": "http://nova.test/images/img-1"}],
    }
    recorder.reply(200, {"server": {"id": "s1", "image": image}})
    recorder.reply(200, {"server": {"id": "s2", "image": ""}})
    client = nova(recorder, "2.79")
    from_image = servers.get(client, "s1")
    assert isinstance(from_image.image, servers.ServerImage)
    assert from_image.image.id == "img-1"
    assert servers.get(client, "s2").image == ""


def test_boot_with_typed_networks_checks_their_microversions(recorder: Recorder) -> None:
    tagged = servers.ServerNetwork(uuid="net-1", fixed_ip="10.0.0.5", tag="nic1")
    opts = servers.CreateOpts(name="vm", flavor_ref="f1", image_ref="i1", networks=[tagged])
    with pytest.raises(
        typedstack.MicroversionError, match=r"networks\[0\]\.tag needs microversion 2\.32"
    ):
        servers.create(nova(recorder, "2.31"), opts)
    assert recorder.seen == []
    recorder.reply(202, {"server": {"id": "s1", "adminPass": "pw"}})
    servers.create(nova(recorder, "2.32"), opts)
    assert recorder.seen[0].json["server"]["networks"] == [
        {"uuid": "net-1", "fixed_ip": "10.0.0.5", "tag": "nic1"}
    ]
    with pytest.raises(typedstack.InvalidOptions, match=r"CreateOpts\.networks: "):
        servers.CreateOpts(name="vm", flavor_ref="f1", networks=42)  # type: ignore[arg-type]
    untyped = [servers.ServerNetwork(uuid=7)]  # type: ignore[arg-type]
    with pytest.raises(typedstack.InvalidOptions, match=r"at `networks\[0\]\.uuid`"):
        servers.CreateOpts(name="vm", flavor_ref="f1", networks=untyped)
