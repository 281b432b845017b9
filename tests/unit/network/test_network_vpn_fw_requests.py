"""VPNaaS and FWaaS v2 operations: the local Neutron loads neither service plugin.

For each resource: the exact request (method, path, query, JSON body) and
the decoding of a realistic response written from the API reference and
the services' own serialisation (FWaaS v2 gives a rule's policies as a
list), including pagination through ``<plural>_links``.
"""

from __future__ import annotations

from typing import Any

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.network import v2 as network
from typedstack.network.v2 import (
    firewall_groups,
    firewall_policies,
    firewall_rules,
    vpn_endpoint_groups,
    vpn_ike_policies,
    vpn_ipsec_policies,
    vpn_ipsec_site_connections,
    vpn_services,
)

NEUTRON = "http://neutron.test"
V2 = f"{NEUTRON}/v2.0"
PROJECT = "10039663455a446d8ba2cbb058b0f578"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def net(recorder: Recorder) -> typedstack.ServiceClient:
    return network.new_client(provider_with(recorder, {"network": NEUTRON}))


def page(key: str, items: list[dict[str, Any]], next_query: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {key: items}
    if next_query is not None:
        body[f"{key}_links"] = [
            {"rel": "next", "href": f"{V2}/{next_query}"},
            {"rel": "previous", "href": f"{V2}/{next_query}&page_reverse=True"},
        ]
    return body


# --- VPNaaS: IKE policies -------------------------------------------------------------

IKE_POLICY = {
    "id": "5522aff7-1b3c-48dd-9c3c-b50f016b73db",
    "name": "ikepolicy1",
    "description": "",
    "project_id": PROJECT,
    "tenant_id": PROJECT,
    "auth_algorithm": "sha256",
    "encryption_algorithm": "aes-256",
    "pfs": "group14",
    "phase1_negotiation_mode": "main",
    "lifetime": {"units": "seconds", "value": 7200},
    "ike_version": "v2",
}


def test_ike_policy_create_sends_the_lifetime_object(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"ikepolicy": IKE_POLICY})
    opts = vpn_ike_policies.CreateOpts(
        name="ikepolicy1",
        auth_algorithm="sha256",
        encryption_algorithm="aes-256",
        pfs="group14",
        ike_version="v2",
        lifetime=vpn_ike_policies.Lifetime(units="seconds", value=7200),
    )
    policy = vpn_ike_policies.create(net, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.url) == ("POST", f"{V2}/vpn/ikepolicies")
    assert sent.json == {
        "ikepolicy": {
            "name": "ikepolicy1",
            "auth_algorithm": "sha256",
            "encryption_algorithm": "aes-256",
            "pfs": "group14",
            "ike_version": "v2",
            "lifetime": {"units": "seconds", "value": 7200},
        }
    }
    assert policy.id == "5522aff7-1b3c-48dd-9c3c-b50f016b73db"
    assert policy.ike_version == "v2"
    assert isinstance(policy.lifetime, vpn_ike_policies.Lifetime)
    assert (policy.lifetime.units, policy.lifetime.value) == ("seconds", 7200)


def test_ike_policy_list_filters_and_follows_the_next_link(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    second = dict(IKE_POLICY, id="b2", name="ikepolicy2")
    recorder.reply(
        200,
        page("ikepolicies", [IKE_POLICY], "vpn/ikepolicies?limit=1&marker=" + IKE_POLICY["id"]),
    )
    recorder.reply(200, page("ikepolicies", [second]))
    opts = vpn_ike_policies.ListOpts(ike_version="v2", limit=1, fields=["id", "name"])
    got = list(vpn_ike_policies.list(net, opts))
    assert [p.name for p in got] == ["ikepolicy1", "ikepolicy2"]
    first, follow = recorder.seen
    assert (first.method, first.path) == ("GET", "/v2.0/vpn/ikepolicies")
    assert sorted(first.query) == [
        ("fields", "id"),
        ("fields", "name"),
        ("ike_version", "v2"),
        ("limit", "1"),
    ]
    assert follow.path == "/v2.0/vpn/ikepolicies"
    assert follow.query == [("limit", "1"), ("marker", IKE_POLICY["id"])]


def test_ike_policy_get_update_delete(recorder: Recorder, net: typedstack.ServiceClient) -> None:
    recorder.reply(200, {"ikepolicy": IKE_POLICY})
    recorder.reply(200, {"ikepolicy": dict(IKE_POLICY, pfs="group19")})
    recorder.reply(204)
    pid = IKE_POLICY["id"]
    assert vpn_ike_policies.get(net, pid).pfs == "group14"
    updated = vpn_ike_policies.update(
        net,
        pid,
        vpn_ike_policies.UpdateOpts(pfs="group19", lifetime=vpn_ike_policies.Lifetime(value=3600)),
    )
    assert vpn_ike_policies.delete(net, pid) is None
    get, put, delete = recorder.seen
    assert (get.method, get.path) == ("GET", f"/v2.0/vpn/ikepolicies/{pid}")
    assert (put.method, put.path) == ("PUT", f"/v2.0/vpn/ikepolicies/{pid}")
    assert put.json == {"ikepolicy": {"pfs": "group19", "lifetime": {"value": 3600}}}
    assert updated.pfs == "group19"
    assert (delete.method, delete.path, delete.body) == (
        "DELETE",
        f"/v2.0/vpn/ikepolicies/{pid}",
        None,
    )


# --- VPNaaS: IPsec policies -----------------------------------------------------------

IPSEC_POLICY = {
    "id": "5291b189-fd84-46e5-84bd-78f40c05d69c",
    "name": "ipsecpolicy1",
    "description": "",
    "project_id": PROJECT,
    "tenant_id": PROJECT,
    "transform_protocol": "esp",
    "auth_algorithm": "sha1",
    "encapsulation_mode": "tunnel",
    "encryption_algorithm": "aes-128",
    "pfs": "group5",
    "lifetime": {"units": "seconds", "value": 7200},
}


def test_ipsec_policy_create_list_update_delete(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    pid = IPSEC_POLICY["id"]
    recorder.reply(201, {"ipsecpolicy": IPSEC_POLICY})
    recorder.reply(
        200, page("ipsecpolicies", [IPSEC_POLICY], f"vpn/ipsecpolicies?limit=1&marker={pid}")
    )
    recorder.reply(200, page("ipsecpolicies", []))
    recorder.reply(200, {"ipsecpolicy": dict(IPSEC_POLICY, encapsulation_mode="transport")})
    recorder.reply(204)

    created = vpn_ipsec_policies.create(
        net,
        vpn_ipsec_policies.CreateOpts(
            name="ipsecpolicy1",
            transform_protocol="esp",
            encapsulation_mode="tunnel",
            lifetime=vpn_ike_policies.Lifetime(units="seconds", value=7200),
        ),
    )
    listed = list(
        vpn_ipsec_policies.list(
            net, vpn_ipsec_policies.ListOpts(transform_protocol="esp", limit=1)
        )
    )
    updated = vpn_ipsec_policies.update(
        net, pid, vpn_ipsec_policies.UpdateOpts(encapsulation_mode="transport")
    )
    vpn_ipsec_policies.delete(net, pid)

    create, first, second, put, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2.0/vpn/ipsecpolicies")
    assert create.json == {
        "ipsecpolicy": {
            "name": "ipsecpolicy1",
            "transform_protocol": "esp",
            "encapsulation_mode": "tunnel",
            "lifetime": {"units": "seconds", "value": 7200},
        }
    }
    assert created.lifetime is not None and created.lifetime.value == 7200
    assert created.encryption_algorithm == "aes-128"
    assert [p.id for p in listed] == [pid]
    assert sorted(first.query) == [("limit", "1"), ("transform_protocol", "esp")]
    assert second.query == [("limit", "1"), ("marker", pid)]
    assert (put.method, put.path) == ("PUT", f"/v2.0/vpn/ipsecpolicies/{pid}")
    assert put.json == {"ipsecpolicy": {"encapsulation_mode": "transport"}}
    assert updated.encapsulation_mode == "transport"
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/vpn/ipsecpolicies/{pid}")


# --- VPNaaS: VPN services -------------------------------------------------------------

VPN_SERVICE = {
    "id": "5c561d9d-eaea-45f6-ae3e-08d1a7080828",
    "name": "myservice",
    "description": "",
    "router_id": "66e3b16c-8ce5-40fb-bb49-ab6d8dc3f2aa",
    "subnet_id": None,
    "flavor_id": None,
    "status": "PENDING_CREATE",
    "admin_state_up": True,
    "external_v4_ip": "172.32.1.11",
    "external_v6_ip": "2001:db8::1",
    "project_id": PROJECT,
    "tenant_id": PROJECT,
}


def test_vpn_service_create_decodes_external_addresses(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"vpnservice": VPN_SERVICE})
    service = vpn_services.create(
        net,
        vpn_services.CreateOpts(
            router_id="66e3b16c-8ce5-40fb-bb49-ab6d8dc3f2aa", name="myservice", subnet_id=None
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.0/vpn/vpnservices")
    assert sent.json == {
        "vpnservice": {
            "router_id": "66e3b16c-8ce5-40fb-bb49-ab6d8dc3f2aa",
            "subnet_id": None,
            "name": "myservice",
        }
    }
    assert service.status == "PENDING_CREATE"
    assert service.subnet_id is None and service.flavor_id is None
    assert (service.external_v4_ip, service.external_v6_ip) == ("172.32.1.11", "2001:db8::1")


def test_vpn_service_create_needs_a_router() -> None:
    with pytest.raises(TypeError):
        vpn_services.CreateOpts(name="no-router")  # type: ignore[call-arg]


def test_vpn_service_list_update_delete(recorder: Recorder, net: typedstack.ServiceClient) -> None:
    sid = VPN_SERVICE["id"]
    other = dict(VPN_SERVICE, id="7a1b", name="second", status="ACTIVE")
    recorder.reply(
        200, page("vpnservices", [VPN_SERVICE], f"vpn/vpnservices?limit=1&marker={sid}")
    )
    recorder.reply(200, page("vpnservices", [other]))
    recorder.reply(200, {"vpnservice": dict(VPN_SERVICE, admin_state_up=False, status="DOWN")})
    recorder.reply(204)

    got = list(
        vpn_services.list(
            net,
            vpn_services.ListOpts(
                router_id=VPN_SERVICE["router_id"], limit=1, sort_key=["name"], sort_dir=["asc"]
            ),
        )
    )
    updated = vpn_services.update(net, sid, vpn_services.UpdateOpts(admin_state_up=False))
    vpn_services.delete(net, sid)

    first, follow, put, delete = recorder.seen
    assert [s.status for s in got] == ["PENDING_CREATE", "ACTIVE"]
    assert sorted(first.query) == [
        ("limit", "1"),
        ("router_id", VPN_SERVICE["router_id"]),
        ("sort_dir", "asc"),
        ("sort_key", "name"),
    ]
    assert follow.query == [("limit", "1"), ("marker", sid)]
    assert (put.method, put.path) == ("PUT", f"/v2.0/vpn/vpnservices/{sid}")
    assert put.json == {"vpnservice": {"admin_state_up": False}}
    assert updated.admin_state_up is False and updated.status == "DOWN"
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/vpn/vpnservices/{sid}")


# --- VPNaaS: endpoint groups ----------------------------------------------------------

ENDPOINT_GROUP = {
    "id": "6ecd9cf3-ca64-46c7-863f-f2eb1b9e838a",
    "name": "peers",
    "description": "",
    "project_id": "4ad57e7ce0b24fca8f12b9834d91079d",
    "tenant_id": "4ad57e7ce0b24fca8f12b9834d91079d",
    "type": "cidr",
    "endpoints": ["10.2.0.0/24", "10.3.0.0/24"],
}


def test_endpoint_group_create_list_update_delete(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    gid = ENDPOINT_GROUP["id"]
    local = dict(
        ENDPOINT_GROUP, id="3e18", name="locals", type="subnet", endpoints=["a1b2c3d4-subnet"]
    )
    recorder.reply(201, {"endpoint_group": ENDPOINT_GROUP})
    recorder.reply(
        200, page("endpoint_groups", [ENDPOINT_GROUP], f"vpn/endpoint-groups?limit=1&marker={gid}")
    )
    recorder.reply(200, page("endpoint_groups", [local]))
    recorder.reply(200, {"endpoint_group": dict(ENDPOINT_GROUP, description="remote site")})
    recorder.reply(204)

    created = vpn_endpoint_groups.create(
        net,
        vpn_endpoint_groups.CreateOpts(
            type="cidr", endpoints=["10.2.0.0/24", "10.3.0.0/24"], name="peers"
        ),
    )
    listed = list(vpn_endpoint_groups.list(net, vpn_endpoint_groups.ListOpts(limit=1)))
    updated = vpn_endpoint_groups.update(
        net, gid, vpn_endpoint_groups.UpdateOpts(description="remote site")
    )
    vpn_endpoint_groups.delete(net, gid)

    create, first, follow, put, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2.0/vpn/endpoint-groups")
    assert create.json == {
        "endpoint_group": {
            "type": "cidr",
            "endpoints": ["10.2.0.0/24", "10.3.0.0/24"],
            "name": "peers",
        }
    }
    assert created.endpoints == ["10.2.0.0/24", "10.3.0.0/24"]
    assert [(g.name, g.type) for g in listed] == [("peers", "cidr"), ("locals", "subnet")]
    assert (first.path, first.query) == ("/v2.0/vpn/endpoint-groups", [("limit", "1")])
    assert follow.query == [("limit", "1"), ("marker", gid)]
    assert (put.method, put.path) == ("PUT", f"/v2.0/vpn/endpoint-groups/{gid}")
    assert put.json == {"endpoint_group": {"description": "remote site"}}
    assert updated.description == "remote site"
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/vpn/endpoint-groups/{gid}")


def test_endpoint_group_type_is_checked_before_sending(recorder: Recorder) -> None:
    with pytest.raises(typedstack.InvalidOptions, match="prefix"):
        vpn_endpoint_groups.CreateOpts(type="prefix", endpoints=["10.0.0.0/8"])  # type: ignore[arg-type]
    assert recorder.seen == []


# --- VPNaaS: IPsec site connections ---------------------------------------------------

CONNECTION = {
    "id": "851f280f-5639-4ea3-81aa-e298525ab74b",
    "name": "vpnconnection1",
    "description": "",
    "status": "DOWN",
    "psk": "secret",
    "initiator": "bi-directional",
    "admin_state_up": True,
    "project_id": PROJECT,
    "tenant_id": PROJECT,
    "auth_mode": "psk",
    "peer_cidrs": [],
    "mtu": 1500,
    "peer_ep_group_id": "9ad5a7e0-6dac-41b4-b20d-a7b8645fddf1",
    "local_ep_group_id": "3e1815dd-e212-43d0-8f13-b494fa553e68",
    "ikepolicy_id": "9b00d6b0-6c93-4ca5-9747-b8ade7bb514f",
    "ipsecpolicy_id": "e6e23d0c-9519-4d52-8ea4-5b1f96d857b1",
    "vpnservice_id": "5c561d9d-eaea-45f6-ae3e-08d1a7080828",
    "dpd": {"action": "hold", "interval": 30, "timeout": 120},
    "route_mode": "static",
    "peer_address": "172.24.4.226",
    "peer_id": "172.24.4.226",
    "local_id": "",
}


def test_ipsec_site_connection_create_with_endpoint_groups_and_dpd(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"ipsec_site_connection": CONNECTION})
    opts = vpn_ipsec_site_connections.CreateOpts(
        vpnservice_id=CONNECTION["vpnservice_id"],
        ikepolicy_id=CONNECTION["ikepolicy_id"],
        ipsecpolicy_id=CONNECTION["ipsecpolicy_id"],
        peer_address="172.24.4.226",
        peer_id="172.24.4.226",
        psk="secret",
        local_ep_group_id=CONNECTION["local_ep_group_id"],
        peer_ep_group_id=CONNECTION["peer_ep_group_id"],
        name="vpnconnection1",
        dpd=vpn_ipsec_site_connections.Dpd(action="hold", interval=30, timeout=120),
    )
    assert "secret" not in repr(opts)
    conn = vpn_ipsec_site_connections.create(net, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.0/vpn/ipsec-site-connections")
    assert sent.json == {
        "ipsec_site_connection": {
            "vpnservice_id": "5c561d9d-eaea-45f6-ae3e-08d1a7080828",
            "ikepolicy_id": "9b00d6b0-6c93-4ca5-9747-b8ade7bb514f",
            "ipsecpolicy_id": "e6e23d0c-9519-4d52-8ea4-5b1f96d857b1",
            "peer_address": "172.24.4.226",
            "peer_id": "172.24.4.226",
            "psk": "secret",
            "local_ep_group_id": "3e1815dd-e212-43d0-8f13-b494fa553e68",
            "peer_ep_group_id": "9ad5a7e0-6dac-41b4-b20d-a7b8645fddf1",
            "name": "vpnconnection1",
            "dpd": {"action": "hold", "interval": 30, "timeout": 120},
        }
    }
    assert conn.psk == "secret" and "secret" not in repr(conn)
    assert conn.dpd is not None
    assert (conn.dpd.action, conn.dpd.interval, conn.dpd.timeout) == ("hold", 30, 120)
    assert (conn.route_mode, conn.auth_mode, conn.mtu) == ("static", "psk", 1500)
    assert conn.peer_cidrs == [] and conn.status == "DOWN"


def test_ipsec_site_connection_list_update_delete(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    cid = CONNECTION["id"]
    legacy = dict(
        CONNECTION,
        id="aa11",
        name="legacy",
        peer_cidrs=["10.1.0.0/24"],
        local_ep_group_id=None,
        peer_ep_group_id=None,
        status="ACTIVE",
    )
    recorder.reply(
        200,
        page(
            "ipsec_site_connections",
            [CONNECTION],
            f"vpn/ipsec-site-connections?limit=1&marker={cid}",
        ),
    )
    recorder.reply(200, page("ipsec_site_connections", [legacy]))
    recorder.reply(
        200,
        {
            "ipsec_site_connection": dict(
                CONNECTION, mtu=1400, dpd=dict(CONNECTION["dpd"], timeout=60)
            )
        },
    )
    recorder.reply(204)

    got = list(
        vpn_ipsec_site_connections.list(
            net,
            vpn_ipsec_site_connections.ListOpts(
                vpnservice_id=CONNECTION["vpnservice_id"], limit=1
            ),
        )
    )
    updated = vpn_ipsec_site_connections.update(
        net,
        cid,
        vpn_ipsec_site_connections.UpdateOpts(
            mtu=1400, dpd=vpn_ipsec_site_connections.Dpd(timeout=60), initiator="response-only"
        ),
    )
    vpn_ipsec_site_connections.delete(net, cid)

    first, follow, put, delete = recorder.seen
    assert [c.name for c in got] == ["vpnconnection1", "legacy"]
    assert got[1].local_ep_group_id is None and got[1].peer_cidrs == ["10.1.0.0/24"]
    assert sorted(first.query) == [
        ("limit", "1"),
        ("vpnservice_id", CONNECTION["vpnservice_id"]),
    ]
    assert (first.path, follow.path) == (
        "/v2.0/vpn/ipsec-site-connections",
        "/v2.0/vpn/ipsec-site-connections",
    )
    assert follow.query == [("limit", "1"), ("marker", cid)]
    assert (put.method, put.path) == ("PUT", f"/v2.0/vpn/ipsec-site-connections/{cid}")
    assert put.json == {
        "ipsec_site_connection": {
            "mtu": 1400,
            "initiator": "response-only",
            "dpd": {"timeout": 60},
        }
    }
    assert updated.mtu == 1400 and updated.dpd is not None and updated.dpd.timeout == 60
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/vpn/ipsec-site-connections/{cid}")


def test_missing_connection_is_not_found(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    recorder.reply(
        404,
        {
            "NeutronError": {
                "type": "IPsecSiteConnectionNotFound",
                "message": "ipsec_site_connection nope could not be found",
                "detail": "",
            }
        },
    )
    with pytest.raises(typedstack.NotFound):
        vpn_ipsec_site_connections.get(net, "nope")
    assert recorder.seen[0].path == "/v2.0/vpn/ipsec-site-connections/nope"


# --- FWaaS v2: firewall rules ---------------------------------------------------------

RULE = {
    "id": "8722e0e0-9cc9-4490-9660-8c9a5732fbb0",
    "name": "ALLOW_HTTP",
    "description": "",
    "action": "allow",
    "destination_ip_address": None,
    "destination_port": "80",
    "enabled": True,
    "firewall_policy_id": None,
    "ip_version": 4,
    "project_id": "45977fa2dbd7482098dd68d0d8970117",
    "tenant_id": "45977fa2dbd7482098dd68d0d8970117",
    "protocol": "tcp",
    "shared": False,
    "source_ip_address": None,
    "source_port": None,
}


def test_firewall_rule_create_and_show_with_its_policies(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"firewall_rule": RULE})
    recorder.reply(
        200, {"firewall_rule": dict(RULE, firewall_policy_id=["c69933c1-b472-44f9-8226"])}
    )
    created = firewall_rules.create(
        net,
        firewall_rules.CreateOpts(
            name="ALLOW_HTTP", protocol="tcp", destination_port="80", action="allow", ip_version=4
        ),
    )
    shown = firewall_rules.get(net, RULE["id"])
    create, get = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2.0/fwaas/firewall_rules")
    assert create.json == {
        "firewall_rule": {
            "name": "ALLOW_HTTP",
            "protocol": "tcp",
            "ip_version": 4,
            "destination_port": "80",
            "action": "allow",
        }
    }
    assert created.firewall_policy_id is None
    assert (created.protocol, created.destination_port, created.source_port) == ("tcp", "80", None)
    assert (get.method, get.path) == ("GET", f"/v2.0/fwaas/firewall_rules/{RULE['id']}")
    assert shown.firewall_policy_id == ["c69933c1-b472-44f9-8226"]


def test_firewall_rule_list_update_delete(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    rid = RULE["id"]
    deny = dict(
        RULE, id="d1", name="DENY_ALL", action="deny", protocol=None, destination_port=None
    )
    recorder.reply(
        200, page("firewall_rules", [RULE], f"fwaas/firewall_rules?limit=1&marker={rid}")
    )
    recorder.reply(200, page("firewall_rules", [deny]))
    recorder.reply(200, {"firewall_rule": dict(RULE, protocol=None, destination_port=None)})
    recorder.reply(204)

    got = list(
        firewall_rules.list(net, firewall_rules.ListOpts(enabled=True, ip_version=4, limit=1))
    )
    updated = firewall_rules.update(
        net, rid, firewall_rules.UpdateOpts(protocol=None, destination_port=None)
    )
    firewall_rules.delete(net, rid)

    first, follow, put, delete = recorder.seen
    assert [(r.name, r.action, r.protocol) for r in got] == [
        ("ALLOW_HTTP", "allow", "tcp"),
        ("DENY_ALL", "deny", None),
    ]
    assert sorted(first.query) == [("enabled", "true"), ("ip_version", "4"), ("limit", "1")]
    assert follow.query == [("limit", "1"), ("marker", rid)]
    assert (put.method, put.path) == ("PUT", f"/v2.0/fwaas/firewall_rules/{rid}")
    assert put.json == {"firewall_rule": {"protocol": None, "destination_port": None}}
    assert updated.protocol is None
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/fwaas/firewall_rules/{rid}")


# --- FWaaS v2: firewall policies ------------------------------------------------------

POLICY = {
    "id": "c69933c1-b472-44f9-8226-30dc4ffd454c",
    "name": "test-policy",
    "description": "",
    "audited": False,
    "firewall_rules": ["8722e0e0-9cc9-4490-9660-8c9a5732fbb0"],
    "shared": False,
    "project_id": "45977fa2dbd7482098dd68d0d8970117",
    "tenant_id": "45977fa2dbd7482098dd68d0d8970117",
}


def test_firewall_policy_create_list_update_delete(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    pid = POLICY["id"]
    recorder.reply(201, {"firewall_policy": POLICY})
    recorder.reply(
        200, page("firewall_policies", [POLICY], f"fwaas/firewall_policies?limit=1&marker={pid}")
    )
    recorder.reply(200, page("firewall_policies", [dict(POLICY, id="p2", name="second")]))
    recorder.reply(200, {"firewall_policy": dict(POLICY, audited=True)})
    recorder.reply(204)

    created = firewall_policies.create(
        net,
        firewall_policies.CreateOpts(name="test-policy", firewall_rules=POLICY["firewall_rules"]),
    )
    listed = list(
        firewall_policies.list(net, firewall_policies.ListOpts(name="test-policy", limit=1))
    )
    updated = firewall_policies.update(net, pid, firewall_policies.UpdateOpts(audited=True))
    firewall_policies.delete(net, pid)

    create, first, follow, put, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2.0/fwaas/firewall_policies")
    assert create.json == {
        "firewall_policy": {
            "name": "test-policy",
            "firewall_rules": ["8722e0e0-9cc9-4490-9660-8c9a5732fbb0"],
        }
    }
    assert created.firewall_rules == ["8722e0e0-9cc9-4490-9660-8c9a5732fbb0"]
    assert created.audited is False
    assert [p.id for p in listed] == [pid, "p2"]
    assert sorted(first.query) == [("limit", "1"), ("name", "test-policy")]
    assert follow.query == [("limit", "1"), ("marker", pid)]
    assert put.json == {"firewall_policy": {"audited": True}}
    assert updated.audited is True
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/fwaas/firewall_policies/{pid}")


def test_firewall_policy_insert_and_remove_rule_are_unwrapped(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    pid = POLICY["id"]
    new_rule = "acbdfead-eca2-4456-838c-8b531e47b9c7"
    recorder.reply(200, dict(POLICY, firewall_rules=[new_rule, *POLICY["firewall_rules"]]))
    recorder.reply(200, dict(POLICY, firewall_rules=POLICY["firewall_rules"]))

    after_insert = firewall_policies.insert_rule(
        net,
        pid,
        firewall_policies.InsertRuleOpts(
            firewall_rule_id=new_rule, insert_before=POLICY["firewall_rules"][0]
        ),
    )
    after_remove = firewall_policies.remove_rule(
        net, pid, firewall_policies.RemoveRuleOpts(firewall_rule_id=new_rule)
    )

    insert, remove = recorder.seen
    assert (insert.method, insert.path) == (
        "PUT",
        f"/v2.0/fwaas/firewall_policies/{pid}/insert_rule",
    )
    assert insert.json == {
        "firewall_rule_id": new_rule,
        "insert_before": "8722e0e0-9cc9-4490-9660-8c9a5732fbb0",
    }
    assert after_insert.firewall_rules == [new_rule, "8722e0e0-9cc9-4490-9660-8c9a5732fbb0"]
    assert (remove.method, remove.path) == (
        "PUT",
        f"/v2.0/fwaas/firewall_policies/{pid}/remove_rule",
    )
    assert remove.json == {"firewall_rule_id": new_rule}
    assert after_remove.firewall_rules == ["8722e0e0-9cc9-4490-9660-8c9a5732fbb0"]


def test_insert_rule_needs_the_rule_id() -> None:
    with pytest.raises(TypeError):
        firewall_policies.InsertRuleOpts(insert_after="x")  # type: ignore[call-arg]


# --- FWaaS v2: firewall groups --------------------------------------------------------

GROUP = {
    "id": "07411bda-0147-418b-af05-c8665630d937",
    "name": "fwg-web",
    "description": "",
    "admin_state_up": True,
    "ingress_firewall_policy_id": POLICY["id"],
    "egress_firewall_policy_id": None,
    "ports": ["3b7c8ab7-b1a5-4b8a-9a3d-2a7e2e1a9c11"],
    "project_id": "96108b04417b416e9b9bc788c11c42c9",
    "tenant_id": "96108b04417b416e9b9bc788c11c42c9",
    "shared": False,
    "status": "PENDING_CREATE",
}


def test_firewall_group_create_with_ports_and_policies(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"firewall_group": GROUP})
    group = firewall_groups.create(
        net,
        firewall_groups.CreateOpts(
            name="fwg-web",
            ingress_firewall_policy_id=POLICY["id"],
            ports=GROUP["ports"],
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2.0/fwaas/firewall_groups")
    assert sent.json == {
        "firewall_group": {
            "name": "fwg-web",
            "ingress_firewall_policy_id": POLICY["id"],
            "ports": ["3b7c8ab7-b1a5-4b8a-9a3d-2a7e2e1a9c11"],
        }
    }
    assert group.ingress_firewall_policy_id == POLICY["id"]
    assert group.egress_firewall_policy_id is None
    assert group.ports == ["3b7c8ab7-b1a5-4b8a-9a3d-2a7e2e1a9c11"]
    assert group.status == "PENDING_CREATE"


def test_firewall_group_list_update_clears_policy_and_ports_delete(
    recorder: Recorder, net: typedstack.ServiceClient
) -> None:
    gid = GROUP["id"]
    inactive = dict(GROUP, id="g2", name="fwg-db", ports=[], status="INACTIVE")
    recorder.reply(
        200, page("firewall_groups", [GROUP], f"fwaas/firewall_groups?limit=1&marker={gid}")
    )
    recorder.reply(200, page("firewall_groups", [inactive]))
    recorder.reply(
        200,
        {
            "firewall_group": dict(
                GROUP, ingress_firewall_policy_id=None, ports=[], status="INACTIVE"
            )
        },
    )
    recorder.reply(204)

    got = list(
        firewall_groups.list(
            net,
            firewall_groups.ListOpts(
                ingress_firewall_policy_id=POLICY["id"], admin_state_up=True, limit=1
            ),
        )
    )
    updated = firewall_groups.update(
        net, gid, firewall_groups.UpdateOpts(ingress_firewall_policy_id=None, ports=[])
    )
    firewall_groups.delete(net, gid)

    first, follow, put, delete = recorder.seen
    assert [(g.name, g.status) for g in got] == [
        ("fwg-web", "PENDING_CREATE"),
        ("fwg-db", "INACTIVE"),
    ]
    assert sorted(first.query) == [
        ("admin_state_up", "true"),
        ("ingress_firewall_policy_id", POLICY["id"]),
        ("limit", "1"),
    ]
    assert follow.query == [("limit", "1"), ("marker", gid)]
    assert (put.method, put.path) == ("PUT", f"/v2.0/fwaas/firewall_groups/{gid}")
    assert put.json == {"firewall_group": {"ingress_firewall_policy_id": None, "ports": []}}
    assert updated.ingress_firewall_policy_id is None and updated.ports == []
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/fwaas/firewall_groups/{gid}")
