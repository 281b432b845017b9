"""BGP speakers (neutron-dynamic-routing, extensions bgp and bgp_dragent_scheduler) announce the
routes of Neutron networks to BGP peers. A speaker learns its eligible routes from the
gateway networks it is bound to, talks to the peers added to it, and runs on one or more
dynamic routing (BGP DR) agents.
"""

# Generated from specs/network/v2/bgp_speakers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
)

__all__ = [
    "BgpSpeaker",
    "PeerBinding",
    "GatewayNetworkBinding",
    "AdvertisedRoute",
    "BgpDrAgent",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "AddBgpPeerOpts",
    "RemoveBgpPeerOpts",
    "AddGatewayNetworkOpts",
    "RemoveGatewayNetworkOpts",
    "AddToDragentOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "add_bgp_peer",
    "remove_bgp_peer",
    "add_gateway_network",
    "remove_gateway_network",
    "get_advertised_routes",
    "list_dragents",
    "list_on_dragent",
    "add_to_dragent",
    "remove_from_dragent",
    "list_url",
    "resource_url",
    "add_bgp_peer_url",
    "remove_bgp_peer_url",
    "add_gateway_network_url",
    "remove_gateway_network_url",
    "get_advertised_routes_url",
    "list_dragents_url",
    "list_on_dragent_url",
    "remove_from_dragent_url",
    "find",
]


class BgpSpeaker(Model):
    """A BGP speaker."""

    id: str
    """The ID of the BGP speaker."""

    name: str | UnsetType | None = UNSET
    """The name of the BGP speaker."""

    local_as: int | UnsetType | None = UNSET
    """The local autonomous system number of the speaker."""

    ip_version: int | UnsetType | None = UNSET
    """The IP version (4 or 6) of the routes the speaker announces."""

    advertise_floating_ip_host_routes: bool | UnsetType | None = UNSET
    """Whether the speaker announces host routes for floating IPs."""

    advertise_tenant_networks: bool | UnsetType | None = UNSET
    """Whether the speaker announces the routes of project networks."""

    peers: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the BGP peers added to the speaker."""

    networks: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the gateway networks the speaker is bound to."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""


class PeerBinding(Model):
    """The BGP peer that was added to or removed from a speaker."""

    bgp_peer_id: str
    """The ID of the BGP peer."""


class GatewayNetworkBinding(Model):
    """The gateway network that was bound to or unbound from a speaker."""

    network_id: str
    """The ID of the network."""


class AdvertisedRoute(Model):
    """A route a BGP speaker announces to its peers."""

    cidr: str
    """The destination prefix of the route."""

    nexthop: str
    """The next-hop IP address of the route."""


class BgpDrAgent(Model):
    """A dynamic routing agent that hosts a BGP speaker."""

    id: str
    """The ID of the agent."""

    agent_type: str | UnsetType | None = UNSET
    """The type of the agent ("BGP dynamic routing agent")."""

    binary: str | UnsetType | None = UNSET
    """The executable the agent runs as (neutron-bgp-dragent)."""

    host: str | UnsetType | None = UNSET
    """The host the agent runs on."""

    topic: str | UnsetType | None = UNSET
    """The message queue topic the agent listens on."""

    admin_state_up: bool | UnsetType | None = UNSET
    """The administrative state of the agent."""

    alive: bool | UnsetType | None = UNSET
    """Whether the agent reported in recently."""

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone of the agent, if any."""

    description: str | UnsetType | None = UNSET
    """A description of the agent."""

    configurations: dict[str, Any] | UnsetType | None = UNSET
    """What the agent reports about itself (counts of speakers, peers and advertised routes)."""

    resource_versions: dict[str, Any] | UnsetType | None = UNSET
    """The versions of the resource objects the agent understands."""

    resources_synced: bool | UnsetType | None = UNSET
    """Whether the agent's resources are in sync with the server."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the agent first registered."""

    started_at: datetime.datetime | UnsetType | None = UNSET
    """When the agent last started."""

    heartbeat_timestamp: datetime.datetime | UnsetType | None = UNSET
    """When the agent last reported in."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the speaker with this ID."""

    name: str | UnsetType = UNSET
    """Only speakers with this name."""

    local_as: int | UnsetType = UNSET
    """Only speakers with this local AS number."""

    ip_version: Literal[4, 6] | UnsetType = UNSET
    """Only speakers of this IP version."""

    project_id: str | UnsetType = UNSET
    """Only speakers of this project."""

    tenant_id: str | UnsetType = UNSET
    """Only speakers of this project (legacy name)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last speaker of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired in order with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes of each speaker."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "local_as": "query",
        "ip_version": "query",
        "project_id": "query",
        "tenant_id": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    local_as: int
    """The local autonomous system number (1 to 4294967295 with 4-byte ASNs)."""

    ip_version: Literal[4, 6]
    """The IP version of the routes to announce."""

    name: str | UnsetType = UNSET
    """The name of the speaker."""

    advertise_floating_ip_host_routes: bool | UnsetType = UNSET
    """Announce host routes for floating IPs (default true)."""

    advertise_tenant_networks: bool | UnsetType = UNSET
    """Announce the routes of project networks (default true)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name of the speaker."""

    advertise_floating_ip_host_routes: bool | UnsetType = UNSET
    """Whether to announce host routes for floating IPs."""

    advertise_tenant_networks: bool | UnsetType = UNSET
    """Whether to announce the routes of project networks."""


class AddBgpPeerOpts(Options):
    """Options for :func:`add_bgp_peer`."""

    bgp_peer_id: str
    """The ID of the BGP peer to add."""


class RemoveBgpPeerOpts(Options):
    """Options for :func:`remove_bgp_peer`."""

    bgp_peer_id: str
    """The ID of the BGP peer to remove."""


class AddGatewayNetworkOpts(Options):
    """Options for :func:`add_gateway_network`."""

    network_id: str
    """The ID of the network to bind."""


class RemoveGatewayNetworkOpts(Options):
    """Options for :func:`remove_gateway_network`."""

    network_id: str
    """The ID of the network to unbind."""


class AddToDragentOpts(Options):
    """Options for :func:`add_to_dragent`."""

    bgp_speaker_id: str
    """The ID of the BGP speaker to host."""


def list_url(client: ServiceClient) -> str:
    """The URL `/bgp-speakers`."""
    return client.url("/bgp-speakers")


def resource_url(client: ServiceClient, bgp_speaker_id: str) -> str:
    """The URL `/bgp-speakers/{bgp_speaker_id}`."""
    return client.url("/bgp-speakers/{bgp_speaker_id}", bgp_speaker_id=bgp_speaker_id)


def add_bgp_peer_url(client: ServiceClient, bgp_speaker_id: str) -> str:
    """The URL `/bgp-speakers/{bgp_speaker_id}/add_bgp_peer`."""
    return client.url("/bgp-speakers/{bgp_speaker_id}/add_bgp_peer", bgp_speaker_id=bgp_speaker_id)


def remove_bgp_peer_url(client: ServiceClient, bgp_speaker_id: str) -> str:
    """The URL `/bgp-speakers/{bgp_speaker_id}/remove_bgp_peer`."""
    return client.url(
        "/bgp-speakers/{bgp_speaker_id}/remove_bgp_peer", bgp_speaker_id=bgp_speaker_id
    )


def add_gateway_network_url(client: ServiceClient, bgp_speaker_id: str) -> str:
    """The URL `/bgp-speakers/{bgp_speaker_id}/add_gateway_network`."""
    return client.url(
        "/bgp-speakers/{bgp_speaker_id}/add_gateway_network", bgp_speaker_id=bgp_speaker_id
    )


def remove_gateway_network_url(client: ServiceClient, bgp_speaker_id: str) -> str:
    """The URL `/bgp-speakers/{bgp_speaker_id}/remove_gateway_network`."""
    return client.url(
        "/bgp-speakers/{bgp_speaker_id}/remove_gateway_network", bgp_speaker_id=bgp_speaker_id
    )


def get_advertised_routes_url(client: ServiceClient, bgp_speaker_id: str) -> str:
    """The URL `/bgp-speakers/{bgp_speaker_id}/get_advertised_routes`."""
    return client.url(
        "/bgp-speakers/{bgp_speaker_id}/get_advertised_routes", bgp_speaker_id=bgp_speaker_id
    )


def list_dragents_url(client: ServiceClient, bgp_speaker_id: str) -> str:
    """The URL `/bgp-speakers/{bgp_speaker_id}/bgp-dragents`."""
    return client.url("/bgp-speakers/{bgp_speaker_id}/bgp-dragents", bgp_speaker_id=bgp_speaker_id)


def list_on_dragent_url(client: ServiceClient, agent_id: str) -> str:
    """The URL `/agents/{agent_id}/bgp-drinstances`."""
    return client.url("/agents/{agent_id}/bgp-drinstances", agent_id=agent_id)


def remove_from_dragent_url(client: ServiceClient, agent_id: str, bgp_speaker_id: str) -> str:
    """The URL `/agents/{agent_id}/bgp-drinstances/{bgp_speaker_id}`."""
    return client.url(
        "/agents/{agent_id}/bgp-drinstances/{bgp_speaker_id}",
        agent_id=agent_id,
        bgp_speaker_id=bgp_speaker_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[BgpSpeaker]:
    """Lists BGP speakers.

    GET ``/bgp-speakers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=BgpSpeaker,
        response_key="bgp_speakers",
        style=PageStyle("links", links_key="bgp_speakers_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> BgpSpeaker:
    """Creates a BGP speaker. Peers and gateway networks are added afterwards with add_bgp_peer and
    add_gateway_network.

    POST ``/bgp-speakers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="bgp_speaker",
        response_key="bgp_speaker",
        response_type=BgpSpeaker,
    )


def get(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: GetOpts | None = None,
) -> BgpSpeaker:
    """Shows a BGP speaker.

    GET ``/bgp-speakers/{bgp_speaker_id}``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, bgp_speaker_id),
        ok=(200,),
        opts=opts,
        response_key="bgp_speaker",
        response_type=BgpSpeaker,
    )


def update(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: UpdateOpts | None = None,
) -> BgpSpeaker:
    """Updates the name or the advertisement settings of a BGP speaker.

    PUT ``/bgp-speakers/{bgp_speaker_id}``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, bgp_speaker_id),
        ok=(200,),
        opts=opts,
        body_key="bgp_speaker",
        response_key="bgp_speaker",
        response_type=BgpSpeaker,
    )


def delete(
    client: ServiceClient,
    bgp_speaker_id: str,
) -> None:
    """Deletes a BGP speaker.

    DELETE ``/bgp-speakers/{bgp_speaker_id}``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
    """
    client.call(
        "DELETE",
        resource_url(client, bgp_speaker_id),
        ok=(204,),
    )


def add_bgp_peer(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: AddBgpPeerOpts,
) -> PeerBinding:
    """Adds a BGP peer to a speaker, which then opens a session with it.

    PUT ``/bgp-speakers/{bgp_speaker_id}/add_bgp_peer``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
        opts: The options of the request (:class:`AddBgpPeerOpts`).
    """
    return client.call(
        "PUT",
        add_bgp_peer_url(client, bgp_speaker_id),
        ok=(200,),
        opts=opts,
        response_type=PeerBinding,
    )


def remove_bgp_peer(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: RemoveBgpPeerOpts,
) -> PeerBinding:
    """Removes a BGP peer from a speaker.

    PUT ``/bgp-speakers/{bgp_speaker_id}/remove_bgp_peer``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
        opts: The options of the request (:class:`RemoveBgpPeerOpts`).
    """
    return client.call(
        "PUT",
        remove_bgp_peer_url(client, bgp_speaker_id),
        ok=(200,),
        opts=opts,
        response_type=PeerBinding,
    )


def add_gateway_network(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: AddGatewayNetworkOpts,
) -> GatewayNetworkBinding:
    """Binds a gateway network (typically an external network) to a speaker; the speaker announces
    the routes reachable through the routers on it.

    PUT ``/bgp-speakers/{bgp_speaker_id}/add_gateway_network``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
        opts: The options of the request (:class:`AddGatewayNetworkOpts`).
    """
    return client.call(
        "PUT",
        add_gateway_network_url(client, bgp_speaker_id),
        ok=(200,),
        opts=opts,
        response_type=GatewayNetworkBinding,
    )


def remove_gateway_network(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: RemoveGatewayNetworkOpts,
) -> GatewayNetworkBinding:
    """Unbinds a gateway network from a speaker.

    PUT ``/bgp-speakers/{bgp_speaker_id}/remove_gateway_network``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
        opts: The options of the request (:class:`RemoveGatewayNetworkOpts`).
    """
    return client.call(
        "PUT",
        remove_gateway_network_url(client, bgp_speaker_id),
        ok=(200,),
        opts=opts,
        response_type=GatewayNetworkBinding,
    )


def get_advertised_routes(
    client: ServiceClient,
    bgp_speaker_id: str,
) -> builtins.list[AdvertisedRoute]:
    """Lists the routes (prefix and next hop) a speaker announces.

    GET ``/bgp-speakers/{bgp_speaker_id}/get_advertised_routes``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
    """
    return client.call(
        "GET",
        get_advertised_routes_url(client, bgp_speaker_id),
        ok=(200,),
        response_key="advertised_routes",
        response_type=builtins.list[AdvertisedRoute],
    )


def list_dragents(
    client: ServiceClient,
    bgp_speaker_id: str,
) -> builtins.list[BgpDrAgent]:
    """Lists the dynamic routing agents that host a speaker.

    GET ``/bgp-speakers/{bgp_speaker_id}/bgp-dragents``

    Args:
        client: The network v2 service client.
        bgp_speaker_id: The ID of the BGP speaker.
    """
    return client.call(
        "GET",
        list_dragents_url(client, bgp_speaker_id),
        ok=(200,),
        response_key="agents",
        response_type=builtins.list[BgpDrAgent],
    )


def list_on_dragent(
    client: ServiceClient,
    agent_id: str,
) -> builtins.list[BgpSpeaker]:
    """Lists the BGP speakers a dynamic routing agent hosts.

    GET ``/agents/{agent_id}/bgp-drinstances``

    Args:
        client: The network v2 service client.
        agent_id: The ID of the dynamic routing agent.
    """
    return client.call(
        "GET",
        list_on_dragent_url(client, agent_id),
        ok=(200,),
        response_key="bgp_speakers",
        response_type=builtins.list[BgpSpeaker],
    )


def add_to_dragent(
    client: ServiceClient,
    agent_id: str,
    opts: AddToDragentOpts,
) -> None:
    """Schedules a BGP speaker on a dynamic routing agent (needed with the static scheduler, or to
    add agents beyond the one chosen).

    POST ``/agents/{agent_id}/bgp-drinstances``

    Args:
        client: The network v2 service client.
        agent_id: The ID of the dynamic routing agent.
        opts: The options of the request (:class:`AddToDragentOpts`).
    """
    client.call(
        "POST",
        list_on_dragent_url(client, agent_id),
        ok=(201,),
        opts=opts,
    )


def remove_from_dragent(
    client: ServiceClient,
    agent_id: str,
    bgp_speaker_id: str,
) -> None:
    """Removes a BGP speaker from a dynamic routing agent (with the chance scheduler, a speaker
    left without agent is scheduled again).

    DELETE ``/agents/{agent_id}/bgp-drinstances/{bgp_speaker_id}``

    Args:
        client: The network v2 service client.
        agent_id: The ID of the dynamic routing agent.
        bgp_speaker_id: The ID of the BGP speaker.
    """
    client.call(
        "DELETE",
        remove_from_dragent_url(client, agent_id, bgp_speaker_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> BgpSpeaker:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, id_),
        by_name=lambda name: list(client, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="BgpSpeaker",
    )
