"""Network operations the local Neutron (API server only, no agents) cannot serve.

Agents and the scheduling of networks to DHCP agents and of routers to L3
agents need running agents; the auto-allocated topology needs a default
external network. For them: the exact request and the decoding of a
realistic response written from the API reference.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.network import v2 as network
from typedstack.network.v2 import agents, auto_allocated_topology

NEUTRON = "http://neutron.test"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return network.new_client(provider_with(recorder, {"network": NEUTRON}))


DHCP_AGENT = {
    "admin_state_up": True,
    "agent_type": "DHCP agent",
    "alive": True,
    "availability_zone": "nova",
    "binary": "neutron-dhcp-agent",
    "configurations": {
        "dhcp_driver": "neutron.agent.linux.dhcp.Dnsmasq",
        "networks": 1,
        "ports": 3,
        "subnets": 1,
    },
    "created_at": "2017-09-12 19:39:56",
    "description": None,
    "heartbeat_timestamp": "2017-09-12 19:39:56",
    "host": "net-1",
    "id": "840d5d68-5759-4e9e-812f-f3bd19214c7f",
    "resources_synced": None,
    "started_at": "2017-09-12 19:35:38",
    "topic": "dhcp_agent",
}

L3_AGENT = {
    **DHCP_AGENT,
    "agent_type": "L3 agent",
    "binary": "neutron-l3-agent",
    "configurations": {"agent_mode": "legacy", "routers": 1},
    "id": "04c62b91-b799-48b7-9cd5-2982db6df9c6",
    "topic": "l3_agent",
    "ha_state": None,
}


def test_list_agents_filters_and_follows_pages(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    nxt = f"{NEUTRON}/v2.0/agents?agent_type=DHCP+agent&limit=1&marker={DHCP_AGENT['id']}"
    recorder.reply(
        200,
        {"agents": [DHCP_AGENT], "agents_links": [{"rel": "next", "href": nxt}]},
    )
    recorder.reply(200, {"agents": [], "agents_links": []})
    opts = agents.ListOpts(agent_type="DHCP agent", alive=True, limit=1, fields=["id", "host"])
    found = list(agents.list(client, opts))

    first = recorder.seen[0]
    assert (first.method, first.path) == ("GET", "/v2.0/agents")
    assert sorted(first.query) == [
        ("agent_type", "DHCP agent"),
        ("alive", "true"),
        ("fields", "host"),
        ("fields", "id"),
        ("limit", "1"),
    ]
    assert recorder.seen[1].url == nxt
    assert len(recorder.seen) == 2

    (agent,) = found
    assert agent.id == DHCP_AGENT["id"]
    assert agent.agent_type == "DHCP agent"
    assert agent.alive is True
    assert agent.configurations["dhcp_driver"] == "neutron.agent.linux.dhcp.Dnsmasq"
    assert agent.heartbeat_timestamp == datetime.datetime(2017, 9, 12, 19, 39, 56)
    assert agent.description is None
    assert agent.resources_synced is None


def test_show_update_and_delete_an_agent(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    agent_id = DHCP_AGENT["id"]
    recorder.reply(200, {"agent": DHCP_AGENT})
    recorder.reply(200, {"agent": {**DHCP_AGENT, "admin_state_up": False, "description": "off"}})
    recorder.reply(204)

    shown = agents.get(client, agent_id)
    updated = agents.update(
        client, agent_id, agents.UpdateOpts(admin_state_up=False, description="off")
    )
    agents.delete(client, agent_id)

    get, put, delete = recorder.seen
    assert (get.method, get.path) == ("GET", f"/v2.0/agents/{agent_id}")
    assert shown.host == "net-1"
    assert shown.started_at == datetime.datetime(2017, 9, 12, 19, 35, 38)
    assert (put.method, put.path) == ("PUT", f"/v2.0/agents/{agent_id}")
    assert put.json == {"agent": {"admin_state_up": False, "description": "off"}}
    assert updated.admin_state_up is False
    assert updated.description == "off"
    assert (delete.method, delete.path, delete.body) == (
        "DELETE",
        f"/v2.0/agents/{agent_id}",
        None,
    )


def test_dhcp_agent_scheduling(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    agent_id = DHCP_AGENT["id"]
    net_id = "8cfeb6f2-0f64-4b38-9c6f-4d5bca5ef4e0"
    hosted = {
        "id": net_id,
        "name": "net1",
        "admin_state_up": True,
        "availability_zone_hints": [],
        "availability_zones": ["nova"],
        "created_at": "2016-03-08T20:19:41Z",
        "dns_domain": "my-domain.org.",
        "ipv4_address_scope": None,
        "ipv6_address_scope": None,
        "l2_adjacency": False,
        "mtu": 1500,
        "port_security_enabled": True,
        "project_id": "4fd44f30292945e481c7b8a0c8908869",
        "tenant_id": "4fd44f30292945e481c7b8a0c8908869",
        "revision_number": 3,
        "shared": False,
        "status": "ACTIVE",
        "subnets": ["54d6f61d-db07-451c-9ab3-b9609b6b6f0b"],
        "tags": ["tag1"],
        "updated_at": "2016-03-08T20:19:41Z",
    }
    recorder.reply(201)
    recorder.reply(200, {"networks": [hosted]})
    recorder.reply(200, {"agents": [DHCP_AGENT]})
    recorder.reply(204)

    agents.add_dhcp_network(client, agent_id, agents.AddDhcpNetworkOpts(network_id=net_id))
    networks = agents.list_dhcp_networks(client, agent_id)
    serving = agents.list_network_dhcp_agents(client, net_id)
    agents.remove_dhcp_network(client, agent_id, net_id)

    post, get_nets, get_agents, delete = recorder.seen
    assert (post.method, post.path) == ("POST", f"/v2.0/agents/{agent_id}/dhcp-networks")
    assert post.json == {"network_id": net_id}
    assert (get_nets.method, get_nets.path) == ("GET", f"/v2.0/agents/{agent_id}/dhcp-networks")
    assert [(n.id, n.name, n.mtu, n.subnets) for n in networks] == [
        (net_id, "net1", 1500, ["54d6f61d-db07-451c-9ab3-b9609b6b6f0b"])
    ]
    assert networks[0].ipv4_address_scope is None
    assert (get_agents.method, get_agents.path) == ("GET", f"/v2.0/networks/{net_id}/dhcp-agents")
    assert [a.id for a in serving] == [agent_id]
    assert (delete.method, delete.path) == (
        "DELETE",
        f"/v2.0/agents/{agent_id}/dhcp-networks/{net_id}",
    )


def test_l3_agent_scheduling(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    agent_id = L3_AGENT["id"]
    router_id = "915a14a6-867b-4af7-83d1-70efceb146f9"
    hosted = {
        "id": router_id,
        "name": "router2",
        "description": "",
        "admin_state_up": True,
        "status": "ACTIVE",
        "project_id": "0bd18306d801447bb457a46252d82d13",
        "tenant_id": "0bd18306d801447bb457a46252d82d13",
        "external_gateway_info": {
            "network_id": "ae34051f-aa6c-4c75-abf5-50dc9ac99ef3",
            "enable_snat": True,
            "external_fixed_ips": [
                {"subnet_id": "b930d7f6-ceb7-40a0-8b81-a425dd994ccf", "ip_address": "172.24.4.6"}
            ],
        },
        "routes": [{"destination": "179.24.1.0/24", "nexthop": "172.24.3.99"}],
        "distributed": False,
        "ha": False,
        "availability_zone_hints": [],
        "availability_zones": ["nova"],
        "service_type_id": None,
        "flavor_id": None,
        "revision_number": 1,
    }
    recorder.reply(201)
    recorder.reply(200, {"routers": [hosted]})
    recorder.reply(200, {"agents": [L3_AGENT]})
    recorder.reply(204)

    agents.add_l3_router(client, agent_id, agents.AddL3RouterOpts(router_id=router_id))
    routers = agents.list_l3_routers(client, agent_id)
    hosting = agents.list_router_l3_agents(client, router_id)
    agents.remove_l3_router(client, agent_id, router_id)

    post, get_routers, get_agents, delete = recorder.seen
    assert (post.method, post.path) == ("POST", f"/v2.0/agents/{agent_id}/l3-routers")
    assert post.json == {"router_id": router_id}
    assert (get_routers.method, get_routers.path) == (
        "GET",
        f"/v2.0/agents/{agent_id}/l3-routers",
    )
    (router,) = routers
    assert router.id == router_id
    assert router.external_gateway_info is not None
    assert router.external_gateway_info.network_id == "ae34051f-aa6c-4c75-abf5-50dc9ac99ef3"
    assert [(r.destination, r.nexthop) for r in router.routes or []] == [
        ("179.24.1.0/24", "172.24.3.99")
    ]
    assert router.flavor_id is None
    assert (get_agents.method, get_agents.path) == ("GET", f"/v2.0/routers/{router_id}/l3-agents")
    assert [(a.id, a.agent_type) for a in hosting] == [(agent_id, "L3 agent")]
    assert hosting[0].extra == {"ha_state": None}
    assert (delete.method, delete.path) == (
        "DELETE",
        f"/v2.0/agents/{agent_id}/l3-routers/{router_id}",
    )


def test_auto_allocated_topology_of_a_project(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    project = "cfc5b8a1b3d4443c9d8e1bc2ee8f0a57"
    recorder.reply(
        200,
        {
            "auto_allocated_topology": {
                "id": "8a9dc7b4-0d4c-4c5f-a6f1-3f9e1d7d0ec4",
                "tenant_id": project,
                "project_id": project,
            }
        },
    )
    recorder.reply(200, {"auto_allocated_topology": {"id": None, "tenant_id": project}})
    recorder.reply(204)

    topology = auto_allocated_topology.get(client, project)
    dry = auto_allocated_topology.get(
        client, project, auto_allocated_topology.GetOpts(fields=["dry-run"])
    )
    auto_allocated_topology.delete(client, project)

    get, get_dry, delete = recorder.seen
    assert (get.method, get.path, get.query) == (
        "GET",
        f"/v2.0/auto-allocated-topology/{project}",
        [],
    )
    assert topology.id == "8a9dc7b4-0d4c-4c5f-a6f1-3f9e1d7d0ec4"
    assert topology.project_id == project
    assert get_dry.query == [("fields", "dry-run")]
    assert dry.id is None
    assert (delete.method, delete.path) == ("DELETE", f"/v2.0/auto-allocated-topology/{project}")
