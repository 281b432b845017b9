"""VPN endpoint groups (VPNaaS) name a set of endpoints of one type: local subnets, or peer
CIDRs. An IPsec site connection pairs a local group with a peer group instead of listing
peer_cidrs.
"""

# Generated from specs/network/v2/vpn_endpoint_groups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

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
    "EndpointGroup",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
    "find",
]


class EndpointGroup(Model):
    """A VPN endpoint group."""

    id: str
    """The ID of the endpoint group."""

    name: str | UnsetType | None = UNSET
    """The name of the endpoint group."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the endpoint group."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the endpoint group."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    type: str | UnsetType | None = UNSET
    """The kind of every endpoint of the group (subnet or cidr; network, router and vlan are
    reserved).
    """

    endpoints: builtins.list[str] | UnsetType | None = UNSET
    """The endpoints, all of the group's type (subnet IDs, or CIDRs)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the endpoint group with this ID."""

    name: str | UnsetType = UNSET
    """Only endpoint groups with this name."""

    description: str | UnsetType = UNSET
    """Only endpoint groups with this description."""

    project_id: str | UnsetType = UNSET
    """Only endpoint groups owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only endpoint groups owned by this project (legacy name of project_id)."""

    type: str | UnsetType = UNSET
    """Only endpoint groups of this endpoint type (subnet or cidr)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last endpoint group of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, project_id, tenant_id, type), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each endpoint group."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "type": "query",
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

    type: Literal["subnet", "cidr", "network", "router", "vlan"]
    """The kind of the endpoints; VPNaaS implements subnet and cidr."""

    endpoints: builtins.list[str]
    """The endpoints, all of the given type (subnet IDs for subnet, CIDRs for cidr)."""

    name: str | UnsetType = UNSET
    """The name of the endpoint group."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the group for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""


def list_url(client: ServiceClient) -> str:
    """The URL `/vpn/endpoint-groups`."""
    return client.url("/vpn/endpoint-groups")


def resource_url(client: ServiceClient, endpoint_group_id: str) -> str:
    """The URL `/vpn/endpoint-groups/{endpoint_group_id}`."""
    return client.url(
        "/vpn/endpoint-groups/{endpoint_group_id}", endpoint_group_id=endpoint_group_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[EndpointGroup]:
    """Lists the VPN endpoint groups the caller can see.

    GET ``/vpn/endpoint-groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=EndpointGroup,
        response_key="endpoint_groups",
        style=PageStyle("links", links_key="endpoint_groups_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> EndpointGroup:
    """Creates a VPN endpoint group.

    POST ``/vpn/endpoint-groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="endpoint_group",
        response_key="endpoint_group",
        response_type=EndpointGroup,
    )


def get(
    client: ServiceClient,
    endpoint_group_id: str,
    opts: GetOpts | None = None,
) -> EndpointGroup:
    """Shows a VPN endpoint group.

    GET ``/vpn/endpoint-groups/{endpoint_group_id}``

    Args:
        client: The network v2 service client.
        endpoint_group_id: The ID of the endpoint group.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, endpoint_group_id),
        ok=(200,),
        opts=opts,
        response_key="endpoint_group",
        response_type=EndpointGroup,
    )


def update(
    client: ServiceClient,
    endpoint_group_id: str,
    opts: UpdateOpts | None = None,
) -> EndpointGroup:
    """Renames a VPN endpoint group or changes its description; its endpoints cannot change.

    PUT ``/vpn/endpoint-groups/{endpoint_group_id}``

    Args:
        client: The network v2 service client.
        endpoint_group_id: The ID of the endpoint group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, endpoint_group_id),
        ok=(200,),
        opts=opts,
        body_key="endpoint_group",
        response_key="endpoint_group",
        response_type=EndpointGroup,
    )


def delete(
    client: ServiceClient,
    endpoint_group_id: str,
) -> None:
    """Deletes a VPN endpoint group that no IPsec site connection uses.

    DELETE ``/vpn/endpoint-groups/{endpoint_group_id}``

    Args:
        client: The network v2 service client.
        endpoint_group_id: The ID of the endpoint group.
    """
    client.call(
        "DELETE",
        resource_url(client, endpoint_group_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> EndpointGroup:
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
        what="EndpointGroup",
    )
