"""Networks are isolated layer-2 broadcast domains that subnets and ports attach to.
Administrators can map a network onto physical segments (provider attributes or a list of
segments), mark it external or shared, and create several networks in one atomic call.
"""

# Generated from specs/network/v2/networks.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import ClassVar

import msgspec

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
    waiters,
)

__all__ = [
    "Network",
    "ProviderSegment",
    "NewNetwork",
    "ListOpts",
    "CreateOpts",
    "CreateBulkOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "create_bulk",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Network(Model):
    """A network."""

    id: str
    """The ID of the network."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the network."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the network."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the network is administratively up."""

    status: str | UnsetType | None = UNSET
    """The state of the network (ACTIVE, DOWN, BUILD or ERROR)."""

    shared: bool | UnsetType | None = UNSET
    """Whether every project can use the network."""

    subnets: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the subnets on the network."""

    mtu: int | UnsetType | None = UNSET
    """The largest packet size, in bytes, the network carries without fragmentation."""

    availability_zone_hints: builtins.list[str] | UnsetType | None = UNSET
    """The availability zones the network should be scheduled to."""

    availability_zones: builtins.list[str] | UnsetType | None = UNSET
    """The availability zones the network is available in."""

    dns_domain: str | UnsetType | None = UNSET
    """The DNS domain names of ports on the network are published under."""

    ipv4_address_scope: str | UnsetType | None = UNSET
    """The ID of the IPv4 address scope the network belongs to, if any."""

    ipv6_address_scope: str | UnsetType | None = UNSET
    """The ID of the IPv6 address scope the network belongs to, if any."""

    l2_adjacency: bool | UnsetType | None = UNSET
    """Whether any two ports of the network can reach each other at layer 2."""

    port_security_enabled: bool | UnsetType | None = UNSET
    """The default port security setting of new ports on the network."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the network."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (the older name of project_id)."""

    provider_network_type: str | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:network_type"
    )
    """The kind of physical mechanism behind the network (flat, vlan, vxlan, geneve, ...); shown
    to administrators.
    """

    provider_physical_network: str | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:physical_network"
    )
    """The physical network the network is realised on (flat and VLAN networks); shown to
    administrators.
    """

    provider_segmentation_id: int | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:segmentation_id"
    )
    """The VLAN ID or tunnel ID of the network; shown to administrators."""

    segments: builtins.list[ProviderSegment] | UnsetType | None = UNSET
    """The segments of a network that spans several, instead of the provider attributes."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The ID of the QoS policy applied to the network."""

    router_external: bool | UnsetType | None = msgspec.field(default=UNSET, name="router:external")
    """Whether the network is external (usable for router gateways and floating IPs)."""

    vlan_transparent: bool | UnsetType | None = UNSET
    """Whether the network passes VLAN-tagged traffic through untouched."""

    qinq: bool | UnsetType | None = UNSET
    """Whether the network carries 802.1ad (QinQ) double-tagged traffic."""

    is_default: bool | UnsetType | None = UNSET
    """Whether this is the default external network (for auto-allocated topologies)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags on the network."""

    revision_number: int | UnsetType | None = UNSET
    """The revision of the network, raised on every change."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the network was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the network was last changed."""


class ProviderSegment(Model):
    """One physical segment of a network (multi-provider networks)."""

    provider_network_type: str | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:network_type"
    )
    """The kind of physical mechanism behind the segment (flat, vlan, vxlan, ...)."""

    provider_physical_network: str | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:physical_network"
    )
    """The physical network the segment is realised on."""

    provider_segmentation_id: int | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:segmentation_id"
    )
    """The VLAN ID or tunnel ID of the segment."""


class NewNetwork(Model):
    """A network to create, one item of a bulk create."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the network."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the network."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the network starts administratively up (default true)."""

    shared: bool | UnsetType | None = UNSET
    """Whether every project can use the network (administrators only)."""

    mtu: int | UnsetType | None = UNSET
    """The MTU of the network."""

    dns_domain: str | UnsetType | None = UNSET
    """The DNS domain of the network."""

    port_security_enabled: bool | UnsetType | None = UNSET
    """The default port security setting of new ports on the network."""

    project_id: str | UnsetType | None = UNSET
    """The owning project, when an administrator creates for another project."""

    provider_network_type: str | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:network_type"
    )
    """The kind of physical mechanism to use (administrators only)."""

    provider_physical_network: str | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:physical_network"
    )
    """The physical network to realise the network on (administrators only)."""

    provider_segmentation_id: int | UnsetType | None = msgspec.field(
        default=UNSET, name="provider:segmentation_id"
    )
    """The VLAN ID or tunnel ID to use (administrators only)."""

    segments: builtins.list[ProviderSegment] | UnsetType | None = UNSET
    """Several segments to map the network onto (administrators only)."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The ID of a QoS policy to apply to the network."""

    router_external: bool | UnsetType | None = msgspec.field(default=UNSET, name="router:external")
    """Whether the network is external (administrators only)."""

    vlan_transparent: bool | UnsetType | None = UNSET
    """Whether the network should pass VLAN-tagged traffic through."""

    qinq: bool | UnsetType | None = UNSET
    """Whether the network should carry 802.1ad (QinQ) traffic."""

    availability_zone_hints: builtins.list[str] | UnsetType | None = UNSET
    """The availability zones to schedule the network to."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by network ID."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    admin_state_up: bool | UnsetType = UNSET
    """Filters by administrative state."""

    status: str | UnsetType = UNSET
    """Filters by status."""

    shared: bool | UnsetType = UNSET
    """Filters by whether the network is shared."""

    mtu: int | UnsetType = UNSET
    """Filters by MTU."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (older name)."""

    provider_network_type: str | UnsetType = msgspec.field(
        default=UNSET, name="provider:network_type"
    )
    """Filters by network type."""

    provider_physical_network: str | UnsetType = msgspec.field(
        default=UNSET, name="provider:physical_network"
    )
    """Filters by physical network."""

    provider_segmentation_id: int | UnsetType = msgspec.field(
        default=UNSET, name="provider:segmentation_id"
    )
    """Filters by segmentation ID."""

    router_external: bool | UnsetType = msgspec.field(default=UNSET, name="router:external")
    """Filters by whether the network is external."""

    is_default: bool | UnsetType = UNSET
    """Filters by whether the network is the default external network."""

    vlan_transparent: bool | UnsetType = UNSET
    """Filters by VLAN transparency."""

    qinq: bool | UnsetType = UNSET
    """Filters by whether the network carries QinQ traffic."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Networks that have all these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Networks that have at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Networks that do not have all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Networks that have none of these comma-separated tags."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last network of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "admin_state_up": "query",
        "status": "query",
        "shared": "query",
        "mtu": "query",
        "project_id": "query",
        "tenant_id": "query",
        "provider_network_type": "query",
        "provider_physical_network": "query",
        "provider_segmentation_id": "query",
        "router_external": "query",
        "is_default": "query",
        "vlan_transparent": "query",
        "qinq": "query",
        "revision_number": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "fields": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str | UnsetType = UNSET
    """The human-readable name of the network."""

    description: str | UnsetType = UNSET
    """A free-form description of the network."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the network starts administratively up (default true)."""

    shared: bool | UnsetType = UNSET
    """Whether every project can use the network (administrators only)."""

    mtu: int | UnsetType = UNSET
    """The MTU of the network."""

    dns_domain: str | UnsetType = UNSET
    """The DNS domain of the network."""

    port_security_enabled: bool | UnsetType = UNSET
    """The default port security setting of new ports on the network."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an administrator creates for another project."""

    provider_network_type: str | UnsetType = msgspec.field(
        default=UNSET, name="provider:network_type"
    )
    """The kind of physical mechanism to use (administrators only)."""

    provider_physical_network: str | UnsetType = msgspec.field(
        default=UNSET, name="provider:physical_network"
    )
    """The physical network to realise the network on (administrators only)."""

    provider_segmentation_id: int | UnsetType = msgspec.field(
        default=UNSET, name="provider:segmentation_id"
    )
    """The VLAN ID or tunnel ID to use (administrators only)."""

    segments: builtins.list[ProviderSegment] | UnsetType = UNSET
    """Several segments to map the network onto (administrators only)."""

    qos_policy_id: str | UnsetType = UNSET
    """The ID of a QoS policy to apply to the network."""

    router_external: bool | UnsetType = msgspec.field(default=UNSET, name="router:external")
    """Whether the network is external (administrators only)."""

    vlan_transparent: bool | UnsetType = UNSET
    """Whether the network should pass VLAN-tagged traffic through."""

    qinq: bool | UnsetType = UNSET
    """Whether the network should carry 802.1ad (QinQ) traffic."""

    is_default: bool | UnsetType = UNSET
    """Whether this external network becomes the default one."""

    availability_zone_hints: builtins.list[str] | UnsetType = UNSET
    """The availability zones to schedule the network to."""


class CreateBulkOpts(Options):
    """Options for :func:`create_bulk`."""

    networks: builtins.list[NewNetwork]
    """The networks to create."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    admin_state_up: bool | UnsetType = UNSET
    """Brings the network administratively up or down."""

    shared: bool | UnsetType = UNSET
    """Shares the network with every project, or stops sharing it."""

    mtu: int | UnsetType = UNSET
    """The new MTU."""

    dns_domain: str | UnsetType = UNSET
    """The new DNS domain."""

    port_security_enabled: bool | UnsetType = UNSET
    """The new default port security setting."""

    provider_network_type: str | UnsetType = msgspec.field(
        default=UNSET, name="provider:network_type"
    )
    """The new network type (administrators; only while no port is bound)."""

    provider_physical_network: str | UnsetType = msgspec.field(
        default=UNSET, name="provider:physical_network"
    )
    """The new physical network (administrators)."""

    provider_segmentation_id: int | UnsetType = msgspec.field(
        default=UNSET, name="provider:segmentation_id"
    )
    """The new VLAN ID or tunnel ID (administrators)."""

    segments: builtins.list[ProviderSegment] | UnsetType = UNSET
    """The new list of segments (administrators)."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The QoS policy to apply, or null to detach it."""

    router_external: bool | UnsetType = msgspec.field(default=UNSET, name="router:external")
    """Makes the network external or internal (administrators)."""

    is_default: bool | UnsetType = UNSET
    """Makes this external network the default one, or not."""


def list_url(client: ServiceClient) -> str:
    """The URL `/networks`."""
    return client.url("/networks")


def resource_url(client: ServiceClient, network_id: str) -> str:
    """The URL `/networks/{network_id}`."""
    return client.url("/networks/{network_id}", network_id=network_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Network]:
    """Lists the networks the caller can see.

    GET ``/networks``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Network,
        response_key="networks",
        style=PageStyle("links", links_key="networks_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> Network:
    """Creates a network.

    POST ``/networks``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="network",
        response_key="network",
        response_type=Network,
    )


def create_bulk(
    client: ServiceClient,
    opts: CreateBulkOpts,
) -> builtins.list[Network]:
    """Creates several networks in one atomic call (all or none).

    POST ``/networks``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateBulkOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_key="networks",
        response_type=builtins.list[Network],
    )


def get(
    client: ServiceClient,
    network_id: str,
    opts: GetOpts | None = None,
) -> Network:
    """Shows a network.

    GET ``/networks/{network_id}``

    Args:
        client: The network v2 service client.
        network_id: The ID of the network.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, network_id),
        ok=(200,),
        opts=opts,
        response_key="network",
        response_type=Network,
    )


def update(
    client: ServiceClient,
    network_id: str,
    opts: UpdateOpts | None = None,
) -> Network:
    """Updates a network.

    PUT ``/networks/{network_id}``

    Args:
        client: The network v2 service client.
        network_id: The ID of the network.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, network_id),
        ok=(200,),
        opts=opts,
        body_key="network",
        response_key="network",
        response_type=Network,
    )


def delete(
    client: ServiceClient,
    network_id: str,
) -> None:
    """Deletes a network and what Neutron created on it (DHCP ports, for example).

    DELETE ``/networks/{network_id}``

    Args:
        client: The network v2 service client.
        network_id: The ID of the network.
    """
    client.call(
        "DELETE",
        resource_url(client, network_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Network:
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
        what="Network",
    )


def wait_for_status(
    client: ServiceClient,
    network_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Network], bool] | None = None,
) -> Network:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, network_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Network",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    network_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, network_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Network",
    )
