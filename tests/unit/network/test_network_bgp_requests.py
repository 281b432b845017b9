"""BGP dynamic routing and BGP VPN operations, which the local Neutron does not load.

neutron-dynamic-routing (BGP speakers, peers, DR agent scheduling) and
networking-bgpvpn (BGP VPNs and their network, router and port
associations) are separate projects. For each resource: the exact request
(method, path, query, JSON body) and the decoding of a realistic answer
written from the API reference's examples.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.network import v2 as network
from typedstack.network.v2 import (
    bgp_peers,
    bgp_speakers,
    bgpvpn_network_associations,
    bgpvpn_port_associations,
    bgpvpn_router_associations,
    bgpvpns,
)
from typedstack.runtime import UNSET

NEUTRON = "http://neutron.test"
PROJECT = "34a6e17a48cf414ebc890367bf42266b"
SPEAKER_ID = "5e08db80-db77-4b5c-a56d-dbca0b284f2c"
PEER_ID = "a7193581-a31c-4ea5-8218-b3052758461f"
NETWORK_ID = "f2269b61-6755-4174-8f64-5e9e8f5c6a9b"
AGENT_ID = "af216618-29d3-4ee7-acab-725bdc90e614"
BGPVPN_ID = "460ac411-3dfb-45bb-8116-ed1a7233d143"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return network.new_client(provider_with(recorder, {"network": NEUTRON}))


def speaker(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "peers": [],
        "name": "bgp-speaker",
        "tenant_id": PROJECT,
        "project_id": PROJECT,
        "local_as": 1000,
        "advertise_tenant_networks": True,
        "networks": [],
        "ip_version": 4,
        "advertise_floating_ip_host_routes": True,
        "id": SPEAKER_ID,
    }
    body.update(overrides)
    return body


# ------------------------------------------------------------------ BGP speakers


def test_speaker_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"bgp_speaker": speaker()})
    recorder.reply(200, {"bgp_speaker": speaker(peers=[PEER_ID], networks=[NETWORK_ID])})
    recorder.reply(200, {"bgp_speaker": speaker(name="edge", advertise_tenant_networks=False)})
    recorder.reply(204)

    created = bgp_speakers.create(
        client,
        bgp_speakers.CreateOpts(
            name="bgp-speaker", local_as=1000, ip_version=4, advertise_tenant_networks=True
        ),
    )
    shown = bgp_speakers.get(client, SPEAKER_ID)
    updated = bgp_speakers.update(
        client, SPEAKER_ID, bgp_speakers.UpdateOpts(name="edge", advertise_tenant_networks=False)
    )
    bgp_speakers.delete(client, SPEAKER_ID)

    create, show, update, delete = recorder.seen
    assert (create.method, create.url) == ("POST", f"{NEUTRON}/v2.0/bgp-speakers")
    assert create.json == {
        "bgp_speaker": {
            "name": "bgp-speaker",
            "local_as": 1000,
            "ip_version": 4,
            "advertise_tenant_networks": True,
        }
    }
    assert (show.method, show.path) == ("GET", f"/v2.0/bgp-speakers/{SPEAKER_ID}")
    assert (update.method, update.path) == ("PUT", f"/v2.0/bgp-speakers/{SPEAKER_ID}")
    assert update.json == {"bgp_speaker": {"name": "edge", "advertise_tenant_networks": False}}
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/bgp-speakers/{SPEAKER_ID}")

    assert created.id == SPEAKER_ID
    assert (created.local_as, created.ip_version) == (1000, 4)
    assert created.advertise_floating_ip_host_routes is True
    assert created.peers == [] and created.project_id == PROJECT
    assert (shown.peers, shown.networks) == ([PEER_ID], [NETWORK_ID])
    assert (updated.name, updated.advertise_tenant_networks) == ("edge", False)


def test_speaker_create_refuses_an_unknown_ip_version() -> None:
    with pytest.raises(typedstack.InvalidOptions, match="ip_version"):
        bgp_speakers.CreateOpts(local_as=1000, ip_version=5)  # type: ignore[arg-type]


def test_speaker_list_filters_and_follows_pages(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    second = "b759b2a1-27f4-4a6b-bb61-f2c9a22c9902"
    recorder.reply(
        200,
        {
            "bgp_speakers": [speaker()],
            "bgp_speakers_links": [
                {
                    "rel": "next",
                    "href": f"{NEUTRON}/v2.0/bgp-speakers?limit=1&marker={SPEAKER_ID}",
                }
            ],
        },
    )
    recorder.reply(200, {"bgp_speakers": [speaker(id=second, ip_version=6)]})
    items = list(
        bgp_speakers.list(
            client,
            bgp_speakers.ListOpts(
                ip_version=4, local_as=1000, limit=1, fields=["id", "ip_version"]
            ),
        )
    )
    assert [s.id for s in items] == [SPEAKER_ID, second]
    assert [s.ip_version for s in items] == [4, 6]
    first_call, next_call = recorder.seen
    assert first_call.path == "/v2.0/bgp-speakers"
    assert first_call.query == [
        ("local_as", "1000"),
        ("ip_version", "4"),
        ("limit", "1"),
        ("fields", "id"),
        ("fields", "ip_version"),
    ]
    assert ("marker", SPEAKER_ID) in next_call.query


def test_speaker_peers_and_gateway_networks(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"bgp_peer_id": PEER_ID})
    recorder.reply(200, {"bgp_peer_id": PEER_ID})
    recorder.reply(200, {"network_id": NETWORK_ID})
    recorder.reply(200, {"network_id": NETWORK_ID})

    added = bgp_speakers.add_bgp_peer(
        client, SPEAKER_ID, bgp_speakers.AddBgpPeerOpts(bgp_peer_id=PEER_ID)
    )
    removed = bgp_speakers.remove_bgp_peer(
        client, SPEAKER_ID, bgp_speakers.RemoveBgpPeerOpts(bgp_peer_id=PEER_ID)
    )
    bound = bgp_speakers.add_gateway_network(
        client, SPEAKER_ID, bgp_speakers.AddGatewayNetworkOpts(network_id=NETWORK_ID)
    )
    unbound = bgp_speakers.remove_gateway_network(
        client, SPEAKER_ID, bgp_speakers.RemoveGatewayNetworkOpts(network_id=NETWORK_ID)
    )

    sent = [(r.method, r.path, r.json) for r in recorder.seen]
    base = f"/v2.0/bgp-speakers/{SPEAKER_ID}"
    assert sent == [
        ("PUT", f"{base}/add_bgp_peer", {"bgp_peer_id": PEER_ID}),
        ("PUT", f"{base}/remove_bgp_peer", {"bgp_peer_id": PEER_ID}),
        ("PUT", f"{base}/add_gateway_network", {"network_id": NETWORK_ID}),
        ("PUT", f"{base}/remove_gateway_network", {"network_id": NETWORK_ID}),
    ]
    assert added.bgp_peer_id == removed.bgp_peer_id == PEER_ID
    assert bound.network_id == unbound.network_id == NETWORK_ID


def test_speaker_peer_not_associated_is_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        404,
        {
            "NeutronError": {
                "type": "BgpSpeakerPeerNotAssociated",
                "message": f"BGP peer {PEER_ID} is not associated with BGP speaker {SPEAKER_ID}.",
                "detail": "",
            }
        },
    )
    with pytest.raises(typedstack.NotFound, match="is not associated"):
        bgp_speakers.remove_bgp_peer(
            client, SPEAKER_ID, bgp_speakers.RemoveBgpPeerOpts(bgp_peer_id=PEER_ID)
        )


def test_speaker_advertised_routes(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(
        200,
        {
            "advertised_routes": [
                {"cidr": "192.168.10.0/24", "nexthop": "10.0.0.1"},
                {"cidr": "172.24.4.10/32", "nexthop": "10.0.0.2"},
            ]
        },
    )
    routes = bgp_speakers.get_advertised_routes(client, SPEAKER_ID)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == (
        "GET",
        f"/v2.0/bgp-speakers/{SPEAKER_ID}/get_advertised_routes",
    )
    assert sent.body is None
    assert [(r.cidr, r.nexthop) for r in routes] == [
        ("192.168.10.0/24", "10.0.0.1"),
        ("172.24.4.10/32", "10.0.0.2"),
    ]


def test_speaker_dragent_scheduling(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(
        200,
        {
            "agents": [
                {
                    "binary": "neutron-bgp-dragent",
                    "description": None,
                    "admin_state_up": True,
                    "heartbeat_timestamp": "2016-05-17 03:05:12",
                    "availability_zone": None,
                    "alive": True,
                    "topic": "bgp_dragent",
                    "host": "network-1",
                    "agent_type": "BGP dynamic routing agent",
                    "resource_versions": {},
                    "created_at": "2016-05-09 07:38:00",
                    "started_at": "2016-05-11 09:06:13",
                    "id": AGENT_ID,
                    "configurations": {"advertise_routes": 0, "bgp_peers": 0, "bgp_speakers": 1},
                }
            ]
        },
    )
    recorder.reply(201)
    recorder.reply(200, {"bgp_speakers": [speaker()]})
    recorder.reply(204)

    agents = bgp_speakers.list_dragents(client, SPEAKER_ID)
    bgp_speakers.add_to_dragent(
        client, AGENT_ID, bgp_speakers.AddToDragentOpts(bgp_speaker_id=SPEAKER_ID)
    )
    hosted = bgp_speakers.list_on_dragent(client, AGENT_ID)
    bgp_speakers.remove_from_dragent(client, AGENT_ID, SPEAKER_ID)

    sent = [(r.method, r.path) for r in recorder.seen]
    assert sent == [
        ("GET", f"/v2.0/bgp-speakers/{SPEAKER_ID}/bgp-dragents"),
        ("POST", f"/v2.0/agents/{AGENT_ID}/bgp-drinstances"),
        ("GET", f"/v2.0/agents/{AGENT_ID}/bgp-drinstances"),
        ("DELETE", f"/v2.0/agents/{AGENT_ID}/bgp-drinstances/{SPEAKER_ID}"),
    ]
    assert recorder.seen[1].json == {"bgp_speaker_id": SPEAKER_ID}

    (agent,) = agents
    assert agent.id == AGENT_ID
    assert agent.agent_type == "BGP dynamic routing agent"
    assert agent.alive is True and agent.availability_zone is None
    assert agent.configurations == {"advertise_routes": 0, "bgp_peers": 0, "bgp_speakers": 1}
    assert agent.heartbeat_timestamp == datetime.datetime(2016, 5, 17, 3, 5, 12)
    assert [s.id for s in hosted] == [SPEAKER_ID]


# ------------------------------------------------------------------ BGP peers


def test_peer_crud_keeps_the_password_out_of_sight(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    peer = {
        "auth_type": "md5",
        "remote_as": 1001,
        "name": "bgp-peer",
        "tenant_id": PROJECT,
        "project_id": PROJECT,
        "peer_ip": "10.0.0.3",
        "id": PEER_ID,
    }
    recorder.reply(201, {"bgp_peer": peer})
    recorder.reply(200, {"bgp_peer": {**peer, "name": "upstream"}})
    recorder.reply(200, {"bgp_peers": [peer]})
    recorder.reply(200, {"bgp_peer": peer})
    recorder.reply(204)

    opts = bgp_peers.CreateOpts(
        name="bgp-peer", peer_ip="10.0.0.3", remote_as=1001, auth_type="md5", password="s3cr3t-pw"
    )
    assert "s3cr3t-pw" not in repr(opts)
    created = bgp_peers.create(client, opts)
    renamed = bgp_peers.update(
        client, PEER_ID, bgp_peers.UpdateOpts(name="upstream", password="n3w-pw")
    )
    listed = list(bgp_peers.list(client, bgp_peers.ListOpts(remote_as=1001, auth_type="md5")))
    shown = bgp_peers.get(client, PEER_ID)
    bgp_peers.delete(client, PEER_ID)

    create, update, list_call, show, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2.0/bgp-peers")
    assert create.json == {
        "bgp_peer": {
            "name": "bgp-peer",
            "peer_ip": "10.0.0.3",
            "remote_as": 1001,
            "auth_type": "md5",
            "password": "s3cr3t-pw",
        }
    }
    assert (update.method, update.path) == ("PUT", f"/v2.0/bgp-peers/{PEER_ID}")
    assert update.json == {"bgp_peer": {"name": "upstream", "password": "n3w-pw"}}
    assert list_call.query == [("remote_as", "1001"), ("auth_type", "md5")]
    assert (show.method, show.path) == ("GET", f"/v2.0/bgp-peers/{PEER_ID}")
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/bgp-peers/{PEER_ID}")

    assert (created.peer_ip, created.remote_as, created.auth_type) == ("10.0.0.3", 1001, "md5")
    assert created.password is UNSET  # Neutron never returns it
    assert renamed.name == "upstream"
    assert [p.id for p in listed] == [PEER_ID]
    assert shown.project_id == PROJECT


# ------------------------------------------------------------------ BGP VPNs


BGPVPN = {
    "id": BGPVPN_ID,
    "name": "vpn-a",
    "type": "l3",
    "route_distinguishers": ["64512:1"],
    "route_targets": ["64512:1444"],
    "import_targets": ["64512:1555"],
    "export_targets": [],
    "networks": [NETWORK_ID],
    "routers": [],
    "ports": [],
    "local_pref": None,
    "vni": 1000,
    "tenant_id": PROJECT,
    "project_id": PROJECT,
}


def test_bgpvpn_crud(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(201, {"bgpvpn": BGPVPN})
    recorder.reply(200, {"bgpvpn": BGPVPN})
    recorder.reply(200, {"bgpvpn": {**BGPVPN, "name": "vpn-b", "local_pref": 200}})
    recorder.reply(204)

    created = bgpvpns.create(
        client,
        bgpvpns.CreateOpts(
            name="vpn-a",
            type="l3",
            route_distinguishers=["64512:1"],
            route_targets=["64512:1444"],
            import_targets=["64512:1555"],
            vni=1000,
            project_id=PROJECT,
        ),
    )
    shown = bgpvpns.get(client, BGPVPN_ID, bgpvpns.GetOpts(fields=["id", "networks"]))
    updated = bgpvpns.update(
        client, BGPVPN_ID, bgpvpns.UpdateOpts(name="vpn-b", local_pref=200, export_targets=[])
    )
    bgpvpns.delete(client, BGPVPN_ID)

    create, show, update, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2.0/bgpvpn/bgpvpns")
    assert create.json == {
        "bgpvpn": {
            "name": "vpn-a",
            "type": "l3",
            "route_distinguishers": ["64512:1"],
            "route_targets": ["64512:1444"],
            "import_targets": ["64512:1555"],
            "vni": 1000,
            "project_id": PROJECT,
        }
    }
    assert show.path == f"/v2.0/bgpvpn/bgpvpns/{BGPVPN_ID}"
    assert show.query == [("fields", "id"), ("fields", "networks")]
    assert (update.method, update.path) == ("PUT", f"/v2.0/bgpvpn/bgpvpns/{BGPVPN_ID}")
    assert update.json == {"bgpvpn": {"name": "vpn-b", "export_targets": [], "local_pref": 200}}
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/bgpvpn/bgpvpns/{BGPVPN_ID}")

    assert (created.type, created.vni, created.local_pref) == ("l3", 1000, None)
    assert created.route_targets == ["64512:1444"]
    assert shown.networks == [NETWORK_ID]
    assert (updated.name, updated.local_pref) == ("vpn-b", 200)


def test_bgpvpn_update_accepts_the_documented_201(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"bgpvpn": BGPVPN})
    assert bgpvpns.update(client, BGPVPN_ID, bgpvpns.UpdateOpts(name="vpn-a")).id == BGPVPN_ID


def test_bgpvpn_list_filters_by_associations(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"bgpvpns": [BGPVPN]})
    other_net = "0d5a8a9e-2d52-4a2b-9b2a-4b8f3c9a1e11"
    items = list(
        bgpvpns.list(
            client,
            bgpvpns.ListOpts(networks=[NETWORK_ID, other_net], type="l3", project_id=PROJECT),
        )
    )
    sent = recorder.seen[0]
    assert sent.path == "/v2.0/bgpvpn/bgpvpns"
    assert sorted(sent.query) == sorted(
        [
            ("networks", NETWORK_ID),
            ("networks", other_net),
            ("type", "l3"),
            ("project_id", PROJECT),
        ]
    )
    assert [v.id for v in items] == [BGPVPN_ID]


# ------------------------------------------------------------------ associations


def test_network_associations(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    assoc_id = "73238ca1-e05d-4c7a-b4d4-70407b4b8730"
    assoc = {"id": assoc_id, "network_id": NETWORK_ID, "tenant_id": PROJECT, "project_id": PROJECT}
    recorder.reply(201, {"network_association": assoc})
    recorder.reply(200, {"network_associations": [assoc]})
    recorder.reply(200, {"network_association": assoc})
    recorder.reply(204)

    created = bgpvpn_network_associations.create(
        client,
        BGPVPN_ID,
        bgpvpn_network_associations.CreateOpts(network_id=NETWORK_ID),
    )
    listed = list(
        bgpvpn_network_associations.list(
            client, BGPVPN_ID, bgpvpn_network_associations.ListOpts(network_id=NETWORK_ID)
        )
    )
    shown = bgpvpn_network_associations.get(client, BGPVPN_ID, assoc_id)
    bgpvpn_network_associations.delete(client, BGPVPN_ID, assoc_id)

    base = f"/v2.0/bgpvpn/bgpvpns/{BGPVPN_ID}/network_associations"
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("POST", base),
        ("GET", base),
        ("GET", f"{base}/{assoc_id}"),
        ("DELETE", f"{base}/{assoc_id}"),
    ]
    assert recorder.seen[0].json == {"network_association": {"network_id": NETWORK_ID}}
    assert recorder.seen[1].query == [("network_id", NETWORK_ID)]
    assert created.id == shown.id == assoc_id
    assert [a.network_id for a in listed] == [NETWORK_ID]


def test_router_associations(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    assoc_id = "95ac5a2c-7a37-4d3c-9c21-2e8b2b4a4c5f"
    router_id = "b3c8f2e1-4c8a-4f1e-8c4b-1f6d2a9e3b77"
    assoc = {
        "id": assoc_id,
        "router_id": router_id,
        "advertise_extra_routes": True,
        "tenant_id": PROJECT,
        "project_id": PROJECT,
    }
    recorder.reply(201, {"router_association": assoc})
    recorder.reply(200, {"router_associations": [assoc]})
    recorder.reply(200, {"router_association": {**assoc, "advertise_extra_routes": False}})
    recorder.reply(200, {"router_association": {**assoc, "advertise_extra_routes": False}})
    recorder.reply(204)
    recorder.reply(202)

    created = bgpvpn_router_associations.create(
        client, BGPVPN_ID, bgpvpn_router_associations.CreateOpts(router_id=router_id)
    )
    listed = list(bgpvpn_router_associations.list(client, BGPVPN_ID))
    updated = bgpvpn_router_associations.update(
        client,
        BGPVPN_ID,
        assoc_id,
        bgpvpn_router_associations.UpdateOpts(advertise_extra_routes=False),
    )
    shown = bgpvpn_router_associations.get(client, BGPVPN_ID, assoc_id)
    bgpvpn_router_associations.delete(client, BGPVPN_ID, assoc_id)
    bgpvpn_router_associations.delete(client, BGPVPN_ID, assoc_id)  # the api-ref's 202

    base = f"/v2.0/bgpvpn/bgpvpns/{BGPVPN_ID}/router_associations"
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("POST", base),
        ("GET", base),
        ("PUT", f"{base}/{assoc_id}"),
        ("GET", f"{base}/{assoc_id}"),
        ("DELETE", f"{base}/{assoc_id}"),
        ("DELETE", f"{base}/{assoc_id}"),
    ]
    assert recorder.seen[0].json == {"router_association": {"router_id": router_id}}
    assert recorder.seen[2].json == {"router_association": {"advertise_extra_routes": False}}
    assert created.router_id == router_id and created.advertise_extra_routes is True
    assert [a.id for a in listed] == [assoc_id]
    assert updated.advertise_extra_routes is False and shown.advertise_extra_routes is False


def test_port_associations_with_routes(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    assoc_id = "d8a4f9c2-1b3e-4a5d-9e7f-6c2b8a1d3e4f"
    port_id = "1c5e8f3a-9d2b-4e6c-8a7f-3b1d5e9c2a4b"
    other_vpn = "7f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b"
    assoc = {
        "id": assoc_id,
        "port_id": port_id,
        "project_id": PROJECT,
        "advertise_fixed_ips": False,
        "routes": [
            {"type": "prefix", "prefix": "20.1.0.0/16", "local_pref": 100},
            {"type": "bgpvpn", "bgpvpn_id": other_vpn},
        ],
    }
    recorder.reply(201, {"port_association": assoc})
    recorder.reply(200, {"port_association": {**assoc, "routes": []}})
    recorder.reply(200, {"port_associations": [assoc]})
    recorder.reply(200, {"port_association": assoc})
    recorder.reply(204)

    route = bgpvpn_port_associations.PortRoute
    created = bgpvpn_port_associations.create(
        client,
        BGPVPN_ID,
        bgpvpn_port_associations.CreateOpts(
            port_id=port_id,
            advertise_fixed_ips=False,
            routes=[
                route(type="prefix", prefix="20.1.0.0/16", local_pref=100),
                route(type="bgpvpn", bgpvpn_id=other_vpn),
            ],
        ),
    )
    updated = bgpvpn_port_associations.update(
        client, BGPVPN_ID, assoc_id, bgpvpn_port_associations.UpdateOpts(routes=[])
    )
    listed = list(
        bgpvpn_port_associations.list(
            client, BGPVPN_ID, bgpvpn_port_associations.ListOpts(port_id=port_id)
        )
    )
    shown = bgpvpn_port_associations.get(client, BGPVPN_ID, assoc_id)
    bgpvpn_port_associations.delete(client, BGPVPN_ID, assoc_id)

    base = f"/v2.0/bgpvpn/bgpvpns/{BGPVPN_ID}/port_associations"
    assert [(r.method, r.path) for r in recorder.seen] == [
        ("POST", base),
        ("PUT", f"{base}/{assoc_id}"),
        ("GET", base),
        ("GET", f"{base}/{assoc_id}"),
        ("DELETE", f"{base}/{assoc_id}"),
    ]
    assert recorder.seen[0].json == {
        "port_association": {
            "port_id": port_id,
            "routes": [
                {"type": "prefix", "prefix": "20.1.0.0/16", "local_pref": 100},
                {"type": "bgpvpn", "bgpvpn_id": other_vpn},
            ],
            "advertise_fixed_ips": False,
        }
    }
    assert recorder.seen[1].json == {"port_association": {"routes": []}}
    assert recorder.seen[2].query == [("port_id", port_id)]

    assert created.advertise_fixed_ips is False
    assert isinstance(created.routes, list)
    prefix, leak = created.routes
    assert (prefix.type, prefix.prefix, prefix.local_pref) == ("prefix", "20.1.0.0/16", 100)
    assert (leak.type, leak.bgpvpn_id, leak.prefix) == ("bgpvpn", other_vpn, UNSET)
    assert updated.routes == []
    assert [a.port_id for a in listed] == [port_id]
    assert shown.id == assoc_id
