"""Neutron L2 operations the local Neutron cannot serve.

Trunks need a mechanism driver that supports them, and port bindings need
one that binds ports to hosts; the suite's ML2 has none. For them: the exact
request (method, URL, query, body) and the decoding of a realistic response
written from the API reference.
"""

from __future__ import annotations

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.network import v2 as network
from typedstack.network.v2 import port_bindings, ports, trunks

TRUNK_ID = "2f0f9b0c-6e5f-4f3a-9a0e-1f4e3f8d9c21"
PARENT = "73fb9d54-43a7-4bb1-a8dc-569e0e0a0a38"
SUB = "137d5c5a-8d5e-4c36-9dd7-0c8c6b3e8a4f"
PORT = "a5fd1a5c-2c3c-4b6e-8d2e-bd2b7a6ac1f1"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return network.new_client(provider_with(recorder, {"network": "http://neutron.test"}))


def trunk_body(sub_ports: list[dict[str, object]]) -> dict[str, object]:
    return {
        "admin_state_up": True,
        "created_at": "2016-10-05T17:23:42Z",
        "description": "",
        "id": TRUNK_ID,
        "name": "trunk1",
        "port_id": PARENT,
        "project_id": "745d3cb7f7d14e1e8b5f6b9ab5d3dd32",
        "revision_number": 2,
        "status": "DOWN",
        "sub_ports": sub_ports,
        "tags": [],
        "tenant_id": "745d3cb7f7d14e1e8b5f6b9ab5d3dd32",
        "updated_at": "2016-10-05T17:23:43Z",
    }


SUBPORT = {"port_id": SUB, "segmentation_type": "vlan", "segmentation_id": 100}


def test_trunk_create_list_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"trunk": trunk_body([SUBPORT])})
    created = trunks.create(
        client,
        trunks.CreateOpts(
            port_id=PARENT,
            name="trunk1",
            admin_state_up=True,
            sub_ports=[trunks.Subport(port_id=SUB, segmentation_type="vlan", segmentation_id=100)],
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.0/trunks")
    assert sent.json == {
        "trunk": {
            "port_id": PARENT,
            "name": "trunk1",
            "admin_state_up": True,
            "sub_ports": [SUBPORT],
        }
    }
    assert created.id == TRUNK_ID
    assert created.status == "DOWN"
    assert created.sub_ports is not None and created.sub_ports[0].segmentation_id == 100
    assert created.created_at is not None and created.created_at.year == 2016

    recorder.reply(200, {"trunks": [trunk_body([])], "trunks_links": []})
    listed = list(
        trunks.list(client, trunks.ListOpts(port_id=PARENT, status="DOWN", tags_any=["a", "b"]))
    )
    sent = recorder.seen[1]
    assert (sent.method, sent.path) == ("GET", "/v2.0/trunks")
    assert sorted(sent.query) == [("port_id", PARENT), ("status", "DOWN"), ("tags-any", "a,b")]
    assert [t.name for t in listed] == ["trunk1"]

    recorder.reply(200, {"trunk": trunk_body([])})
    got = trunks.get(client, TRUNK_ID, trunks.GetOpts(fields=["id", "name"]))
    sent = recorder.seen[2]
    assert (sent.method, sent.path) == ("GET", f"/v2.0/trunks/{TRUNK_ID}")
    assert sent.query == [("fields", "id"), ("fields", "name")]
    assert got.port_id == PARENT

    recorder.reply(200, {"trunk": {**trunk_body([]), "name": "renamed"}})
    updated = trunks.update(client, TRUNK_ID, trunks.UpdateOpts(name="renamed"))
    sent = recorder.seen[3]
    assert (sent.method, sent.path) == ("PUT", f"/v2.0/trunks/{TRUNK_ID}")
    assert sent.json == {"trunk": {"name": "renamed"}}
    assert updated.name == "renamed"

    recorder.reply(204)
    trunks.delete(client, TRUNK_ID)
    assert (recorder.seen[4].method, recorder.seen[4].path) == (
        "DELETE",
        f"/v2.0/trunks/{TRUNK_ID}",
    )


def test_trunk_subports_add_list_remove(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    # add_subports and remove_subports answer with the bare trunk (no wrapper key)
    recorder.reply(200, trunk_body([SUBPORT]))
    trunk = trunks.add_subports(
        client,
        TRUNK_ID,
        trunks.AddSubportsOpts(
            sub_ports=[trunks.Subport(port_id=SUB, segmentation_type="vlan", segmentation_id=100)]
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PUT", f"/v2.0/trunks/{TRUNK_ID}/add_subports")
    assert sent.json == {"sub_ports": [SUBPORT]}
    assert trunk.sub_ports == [
        trunks.Subport(port_id=SUB, segmentation_type="vlan", segmentation_id=100)
    ]

    recorder.reply(200, {"sub_ports": [SUBPORT]})
    subs = trunks.list_subports(client, TRUNK_ID)
    sent = recorder.seen[1]
    assert (sent.method, sent.path) == ("GET", f"/v2.0/trunks/{TRUNK_ID}/get_subports")
    assert [(s.port_id, s.segmentation_id) for s in subs] == [(SUB, 100)]

    recorder.reply(200, trunk_body([]))
    trunk = trunks.remove_subports(
        client, TRUNK_ID, trunks.RemoveSubportsOpts(sub_ports=[trunks.Subport(port_id=SUB)])
    )
    sent = recorder.seen[2]
    assert (sent.method, sent.path) == ("PUT", f"/v2.0/trunks/{TRUNK_ID}/remove_subports")
    assert sent.json == {"sub_ports": [{"port_id": SUB}]}
    assert trunk.sub_ports == []


def test_trunk_not_found_is_typed(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(404, {"NeutronError": {"type": "TrunkNotFound", "message": "no trunk"}})
    with pytest.raises(typedstack.NotFound):
        trunks.get(client, "missing")


def test_parent_port_shows_its_trunk_details(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        200,
        {
            "port": {
                "id": PARENT,
                "network_id": "a87cc70a-3e15-4acf-8205-9b711a3531b7",
                "status": "DOWN",
                "trunk_details": {
                    "trunk_id": TRUNK_ID,
                    "sub_ports": [{**SUBPORT, "mac_address": "fa:16:3e:08:cc:7e"}],
                },
            }
        },
    )
    port = ports.get(client, PARENT)
    assert recorder.seen[0].path == f"/v2.0/ports/{PARENT}"
    assert port.trunk_details is not None
    assert port.trunk_details.trunk_id == TRUNK_ID
    assert port.trunk_details.sub_ports == [
        ports.TrunkSubport(
            port_id=SUB,
            segmentation_type="vlan",
            segmentation_id=100,
            mac_address="fa:16:3e:08:cc:7e",
        )
    ]


BINDING = {
    "host": "compute-2",
    "vif_type": "ovs",
    "vnic_type": "normal",
    "status": "INACTIVE",
    "profile": {},
    "vif_details": {
        "connectivity": "l2",
        "port_filter": True,
        "ovs_hybrid_plug": False,
        "datapath_type": "system",
        "bridge_name": "br-int",
    },
}


def test_port_bindings(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(201, {"binding": BINDING})
    created = port_bindings.create(
        client, PORT, port_bindings.CreateOpts(host="compute-2", vnic_type="normal")
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", f"/v2.0/ports/{PORT}/bindings")
    assert sent.json == {"binding": {"host": "compute-2", "vnic_type": "normal"}}
    assert created.status == "INACTIVE"
    assert created.vif_details is not None and created.vif_details["port_filter"] is True

    recorder.reply(
        200,
        {"bindings": [{**BINDING, "host": "compute-1", "status": "ACTIVE"}, BINDING]},
    )
    listed = port_bindings.list(client, PORT, port_bindings.ListOpts(status="INACTIVE"))
    sent = recorder.seen[1]
    assert (sent.method, sent.path, sent.query) == (
        "GET",
        f"/v2.0/ports/{PORT}/bindings",
        [("status", "INACTIVE")],
    )
    assert [(b.host, b.status) for b in listed] == [
        ("compute-1", "ACTIVE"),
        ("compute-2", "INACTIVE"),
    ]

    recorder.reply(200, {"binding": {**BINDING, "status": "ACTIVE"}})
    active = port_bindings.activate(client, PORT, "compute-2")
    sent = recorder.seen[2]
    assert (sent.method, sent.path) == ("PUT", f"/v2.0/ports/{PORT}/bindings/compute-2/activate")
    assert sent.body in (None, b"")
    assert active.host == "compute-2" and active.status == "ACTIVE"

    recorder.reply(204)
    port_bindings.delete(client, PORT, "compute-1")
    sent = recorder.seen[3]
    assert (sent.method, sent.path) == ("DELETE", f"/v2.0/ports/{PORT}/bindings/compute-1")


def test_port_binding_activate_conflict_is_typed(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(409, {"NeutronError": {"type": "PortBindingAlreadyActive", "message": "x"}})
    with pytest.raises(typedstack.Conflict):
        port_bindings.activate(client, PORT, "compute-1")
