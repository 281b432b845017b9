"""L3 and security group operations the local Neutron cannot serve.

The router's multiple external gateways need the external-gateway-multihoming
extension (an OVN feature, not loaded locally); NDP proxies need a router
whose gateway has an IPv6 address scope; the local Neutron answers the
documented create of a security groups default statefulness record with a
500. For them: the exact request and the decoding of a realistic response
written from the API reference.
"""

from __future__ import annotations

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.network import v2 as network
from typedstack.network.v2 import (
    ndp_proxies,
    routers,
    security_group_rules,
    security_groups_default_statefulness,
)

ROUTER = "915a14a6-867b-4af7-83d1-70efceb146f9"
EXT_A = "ae34051f-aa6c-4c75-abf5-50dc9ac99ef3"
EXT_B = "2b4a1a31-0b5c-4d1e-bf4b-91e4dcb1a7e1"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return network.new_client(provider_with(recorder, {"network": "http://neutron.test"}))


def router_body(gateways: list[dict[str, object]]) -> dict[str, object]:
    return {
        "router": {
            "id": ROUTER,
            "name": "router1",
            "status": "ACTIVE",
            "admin_state_up": True,
            "project_id": "0bd18306d801447bb457a46252d82d13",
            "external_gateway_info": gateways[0] if gateways else None,
            "external_gateways": gateways,
            "enable_default_route_bfd": False,
            "enable_default_route_ecmp": True,
            "routes": [],
            "revision_number": 4,
            "created_at": "2023-05-31T12:00:00Z",
            "updated_at": "2023-05-31T12:05:00Z",
        }
    }


GW_A = {
    "network_id": EXT_A,
    "enable_snat": False,
    "external_fixed_ips": [
        {"ip_address": "172.24.4.10", "subnet_id": "b930d7f6-ceb7-40a0-8b81-a425dd994ccf"}
    ],
}
GW_B = {
    "network_id": EXT_B,
    "enable_snat": False,
    "external_fixed_ips": [
        {"ip_address": "172.24.5.10", "subnet_id": "0c56df5d-ace5-46c8-8f4c-45fa4e334d18"}
    ],
}


def test_external_gateways_added_updated_and_removed(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, router_body([GW_A, GW_B]))
    recorder.reply(200, router_body([GW_A, {**GW_B, "enable_snat": True}]))
    recorder.reply(200, router_body([GW_A]))

    added = routers.add_external_gateways(
        client,
        ROUTER,
        routers.AddExternalGatewaysOpts(
            external_gateways=[
                routers.ExternalGateway(
                    network_id=EXT_B,
                    enable_snat=False,
                    external_fixed_ips=[routers.ExternalFixedIp(ip_address="172.24.5.10")],
                )
            ]
        ),
    )
    routers.update_external_gateways(
        client,
        ROUTER,
        routers.UpdateExternalGatewaysOpts(
            external_gateways=[routers.ExternalGateway(network_id=EXT_B, enable_snat=True)]
        ),
    )
    left = routers.remove_external_gateways(
        client,
        ROUTER,
        routers.RemoveExternalGatewaysOpts(
            external_gateways=[routers.ExternalGateway(network_id=EXT_B)]
        ),
    )

    sent = [(r.method, r.path, r.json) for r in recorder.seen]
    assert sent == [
        (
            "PUT",
            f"/v2.0/routers/{ROUTER}/add_external_gateways",
            {
                "router": {
                    "external_gateways": [
                        {
                            "network_id": EXT_B,
                            "enable_snat": False,
                            "external_fixed_ips": [{"ip_address": "172.24.5.10"}],
                        }
                    ]
                }
            },
        ),
        (
            "PUT",
            f"/v2.0/routers/{ROUTER}/update_external_gateways",
            {"router": {"external_gateways": [{"network_id": EXT_B, "enable_snat": True}]}},
        ),
        (
            "PUT",
            f"/v2.0/routers/{ROUTER}/remove_external_gateways",
            {"router": {"external_gateways": [{"network_id": EXT_B}]}},
        ),
    ]

    assert [g.network_id for g in added.external_gateways or []] == [EXT_A, EXT_B]
    second = (added.external_gateways or [])[1]
    assert second.external_fixed_ips and second.external_fixed_ips[0].ip_address == "172.24.5.10"
    assert added.enable_default_route_ecmp is True and added.enable_default_route_bfd is False
    assert left.external_gateway_info is not None
    assert left.external_gateway_info.network_id == EXT_A
    assert [g.network_id for g in left.external_gateways or []] == [EXT_A]


def test_router_create_with_multihoming_flags(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, router_body([GW_A]))
    router = routers.create(
        client,
        routers.CreateOpts(
            name="router1",
            external_gateway_info=routers.ExternalGateway(network_id=EXT_A, enable_snat=False),
            enable_default_route_ecmp=True,
            enable_default_route_bfd=False,
            availability_zone_hints=["nova"],
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.0/routers")
    assert sent.json == {
        "router": {
            "name": "router1",
            "external_gateway_info": {"network_id": EXT_A, "enable_snat": False},
            "availability_zone_hints": ["nova"],
            "enable_default_route_bfd": False,
            "enable_default_route_ecmp": True,
        }
    }
    assert router.id == ROUTER and router.updated_at is not None
    assert router.updated_at.minute == 5


NDP = {
    "id": "1e9a5d8b-1e1e-4c8e-9a7e-6c51f4e2b1a0",
    "name": "proxy1",
    "description": "",
    "router_id": ROUTER,
    "port_id": "6f4b8b2a-1a2b-4c3d-9e8f-0a1b2c3d4e5f",
    "ip_address": "2001::1:55",
    "project_id": "0bd18306d801447bb457a46252d82d13",
    "tenant_id": "0bd18306d801447bb457a46252d82d13",
    "revision_number": 0,
    "created_at": "2021-05-17T03:10:00Z",
    "updated_at": "2021-05-17T03:10:00Z",
}


def test_ndp_proxy_create_show_update_list_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"ndp_proxy": NDP})
    recorder.reply(200, {"ndp_proxy": NDP})
    recorder.reply(200, {"ndp_proxy": {**NDP, "name": "proxy2", "revision_number": 1}})
    recorder.reply(200, {"ndp_proxies": [NDP]})
    recorder.reply(204)

    made = ndp_proxies.create(
        client,
        ndp_proxies.CreateOpts(
            name="proxy1", router_id=ROUTER, port_id=NDP["port_id"], ip_address="2001::1:55"
        ),
    )
    ndp_proxies.get(client, made.id, ndp_proxies.GetOpts(fields=["id", "ip_address"]))
    renamed = ndp_proxies.update(client, made.id, ndp_proxies.UpdateOpts(name="proxy2"))
    listed = list(ndp_proxies.list(client, ndp_proxies.ListOpts(router_id=ROUTER, limit=10)))
    ndp_proxies.delete(client, made.id)

    seen = recorder.seen
    assert (seen[0].method, seen[0].path) == ("POST", "/v2.0/ndp_proxies")
    assert seen[0].json == {
        "ndp_proxy": {
            "name": "proxy1",
            "router_id": ROUTER,
            "port_id": NDP["port_id"],
            "ip_address": "2001::1:55",
        }
    }
    assert (seen[1].path, seen[1].query) == (
        f"/v2.0/ndp_proxies/{NDP['id']}",
        [("fields", "id"), ("fields", "ip_address")],
    )
    assert (seen[2].method, seen[2].json) == ("PUT", {"ndp_proxy": {"name": "proxy2"}})
    assert seen[3].query == [("router_id", ROUTER), ("limit", "10")]
    assert (seen[4].method, seen[4].path) == ("DELETE", f"/v2.0/ndp_proxies/{NDP['id']}")

    assert made.ip_address == "2001::1:55" and made.router_id == ROUTER
    assert made.created_at is not None and made.created_at.year == 2021
    assert renamed.name == "proxy2" and renamed.revision_number == 1
    assert [p.id for p in listed] == [NDP["id"]]


def test_security_groups_default_statefulness_crud(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    record = {
        "id": "3e7f2a4c-5b6d-4e8f-9a0b-1c2d3e4f5a6b",
        "project_id": "0bd18306d801447bb457a46252d82d13",
        "stateful": False,
    }
    key = "security_groups_default_statefulness"
    recorder.reply(201, {key: record})
    recorder.reply(200, {key: record})
    recorder.reply(200, {key: {**record, "stateful": True}})
    recorder.reply(200, {key: [record]})
    recorder.reply(204)

    mod = security_groups_default_statefulness
    made = mod.create(client, mod.CreateOpts(project_id=record["project_id"], stateful=False))
    shown = mod.get(client, made.id)
    changed = mod.update(client, made.id, mod.UpdateOpts(stateful=True))
    listed = list(mod.list(client, mod.ListOpts(stateful=False)))
    mod.delete(client, made.id)

    base = "/v2.0/security-groups-default-statefulness"
    seen = recorder.seen
    assert [(r.method, r.path) for r in seen] == [
        ("POST", base),
        ("GET", f"{base}/{record['id']}"),
        ("PUT", f"{base}/{record['id']}"),
        ("GET", base),
        ("DELETE", f"{base}/{record['id']}"),
    ]
    assert seen[0].json == {key: {"project_id": record["project_id"], "stateful": False}}
    assert seen[2].json == {key: {"stateful": True}}
    assert seen[3].query == [("stateful", "false")]
    assert made.stateful is False and shown.project_id == record["project_id"]
    assert changed.stateful is True and [r.id for r in listed] == [record["id"]]


def test_security_group_rule_options_refuse_unknown_direction() -> None:
    with pytest.raises(typedstack.InvalidOptions):
        security_group_rules.CreateOpts(security_group_id="sg", direction="inbound")  # type: ignore[arg-type]
