"""Subnets are IPv4 or IPv6 address blocks on a network, with their gateway, allocation pools,
DNS servers, static host routes and DHCP settings. A subnet's CIDR can be given or taken from
a subnet pool.
"""

# Generated from specs/network/v2/subnets.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
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
)

__all__ = [
    "Subnet",
    "AllocationPool",
    "HostRoute",
    "NewSubnet",
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
]


class Subnet(Model):
    """A subnet."""

    id: str
    """The ID of the subnet."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the subnet."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the subnet."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the network the subnet belongs to."""

    ip_version: int | UnsetType | None = UNSET
    """The IP version of the subnet, 4 or 6."""

    cidr: str | UnsetType | None = UNSET
    """The address block of the subnet, in CIDR notation."""

    gateway_ip: str | UnsetType | None = UNSET
    """The gateway address of the subnet, or null when it has none."""

    allocation_pools: builtins.list[AllocationPool] | UnsetType | None = UNSET
    """The address ranges Neutron allocates port addresses from."""

    dns_nameservers: builtins.list[str] | UnsetType | None = UNSET
    """The DNS servers handed out on the subnet."""

    host_routes: builtins.list[HostRoute] | UnsetType | None = UNSET
    """Static routes handed out to hosts on the subnet."""

    enable_dhcp: bool | UnsetType | None = UNSET
    """Whether DHCP serves the subnet."""

    ipv6_address_mode: str | UnsetType | None = UNSET
    """How IPv6 addresses are assigned (slaac, dhcpv6-stateful or dhcpv6-stateless)."""

    ipv6_ra_mode: str | UnsetType | None = UNSET
    """How IPv6 router advertisements are sent (slaac, dhcpv6-stateful or dhcpv6-stateless)."""

    subnetpool_id: str | UnsetType | None = UNSET
    """The ID of the subnet pool the CIDR was taken from, if any."""

    segment_id: str | UnsetType | None = UNSET
    """The ID of the network segment the subnet is associated with, if any."""

    service_types: builtins.list[str] | UnsetType | None = UNSET
    """The device owners (service types) whose ports get addresses from this subnet."""

    dns_publish_fixed_ip: bool | UnsetType | None = UNSET
    """Whether the fixed IPs of ports on the subnet are published to the DNS service."""

    router_external: bool | UnsetType | None = msgspec.field(default=UNSET, name="router:external")
    """Whether the subnet's network is external."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the subnet."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (the older name of project_id)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags on the subnet."""

    revision_number: int | UnsetType | None = UNSET
    """The revision of the subnet, raised on every change."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the subnet was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the subnet was last changed."""


class AllocationPool(Model):
    """A range of addresses Neutron allocates from."""

    start: str
    """The first address of the range."""

    end: str
    """The last address of the range."""


class HostRoute(Model):
    """A static route handed out to hosts."""

    destination: str
    """The destination network, in CIDR notation."""

    nexthop: str
    """The address of the next hop."""


class NewSubnet(Model):
    """A subnet to create, one item of a bulk create."""

    network_id: str
    """The ID of the network to create the subnet on."""

    ip_version: int
    """The IP version, 4 or 6."""

    cidr: str | UnsetType | None = UNSET
    """The address block, in CIDR notation (leave out to take one from a subnet pool)."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the subnet."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the subnet."""

    gateway_ip: str | UnsetType | None = UNSET
    """The gateway address; null for no gateway, left out for the first address."""

    allocation_pools: builtins.list[AllocationPool] | UnsetType | None = UNSET
    """The address ranges to allocate from (default the whole CIDR but the gateway)."""

    dns_nameservers: builtins.list[str] | UnsetType | None = UNSET
    """The DNS servers to hand out."""

    host_routes: builtins.list[HostRoute] | UnsetType | None = UNSET
    """Static routes to hand out."""

    enable_dhcp: bool | UnsetType | None = UNSET
    """Whether DHCP serves the subnet (default true)."""

    ipv6_address_mode: str | UnsetType | None = UNSET
    """How IPv6 addresses are assigned."""

    ipv6_ra_mode: str | UnsetType | None = UNSET
    """How IPv6 router advertisements are sent."""

    subnetpool_id: str | UnsetType | None = UNSET
    """The subnet pool to take the CIDR from."""

    use_default_subnetpool: bool | UnsetType | None = UNSET
    """Take the CIDR from the default subnet pool of the IP version."""

    prefixlen: int | UnsetType | None = UNSET
    """The prefix length of a CIDR taken from a subnet pool."""

    segment_id: str | UnsetType | None = UNSET
    """The network segment to associate the subnet with."""

    service_types: builtins.list[str] | UnsetType | None = UNSET
    """The device owners whose ports may get addresses from this subnet."""

    dns_publish_fixed_ip: bool | UnsetType | None = UNSET
    """Publish the fixed IPs of ports on the subnet to the DNS service."""

    project_id: str | UnsetType | None = UNSET
    """The owning project, when an administrator creates for another project."""

    tenant_id: str | UnsetType | None = UNSET
    """The owning project, by its older name (give project_id or tenant_id, not both differing)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by subnet ID."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    network_id: str | UnsetType = UNSET
    """Filters by network."""

    ip_version: int | UnsetType = UNSET
    """Filters by IP version (4 or 6)."""

    cidr: str | UnsetType = UNSET
    """Filters by CIDR."""

    gateway_ip: str | UnsetType = UNSET
    """Filters by gateway address."""

    enable_dhcp: bool | UnsetType = UNSET
    """Filters by whether DHCP is enabled."""

    ipv6_address_mode: str | UnsetType = UNSET
    """Filters by IPv6 address mode."""

    ipv6_ra_mode: str | UnsetType = UNSET
    """Filters by IPv6 router advertisement mode."""

    subnetpool_id: str | UnsetType = UNSET
    """Filters by subnet pool."""

    segment_id: str | UnsetType = UNSET
    """Filters by network segment."""

    shared: bool | UnsetType = UNSET
    """Filters by whether the subnet's network is shared."""

    router_external: bool | UnsetType = msgspec.field(default=UNSET, name="router:external")
    """Filters by whether the subnet's network is external."""

    dns_publish_fixed_ip: bool | UnsetType = UNSET
    """Filters by whether fixed IPs are published to DNS."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (older name)."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Subnets that have all these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Subnets that have at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Subnets that do not have all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Subnets that have none of these comma-separated tags."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last subnet of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "network_id": "query",
        "ip_version": "query",
        "cidr": "query",
        "gateway_ip": "query",
        "enable_dhcp": "query",
        "ipv6_address_mode": "query",
        "ipv6_ra_mode": "query",
        "subnetpool_id": "query",
        "segment_id": "query",
        "shared": "query",
        "router_external": "query",
        "dns_publish_fixed_ip": "query",
        "project_id": "query",
        "tenant_id": "query",
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

    network_id: str
    """The ID of the network to create the subnet on."""

    ip_version: int
    """The IP version, 4 or 6."""

    cidr: str | UnsetType = UNSET
    """The address block, in CIDR notation (leave out to take one from a subnet pool)."""

    name: str | UnsetType = UNSET
    """The human-readable name of the subnet."""

    description: str | UnsetType = UNSET
    """A free-form description of the subnet."""

    gateway_ip: str | UnsetType | None = UNSET
    """The gateway address; null for no gateway, left out for the first address."""

    allocation_pools: builtins.list[AllocationPool] | UnsetType = UNSET
    """The address ranges to allocate from (default the whole CIDR but the gateway)."""

    dns_nameservers: builtins.list[str] | UnsetType = UNSET
    """The DNS servers to hand out."""

    host_routes: builtins.list[HostRoute] | UnsetType = UNSET
    """Static routes to hand out."""

    enable_dhcp: bool | UnsetType = UNSET
    """Whether DHCP serves the subnet (default true)."""

    ipv6_address_mode: str | UnsetType = UNSET
    """How IPv6 addresses are assigned."""

    ipv6_ra_mode: str | UnsetType = UNSET
    """How IPv6 router advertisements are sent."""

    subnetpool_id: str | UnsetType = UNSET
    """The subnet pool to take the CIDR from."""

    use_default_subnetpool: bool | UnsetType = UNSET
    """Take the CIDR from the default subnet pool of the IP version."""

    prefixlen: int | UnsetType = UNSET
    """The prefix length of a CIDR taken from a subnet pool."""

    segment_id: str | UnsetType = UNSET
    """The network segment to associate the subnet with."""

    service_types: builtins.list[str] | UnsetType = UNSET
    """The device owners whose ports may get addresses from this subnet."""

    dns_publish_fixed_ip: bool | UnsetType = UNSET
    """Publish the fixed IPs of ports on the subnet to the DNS service."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an administrator creates for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project, by its older name (give project_id or tenant_id, not both differing)."""


class CreateBulkOpts(Options):
    """Options for :func:`create_bulk`."""

    subnets: builtins.list[NewSubnet]
    """The subnets to create."""


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

    gateway_ip: str | UnsetType | None = UNSET
    """The new gateway address, or null to remove the gateway."""

    allocation_pools: builtins.list[AllocationPool] | UnsetType = UNSET
    """The new allocation pools (replacing the old ones)."""

    dns_nameservers: builtins.list[str] | UnsetType = UNSET
    """The new DNS servers (replacing the old ones)."""

    host_routes: builtins.list[HostRoute] | UnsetType = UNSET
    """The new host routes (replacing the old ones)."""

    enable_dhcp: bool | UnsetType = UNSET
    """Turns DHCP on or off."""

    segment_id: str | UnsetType | None = UNSET
    """The network segment to associate the subnet with."""

    service_types: builtins.list[str] | UnsetType = UNSET
    """The new service types (replacing the old ones)."""

    dns_publish_fixed_ip: bool | UnsetType = UNSET
    """Whether to publish fixed IPs to the DNS service."""


def list_url(client: ServiceClient) -> str:
    """The URL `/subnets`."""
    return client.url("/subnets")


def resource_url(client: ServiceClient, subnet_id: str) -> str:
    """The URL `/subnets/{subnet_id}`."""
    return client.url("/subnets/{subnet_id}", subnet_id=subnet_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Subnet]:
    """Lists the subnets the caller can see.

    GET ``/subnets``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Subnet,
        response_key="subnets",
        style=PageStyle("links", links_key="subnets_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Subnet:
    """Creates a subnet on a network.

    POST ``/subnets``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="subnet",
        response_key="subnet",
        response_type=Subnet,
    )


def create_bulk(
    client: ServiceClient,
    opts: CreateBulkOpts,
) -> builtins.list[Subnet]:
    """Creates several subnets in one atomic call (all or none).

    POST ``/subnets``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateBulkOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_key="subnets",
        response_type=builtins.list[Subnet],
    )


def get(
    client: ServiceClient,
    subnet_id: str,
    opts: GetOpts | None = None,
) -> Subnet:
    """Shows a subnet.

    GET ``/subnets/{subnet_id}``

    Args:
        client: The network v2 service client.
        subnet_id: The ID of the subnet.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, subnet_id),
        ok=(200,),
        opts=opts,
        response_key="subnet",
        response_type=Subnet,
    )


def update(
    client: ServiceClient,
    subnet_id: str,
    opts: UpdateOpts | None = None,
) -> Subnet:
    """Updates a subnet.

    PUT ``/subnets/{subnet_id}``

    Args:
        client: The network v2 service client.
        subnet_id: The ID of the subnet.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, subnet_id),
        ok=(200,),
        opts=opts,
        body_key="subnet",
        response_key="subnet",
        response_type=Subnet,
    )


def delete(
    client: ServiceClient,
    subnet_id: str,
) -> None:
    """Deletes a subnet.

    DELETE ``/subnets/{subnet_id}``

    Args:
        client: The network v2 service client.
        subnet_id: The ID of the subnet.
    """
    client.call(
        "DELETE",
        resource_url(client, subnet_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Subnet:
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
        what="Subnet",
    )
