"""Port pairs (networking-sfc extension `sfc`) describe one service function instance by the
Neutron ports its traffic enters and leaves through. Port pairs are grouped into port pair
groups, which port chains string together.
"""

# Generated from specs/network/v2/sfc_port_pairs.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

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
    "PortPair",
    "ServiceFunctionParameters",
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


class PortPair(Model):
    """A port pair, the ingress and egress ports of one service function."""

    id: str
    """The ID of the port pair."""

    name: str | UnsetType | None = UNSET
    """The name of the port pair."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the port pair."""

    ingress: str | UnsetType | None = UNSET
    """The ID of the port through which traffic enters the service function."""

    egress: str | UnsetType | None = UNSET
    """The ID of the port through which traffic leaves the service function."""

    service_function_parameters: ServiceFunctionParameters | UnsetType | None = UNSET
    """How traffic is handed to the service function."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the port pair."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class ServiceFunctionParameters(Model):
    """The service function parameters of a port pair."""

    correlation: str | UnsetType | None = UNSET
    """The chain encapsulation the service function understands (mpls or nsh); null for a
    function that is unaware of the chain (the default).
    """

    weight: int | UnsetType | None = UNSET
    """The share of the group's traffic this port pair receives (default 1)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the port pair with this ID."""

    name: str | UnsetType = UNSET
    """Only port pairs with this name."""

    description: str | UnsetType = UNSET
    """Only port pairs with this description."""

    ingress: str | UnsetType = UNSET
    """Only port pairs with this ingress port."""

    egress: str | UnsetType = UNSET
    """Only port pairs with this egress port."""

    project_id: str | UnsetType = UNSET
    """Only port pairs owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only port pairs owned by this project (legacy name of project_id)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last port pair of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each port pair."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "ingress": "query",
        "egress": "query",
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

    ingress: str
    """The ID of the port through which traffic enters the service function."""

    egress: str
    """The ID of the port through which traffic leaves it (may equal ingress)."""

    name: str | UnsetType = UNSET
    """The name of the port pair."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    service_function_parameters: ServiceFunctionParameters | UnsetType = UNSET
    """The correlation and weight of the service function; defaults apply to what is left out."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the port pair for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the port pair."""

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
    """The URL `/sfc/port_pairs`."""
    return client.url("/sfc/port_pairs")


def resource_url(client: ServiceClient, port_pair_id: str) -> str:
    """The URL `/sfc/port_pairs/{port_pair_id}`."""
    return client.url("/sfc/port_pairs/{port_pair_id}", port_pair_id=port_pair_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[PortPair]:
    """Lists the port pairs the caller can see.

    GET ``/sfc/port_pairs``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=PortPair,
        response_key="port_pairs",
        style=PageStyle("links", links_key="port_pairs_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> PortPair:
    """Creates a port pair from the ingress and egress ports of a service function.

    POST ``/sfc/port_pairs``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201, 200),
        opts=opts,
        body_key="port_pair",
        response_key="port_pair",
        response_type=PortPair,
    )


def get(
    client: ServiceClient,
    port_pair_id: str,
    opts: GetOpts | None = None,
) -> PortPair:
    """Shows a port pair.

    GET ``/sfc/port_pairs/{port_pair_id}``

    Args:
        client: The network v2 service client.
        port_pair_id: The ID of the port pair.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, port_pair_id),
        ok=(200,),
        opts=opts,
        response_key="port_pair",
        response_type=PortPair,
    )


def update(
    client: ServiceClient,
    port_pair_id: str,
    opts: UpdateOpts | None = None,
) -> PortPair:
    """Renames a port pair or changes its description (nothing else can change).

    PUT ``/sfc/port_pairs/{port_pair_id}``

    Args:
        client: The network v2 service client.
        port_pair_id: The ID of the port pair.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, port_pair_id),
        ok=(200,),
        opts=opts,
        body_key="port_pair",
        response_key="port_pair",
        response_type=PortPair,
    )


def delete(
    client: ServiceClient,
    port_pair_id: str,
) -> None:
    """Deletes a port pair (refused while a port pair group holds it).

    DELETE ``/sfc/port_pairs/{port_pair_id}``

    Args:
        client: The network v2 service client.
        port_pair_id: The ID of the port pair.
    """
    client.call(
        "DELETE",
        resource_url(client, port_pair_id),
        ok=(204, 202),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> PortPair:
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
        what="PortPair",
    )
