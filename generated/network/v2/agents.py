"""Agents: the Neutron processes on network and compute hosts (L2, DHCP, L3, metadata, ...) that
report to the server, and the scheduling of networks to DHCP agents and of routers to L3
agents.
"""

# Generated from specs/network/v2/agents.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

from . import networks, routers

__all__ = [
    "Agent",
    "ListOpts",
    "GetOpts",
    "UpdateOpts",
    "AddDhcpNetworkOpts",
    "AddL3RouterOpts",
    "list",
    "get",
    "update",
    "delete",
    "list_dhcp_networks",
    "add_dhcp_network",
    "remove_dhcp_network",
    "list_network_dhcp_agents",
    "list_l3_routers",
    "add_l3_router",
    "remove_l3_router",
    "list_router_l3_agents",
    "list_url",
    "resource_url",
    "list_dhcp_networks_url",
    "remove_dhcp_network_url",
    "list_network_dhcp_agents_url",
    "list_l3_routers_url",
    "remove_l3_router_url",
    "list_router_l3_agents_url",
]


class Agent(Model):
    """An agent, as last reported by its heartbeat."""

    id: str
    """The UUID of the agent."""

    agent_type: str | UnsetType | None = UNSET
    """The kind of agent, such as DHCP agent, L3 agent or Open vSwitch agent."""

    binary: str | UnsetType | None = UNSET
    """The executable the agent runs as, such as neutron-dhcp-agent."""

    topic: str | UnsetType | None = UNSET
    """The message queue topic the agent listens on."""

    host: str | UnsetType | None = UNSET
    """The host the agent runs on."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the agent is enabled for scheduling."""

    alive: bool | UnsetType | None = UNSET
    """Whether the agent's heartbeat is recent."""

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone of the agent (DHCP and L3 agents only)."""

    configurations: dict[str, Any] | UnsetType | None = UNSET
    """The configuration the agent reports, which depends on its kind."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the agent."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the agent first registered."""

    started_at: datetime.datetime | UnsetType | None = UNSET
    """When the agent last started."""

    heartbeat_timestamp: datetime.datetime | UnsetType | None = UNSET
    """When the agent last reported."""

    resources_synced: bool | UnsetType | None = UNSET
    """Whether the agent's resources are synced with Placement (null when not tracked)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the agent with this ID."""

    agent_type: str | UnsetType = UNSET
    """Only agents of this kind, such as DHCP agent."""

    binary: str | UnsetType = UNSET
    """Only agents running this executable."""

    topic: str | UnsetType = UNSET
    """Only agents on this message queue topic."""

    host: str | UnsetType = UNSET
    """Only agents on this host."""

    admin_state_up: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) agents."""

    alive: bool | UnsetType = UNSET
    """Only live (true) or dead (false) agents."""

    availability_zone: str | UnsetType = UNSET
    """Only agents in this availability zone."""

    description: str | UnsetType = UNSET
    """Only agents with this description."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last agent of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions, asc or desc, one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in each agent (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "agent_type": "query",
        "binary": "query",
        "topic": "query",
        "host": "query",
        "admin_state_up": "query",
        "alive": "query",
        "availability_zone": "query",
        "description": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in the answer (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the agent takes new networks or routers."""

    description: str | UnsetType | None = UNSET
    """The new description."""


class AddDhcpNetworkOpts(Options):
    """Options for :func:`add_dhcp_network`."""

    network_id: str
    """The UUID of the network to serve."""


class AddL3RouterOpts(Options):
    """Options for :func:`add_l3_router`."""

    router_id: str
    """The UUID of the router to host."""


def list_url(client: ServiceClient) -> str:
    """The URL `/agents`."""
    return client.url("/agents")


def resource_url(client: ServiceClient, agent_id: str) -> str:
    """The URL `/agents/{agent_id}`."""
    return client.url("/agents/{agent_id}", agent_id=agent_id)


def list_dhcp_networks_url(client: ServiceClient, agent_id: str) -> str:
    """The URL `/agents/{agent_id}/dhcp-networks`."""
    return client.url("/agents/{agent_id}/dhcp-networks", agent_id=agent_id)


def remove_dhcp_network_url(client: ServiceClient, agent_id: str, network_id: str) -> str:
    """The URL `/agents/{agent_id}/dhcp-networks/{network_id}`."""
    return client.url(
        "/agents/{agent_id}/dhcp-networks/{network_id}", agent_id=agent_id, network_id=network_id
    )


def list_network_dhcp_agents_url(client: ServiceClient, network_id: str) -> str:
    """The URL `/networks/{network_id}/dhcp-agents`."""
    return client.url("/networks/{network_id}/dhcp-agents", network_id=network_id)


def list_l3_routers_url(client: ServiceClient, agent_id: str) -> str:
    """The URL `/agents/{agent_id}/l3-routers`."""
    return client.url("/agents/{agent_id}/l3-routers", agent_id=agent_id)


def remove_l3_router_url(client: ServiceClient, agent_id: str, router_id: str) -> str:
    """The URL `/agents/{agent_id}/l3-routers/{router_id}`."""
    return client.url(
        "/agents/{agent_id}/l3-routers/{router_id}", agent_id=agent_id, router_id=router_id
    )


def list_router_l3_agents_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/l3-agents`."""
    return client.url("/routers/{router_id}/l3-agents", router_id=router_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Agent]:
    """Lists agents (admin only).

    GET ``/agents``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Agent,
        response_key="agents",
        style=PageStyle("links", links_key="agents_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    agent_id: str,
    opts: GetOpts | None = None,
) -> Agent:
    """Shows an agent.

    GET ``/agents/{agent_id}``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the agent.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, agent_id),
        ok=(200,),
        opts=opts,
        response_key="agent",
        response_type=Agent,
    )


def update(
    client: ServiceClient,
    agent_id: str,
    opts: UpdateOpts | None = None,
) -> Agent:
    """Enables, disables or redescribes an agent.

    PUT ``/agents/{agent_id}``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the agent.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, agent_id),
        ok=(200,),
        opts=opts,
        body_key="agent",
        response_key="agent",
        response_type=Agent,
    )


def delete(
    client: ServiceClient,
    agent_id: str,
) -> None:
    """Deletes the record of an agent (it comes back if the agent reports again).

    DELETE ``/agents/{agent_id}``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the agent.
    """
    client.call(
        "DELETE",
        resource_url(client, agent_id),
        ok=(204,),
    )


def list_dhcp_networks(
    client: ServiceClient,
    agent_id: str,
) -> builtins.list[networks.Network]:
    """Lists the networks a DHCP agent serves.

    GET ``/agents/{agent_id}/dhcp-networks``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the DHCP agent.
    """
    return client.call(
        "GET",
        list_dhcp_networks_url(client, agent_id),
        ok=(200,),
        response_key="networks",
        response_type=builtins.list[networks.Network],
    )


def add_dhcp_network(
    client: ServiceClient,
    agent_id: str,
    opts: AddDhcpNetworkOpts,
) -> None:
    """Schedules a network to a DHCP agent.

    POST ``/agents/{agent_id}/dhcp-networks``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the DHCP agent.
        opts: The options of the request (:class:`AddDhcpNetworkOpts`).
    """
    client.call(
        "POST",
        list_dhcp_networks_url(client, agent_id),
        ok=(201,),
        opts=opts,
    )


def remove_dhcp_network(
    client: ServiceClient,
    agent_id: str,
    network_id: str,
) -> None:
    """Removes a network from a DHCP agent.

    DELETE ``/agents/{agent_id}/dhcp-networks/{network_id}``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the DHCP agent.
        network_id: The UUID of the network.
    """
    client.call(
        "DELETE",
        remove_dhcp_network_url(client, agent_id, network_id),
        ok=(204,),
    )


def list_network_dhcp_agents(
    client: ServiceClient,
    network_id: str,
) -> builtins.list[Agent]:
    """Lists the DHCP agents serving a network.

    GET ``/networks/{network_id}/dhcp-agents``

    Args:
        client: The network v2 service client.
        network_id: The UUID of the network.
    """
    return client.call(
        "GET",
        list_network_dhcp_agents_url(client, network_id),
        ok=(200,),
        response_key="agents",
        response_type=builtins.list[Agent],
    )


def list_l3_routers(
    client: ServiceClient,
    agent_id: str,
) -> builtins.list[routers.Router]:
    """Lists the routers an L3 agent hosts.

    GET ``/agents/{agent_id}/l3-routers``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the L3 agent.
    """
    return client.call(
        "GET",
        list_l3_routers_url(client, agent_id),
        ok=(200,),
        response_key="routers",
        response_type=builtins.list[routers.Router],
    )


def add_l3_router(
    client: ServiceClient,
    agent_id: str,
    opts: AddL3RouterOpts,
) -> None:
    """Schedules a router to an L3 agent.

    POST ``/agents/{agent_id}/l3-routers``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the L3 agent.
        opts: The options of the request (:class:`AddL3RouterOpts`).
    """
    client.call(
        "POST",
        list_l3_routers_url(client, agent_id),
        ok=(201,),
        opts=opts,
    )


def remove_l3_router(
    client: ServiceClient,
    agent_id: str,
    router_id: str,
) -> None:
    """Removes a router from an L3 agent.

    DELETE ``/agents/{agent_id}/l3-routers/{router_id}``

    Args:
        client: The network v2 service client.
        agent_id: The UUID of the L3 agent.
        router_id: The UUID of the router.
    """
    client.call(
        "DELETE",
        remove_l3_router_url(client, agent_id, router_id),
        ok=(204,),
    )


def list_router_l3_agents(
    client: ServiceClient,
    router_id: str,
) -> builtins.list[Agent]:
    """Lists the L3 agents hosting a router.

    GET ``/routers/{router_id}/l3-agents``

    Args:
        client: The network v2 service client.
        router_id: The UUID of the router.
    """
    return client.call(
        "GET",
        list_router_l3_agents_url(client, router_id),
        ok=(200,),
        response_key="agents",
        response_type=builtins.list[Agent],
    )
