"""Members are the backend servers (an address and port) of a pool. They can be managed one by
one or replaced as a whole set in one batch update.
"""

# Generated from specs/load_balancer/v2/members.yaml by `python -m generator`. Do not edit:
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
    "Member",
    "MemberSpec",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "BatchUpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "batch_update",
    "delete",
    "list_url",
    "resource_url",
    "find",
]


class Member(Model):
    """A backend member of a pool."""

    id: str
    """The ID of the member."""

    name: str | UnsetType | None = UNSET
    """The name of the member."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the member."""

    address: str | UnsetType | None = UNSET
    """The IP address of the backend server."""

    protocol_port: int | UnsetType | None = UNSET
    """The port the backend server listens on."""

    subnet_id: str | UnsetType | None = UNSET
    """The subnet the backend server is reached through."""

    weight: int | UnsetType | None = UNSET
    """The share of traffic the member gets relative to the others (0-256; 0 takes no new
    connections).
    """

    backup: bool | UnsetType | None = UNSET
    """Whether the member only gets traffic when every non-backup member is down."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the member is administratively up."""

    monitor_address: str | UnsetType | None = UNSET
    """The address health checks go to instead of address."""

    monitor_port: int | UnsetType | None = UNSET
    """The port health checks go to instead of protocol_port."""

    vnic_type: str | UnsetType | None = UNSET
    """The vNIC type of the member's port (direct for SR-IOV)."""

    provisioning_status: str | UnsetType | None = UNSET
    """Where the member is in its provisioning life cycle."""

    operating_status: str | UnsetType | None = UNSET
    """The observed health of the member."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the member."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the member was created (UTC)."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the member was last changed (UTC)."""


class MemberSpec(Model):
    """One member of the complete set sent to a batch update."""

    address: str
    """The IP address of the backend server."""

    protocol_port: int
    """The port the backend server listens on."""

    subnet_id: str | UnsetType | None = UNSET
    """The subnet the backend server is reached through."""

    name: str | UnsetType | None = UNSET
    """The name of the member."""

    project_id: str | UnsetType | None = UNSET
    """The owning project (deprecated)."""

    weight: int | UnsetType | None = UNSET
    """The relative share of traffic (0-256, default 1)."""

    backup: bool | UnsetType | None = UNSET
    """Makes the member a backup."""

    admin_state_up: bool | UnsetType | None = UNSET
    """The administrative state (default true)."""

    monitor_address: str | UnsetType | None = UNSET
    """An address for health checks instead of address."""

    monitor_port: int | UnsetType | None = UNSET
    """A port for health checks instead of protocol_port."""

    request_sriov: bool | UnsetType | None = UNSET
    """Asks for an SR-IOV virtual function for the member port."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the member."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the member with this ID."""

    name: str | UnsetType = UNSET
    """Only members with this name."""

    project_id: str | UnsetType = UNSET
    """Only members of this project (admins see every project)."""

    address: str | UnsetType = UNSET
    """Only members with this IP address."""

    protocol_port: int | UnsetType = UNSET
    """Only members on this port."""

    subnet_id: str | UnsetType = UNSET
    """Only members on this subnet."""

    weight: int | UnsetType = UNSET
    """Only members with this weight."""

    backup: bool | UnsetType = UNSET
    """Only backup (true) or regular (false) members."""

    admin_state_up: bool | UnsetType = UNSET
    """Only members in this administrative state."""

    monitor_address: str | UnsetType = UNSET
    """Only members with this health-check address."""

    monitor_port: int | UnsetType = UNSET
    """Only members with this health-check port."""

    provisioning_status: str | UnsetType = UNSET
    """Only members in this provisioning status."""

    operating_status: str | UnsetType = UNSET
    """Only members in this operating status."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only members carrying all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only members carrying any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out members carrying all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out members carrying any of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last member of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs, e.g. address:asc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "project_id": "query",
        "address": "query",
        "protocol_port": "query",
        "subnet_id": "query",
        "weight": "query",
        "backup": "query",
        "admin_state_up": "query",
        "monitor_address": "query",
        "monitor_port": "query",
        "provisioning_status": "query",
        "operating_status": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort": "csv",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    address: str
    """The IP address of the backend server."""

    protocol_port: int
    """The port the backend server listens on."""

    subnet_id: str | UnsetType = UNSET
    """The subnet the backend server is reached through (the VIP subnet when left out)."""

    name: str | UnsetType = UNSET
    """The name of the member."""

    project_id: str | UnsetType = UNSET
    """The owning project (deprecated; taken from the pool)."""

    weight: int | UnsetType = UNSET
    """The relative share of traffic (0-256, default 1)."""

    backup: bool | UnsetType = UNSET
    """Makes the member a backup (default false)."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the member starts administratively up (default true)."""

    monitor_address: str | UnsetType = UNSET
    """An address for health checks instead of address."""

    monitor_port: int | UnsetType = UNSET
    """A port for health checks instead of protocol_port."""

    request_sriov: bool | UnsetType = UNSET
    """Asks for an SR-IOV virtual function for the member port (default false)."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The tags of the member."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    weight: int | UnsetType = UNSET
    """The new relative share of traffic (0-256)."""

    backup: bool | UnsetType = UNSET
    """Makes the member a backup or a regular member."""

    admin_state_up: bool | UnsetType = UNSET
    """The new administrative state."""

    monitor_address: str | UnsetType | None = UNSET
    """The new health-check address; null checks address again."""

    monitor_port: int | UnsetType | None = UNSET
    """The new health-check port; null checks protocol_port again."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The new tags (replacing all of them)."""


class BatchUpdateOpts(Options):
    """Options for :func:`batch_update`."""

    members: builtins.list[MemberSpec]
    """The complete set of members the pool should have."""

    additive_only: bool | UnsetType = UNSET
    """Keeps members that are not in the list instead of deleting them."""

    locations: ClassVar[dict[str, str]] = {
        "additive_only": "query",
    }


def list_url(client: ServiceClient, pool_id: str) -> str:
    """The URL `/lbaas/pools/{pool_id}/members`."""
    return client.url("/lbaas/pools/{pool_id}/members", pool_id=pool_id)


def resource_url(client: ServiceClient, pool_id: str, member_id: str) -> str:
    """The URL `/lbaas/pools/{pool_id}/members/{member_id}`."""
    return client.url(
        "/lbaas/pools/{pool_id}/members/{member_id}", pool_id=pool_id, member_id=member_id
    )


def list(
    client: ServiceClient,
    pool_id: str,
    opts: ListOpts | None = None,
) -> Pager[Member]:
    """Lists the members of a pool.

    GET ``/lbaas/pools/{pool_id}/members``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, pool_id),
        ok=(200,),
        item_type=Member,
        response_key="members",
        style=PageStyle("links", links_key="members_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    pool_id: str,
    opts: CreateOpts,
) -> Member:
    """Adds a member to a pool.

    POST ``/lbaas/pools/{pool_id}/members``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, pool_id),
        ok=(201,),
        opts=opts,
        body_key="member",
        response_key="member",
        response_type=Member,
    )


def get(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    opts: GetOpts | None = None,
) -> Member:
    """Shows a member of a pool.

    GET ``/lbaas/pools/{pool_id}/members/{member_id}``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
        member_id: The ID of the member.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, pool_id, member_id),
        ok=(200,),
        opts=opts,
        response_key="member",
        response_type=Member,
    )


def update(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    opts: UpdateOpts | None = None,
) -> Member:
    """Changes a member (its address, port and subnet stay).

    PUT ``/lbaas/pools/{pool_id}/members/{member_id}``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
        member_id: The ID of the member.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, pool_id, member_id),
        ok=(200,),
        opts=opts,
        body_key="member",
        response_key="member",
        response_type=Member,
    )


def batch_update(
    client: ServiceClient,
    pool_id: str,
    opts: BatchUpdateOpts,
) -> None:
    """Replaces the members of a pool with the given set: missing ones are created, listed ones
    updated and, unless additive_only, unlisted ones deleted.

    PUT ``/lbaas/pools/{pool_id}/members``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
        opts: The options of the request (:class:`BatchUpdateOpts`).
    """
    client.call(
        "PUT",
        list_url(client, pool_id),
        ok=(202,),
        opts=opts,
    )


def delete(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
) -> None:
    """Removes a member from a pool.

    DELETE ``/lbaas/pools/{pool_id}/members/{member_id}``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
        member_id: The ID of the member.
    """
    client.call(
        "DELETE",
        resource_url(client, pool_id, member_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    pool_id: str,
    name_or_id: str,
) -> Member:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, pool_id, id_),
        by_name=lambda name: list(client, pool_id, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="Member",
    )
