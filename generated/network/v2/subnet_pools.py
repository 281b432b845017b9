"""Subnet pools: sets of CIDR prefixes from which Neutron carves subnets on request, so that
projects need not pick their own non-overlapping CIDRs. A pool may belong to an address
scope; prefixes can be added to and removed from a pool, and existing subnets of a network
can be brought into one ("onboarded").
"""

# Generated from specs/network/v2/subnet_pools.yaml by `python -m generator`. Do not edit:
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
    "SubnetPool",
    "Prefixes",
    "OnboardedSubnet",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "AddPrefixesOpts",
    "RemovePrefixesOpts",
    "OnboardNetworkSubnetsOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "add_prefixes",
    "remove_prefixes",
    "onboard_network_subnets",
    "list_url",
    "resource_url",
    "add_prefixes_url",
    "remove_prefixes_url",
    "onboard_network_subnets_url",
    "find",
]


class SubnetPool(Model):
    """A subnet pool."""

    id: str
    """The UUID of the subnet pool."""

    name: str | UnsetType | None = UNSET
    """The name of the subnet pool."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the subnet pool."""

    default_quota: int | UnsetType | None = UNSET
    """How many IP addresses (IPv4) or /64 networks (IPv6) one project may allocate from the
    pool; null for no limit.
    """

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the subnet pool was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the subnet pool was last changed."""

    prefixes: builtins.list[str] | UnsetType | None = UNSET
    """The CIDR prefixes the pool allocates subnets from."""

    min_prefixlen: int | str | UnsetType | None = UNSET
    """The smallest prefix length (largest subnet) the pool hands out (an integer, which Neutron
    sends as a decimal string after a create).
    """

    max_prefixlen: int | str | UnsetType | None = UNSET
    """The largest prefix length (smallest subnet) the pool hands out (an integer, which Neutron
    sends as a decimal string after a create).
    """

    default_prefixlen: int | str | UnsetType | None = UNSET
    """The prefix length of a subnet allocated without an explicit one (an integer, which
    Neutron sends as a decimal string after a create).
    """

    address_scope_id: str | UnsetType | None = UNSET
    """The ID of the address scope the pool belongs to, if any."""

    ip_version: int | UnsetType | None = UNSET
    """The IP version of the pool's prefixes, 4 or 6 (derived from them)."""

    shared: bool | UnsetType | None = UNSET
    """Whether every project may allocate from the pool."""

    is_default: bool | UnsetType | None = UNSET
    """Whether this is the default pool for its IP version."""

    revision_number: int | UnsetType | None = UNSET
    """A counter increased on every change of the subnet pool."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the subnet pool (set through the tags API)."""


class Prefixes(Model):
    """The prefixes of a subnet pool after an addition or removal."""

    prefixes: builtins.list[str]
    """Every CIDR prefix the pool now holds."""


class OnboardedSubnet(Model):
    """A subnet brought into a subnet pool by onboarding."""

    id: str
    """The UUID of the subnet."""

    cidr: str | UnsetType | None = UNSET
    """The CIDR of the subnet."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the subnet pool with this ID."""

    name: str | UnsetType = UNSET
    """Only subnet pools with this name."""

    description: str | UnsetType = UNSET
    """Only subnet pools with this description."""

    default_quota: int | UnsetType = UNSET
    """Only subnet pools with this per-project quota."""

    tenant_id: str | UnsetType = UNSET
    """Only subnet pools of this project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Only subnet pools of this project."""

    min_prefixlen: int | UnsetType = UNSET
    """Only subnet pools with this minimum prefix length."""

    max_prefixlen: int | UnsetType = UNSET
    """Only subnet pools with this maximum prefix length."""

    default_prefixlen: int | UnsetType = UNSET
    """Only subnet pools with this default prefix length."""

    address_scope_id: str | UnsetType = UNSET
    """Only subnet pools in this address scope."""

    ip_version: int | UnsetType = UNSET
    """Only subnet pools of this IP version (4 or 6)."""

    shared: bool | UnsetType = UNSET
    """Only shared (true) or unshared (false) subnet pools."""

    is_default: bool | UnsetType = UNSET
    """Only default (true) or non-default (false) subnet pools."""

    revision_number: int | UnsetType = UNSET
    """Only subnet pools at this revision."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only subnet pools carrying all these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only subnet pools carrying at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out subnet pools carrying all these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out subnet pools carrying any of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last subnet pool of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions, asc or desc, one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in each subnet pool (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "default_quota": "query",
        "tenant_id": "query",
        "project_id": "query",
        "min_prefixlen": "query",
        "max_prefixlen": "query",
        "default_prefixlen": "query",
        "address_scope_id": "query",
        "ip_version": "query",
        "shared": "query",
        "is_default": "query",
        "revision_number": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
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

    name: str
    """The name of the subnet pool."""

    prefixes: builtins.list[str]
    """The CIDR prefixes to allocate subnets from (all of one IP version)."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    default_quota: int | UnsetType = UNSET
    """How many addresses (IPv4) or /64 networks (IPv6) one project may take."""

    min_prefixlen: int | UnsetType = UNSET
    """The smallest prefix length the pool hands out."""

    max_prefixlen: int | UnsetType = UNSET
    """The largest prefix length the pool hands out."""

    default_prefixlen: int | UnsetType = UNSET
    """The prefix length used when a subnet request names none (default min_prefixlen)."""

    address_scope_id: str | UnsetType = UNSET
    """The ID of an address scope to put the pool in."""

    shared: bool | UnsetType = UNSET
    """Whether every project may allocate from the pool (default false; admin only)."""

    is_default: bool | UnsetType = UNSET
    """Whether this becomes the default pool of its IP version (default false; admin only)."""

    project_id: str | UnsetType = UNSET
    """The ID of the owning project (admin only; default the caller's)."""

    tenant_id: str | UnsetType = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in the answer (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    prefixes: builtins.list[str] | UnsetType = UNSET
    """The new prefixes, which must include every current one."""

    default_quota: int | UnsetType | None = UNSET
    """The new per-project quota; null removes it."""

    min_prefixlen: int | UnsetType = UNSET
    """The new minimum prefix length."""

    max_prefixlen: int | UnsetType = UNSET
    """The new maximum prefix length."""

    default_prefixlen: int | UnsetType = UNSET
    """The new default prefix length."""

    address_scope_id: str | UnsetType | None = UNSET
    """The address scope to move the pool to; null takes it out of its scope."""

    is_default: bool | UnsetType = UNSET
    """Whether the pool is the default of its IP version."""


class AddPrefixesOpts(Options):
    """Options for :func:`add_prefixes`."""

    prefixes: builtins.list[str]
    """The CIDR prefixes to add."""


class RemovePrefixesOpts(Options):
    """Options for :func:`remove_prefixes`."""

    prefixes: builtins.list[str]
    """The CIDR prefixes to remove."""


class OnboardNetworkSubnetsOpts(Options):
    """Options for :func:`onboard_network_subnets`."""

    network_id: str
    """The UUID of the network whose subnets are onboarded."""


def list_url(client: ServiceClient) -> str:
    """The URL `/subnetpools`."""
    return client.url("/subnetpools")


def resource_url(client: ServiceClient, subnetpool_id: str) -> str:
    """The URL `/subnetpools/{subnetpool_id}`."""
    return client.url("/subnetpools/{subnetpool_id}", subnetpool_id=subnetpool_id)


def add_prefixes_url(client: ServiceClient, subnetpool_id: str) -> str:
    """The URL `/subnetpools/{subnetpool_id}/add_prefixes`."""
    return client.url("/subnetpools/{subnetpool_id}/add_prefixes", subnetpool_id=subnetpool_id)


def remove_prefixes_url(client: ServiceClient, subnetpool_id: str) -> str:
    """The URL `/subnetpools/{subnetpool_id}/remove_prefixes`."""
    return client.url("/subnetpools/{subnetpool_id}/remove_prefixes", subnetpool_id=subnetpool_id)


def onboard_network_subnets_url(client: ServiceClient, subnetpool_id: str) -> str:
    """The URL `/subnetpools/{subnetpool_id}/onboard_network_subnets`."""
    return client.url(
        "/subnetpools/{subnetpool_id}/onboard_network_subnets", subnetpool_id=subnetpool_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[SubnetPool]:
    """Lists the subnet pools visible to the caller.

    GET ``/subnetpools``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=SubnetPool,
        response_key="subnetpools",
        style=PageStyle("links", links_key="subnetpools_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> SubnetPool:
    """Creates a subnet pool.

    POST ``/subnetpools``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="subnetpool",
        response_key="subnetpool",
        response_type=SubnetPool,
    )


def get(
    client: ServiceClient,
    subnetpool_id: str,
    opts: GetOpts | None = None,
) -> SubnetPool:
    """Shows a subnet pool.

    GET ``/subnetpools/{subnetpool_id}``

    Args:
        client: The network v2 service client.
        subnetpool_id: The UUID of the subnet pool.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, subnetpool_id),
        ok=(200,),
        opts=opts,
        response_key="subnetpool",
        response_type=SubnetPool,
    )


def update(
    client: ServiceClient,
    subnetpool_id: str,
    opts: UpdateOpts | None = None,
) -> SubnetPool:
    """Updates a subnet pool (prefixes can only grow this way).

    PUT ``/subnetpools/{subnetpool_id}``

    Args:
        client: The network v2 service client.
        subnetpool_id: The UUID of the subnet pool.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, subnetpool_id),
        ok=(200,),
        opts=opts,
        body_key="subnetpool",
        response_key="subnetpool",
        response_type=SubnetPool,
    )


def delete(
    client: ServiceClient,
    subnetpool_id: str,
) -> None:
    """Deletes a subnet pool (it must have no subnets allocated from it).

    DELETE ``/subnetpools/{subnetpool_id}``

    Args:
        client: The network v2 service client.
        subnetpool_id: The UUID of the subnet pool.
    """
    client.call(
        "DELETE",
        resource_url(client, subnetpool_id),
        ok=(204,),
    )


def add_prefixes(
    client: ServiceClient,
    subnetpool_id: str,
    opts: AddPrefixesOpts,
) -> Prefixes:
    """Adds prefixes to a subnet pool; overlapping ones are merged.

    PUT ``/subnetpools/{subnetpool_id}/add_prefixes``

    Args:
        client: The network v2 service client.
        subnetpool_id: The UUID of the subnet pool.
        opts: The options of the request (:class:`AddPrefixesOpts`).
    """
    return client.call(
        "PUT",
        add_prefixes_url(client, subnetpool_id),
        ok=(200,),
        opts=opts,
        response_type=Prefixes,
    )


def remove_prefixes(
    client: ServiceClient,
    subnetpool_id: str,
    opts: RemovePrefixesOpts,
) -> Prefixes:
    """Removes prefixes from a subnet pool; no allocated subnet may lie in them.

    PUT ``/subnetpools/{subnetpool_id}/remove_prefixes``

    Args:
        client: The network v2 service client.
        subnetpool_id: The UUID of the subnet pool.
        opts: The options of the request (:class:`RemovePrefixesOpts`).
    """
    return client.call(
        "PUT",
        remove_prefixes_url(client, subnetpool_id),
        ok=(200,),
        opts=opts,
        response_type=Prefixes,
    )


def onboard_network_subnets(
    client: ServiceClient,
    subnetpool_id: str,
    opts: OnboardNetworkSubnetsOpts,
) -> builtins.list[OnboardedSubnet]:
    """Moves the subnets of a network that have the pool's IP version into the subnet pool, adding
    their CIDRs to its prefixes.

    PUT ``/subnetpools/{subnetpool_id}/onboard_network_subnets``

    Args:
        client: The network v2 service client.
        subnetpool_id: The UUID of the subnet pool to receive the subnets.
        opts: The options of the request (:class:`OnboardNetworkSubnetsOpts`).
    """
    return client.call(
        "PUT",
        onboard_network_subnets_url(client, subnetpool_id),
        ok=(200,),
        opts=opts,
        response_type=builtins.list[OnboardedSubnet],
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> SubnetPool:
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
        what="SubnetPool",
    )
