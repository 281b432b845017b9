"""Tap-as-a-Service and service function chaining, which the local Neutron does not load.

Tap services, tap flows and tap mirrors (tap-as-a-service) and port pairs,
port pair groups, port chains, flow classifiers and service graphs
(networking-sfc): the exact requests and the decoding of realistic responses
written from the API reference and the extensions' attribute maps.
"""

from __future__ import annotations

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.network import v2 as network
from typedstack.network.v2 import (
    sfc_flow_classifiers,
    sfc_port_chains,
    sfc_port_pair_groups,
    sfc_port_pairs,
    sfc_service_graphs,
    tap_flows,
    tap_mirrors,
    tap_services,
)

NEUTRON = "http://neutron.test"
PROJECT = "dad19b09dba44e589c022000d580e9d5"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return network.new_client(provider_with(recorder, {"network": NEUTRON}))


# --- Tap-as-a-Service ----------------------------------------------------------------------

TAP_SERVICE = {
    "id": "1b059120-078b-4f25-bb16-e14d69706a9a",
    "tenant_id": PROJECT,
    "name": "ts1",
    "description": "",
    "port_id": "a9855775-48ae-4609-8742-aa9d85db2e01",
    "status": "ACTIVE",
    "project_id": PROJECT,
}


def test_tap_service_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"tap_service": TAP_SERVICE})
    recorder.reply(200, {"tap_service": TAP_SERVICE})
    recorder.reply(200, {"tap_service": {**TAP_SERVICE, "name": "ts2", "description": "tap"}})
    recorder.reply(204)
    created = tap_services.create(
        client,
        tap_services.CreateOpts(port_id="a9855775-48ae-4609-8742-aa9d85db2e01", name="ts1"),
    )
    shown = tap_services.get(client, created.id, tap_services.GetOpts(fields=["id", "status"]))
    updated = tap_services.update(
        client, created.id, tap_services.UpdateOpts(name="ts2", description="tap")
    )
    tap_services.delete(client, created.id)

    url = "/v2.0/taas/tap_services/1b059120-078b-4f25-bb16-e14d69706a9a"
    assert [(s.method, s.path) for s in recorder.seen] == [
        ("POST", "/v2.0/taas/tap_services"),
        ("GET", url),
        ("PUT", url),
        ("DELETE", url),
    ]
    assert recorder.seen[0].json == {
        "tap_service": {"port_id": "a9855775-48ae-4609-8742-aa9d85db2e01", "name": "ts1"}
    }
    assert recorder.seen[1].query == [("fields", "id"), ("fields", "status")]
    assert recorder.seen[2].json == {"tap_service": {"name": "ts2", "description": "tap"}}
    assert created.port_id == "a9855775-48ae-4609-8742-aa9d85db2e01"
    assert shown.status == "ACTIVE"
    assert shown.project_id == PROJECT
    assert updated.name == "ts2"


def test_tap_service_list_filters_and_follows_pages(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    second = {**TAP_SERVICE, "id": "2c1f0c1e-5a43-4a3b-9c1d-0d6cfa1f6b11", "name": "ts2"}
    recorder.reply(
        200,
        {
            "tap_services": [TAP_SERVICE],
            "tap_services_links": [
                {
                    "rel": "next",
                    "href": f"{NEUTRON}/v2.0/taas/tap_services?limit=1&marker={TAP_SERVICE['id']}",
                }
            ],
        },
    )
    recorder.reply(200, {"tap_services": [second], "tap_services_links": []})
    items = list(
        tap_services.list(
            client,
            tap_services.ListOpts(
                project_id=PROJECT, limit=1, sort_key=["name"], sort_dir=["asc"]
            ),
        )
    )
    assert [t.name for t in items] == ["ts1", "ts2"]
    assert recorder.seen[0].path == "/v2.0/taas/tap_services"
    assert sorted(recorder.seen[0].query) == [
        ("limit", "1"),
        ("project_id", PROJECT),
        ("sort_dir", "asc"),
        ("sort_key", "name"),
    ]
    assert recorder.seen[1].query == [("limit", "1"), ("marker", TAP_SERVICE["id"])]


TAP_FLOW = {
    "id": "137086d8-a77b-4bbc-825f-9c2f7b9bfa7b",
    "tenant_id": PROJECT,
    "tap_service_id": "1b059120-078b-4f25-bb16-e14d69706a9a",
    "name": "tf1",
    "description": "",
    "source_port": "ee2911c3-08e7-44cb-81aa-fbee2cf43168",
    "direction": "BOTH",
    "status": "DOWN",
    "vlan_filter": "9,18,27-36",
    "project_id": PROJECT,
}


def test_tap_flow_create_with_vlan_filter(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"tap_flow": TAP_FLOW})
    flow = tap_flows.create(
        client,
        tap_flows.CreateOpts(
            tap_service_id="1b059120-078b-4f25-bb16-e14d69706a9a",
            source_port="ee2911c3-08e7-44cb-81aa-fbee2cf43168",
            direction="BOTH",
            name="tf1",
            vlan_filter="9,18,27-36",
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.0/taas/tap_flows")
    assert sent.json == {
        "tap_flow": {
            "tap_service_id": "1b059120-078b-4f25-bb16-e14d69706a9a",
            "source_port": "ee2911c3-08e7-44cb-81aa-fbee2cf43168",
            "direction": "BOTH",
            "name": "tf1",
            "vlan_filter": "9,18,27-36",
        }
    }
    assert flow.id == "137086d8-a77b-4bbc-825f-9c2f7b9bfa7b"
    assert flow.direction == "BOTH"
    assert flow.vlan_filter == "9,18,27-36"
    assert flow.status == "DOWN"


def test_tap_flow_direction_is_checked_before_sending(recorder: Recorder) -> None:
    with pytest.raises(typedstack.InvalidOptions, match="direction"):
        tap_flows.CreateOpts(
            tap_service_id="ts", source_port="p", direction="SIDEWAYS"  # type: ignore[arg-type]
        )
    assert recorder.seen == []


def test_tap_flow_list_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"tap_flows": [{**TAP_FLOW, "vlan_filter": None}]})
    recorder.reply(200, {"tap_flow": TAP_FLOW})
    recorder.reply(200, {"tap_flow": {**TAP_FLOW, "description": "mirror web"}})
    recorder.reply(204)
    (listed,) = list(
        tap_flows.list(
            client,
            tap_flows.ListOpts(tap_service_id="1b059120-078b-4f25-bb16-e14d69706a9a"),
        )
    )
    shown = tap_flows.get(client, listed.id)
    updated = tap_flows.update(client, listed.id, tap_flows.UpdateOpts(description="mirror web"))
    tap_flows.delete(client, listed.id)

    url = "/v2.0/taas/tap_flows/137086d8-a77b-4bbc-825f-9c2f7b9bfa7b"
    assert recorder.seen[0].query == [("tap_service_id", "1b059120-078b-4f25-bb16-e14d69706a9a")]
    assert [(s.method, s.path) for s in recorder.seen[1:]] == [
        ("GET", url),
        ("PUT", url),
        ("DELETE", url),
    ]
    assert recorder.seen[2].json == {"tap_flow": {"description": "mirror web"}}
    assert listed.vlan_filter is None
    assert shown.source_port == "ee2911c3-08e7-44cb-81aa-fbee2cf43168"
    assert updated.description == "mirror web"


TAP_MIRROR = {
    "description": "My fancy tap mirror with direction IN and id 99",
    "directions": {"IN": 99},
    "id": "0f077b67-e85b-4138-bc64-5d705b0a06ef",
    "mirror_type": "gre",
    "name": "my_tap_mirror",
    "port_id": "81bc638f-e991-4306-ae5e-df8492890b39",
    "project_id": "57425788f1a148059926c124a6ffabe6",
    "remote_ip": "100.109.0.142",
    "tenant_id": "57425788f1a148059926c124a6ffabe6",
}


def test_tap_mirror_create_and_get(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(201, {"tap_mirror": TAP_MIRROR})
    recorder.reply(200, {"tap_mirror": TAP_MIRROR})
    mirror = tap_mirrors.create(
        client,
        tap_mirrors.CreateOpts(
            port_id="81bc638f-e991-4306-ae5e-df8492890b39",
            directions={"IN": 99},
            remote_ip="100.109.0.142",
            mirror_type="gre",
            name="my_tap_mirror",
        ),
    )
    shown = tap_mirrors.get(client, mirror.id)
    assert (recorder.seen[0].method, recorder.seen[0].path) == ("POST", "/v2.0/taas/tap_mirrors")
    assert recorder.seen[0].json == {
        "tap_mirror": {
            "port_id": "81bc638f-e991-4306-ae5e-df8492890b39",
            "directions": {"IN": 99},
            "remote_ip": "100.109.0.142",
            "mirror_type": "gre",
            "name": "my_tap_mirror",
        }
    }
    assert recorder.seen[1].path == "/v2.0/taas/tap_mirrors/0f077b67-e85b-4138-bc64-5d705b0a06ef"
    assert shown.directions == {"IN": 99}
    assert shown.mirror_type == "gre"
    assert shown.remote_ip == "100.109.0.142"


def test_tap_mirror_list_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    erspan = {**TAP_MIRROR, "id": "5e1b5d2e-1d57-4c38-8d4b", "mirror_type": "erspanv1"}
    recorder.reply(200, {"tap_mirrors": [erspan]})
    recorder.reply(200, {"tap_mirror": {**TAP_MIRROR, "name": "renamed"}})
    recorder.reply(204)
    (listed,) = list(
        tap_mirrors.list(client, tap_mirrors.ListOpts(mirror_type="erspanv1", fields=["id"]))
    )
    updated = tap_mirrors.update(client, TAP_MIRROR["id"], tap_mirrors.UpdateOpts(name="renamed"))
    tap_mirrors.delete(client, TAP_MIRROR["id"])
    assert sorted(recorder.seen[0].query) == [("fields", "id"), ("mirror_type", "erspanv1")]
    assert listed.mirror_type == "erspanv1"
    assert (recorder.seen[1].method, recorder.seen[1].json) == (
        "PUT",
        {"tap_mirror": {"name": "renamed"}},
    )
    assert updated.name == "renamed"
    assert (recorder.seen[2].method, recorder.seen[2].path) == (
        "DELETE",
        "/v2.0/taas/tap_mirrors/0f077b67-e85b-4138-bc64-5d705b0a06ef",
    )


def test_missing_tap_mirror_is_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        404,
        {"NeutronError": {"type": "TapMirrorNotFound", "message": "Tap Mirror x not found."}},
    )
    with pytest.raises(typedstack.NotFound):
        tap_mirrors.get(client, "x")


# --- Service function chaining -------------------------------------------------------------

PORT_PAIR = {
    "id": "78dcd363-fc23-aeb6-f44b-56dc5e2fb3ae",
    "name": "SF1",
    "description": "Firewall SF instance",
    "ingress": "dace4513-24fc-4fae-af4b-321c5e2eb3d1",
    "egress": "aef3478a-4a56-2a6e-cd3a-9dee4e2ec345",
    "service_function_parameters": {"correlation": None, "weight": 1},
    "tenant_id": PROJECT,
    "project_id": PROJECT,
}


def test_port_pair_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"port_pair": PORT_PAIR})
    recorder.reply(200, {"port_pair": PORT_PAIR})
    recorder.reply(200, {"port_pair": {**PORT_PAIR, "name": "SF2"}})
    recorder.reply(204)
    pair = sfc_port_pairs.create(
        client,
        sfc_port_pairs.CreateOpts(
            ingress="dace4513-24fc-4fae-af4b-321c5e2eb3d1",
            egress="aef3478a-4a56-2a6e-cd3a-9dee4e2ec345",
            name="SF1",
            service_function_parameters=sfc_port_pairs.ServiceFunctionParameters(weight=2),
        ),
    )
    shown = sfc_port_pairs.get(client, pair.id)
    updated = sfc_port_pairs.update(client, pair.id, sfc_port_pairs.UpdateOpts(name="SF2"))
    sfc_port_pairs.delete(client, pair.id)

    url = "/v2.0/sfc/port_pairs/78dcd363-fc23-aeb6-f44b-56dc5e2fb3ae"
    assert [(s.method, s.path) for s in recorder.seen] == [
        ("POST", "/v2.0/sfc/port_pairs"),
        ("GET", url),
        ("PUT", url),
        ("DELETE", url),
    ]
    assert recorder.seen[0].json == {
        "port_pair": {
            "ingress": "dace4513-24fc-4fae-af4b-321c5e2eb3d1",
            "egress": "aef3478a-4a56-2a6e-cd3a-9dee4e2ec345",
            "name": "SF1",
            "service_function_parameters": {"weight": 2},
        }
    }
    assert recorder.seen[2].json == {"port_pair": {"name": "SF2"}}
    params = shown.service_function_parameters
    assert params is not None and not isinstance(params, typedstack.UnsetType)
    assert params.correlation is None
    assert params.weight == 1
    assert updated.name == "SF2"


def test_port_pair_list_filters_by_ports(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"port_pairs": [PORT_PAIR], "port_pairs_links": []})
    items = list(
        sfc_port_pairs.list(
            client, sfc_port_pairs.ListOpts(ingress="dace4513-24fc-4fae-af4b-321c5e2eb3d1")
        )
    )
    assert recorder.seen[0].path == "/v2.0/sfc/port_pairs"
    assert recorder.seen[0].query == [("ingress", "dace4513-24fc-4fae-af4b-321c5e2eb3d1")]
    assert [p.egress for p in items] == ["aef3478a-4a56-2a6e-cd3a-9dee4e2ec345"]


PORT_PAIR_GROUP = {
    "id": "4512d643-24fc-4fae-af4b-321c5e2eb3d1",
    "group_id": 1,
    "name": "Firewall_PortPairGroup",
    "description": "Grouping Firewall SF instances",
    "port_pairs": ["78dcd363-fc23-aeb6-f44b-56dc5e2fb3ae"],
    "port_pair_group_parameters": {
        "lb_fields": ["ip_src"],
        "ppg_n_tuple_mapping": {
            "ingress_n_tuple": {"source_ip_prefix": "10.0.0.0/24"},
            "egress_n_tuple": {},
        },
    },
    "tap_enabled": False,
    "tenant_id": PROJECT,
    "project_id": PROJECT,
}


def test_port_pair_group_create_with_parameters(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"port_pair_group": PORT_PAIR_GROUP})
    group = sfc_port_pair_groups.create(
        client,
        sfc_port_pair_groups.CreateOpts(
            name="Firewall_PortPairGroup",
            port_pairs=["78dcd363-fc23-aeb6-f44b-56dc5e2fb3ae"],
            port_pair_group_parameters=sfc_port_pair_groups.PortPairGroupParameters(
                lb_fields=["ip_src"],
                ppg_n_tuple_mapping=sfc_port_pair_groups.NTupleMapping(
                    ingress_n_tuple=sfc_port_pair_groups.NTuple(source_ip_prefix="10.0.0.0/24")
                ),
            ),
            tap_enabled=False,
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.0/sfc/port_pair_groups")
    assert sent.json == {
        "port_pair_group": {
            "port_pairs": ["78dcd363-fc23-aeb6-f44b-56dc5e2fb3ae"],
            "name": "Firewall_PortPairGroup",
            "port_pair_group_parameters": {
                "lb_fields": ["ip_src"],
                "ppg_n_tuple_mapping": {"ingress_n_tuple": {"source_ip_prefix": "10.0.0.0/24"}},
            },
            "tap_enabled": False,
        }
    }
    assert group.group_id == 1
    assert group.tap_enabled is False
    params = group.port_pair_group_parameters
    assert isinstance(params, sfc_port_pair_groups.PortPairGroupParameters)
    assert params.lb_fields == ["ip_src"]
    mapping = params.ppg_n_tuple_mapping
    assert isinstance(mapping, sfc_port_pair_groups.NTupleMapping)
    assert isinstance(mapping.ingress_n_tuple, sfc_port_pair_groups.NTuple)
    assert mapping.ingress_n_tuple.source_ip_prefix == "10.0.0.0/24"


def test_port_pair_group_list_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"port_pair_groups": [PORT_PAIR_GROUP]})
    recorder.reply(200, {"port_pair_group": PORT_PAIR_GROUP})
    recorder.reply(200, {"port_pair_group": {**PORT_PAIR_GROUP, "port_pairs": []}})
    recorder.reply(204)
    (listed,) = list(
        sfc_port_pair_groups.list(
            client, sfc_port_pair_groups.ListOpts(name="Firewall_PortPairGroup")
        )
    )
    sfc_port_pair_groups.get(client, listed.id)
    updated = sfc_port_pair_groups.update(
        client, listed.id, sfc_port_pair_groups.UpdateOpts(port_pairs=[])
    )
    sfc_port_pair_groups.delete(client, listed.id)
    url = "/v2.0/sfc/port_pair_groups/4512d643-24fc-4fae-af4b-321c5e2eb3d1"
    assert recorder.seen[0].query == [("name", "Firewall_PortPairGroup")]
    assert [(s.method, s.path) for s in recorder.seen[1:]] == [
        ("GET", url),
        ("PUT", url),
        ("DELETE", url),
    ]
    assert recorder.seen[2].json == {"port_pair_group": {"port_pairs": []}}
    assert updated.port_pairs == []


PORT_CHAIN = {
    "id": "1278dcd4-459f-62ed-754b-87fc5e4a6751",
    "chain_id": 7,
    "name": "PC2",
    "description": "Steering TCP and UDP traffic first to Firewall and then to Loadbalancer",
    "flow_classifiers": [
        "4a334cd4-fe9c-4fae-af4b-321c5e2eb051",
        "105a4b0a-73d6-11e5-b392-2c27d72acb4c",
    ],
    "port_pair_groups": [
        "4512d643-24fc-4fae-af4b-321c5e2eb3d1",
        "4a634d49-76dc-4fae-af4b-321c5e23d651",
    ],
    "chain_parameters": {"correlation": "mpls", "symmetric": False},
    "tenant_id": PROJECT,
    "project_id": PROJECT,
}


def test_port_chain_create_and_update(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"port_chain": PORT_CHAIN})
    recorder.reply(200, {"port_chain": {**PORT_CHAIN, "flow_classifiers": []}})
    chain = sfc_port_chains.create(
        client,
        sfc_port_chains.CreateOpts(
            port_pair_groups=PORT_CHAIN["port_pair_groups"],  # type: ignore[arg-type]
            flow_classifiers=PORT_CHAIN["flow_classifiers"],  # type: ignore[arg-type]
            name="PC2",
            chain_parameters=sfc_port_chains.ChainParameters(correlation="mpls", symmetric=False),
        ),
    )
    updated = sfc_port_chains.update(
        client, chain.id, sfc_port_chains.UpdateOpts(flow_classifiers=[])
    )
    assert (recorder.seen[0].method, recorder.seen[0].path) == ("POST", "/v2.0/sfc/port_chains")
    assert recorder.seen[0].json == {
        "port_chain": {
            "port_pair_groups": [
                "4512d643-24fc-4fae-af4b-321c5e2eb3d1",
                "4a634d49-76dc-4fae-af4b-321c5e23d651",
            ],
            "flow_classifiers": [
                "4a334cd4-fe9c-4fae-af4b-321c5e2eb051",
                "105a4b0a-73d6-11e5-b392-2c27d72acb4c",
            ],
            "name": "PC2",
            "chain_parameters": {"correlation": "mpls", "symmetric": False},
        }
    }
    assert (recorder.seen[1].method, recorder.seen[1].path) == (
        "PUT",
        "/v2.0/sfc/port_chains/1278dcd4-459f-62ed-754b-87fc5e4a6751",
    )
    assert recorder.seen[1].json == {"port_chain": {"flow_classifiers": []}}
    assert chain.chain_id == 7
    assert isinstance(chain.chain_parameters, sfc_port_chains.ChainParameters)
    assert chain.chain_parameters.correlation == "mpls"
    assert chain.chain_parameters.symmetric is False
    assert updated.flow_classifiers == []


def test_port_chain_list_get_delete(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(200, {"port_chains": [PORT_CHAIN]})
    recorder.reply(200, {"port_chain": PORT_CHAIN})
    recorder.reply(204)
    (listed,) = list(sfc_port_chains.list(client, sfc_port_chains.ListOpts(chain_id=7)))
    shown = sfc_port_chains.get(client, listed.id)
    sfc_port_chains.delete(client, listed.id)
    url = "/v2.0/sfc/port_chains/1278dcd4-459f-62ed-754b-87fc5e4a6751"
    assert (recorder.seen[0].path, recorder.seen[0].query) == (
        "/v2.0/sfc/port_chains",
        [("chain_id", "7")],
    )
    assert [(s.method, s.path) for s in recorder.seen[1:]] == [("GET", url), ("DELETE", url)]
    assert shown.port_pair_groups == PORT_CHAIN["port_pair_groups"]


FLOW_CLASSIFIER = {
    "id": "4a334cd4-fe9c-4fae-af4b-321c5e2eb051",
    "name": "FC1",
    "description": "Flow rule for classifying TCP traffic",
    "ethertype": "IPv4",
    "protocol": "tcp",
    "source_port_range_min": 100,
    "source_port_range_max": 4000,
    "destination_port_range_min": 80,
    "destination_port_range_max": 80,
    "source_ip_prefix": None,
    "destination_ip_prefix": "22.12.34.45/32",
    "logical_source_port": "dace4513-24fc-4fae-af4b-321c5e2eb3d1",
    "logical_destination_port": None,
    "l7_parameters": {},
    "tenant_id": PROJECT,
    "project_id": PROJECT,
}


def test_flow_classifier_create_and_decode(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"flow_classifier": FLOW_CLASSIFIER})
    fc = sfc_flow_classifiers.create(
        client,
        sfc_flow_classifiers.CreateOpts(
            name="FC1",
            ethertype="IPv4",
            protocol="tcp",
            source_port_range_min=100,
            source_port_range_max=4000,
            destination_port_range_min=80,
            destination_port_range_max=80,
            destination_ip_prefix="22.12.34.45/32",
            logical_source_port="dace4513-24fc-4fae-af4b-321c5e2eb3d1",
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.0/sfc/flow_classifiers")
    assert sent.json == {
        "flow_classifier": {
            "name": "FC1",
            "ethertype": "IPv4",
            "protocol": "tcp",
            "source_port_range_min": 100,
            "source_port_range_max": 4000,
            "destination_port_range_min": 80,
            "destination_port_range_max": 80,
            "destination_ip_prefix": "22.12.34.45/32",
            "logical_source_port": "dace4513-24fc-4fae-af4b-321c5e2eb3d1",
        }
    }
    assert fc.protocol == "tcp"
    assert (fc.destination_port_range_min, fc.destination_port_range_max) == (80, 80)
    assert fc.source_ip_prefix is None
    assert fc.logical_destination_port is None
    assert isinstance(fc.l7_parameters, sfc_flow_classifiers.L7Parameters)


def test_flow_classifier_list_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"flow_classifiers": [FLOW_CLASSIFIER]})
    recorder.reply(
        200,
        {
            "flow_classifier": {
                **FLOW_CLASSIFIER,
                "l7_parameters": {"logical_source_network": "net-1"},
            }
        },
    )
    recorder.reply(200, {"flow_classifier": {**FLOW_CLASSIFIER, "name": "FC-web"}})
    recorder.reply(204)
    (listed,) = list(
        sfc_flow_classifiers.list(
            client,
            sfc_flow_classifiers.ListOpts(
                logical_source_port="dace4513-24fc-4fae-af4b-321c5e2eb3d1", protocol="tcp"
            ),
        )
    )
    shown = sfc_flow_classifiers.get(client, listed.id)
    updated = sfc_flow_classifiers.update(
        client, listed.id, sfc_flow_classifiers.UpdateOpts(name="FC-web")
    )
    sfc_flow_classifiers.delete(client, listed.id)
    url = "/v2.0/sfc/flow_classifiers/4a334cd4-fe9c-4fae-af4b-321c5e2eb051"
    assert sorted(recorder.seen[0].query) == [
        ("logical_source_port", "dace4513-24fc-4fae-af4b-321c5e2eb3d1"),
        ("protocol", "tcp"),
    ]
    assert [(s.method, s.path) for s in recorder.seen[1:]] == [
        ("GET", url),
        ("PUT", url),
        ("DELETE", url),
    ]
    assert recorder.seen[2].json == {"flow_classifier": {"name": "FC-web"}}
    assert isinstance(shown.l7_parameters, sfc_flow_classifiers.L7Parameters)
    assert shown.l7_parameters.logical_source_network == "net-1"
    assert updated.name == "FC-web"


SERVICE_GRAPH = {
    "id": "f5f9a0f5-2b47-4a35-a9b4-37b8a0b7aa60",
    "name": "graph",
    "description": "Branching after PC1",
    "port_chains": {
        "1278dcd4-459f-62ed-754b-87fc5e4a6751": [
            "73e97aad-8c0f-44e3-bee0-c0a641b00b66",
            "1d4ff3a5-5a77-4e1c-9d6c-c2e8e7d6b8e4",
        ]
    },
    "tenant_id": PROJECT,
    "project_id": PROJECT,
}


def test_service_graph_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"service_graph": SERVICE_GRAPH})
    recorder.reply(200, {"service_graph": SERVICE_GRAPH})
    recorder.reply(200, {"service_graph": {**SERVICE_GRAPH, "name": "graph2"}})
    recorder.reply(204)
    graph = sfc_service_graphs.create(
        client,
        sfc_service_graphs.CreateOpts(
            name="graph",
            port_chains={
                "1278dcd4-459f-62ed-754b-87fc5e4a6751": [
                    "73e97aad-8c0f-44e3-bee0-c0a641b00b66",
                    "1d4ff3a5-5a77-4e1c-9d6c-c2e8e7d6b8e4",
                ]
            },
        ),
    )
    shown = sfc_service_graphs.get(client, graph.id)
    updated = sfc_service_graphs.update(
        client, graph.id, sfc_service_graphs.UpdateOpts(name="graph2")
    )
    sfc_service_graphs.delete(client, graph.id)
    url = "/v2.0/sfc/service_graphs/f5f9a0f5-2b47-4a35-a9b4-37b8a0b7aa60"
    assert [(s.method, s.path) for s in recorder.seen] == [
        ("POST", "/v2.0/sfc/service_graphs"),
        ("GET", url),
        ("PUT", url),
        ("DELETE", url),
    ]
    assert recorder.seen[0].json == {
        "service_graph": {"name": "graph", "port_chains": SERVICE_GRAPH["port_chains"]}
    }
    assert recorder.seen[2].json == {"service_graph": {"name": "graph2"}}
    assert shown.port_chains == SERVICE_GRAPH["port_chains"]
    assert updated.name == "graph2"


def test_service_graph_list_and_conflict(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"service_graphs": [SERVICE_GRAPH], "service_graphs_links": []})
    recorder.reply(
        409,
        {
            "NeutronError": {
                "type": "ServiceGraphPortChainInUse",
                "message": "Port Chain 1278dcd4 in use.",
            }
        },
    )
    (listed,) = list(sfc_service_graphs.list(client, sfc_service_graphs.ListOpts(name="graph")))
    assert listed.id == "f5f9a0f5-2b47-4a35-a9b4-37b8a0b7aa60"
    assert (recorder.seen[0].path, recorder.seen[0].query) == (
        "/v2.0/sfc/service_graphs",
        [("name", "graph")],
    )
    with pytest.raises(typedstack.Conflict):
        sfc_port_chains.delete(client, "1278dcd4-459f-62ed-754b-87fc5e4a6751")
